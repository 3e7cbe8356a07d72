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

/// The bare ceiling: the same fixed page from a router with no middleware at all, so
/// the benchmark can show what the middleware itself costs.
pub fn bare_ceiling() -> axum::Router {
    axum::Router::new().route("/bench/ceiling", axum::routing::get(ceiling))
}

/// A signed-in session for the benchmark's form writers, made as signing in makes one:
/// returns the session cookie's token and the CSRF token its forms must carry.
pub async fn bench_session(
    store: &dyn convene_store::Store,
    participant_id: i64,
) -> convene_store::Result<(String, String)> {
    use convene_core::secrets::{new_token, token_hash};
    let token = new_token();
    store
        .create_session(
            &token_hash(&token),
            participant_id,
            convene_core::date::now() + crate::ctx::SESSION_SECONDS,
        )
        .await?;
    let csrf = crate::ctx::session_csrf(&token);
    Ok((token, csrf))
}
