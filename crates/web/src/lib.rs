//! HTTP: server-rendered pages under `/{lang}/…`, health, static assets. Handlers call
//! the Store and the rules in core; they hold no SQL and no forum rules of their own.

mod assets;
mod display;
mod error;
mod layout;
mod locale;
mod logging;
mod routes;

use axum::Router;
use convene_store::Store;
use std::sync::Arc;
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

pub use error::{AppError, PageError};
pub use locale::Locale;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
}

/// Largest request body accepted, before any handler reads it.
const MAX_BODY: usize = 1024 * 1024;

/// The whole application: routes, plus request ids, one log line per request,
/// compression, a body limit and a timeout.
pub fn app(store: Arc<dyn Store>) -> Router {
    let state = AppState { store };
    let router = routes::router()
        .with_state(state)
        .layer(CompressionLayer::new().gzip(true).br(true))
        .layer(RequestBodyLimitLayer::new(MAX_BODY))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ));
    logging::apply(router)
}
