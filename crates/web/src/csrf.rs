//! CSRF, checked once for every state-changing request before any handler runs, so a
//! new form cannot forget it. The token a form must carry is derived from the reader's
//! session (see [`crate::ctx::expected_csrf`]); readers who are not signed in carry the
//! random token of their own cookie.

use crate::error::AppError;
use crate::{AppState, Ctx};
use axum::body::{to_bytes, Body};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use convene_core::secrets::same_secret;

fn changes_state(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The one state-changing request that carries no CSRF token, by design: the one-click
/// unsubscribe of RFC 8058, `POST /{lang}/unsubscribe/{token}`, which mail clients send
/// without any page or cookie of ours. The signed token in the path is its proof (the
/// handler refuses any other), and all it can do is stop mail. Nothing else is exempt:
/// the path must be exactly that shape, in a language the forum speaks.
pub fn exempt(method: &Method, path: &str) -> bool {
    if *method != Method::POST {
        return false;
    }
    let mut parts = path.split('/');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next(), parts.next()),
        (Some(""), Some(lang), Some("unsubscribe"), Some(token), None)
            if convene_i18n::is_supported(lang)
                && crate::routes::unsubscribe_token_shaped(token)
    )
}

pub async fn check(State(app): State<AppState>, request: Request, next: Next) -> Response {
    if !changes_state(request.method()) || exempt(request.method(), request.uri().path()) {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    // The body limit layer outside bounds the body; one that does not arrive whole is
    // refused as too large.
    let bytes = to_bytes(body, crate::MAX_BODY).await.ok();
    let expected = crate::ctx::expected_csrf(&parts.headers, app.options.secure_cookies());
    let is_form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    let sent = match (&bytes, is_form) {
        (Some(b), true) => form_urlencoded::parse(b)
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.into_owned()),
        _ => None,
    };
    let valid = matches!((&sent, &expected), (Some(s), Some(e)) if same_secret(s, e));
    let refusal = match bytes {
        Some(bytes) if valid => {
            return next
                .run(Request::from_parts(parts, Body::from(bytes)))
                .await;
        }
        Some(_) => AppError::Csrf,
        None => AppError::Rejected(StatusCode::PAYLOAD_TOO_LARGE),
    };
    match Ctx::from_request_parts(&mut parts, &app).await {
        Ok(ctx) => ctx.fail(refusal).into_response(),
        // No language in the path: nothing here takes such a request.
        Err(_) => StatusCode::FORBIDDEN.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_one_click_unsubscribe_is_exempt() {
        let post = Method::POST;
        assert!(exempt(&post, "/en/unsubscribe/3-coalition-9-0a1b"));
        assert!(exempt(&post, "/ar/unsubscribe/3-digest-daily-ff"));
        // Not a POST, another path, a longer path, a language not served, odd tokens.
        assert!(!exempt(&Method::GET, "/en/unsubscribe/3-coalition-9-0a1b"));
        assert!(!exempt(
            &Method::DELETE,
            "/en/unsubscribe/3-coalition-9-0a1b"
        ));
        assert!(!exempt(&post, "/en/unsubscribe"));
        assert!(!exempt(&post, "/en/unsubscribe/"));
        assert!(!exempt(&post, "/en/unsubscribe/x/extra"));
        assert!(!exempt(&post, "/en/unsubscribe/3-coalition-9-0a1b/"));
        assert!(!exempt(&post, "/pt/unsubscribe/3-coalition-9-0a1b"));
        assert!(!exempt(&post, "/en/unsubscribes/3-coalition-9-0a1b"));
        assert!(!exempt(&post, "/en/follow"));
        assert!(!exempt(&post, "/en/account/delete"));
        assert!(!exempt(&post, "/en/unsubscribe/..%2Faccount"));
        assert!(!exempt(&post, "/en/unsubscribe/ABC"));
        assert!(!exempt(&post, "//en/unsubscribe/3"));
    }
}
