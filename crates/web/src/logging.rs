//! One log line per request, carrying a request id (taken from `x-request-id` when a
//! proxy sets one, made here otherwise), the status and the duration.

use axum::http::{HeaderName, HeaderValue, Request};
use axum::Router;
use std::sync::atomic::{AtomicU64, Ordering};
use tower::ServiceBuilder;
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tower_http::LatencyUnit;
use tracing::Level;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Ids unique within the process, prefixed by its start time so they differ across
/// restarts and app servers' logs can be merged.
#[derive(Clone)]
struct Sequential {
    prefix: u64,
}

static NEXT: AtomicU64 = AtomicU64::new(1);

impl MakeRequestId for Sequential {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        HeaderValue::from_str(&format!("{:x}-{n}", self.prefix))
            .ok()
            .map(RequestId::new)
    }
}

/// The path as logs may keep it: secret tokens in addresses (private feeds, calendar
/// feeds, confirmation and reset links) are left out, since logs are read by more people
/// and kept longer than the tokens' owners would want.
fn loggable(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            let secret = segment.len() >= 32
                && segment
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if secret {
                "[token]"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Wrap the router so every request gets an id and one log line when it completes.
pub fn apply(router: Router) -> Router {
    let prefix = convene_core::date::now() as u64;
    router.layer(
        ServiceBuilder::new()
            .layer(SetRequestIdLayer::new(REQUEST_ID, Sequential { prefix }))
            .layer(
                TraceLayer::new_for_http()
                    .make_span_with(|req: &Request<_>| {
                        let id = req
                            .headers()
                            .get(REQUEST_ID)
                            .and_then(|v| v.to_str().ok())
                            .unwrap_or("-");
                        tracing::info_span!(
                            "request",
                            id = %id,
                            method = %req.method(),
                            path = %loggable(req.uri().path()),
                        )
                    })
                    .on_request(())
                    .on_response(
                        DefaultOnResponse::new()
                            .level(Level::INFO)
                            .latency_unit(LatencyUnit::Micros),
                    )
                    .on_failure(()),
            )
            .layer(PropagateRequestIdLayer::new(REQUEST_ID)),
    )
}

#[cfg(test)]
mod tests {
    use super::loggable;

    #[test]
    fn tokens_stay_out_of_the_logs() {
        let token = "a".repeat(40);
        assert_eq!(
            loggable(&format!("/en/notifications/{token}/feed.atom")),
            "/en/notifications/[token]/feed.atom"
        );
        assert_eq!(
            loggable(&format!("/fr/confirm/{token}")),
            "/fr/confirm/[token]"
        );
        assert_eq!(loggable("/en/threads/12345"), "/en/threads/12345");
        assert_eq!(
            loggable("/en/topics/critical-internet-resources"),
            "/en/topics/critical-internet-resources"
        );
    }
}
