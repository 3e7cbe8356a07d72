//! `/metrics` for Prometheus: requests by route and status, latency by route, how the
//! page cache answered, and the database pools' occupancy. Only the addresses the
//! operator allows may read it; anyone else gets a plain 404.

use crate::AppState;
use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use std::net::SocketAddr;
use std::time::Instant;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CacheLabels {
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    pool: &'static str,
}

/// How the page cache answered a request it could serve.
#[derive(Debug, Clone, Copy)]
pub enum CacheOutcome {
    /// From memory.
    Hit,
    /// Rendered by another reader's request that this one waited for.
    Shared,
    /// Rendered for this request.
    Rendered,
}

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram>,
    cache: Family<CacheLabels, Counter>,
    pool_open: Family<PoolLabels, Gauge>,
    pool_idle: Family<PoolLabels, Gauge>,
    pool_max: Family<PoolLabels, Gauge>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("convene");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by route and status",
            requests.clone(),
        );
        // 0.5 ms to about 8 s.
        let latency = Family::<RouteLabels, Histogram>::new_with_constructor(|| {
            Histogram::new(exponential_buckets(0.0005, 2.0, 15))
        });
        registry.register(
            "http_request_duration_seconds",
            "Time to answer, by route",
            latency.clone(),
        );
        let cache = Family::<CacheLabels, Counter>::default();
        registry.register(
            "page_cache_answers",
            "Anonymous pages answered from memory (hit), from another reader's render \
             (shared) or rendered (rendered)",
            cache.clone(),
        );
        let pool_open = Family::<PoolLabels, Gauge>::default();
        registry.register(
            "db_pool_connections",
            "Database connections open",
            pool_open.clone(),
        );
        let pool_idle = Family::<PoolLabels, Gauge>::default();
        registry.register(
            "db_pool_idle_connections",
            "Open database connections not serving a query",
            pool_idle.clone(),
        );
        let pool_max = Family::<PoolLabels, Gauge>::default();
        registry.register(
            "db_pool_max_connections",
            "The most database connections a pool opens",
            pool_max.clone(),
        );
        Self {
            registry,
            requests,
            latency,
            cache,
            pool_open,
            pool_idle,
            pool_max,
        }
    }

    pub fn page_cache(&self, outcome: CacheOutcome) {
        let outcome = match outcome {
            CacheOutcome::Hit => "hit",
            CacheOutcome::Shared => "shared",
            CacheOutcome::Rendered => "rendered",
        };
        self.cache.get_or_create(&CacheLabels { outcome }).inc();
    }

    fn render(&self, app: &AppState) -> Result<String, std::fmt::Error> {
        for pool in app.store.pools() {
            let labels = PoolLabels { pool: pool.name };
            self.pool_open
                .get_or_create(&labels)
                .set(i64::from(pool.open));
            self.pool_idle
                .get_or_create(&labels)
                .set(i64::from(pool.idle));
            self.pool_max
                .get_or_create(&labels)
                .set(i64::from(pool.max));
        }
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)?;
        Ok(out)
    }
}

/// Counts and times every request under the route pattern it matched (never the raw
/// path, so ids do not make one series each).
pub async fn track(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |m| route_name(m.as_str()));
    let started = Instant::now();
    let response = next.run(request).await;
    let m = &app.metrics;
    m.requests
        .get_or_create(&RequestLabels {
            route: route.clone(),
            status: response.status().as_u16(),
        })
        .inc();
    m.latency
        .get_or_create(&RouteLabels { route })
        .observe(started.elapsed().as_secs_f64());
    response
}

/// `/{lang}/threads/{id}` as `/:lang/threads/:id`: braces in label values trip up some
/// scrapers' parsers.
fn route_name(pattern: &str) -> String {
    pattern.replace('{', ":").replace('}', "")
}

/// `GET /metrics`, for allowed addresses only.
pub async fn scrape(State(app): State<AppState>, request: Request) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let client = crate::ctx::client_address(request.headers(), peer, app.options.trust_proxy);
    let allowed =
        client.is_some_and(|ip| app.options.metrics_allow.iter().any(|n| n.contains(&ip)));
    if !allowed {
        return StatusCode::NOT_FOUND.into_response();
    }
    match app.metrics.render(&app) {
        Ok(body) => (
            [(
                header::CONTENT_TYPE,
                "application/openmetrics-text; version=1.0.0; charset=utf-8",
            )],
            body,
        )
            .into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
