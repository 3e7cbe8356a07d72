//! Headers that make the browser an ally. Convene ships no JavaScript, so the policy can
//! forbid scripts outright: even if sanitizing ever missed something, it would not run.
//! Images come from this site only, so a post cannot make readers' browsers report
//! their addresses to someone else's server.

use crate::AppState;
use axum::extract::{Request, State};
use axum::http::header::{
    CONTENT_SECURITY_POLICY, REFERRER_POLICY, STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS,
    X_FRAME_OPTIONS,
};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;

const POLICY: &str = "default-src 'self'; script-src 'none'; object-src 'none'; \
                      base-uri 'none'; form-action 'self'; frame-ancestors 'none'; img-src 'self' data:";

pub async fn headers(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    // Served over TLS: browsers must never come back over plain HTTP.
    if app.options.secure_cookies() {
        h.insert(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    h.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(POLICY));
    h.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}
