//! Pages as anonymous readers see them, kept in memory until anything changes. An open
//! archive is read far more than it is written, mostly by people who are not signed in;
//! such a page is the same for all of them, so it is rendered once and served from
//! memory until the next write. Freshness comes from the change log, which every write
//! appends to in its own transaction: an entry is served only while the newest change
//! is the one it was rendered after, so readers never see data older than a committed
//! write (checked at most every `check` interval, shared by all requests), and other
//! server processes' writes count too.
//!
//! Only pages marked [`Shareable`] are kept: 200 answers rendered for nobody in
//! particular and carrying no form token. Cookies are never kept; a hit gets the
//! reader's own, as a rendered page would.

use crate::ctx::SESSION_COOKIE;
use crate::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::{Mutex, RwLock};
use std::time::{Duration, Instant};

/// Marks a response that any anonymous reader may be given.
#[derive(Debug, Clone, Copy)]
pub struct Shareable;

/// Entries and bytes kept at most; past either the cache starts again. The byte bound
/// keeps memory in hand when many distinct addresses (query strings) are asked for.
const MAX_ENTRIES: usize = 4_096;
const MAX_BYTES: usize = 64 * 1024 * 1024;
const MAX_BODY: usize = 512 * 1024;

struct Entry {
    seq: i64,
    headers: HeaderMap,
    body: Bytes,
}

pub struct PageCache {
    check: Duration,
    entries: RwLock<HashMap<String, Entry>>,
    /// Bytes of the bodies held in `entries`.
    bytes: std::sync::atomic::AtomicUsize,
    /// The newest change seen, and when it was read.
    latest: Mutex<Option<(Instant, i64)>>,
}

impl PageCache {
    pub fn new(check: Duration) -> Self {
        PageCache {
            check,
            entries: RwLock::new(HashMap::new()),
            bytes: std::sync::atomic::AtomicUsize::new(0),
            latest: Mutex::new(None),
        }
    }

    /// The newest change in the log, read again once `check` has passed.
    async fn latest(&self, app: &AppState) -> Option<i64> {
        if let Ok(guard) = self.latest.lock() {
            if let Some((at, seq)) = *guard {
                if at.elapsed() < self.check {
                    return Some(seq);
                }
            }
        }
        let seq = app.store.last_change().await.ok()?;
        if let Ok(mut guard) = self.latest.lock() {
            *guard = Some((Instant::now(), seq));
        }
        Some(seq)
    }
}

fn has_session(request: &Request) -> bool {
    request
        .headers()
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains(SESSION_COOKIE))
}

pub async fn serve(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let Some(cache) = app.page_cache.as_deref() else {
        return next.run(request).await;
    };
    if request.method() != Method::GET || has_session(&request) {
        return next.run(request).await;
    }
    let key = request.uri().to_string();
    let Some(seq) = cache.latest(&app).await else {
        return next.run(request).await;
    };
    let hit = cache.entries.read().ok().and_then(|entries| {
        entries
            .get(&key)
            .filter(|e| e.seq == seq)
            .map(|e| (e.headers.clone(), e.body.clone()))
    });
    if let Some((headers, body)) = hit {
        let mut response = (StatusCode::OK, body).into_response();
        *response.headers_mut() = headers;
        let secure = app.options.secure_cookies();
        for c in crate::ctx::reader_cookies(request.headers(), request.uri().path(), secure) {
            response.headers_mut().append(SET_COOKIE, c);
        }
        return response;
    }
    let response = next.run(request).await;
    let small = axum::body::HttpBody::size_hint(response.body())
        .exact()
        .is_some_and(|n| n <= MAX_BODY as u64);
    if response.status() != StatusCode::OK
        || response.extensions().get::<Shareable>().is_none()
        || !small
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        // The size was known and within bounds, so this does not happen; answer plainly.
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    // Tagged once here, so hits do not hash the page again (see caching.rs).
    crate::caching::tag(&mut parts.headers, &bytes);
    let mut headers = parts.headers.clone();
    headers.remove(SET_COOKIE);
    if let Ok(mut entries) = cache.entries.write() {
        use std::sync::atomic::Ordering::Relaxed;
        if entries.len() >= MAX_ENTRIES || cache.bytes.load(Relaxed) + bytes.len() > MAX_BYTES {
            entries.clear();
            cache.bytes.store(0, Relaxed);
        }
        cache.bytes.fetch_add(bytes.len(), Relaxed);
        let entry = Entry {
            seq,
            headers,
            body: bytes.clone(),
        };
        if let Some(old) = entries.insert(key, entry) {
            cache.bytes.fetch_sub(old.body.len(), Relaxed);
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}
