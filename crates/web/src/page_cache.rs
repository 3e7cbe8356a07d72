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
use crate::metrics::CacheOutcome;
use crate::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
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
    flights: Flights,
}

impl PageCache {
    pub fn new(check: Duration) -> Self {
        PageCache {
            check,
            entries: RwLock::new(HashMap::new()),
            bytes: std::sync::atomic::AtomicUsize::new(0),
            latest: Mutex::new(None),
            flights: Flights::default(),
        }
    }

    /// Forget the newest change seen, so the next reader reads the log again.
    fn expire(&self) {
        if let Ok(mut guard) = self.latest.lock() {
            *guard = None;
        }
    }

    /// The newest change in the log, read again once `check` has passed.
    pub(crate) async fn latest(&self, app: &AppState) -> Option<i64> {
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
    if request.method() != Method::GET {
        let response = next.run(request).await;
        // This process just wrote, perhaps: read the change log again before the next
        // page, so whoever wrote sees it at once (other processes' writes show within
        // `check`). Refused requests wrote nothing and must not make readers re-read it.
        let status = response.status();
        if status.is_success() || status.is_redirection() {
            cache.expire();
        }
        return response;
    }
    if has_session(&request) {
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
        app.metrics.page_cache(CacheOutcome::Hit);
        return from_memory(&app, &request, headers, body);
    }
    // Not in memory: the first reader renders; those who ask meanwhile wait for it.
    let flight = cache.flights.join(seq, &key);
    let mut pending = Some((request, next));
    let mut own = None;
    let (pending_ref, own_ref, key_ref) = (&mut pending, &mut own, &key);
    let shared = flight
        .get_or_init(move || async move {
            let (request, next) = pending_ref.take()?;
            let (response, kept) = render(cache, key_ref, seq, request, next).await;
            *own_ref = Some(response);
            kept
        })
        .await
        .clone();
    if let Some(response) = own {
        cache.flights.land(seq, &key);
        app.metrics.page_cache(CacheOutcome::Rendered);
        return response;
    }
    let Some((request, next)) = pending else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    match shared {
        Some((headers, body)) => {
            app.metrics.page_cache(CacheOutcome::Shared);
            from_memory(&app, &request, headers, body)
        }
        // The page was not one to share (an error, a form): render this reader's own.
        None => next.run(request).await,
    }
}

/// A kept page, with this reader's own cookies as a rendered page would carry them.
fn from_memory(app: &AppState, request: &Request, headers: HeaderMap, body: Bytes) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    *response.headers_mut() = headers;
    let secure = app.options.secure_cookies();
    for c in crate::ctx::reader_cookies(request.headers(), request.uri().path(), secure) {
        response.headers_mut().append(SET_COOKIE, c);
    }
    response
}

/// Render the page and keep it if it may be shared: the response for this reader, and
/// what other readers of the same page may be given.
async fn render(
    cache: &PageCache,
    key: &str,
    seq: i64,
    request: Request,
    next: Next,
) -> (Response, Option<(HeaderMap, Bytes)>) {
    let response = next.run(request).await;
    let small = axum::body::HttpBody::size_hint(response.body())
        .exact()
        .is_some_and(|n| n <= MAX_BODY as u64);
    if response.status() != StatusCode::OK
        || response.extensions().get::<Shareable>().is_none()
        || !small
    {
        return (response, None);
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        // The size was known and within bounds, so this does not happen; answer plainly.
        return (StatusCode::SERVICE_UNAVAILABLE.into_response(), None);
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
            headers: headers.clone(),
            body: bytes.clone(),
        };
        if let Some(old) = entries.insert(key.to_string(), entry) {
            cache.bytes.fetch_sub(old.body.len(), Relaxed);
        }
    }
    let response = Response::from_parts(parts, Body::from(bytes.clone()));
    (response, Some((headers, bytes)))
}

/// Renders in progress, by change and page. Without them a write sends every reader of
/// a popular page rendering it at once, each reading the same rows; with them one
/// renders and the others wait for its result. A render whose reader went away is taken
/// over by one of those waiting (the cell lets the next waiter initialise it).
#[derive(Default)]
pub struct Flights {
    running: Mutex<HashMap<(i64, String), Flight>>,
}

type Flight = Arc<tokio::sync::OnceCell<Option<(HeaderMap, Bytes)>>>;

/// Flights kept at most; older ones are forgotten (those waiting on them still finish).
const MAX_FLIGHTS: usize = 1_024;

impl Flights {
    /// The flight rendering this page after change `seq`, started if there is none.
    pub fn join(&self, seq: i64, key: &str) -> Flight {
        let Ok(mut running) = self.running.lock() else {
            return Flight::default();
        };
        if running.len() >= MAX_FLIGHTS {
            running.clear();
        }
        running.entry((seq, key.to_string())).or_default().clone()
    }

    /// The render is done (and kept, if it may be shared): later readers find it in
    /// memory.
    pub fn land(&self, seq: i64, key: &str) {
        if let Ok(mut running) = self.running.lock() {
            running.remove(&(seq, key.to_string()));
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.running.lock().map(|r| r.len()).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn readers_arriving_during_a_render_share_it() {
        let flights = Arc::new(Flights::default());
        let renders = Arc::new(AtomicUsize::new(0));
        let (release, gate) = tokio::sync::watch::channel(false);
        let mut readers = Vec::new();
        for _ in 0..16 {
            let (flights, renders, mut gate) = (flights.clone(), renders.clone(), gate.clone());
            readers.push(tokio::spawn(async move {
                let flight = flights.join(7, "/en/threads/1");
                flight
                    .get_or_init(|| async {
                        renders.fetch_add(1, Ordering::SeqCst);
                        // The render waits until every reader has joined.
                        let _ = gate.wait_for(|open| *open).await;
                        Some((HeaderMap::new(), Bytes::from_static(b"page")))
                    })
                    .await
                    .clone()
            }));
        }
        // Every reader holds the one flight (a bounded wait: unshared, the count fails).
        let all_joined = async {
            while Arc::strong_count(&flights.join(7, "/en/threads/1")) < 18 {
                tokio::task::yield_now().await;
            }
        };
        let _ = tokio::time::timeout(Duration::from_secs(5), all_joined).await;
        let _ = release.send(true);
        for r in readers {
            let (_, body) = r.await.unwrap().unwrap();
            assert_eq!(body, Bytes::from_static(b"page"));
        }
        assert_eq!(renders.load(Ordering::SeqCst), 1);
        // A later change is a new flight, rendered anew.
        assert!(flights.join(8, "/en/threads/1").get().is_none());
        flights.land(7, "/en/threads/1");
        flights.land(8, "/en/threads/1");
        assert_eq!(flights.len(), 0);
    }

    #[tokio::test]
    async fn a_render_abandoned_by_its_reader_is_taken_over() {
        let flights = Flights::default();
        let flight = flights.join(1, "/en/");
        let abandoned = flight.get_or_init(std::future::pending);
        // The first reader goes away before its render finished.
        let _ = tokio::time::timeout(Duration::from_millis(10), abandoned).await;
        let taken_over = flight
            .get_or_init(|| async { Some((HeaderMap::new(), Bytes::from_static(b"again"))) })
            .await;
        assert_eq!(
            taken_over.as_ref().map(|(_, b)| b.clone()),
            Some(Bytes::from_static(b"again"))
        );
    }
}
