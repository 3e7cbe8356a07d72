//! Conditional GETs for pages: a weak ETag over the body, 304 when the reader already
//! has it. On a slow, costly connection a revisit then costs a few hundred bytes.

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{CACHE_CONTROL, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Pages are small; anything larger is passed through untouched.
const MAX_TAGGED: usize = 4 * 1024 * 1024;

/// Tags a page's headers with its weak ETag and, unless set, `private, no-cache`.
pub fn tag(headers: &mut HeaderMap, bytes: &[u8]) {
    // CRC-32 runs at memory speed (SIMD), where a byte-at-a-time hash cost more than
    // the rest of the middleware on a 40 KB page; with the length it tells versions of
    // one page apart well enough for a revalidation hint, the same on every server.
    if let Ok(value) = format!("W/\"{:x}-{:08x}\"", bytes.len(), crc32fast::hash(bytes)).parse() {
        headers.insert(ETAG, value);
    }
    // Pages differ per reader (language, session): only their own browser may keep them,
    // and must ask again each time (cheaply, thanks to the ETag).
    if !headers.contains_key(CACHE_CONTROL) {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("private, no-cache"));
    }
}

pub async fn etag(request: Request, next: Next) -> Response {
    let conditional = matches!(*request.method(), Method::GET | Method::HEAD);
    let if_none_match = request.headers().get(IF_NONE_MATCH).cloned();
    let response = next.run(request).await;
    if !conditional || response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // Pages from the page cache come tagged already; others are tagged here, unless
    // their size is unknown or too large to hold (they pass untagged).
    let body = if parts.headers.contains_key(ETAG) {
        body
    } else {
        let size = axum::body::HttpBody::size_hint(&body).exact();
        if size.is_none_or(|n| n > MAX_TAGGED as u64) {
            return Response::from_parts(parts, body);
        }
        let Ok(bytes) = axum::body::to_bytes(body, MAX_TAGGED).await else {
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        };
        tag(&mut parts.headers, &bytes);
        Body::from(bytes)
    };
    let tag = parts.headers.get(ETAG).and_then(|v| v.to_str().ok());
    let matches = match (if_none_match.as_ref().and_then(|v| v.to_str().ok()), tag) {
        (Some(wanted), Some(tag)) => wanted
            .split(',')
            .any(|t| t.trim() == tag || t.trim() == "*"),
        _ => false,
    };
    if matches {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(axum::http::header::CONTENT_TYPE);
        parts.headers.remove(axum::http::header::CONTENT_LENGTH);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, body)
}
