//! `/metrics`: the Prometheus text read back by a parser written elsewhere, and only for
//! the addresses the operator allows.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use common::{Client, Reply, TestApp};
use std::net::SocketAddr;

async fn from(client: &mut Client<'_>, peer: &str, forwarded: Option<&str>) -> Reply {
    let peer: SocketAddr = format!("{peer}:40000").parse().unwrap();
    let mut req = Request::get("/metrics").extension(ConnectInfo(peer));
    if let Some(f) = forwarded {
        req = req.header("x-forwarded-for", f);
    }
    client.send(req, Body::empty()).await
}

fn value(scrape: &prometheus_parse::Scrape, name: &str, labels: &[(&str, &str)]) -> f64 {
    scrape
        .samples
        .iter()
        .filter(|s| s.metric == name)
        .filter(|s| labels.iter().all(|(k, v)| s.labels.get(k) == Some(*v)))
        .map(|s| match &s.value {
            prometheus_parse::Value::Counter(v)
            | prometheus_parse::Value::Gauge(v)
            | prometheus_parse::Value::Untyped(v) => *v,
            prometheus_parse::Value::Histogram(buckets) => {
                buckets.iter().map(|b| b.count).fold(0.0, f64::max)
            }
            prometheus_parse::Value::Summary(_) => 0.0,
        })
        .sum()
}

#[tokio::test]
async fn metrics_count_requests_cache_answers_and_pools() {
    let mut app = TestApp::new().await;
    app.metrics_allow = vec!["10.0.0.0/8".parse().unwrap()];
    // One router for the whole test, as a server has: the counters live in it.
    let router = app.router();
    let mut reader = app.client().with_router(router.clone());
    for _ in 0..3 {
        assert_eq!(reader.get("/en/").await.status, StatusCode::OK);
    }
    assert_eq!(
        reader.get("/en/threads/999").await.status,
        StatusCode::NOT_FOUND
    );
    let r = from(&mut reader, "10.1.2.3", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r
        .headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/openmetrics-text")));
    let scrape =
        prometheus_parse::Scrape::parse(r.body.lines().map(|l| Ok(l.to_string()))).unwrap();
    let home = [("route", "/:lang/"), ("status", "200")];
    assert_eq!(value(&scrape, "convene_http_requests_total", &home), 3.0);
    let missing = [("route", "/:lang/threads/:id"), ("status", "404")];
    assert_eq!(value(&scrape, "convene_http_requests_total", &missing), 1.0);
    assert!(
        !r.body.contains("/en/threads/999"),
        "routes are named by pattern, never by path"
    );
    assert_eq!(
        value(
            &scrape,
            "convene_http_request_duration_seconds_count",
            &[("route", "/:lang/")]
        ),
        3.0
    );
    // The first anonymous read of the home page and the missing thread were rendered;
    // the other two home pages came from memory.
    let cache = "convene_page_cache_answers_total";
    assert_eq!(value(&scrape, cache, &[("outcome", "rendered")]), 2.0);
    assert_eq!(value(&scrape, cache, &[("outcome", "hit")]), 2.0);
    assert!(
        value(
            &scrape,
            "convene_db_pool_max_connections",
            &[("pool", "read")]
        ) >= 1.0
    );
    assert!(value(&scrape, "convene_db_pool_connections", &[("pool", "write")]) >= 1.0);
    app.finish().await;
}

#[tokio::test]
async fn metrics_are_only_for_allowed_addresses() {
    let mut app = TestApp::new().await;
    app.metrics_allow = vec!["10.0.0.0/8".parse().unwrap()];
    let mut client = app.client();
    assert_eq!(
        from(&mut client, "10.9.9.9", None).await.status,
        StatusCode::OK
    );
    let r = from(&mut client, "192.0.2.7", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(!r.body.contains("convene_"));
    // Without a known peer address nothing is allowed.
    let r = client.get("/metrics").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // A client cannot forge its way in: without --trust-proxy the header is ignored...
    let r = from(&mut client, "192.0.2.7", Some("10.1.1.1")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // ...and behind the proxy only the entry the proxy appended counts.
    app.trust_proxy = true;
    let mut client = app.client();
    let r = from(&mut client, "10.0.0.1", Some("10.1.1.1, 192.0.2.7")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = from(&mut client, "10.0.0.1", Some("192.0.2.7, 10.1.1.1")).await;
    assert_eq!(r.status, StatusCode::OK);
    // Off when the list is empty.
    app.trust_proxy = false;
    app.metrics_allow.clear();
    let mut client = app.client();
    assert_eq!(
        from(&mut client, "10.9.9.9", None).await.status,
        StatusCode::NOT_FOUND
    );
    app.finish().await;
}
