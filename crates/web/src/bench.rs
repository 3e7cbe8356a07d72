//! The benchmark's ceiling: a page of the requested size from memory, through the same
//! middleware as every page (logging, headers, ETag, compression when asked), so the
//! gap between it and a real page is what the page itself costs.

use axum::body::Bytes;
use axum::extract::RawQuery;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use std::sync::OnceLock;

const MAX: usize = 1024 * 1024;

fn filler() -> &'static Bytes {
    static FILLER: OnceLock<Bytes> = OnceLock::new();
    FILLER.get_or_init(|| {
        let line = b"<p>The forum's ceiling: a fixed page served from memory.</p>\n";
        Bytes::from(line.iter().copied().cycle().take(MAX).collect::<Vec<u8>>())
    })
}

pub async fn ceiling(RawQuery(query): RawQuery) -> Response {
    let bytes = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "bytes")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(20_000)
        .min(MAX);
    (
        [(CONTENT_TYPE, "text/html; charset=utf-8")],
        filler().slice(0..bytes),
    )
        .into_response()
}
