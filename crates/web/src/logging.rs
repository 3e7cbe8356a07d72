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
                            path = %req.uri().path(),
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
