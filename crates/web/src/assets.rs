//! The one stylesheet, served at a URL that carries a hash of its content so browsers
//! may keep it forever and still see a new version the moment it changes.

use axum::extract::Path;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::sync::OnceLock;

const CSS: &str = include_str!("../static/convene.css");

/// FNV-1a: tiny, stable across builds and platforms, enough to tell versions apart.
fn fingerprint(data: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:012x}", h & 0xffff_ffff_ffff)
}

pub fn stylesheet_href() -> &'static str {
    static HREF: OnceLock<String> = OnceLock::new();
    HREF.get_or_init(|| format!("/static/convene-{}.css", fingerprint(CSS)))
}

pub async fn stylesheet(Path(file): Path<String>) -> Response {
    if format!("/static/{file}") != stylesheet_href() {
        return StatusCode::NOT_FOUND.into_response();
    }
    (
        [
            (CONTENT_TYPE, "text/css; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        CSS,
    )
        .into_response()
}
