//! HTTP: server-rendered pages under `/{lang}/…`, health, static assets. Handlers call
//! the Store and the rules in core; they hold no SQL and no forum rules of their own.

mod assets;
mod bench;
pub use bench::{bare_ceiling, bench_session};
mod caching;
mod csrf;
mod ctx;
mod display;
mod error;
mod extract;
mod form;
mod frab;
mod ical;
pub mod inbound;
mod layout;
mod limits;
mod locale;
mod logging;
pub mod mail;
pub mod mailing;
pub mod metrics;
pub mod notifier;
mod page_cache;
mod pieces;
pub mod posting;
mod programme;
mod redirect;
pub mod reminders;
mod routes;
mod security;
mod shared_reads;
mod visibility;

use axum::Router;
use convene_store::Store;
use std::sync::Arc;
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

pub use ctx::Ctx;
pub use error::{AppError, PageError};
pub use locale::Locale;
pub use mail::Mailer;

/// How this installation is reached and how it sends mail.
pub struct Options {
    /// The address people use, e.g. `https://forum.example.org`, for links in mail.
    pub public_url: String,
    /// Take the client address from X-Forwarded-For (only behind a trusted proxy).
    pub trust_proxy: bool,
    pub mailer: Mailer,
    /// Also answer `/bench/ceiling?bytes=N` with a fixed in-memory page, so benchmarks
    /// can compare real pages with the same server doing no work. Off when serving.
    pub bench_ceiling: bool,
    /// Keep anonymous readers' pages in memory until the next write, checking the
    /// change log at most this often (None: render every page).
    pub page_cache: Option<Duration>,
    /// Who may read `/metrics` (after `trust_proxy` picks the client address); empty
    /// turns it off.
    pub metrics_allow: Vec<ipnet::IpNet>,
}

impl Options {
    /// Cookies are marked Secure when the forum is served over TLS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub options: Arc<Options>,
    pub page_cache: Option<Arc<page_cache::PageCache>>,
    pub metrics: Arc<metrics::Metrics>,
    /// The public address without a trailing slash, shared by every request's `Ctx`.
    pub(crate) base: Arc<str>,
    /// Threads' pages as every reader reads them (see shared_reads.rs).
    pub(crate) threads: Arc<shared_reads::SharedReads<Option<routes::SharedThread>>>,
    /// Coalitions' pages, likewise.
    pub(crate) coalitions: Arc<shared_reads::SharedReads<Option<routes::SharedCoalition>>>,
    /// Whole bodies of pages that are the same for every reader (home, topics, agenda).
    pub(crate) bodies: Arc<shared_reads::SharedReads<shared_reads::SharedBody>>,
}

/// Largest request body accepted, before any handler reads it.
pub(crate) const MAX_BODY: usize = 1024 * 1024;

/// The whole application: routes, plus request ids, one log line per request,
/// compression, a body limit and a timeout.
pub fn app(store: Arc<dyn Store>, options: Options) -> Router {
    app_shared(store, Arc::new(options))
}

/// [`app`] with options shared with background tasks (such as report reminders).
pub fn app_shared(store: Arc<dyn Store>, options: Arc<Options>) -> Router {
    let ceiling = options.bench_ceiling;
    let page_cache = options
        .page_cache
        .map(|check| Arc::new(page_cache::PageCache::new(check)));
    let state = AppState {
        store,
        base: options.public_url.trim_end_matches('/').into(),
        options,
        page_cache,
        metrics: Arc::new(metrics::Metrics::new()),
        threads: Arc::default(),
        coalitions: Arc::default(),
        bodies: Arc::default(),
    };
    let mut routes = routes::router().route("/metrics", axum::routing::get(metrics::scrape));
    if ceiling {
        routes = routes.route("/bench/ceiling", axum::routing::get(bench::ceiling));
    }
    let router = routes
        .with_state(state.clone())
        // Innermost, so no handler runs for a state-changing request without its token.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            csrf::check,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            page_cache::serve,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            routes::reject_undecodable_paths,
        ))
        // Around the page cache and every handler, inside routing (for the route's name).
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::track,
        ))
        .layer(axum::middleware::from_fn(caching::etag))
        .layer(RequestBodyLimitLayer::new(MAX_BODY))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        // Outside the body limit and timeout, so their refusals are localized too.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            routes::localize_rejections,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state,
            security::headers,
        ))
        .layer(CompressionLayer::new().gzip(true).br(true));
    logging::apply(router)
}
