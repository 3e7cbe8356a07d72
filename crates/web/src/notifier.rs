//! The notifier follows the change log and tells followers of new posts and discussions.
//! It keeps its place (the last change it read) in the settings table, so a restart
//! picks up where it stopped. [`catch_up`] processes everything pending once; [`run`]
//! does so every few seconds until told to stop, on one server at a time: each round it
//! first takes (or renews) the [`LEASE`], and skips the round while another holds it.

use convene_core::model::FollowKind;
use convene_core::notify;
use convene_store::{Store, StoreError};
use std::sync::Arc;
use std::time::Duration;

/// The setting holding the sequence number of the last change read.
pub const CURSOR: &str = "notifier_cursor";
const BATCH: i64 = 500;
const INTERVAL: Duration = Duration::from_secs(3);
/// The lease naming the server that notifies when several share a database.
pub const LEASE: &str = "notifier";
/// Renewed every round; a server that stops renewing (crashed) is replaced after this.
const LEASE_SECONDS: i64 = 15;
/// A round stops after this much work, so its lease is renewed long before it expires.
const ROUND: Duration = INTERVAL;

/// Read every change since the last call and notify followers; returns how many
/// notifications were written.
pub async fn catch_up(store: &dyn Store) -> Result<usize, StoreError> {
    Ok(catch_up_within(store, None).await?.0)
}

/// [`catch_up`], stopping after the batch that ends past `budget`; also says whether it
/// stopped early (more may be waiting).
async fn catch_up_within(
    store: &dyn Store,
    budget: Option<Duration>,
) -> Result<(usize, bool), StoreError> {
    let started = std::time::Instant::now();
    let mut cursor: i64 = store
        .setting(CURSOR)
        .await?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut sent = 0;
    loop {
        let changes = store.changes_since(cursor, BATCH).await?;
        let Some(last) = changes.last().map(|c| c.seq) else {
            break;
        };
        for c in &changes {
            // A post is news when written, or when a held one is released.
            let news = match (c.entity.as_str(), c.op.as_str()) {
                ("post", "create" | "release") => Some(about_post(store, c.entity_id).await?),
                ("coalition_output", "create") => Some(about_output(store, c.entity_id).await?),
                _ => None,
            };
            if let Some(n) = news {
                if n > 0 {
                    sent += n;
                    // Keep the place right after writing, so a crash repeats nothing.
                    store.set_setting(CURSOR, &c.seq.to_string()).await?;
                }
            }
        }
        cursor = last;
        store.set_setting(CURSOR, &cursor.to_string()).await?;
        if budget.is_some_and(|b| started.elapsed() >= b) {
            return Ok((sent, true));
        }
    }
    Ok((sent, false))
}

/// Notify the followers of a post's thread and coalition, unless the post is held or
/// hidden (or gone).
async fn about_post(store: &dyn Store, post_id: i64) -> Result<usize, StoreError> {
    let Some(convene_core::model::PostContext {
        thread_id,
        coalition_id: coalition,
        author_id: author,
    }) = store.post_context(post_id).await?
    else {
        return Ok(0);
    };
    let Some(post) = store
        .posts(thread_id, post_id - 1, 1)
        .await?
        .into_iter()
        .find(|p| p.id == post_id)
    else {
        return Ok(0);
    };
    // Nor is anything in a thread whose opening post is still held: its title is not
    // public yet (releasing the opening post makes it news).
    if post.held || post.hidden.is_some() || store.thread_opening_held(thread_id).await? {
        return Ok(0);
    }
    let Some(thread) = store.thread(thread_id).await? else {
        return Ok(0);
    };
    let opening = store.posts(thread_id, 0, 1).await?.first().map(|p| p.id) == Some(post_id);
    // A new discussion is news to everyone watching its coalition or topics; a reply,
    // only to those who watch them at "everything" (and to the thread's followers).
    let mut followers = store.followers(FollowKind::Thread, thread_id).await?;
    let topics = store.thread_topics(thread_id, "en").await?;
    let mut watched: Vec<(FollowKind, i64)> =
        topics.iter().map(|t| (FollowKind::Topic, t.id)).collect();
    if let Some(c) = coalition {
        watched.push((FollowKind::Coalition, c));
    }
    for (kind, item) in watched {
        followers.extend(if opening {
            store.followers(kind, item).await?
        } else {
            store.followers_of_everything(kind, item).await?
        });
    }
    let to = notify::recipients(&followers, author, post.created_at);
    let all = notify::about_post(
        &to,
        opening,
        thread_id,
        post_id,
        &post.author.display_name,
        &thread.title,
    );
    store.notify_all(&all).await?;
    Ok(all.len())
}

/// Notify those watching an output's coalition or its topics, unless the coalition is
/// waiting for review or hidden.
async fn about_output(store: &dyn Store, output_id: i64) -> Result<usize, StoreError> {
    // An empty language: no translation matches, so the title is the original's.
    let Some(output) = store.output(output_id, "").await? else {
        return Ok(0);
    };
    let Some((held, hidden)) = store.coalition_state(output.coalition_id).await? else {
        return Ok(0);
    };
    if held || hidden {
        return Ok(0);
    }
    let mut followers = store
        .followers(FollowKind::Coalition, output.coalition_id)
        .await?;
    for t in store.output_topics(output_id, "").await? {
        followers.extend(store.followers(FollowKind::Topic, t.id).await?);
    }
    let to = notify::recipients(
        &followers,
        output.created_by.unwrap_or(0),
        output.created_at,
    );
    let all = notify::about_output(&to, output_id, &output.title.text);
    store.notify_all(&all).await?;
    Ok(all.len())
}

/// Catch up every few seconds until `stop` turns true (or its sender is dropped), in
/// rounds when `holder` (this process) holds the lease; gives it up on the way out.
pub async fn run(
    store: Arc<dyn Store>,
    holder: String,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        let mut more = false;
        let now = convene_core::date::now();
        match store.take_lease(LEASE, &holder, now, LEASE_SECONDS).await {
            Ok(true) => match catch_up_within(&*store, Some(ROUND)).await {
                Ok((n, m)) => {
                    more = m;
                    if n > 0 {
                        tracing::debug!(notifications = n, "notified followers");
                    }
                }
                Err(e) => tracing::warn!(error = %e, "notifier could not catch up"),
            },
            // Another server notifies this round.
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "notifier could not take its lease"),
        }
        if *stop.borrow() {
            break;
        }
        if more {
            continue;
        }
        tokio::select! {
            () = tokio::time::sleep(INTERVAL) => {}
            changed = stop.changed() => {
                if changed.is_err() || *stop.borrow() {
                    break;
                }
            }
        }
    }
    if let Err(e) = store.release_lease(LEASE, &holder).await {
        tracing::warn!(error = %e, "notifier could not release its lease");
    }
}
