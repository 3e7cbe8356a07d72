//! What every reader of a page reads alike, loaded once per change and shared. The page
//! cache serves whole pages, but only to anonymous readers; signed-in readers' pages
//! differ (their name, token, follow state, controls by role), so each renders its own,
//! yet the rows behind it (the thread, its posts, its balance) are the same for all.
//! Those rows are kept here under the page cache's freshness rule: an entry is used only
//! while the newest change in the log is the one it was loaded after. Loads in progress
//! are shared too, so a write does not send every reader to the database at once.
//!
//! Only data that is the same for every reader goes here; what a reader may see of it is
//! decided per request, after loading.

use crate::AppState;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};

/// Entries kept at most; past that the memory starts again.
const MAX_ENTRIES: usize = 4_096;

/// Shared reads of one kind of page, by key (e.g. a thread and its page of posts).
pub struct SharedReads<T> {
    entries: Mutex<HashMap<String, (i64, Arc<T>)>>,
    flights: Mutex<HashMap<(i64, String), Flight<T>>>,
}

/// One load in progress: the first reader runs it, those after wait for its result.
type Flight<T> = Arc<tokio::sync::OnceCell<Arc<T>>>;

impl<T> Default for SharedReads<T> {
    fn default() -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
            flights: Mutex::new(HashMap::new()),
        }
    }
}

impl<T: Send + Sync> SharedReads<T> {
    /// The value for `key` as of the newest change, loaded with `load` unless another
    /// reader has loaded it (or is loading it) since. Without a page cache (benchmarks of
    /// rendering from nothing) every call loads.
    pub async fn get<E, F, Fut>(&self, app: &AppState, key: String, load: F) -> Result<Arc<T>, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        let seq = match &app.page_cache {
            Some(cache) => cache.latest(app).await,
            None => None,
        };
        let Some(seq) = seq else {
            return load().await.map(Arc::new);
        };
        if let Some(found) = self.kept(&key, seq) {
            return Ok(found);
        }
        let flight = self.join(seq, &key);
        // If another reader's load fails, the next one waiting runs its own.
        let value = flight
            .get_or_try_init(|| async move { load().await.map(Arc::new) })
            .await
            .cloned();
        self.land(seq, &key);
        let value = value?;
        self.keep(key, seq, value.clone());
        Ok(value)
    }

    fn kept(&self, key: &str, seq: i64) -> Option<Arc<T>> {
        let entries = self.entries.lock().ok()?;
        let (at, value) = entries.get(key)?;
        (*at == seq).then(|| value.clone())
    }

    fn keep(&self, key: String, seq: i64, value: Arc<T>) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(key, (seq, value));
        }
    }

    fn join(&self, seq: i64, key: &str) -> Flight<T> {
        let Ok(mut flights) = self.flights.lock() else {
            return Arc::default();
        };
        if flights.len() >= MAX_ENTRIES {
            flights.clear();
        }
        flights.entry((seq, key.to_string())).or_default().clone()
    }

    fn land(&self, seq: i64, key: &str) {
        if let Ok(mut flights) = self.flights.lock() {
            flights.remove(&(seq, key.to_string()));
        }
    }
}

/// A page's body as every reader sees it, with what its head needs: for pages with
/// nothing of the reader's own but the layout around them (the layout, with the
/// reader's name and token, is rendered per request). Never put a form token or anything
/// that depends on who reads into one.
pub struct SharedBody {
    pub title: String,
    pub noindex: bool,
    /// The languages the content exists in; `None`: every interface language.
    pub langs: Option<Vec<String>>,
    /// For the meta description; `None`: the forum's own.
    pub description: Option<String>,
    /// What the page is about, for the parts around the body that are the reader's own
    /// (a topic's id and text, for its translation tools and watch form).
    pub subject: Option<(i64, convene_core::model::Localized)>,
    pub body: maud::Markup,
}

impl SharedBody {
    /// The whole page for this reader.
    pub fn page(&self, ctx: &crate::Ctx) -> axum::response::Response {
        self.page_with(ctx, maud::html! {})
    }

    /// The page with some of the reader's own above the shared body (e.g. their watch
    /// form).
    pub fn page_with(&self, ctx: &crate::Ctx, own: maud::Markup) -> axum::response::Response {
        use crate::layout::{Alternates, Head};
        let head = Head {
            title: &self.title,
            noindex: self.noindex,
            alternates: match &self.langs {
                Some(langs) => Alternates::Only(langs),
                None => Alternates::AllLocales,
            },
            description: self.description.as_deref(),
        };
        ctx.page(head, maud::html! { (own) (self.body) })
    }
}
