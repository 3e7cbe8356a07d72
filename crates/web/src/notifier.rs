//! The notifier follows the change log and tells followers of new posts and discussions.
//! It keeps its place (the last change it read) in the settings table, so a restart
//! picks up where it stopped. [`catch_up`] processes everything pending once; [`run`]
//! does so every few seconds until told to stop, on one server at a time: each round it
//! first takes (or renews) the [`LEASE`], and skips the round while another holds it.
//! With mail ([`catch_up_mailing`], [`run_mailing`]) it also queues each post's mail for
//! those who get it as it comes, and digest items for the others; what one change
//! produces is written with the cursor in one transaction, so a restart neither repeats
//! nor loses it.

use crate::mailing::{self, Outgoing};
use convene_core::mail::MailWatch;
use convene_core::model::{FollowKind, NewNotification};
use convene_core::notify;
use convene_store::{NewDigestItem, NewMail, Store, StoreError};
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
    Ok(catch_up_within(store, None, None).await?.0)
}

/// [`catch_up`], also queueing mail for those who asked for it.
pub async fn catch_up_mailing(
    store: &dyn Store,
    options: &crate::Options,
) -> Result<usize, StoreError> {
    let secret = store.mail_secret().await?;
    let out = Outgoing::new(&options.public_url, &options.mailer, secret);
    Ok(catch_up_within(store, Some(&out), None).await?.0)
}

/// What one change tells: notifications, mails, digest items.
#[derive(Default)]
struct News {
    notifications: Vec<NewNotification>,
    mails: Vec<NewMail>,
    digest_items: Vec<NewDigestItem>,
}

impl News {
    fn is_empty(&self) -> bool {
        self.notifications.is_empty() && self.mails.is_empty() && self.digest_items.is_empty()
    }
}

/// [`catch_up`], stopping after the batch that ends past `budget`; also says whether it
/// stopped early (more may be waiting).
async fn catch_up_within(
    store: &dyn Store,
    mail: Option<&Outgoing<'_>>,
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
                ("post", "create" | "release") => Some(about_post(store, mail, c.entity_id).await?),
                ("coalition_output", "create") => Some(about_output(store, c.entity_id).await?),
                _ => None,
            };
            if let Some(n) = news.filter(|n| !n.is_empty()) {
                sent += n.notifications.len();
                // Written with the place, so a crash repeats nothing and loses nothing.
                store
                    .record_news(
                        &n.notifications,
                        &n.mails,
                        &n.digest_items,
                        Some((CURSOR, c.seq)),
                    )
                    .await?;
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
async fn about_post(
    store: &dyn Store,
    mail: Option<&Outgoing<'_>>,
    post_id: i64,
) -> Result<News, StoreError> {
    let Some(convene_core::model::PostContext {
        thread_id,
        coalition_id: coalition,
        author_id: author,
    }) = store.post_context(post_id).await?
    else {
        return Ok(News::default());
    };
    let Some(post) = store
        .posts(thread_id, post_id - 1, 1)
        .await?
        .into_iter()
        .find(|p| p.id == post_id)
    else {
        return Ok(News::default());
    };
    // Nor is anything in a thread whose opening post is still held: its title is not
    // public yet (releasing the opening post makes it news).
    if post.held || post.hidden.is_some() || store.thread_opening_held(thread_id).await? {
        return Ok(News::default());
    }
    // Nor what is said in a coalition waiting for review or hidden, the rule outputs
    // follow too: notifications and mail must not carry what its pages do not show.
    if let Some(c) = coalition {
        if !matches!(store.coalition_state(c).await?, Some((false, false))) {
            return Ok(News::default());
        }
    }
    let Some(thread) = store.thread(thread_id).await? else {
        return Ok(News::default());
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
    for (kind, item) in &watched {
        followers.extend(if opening {
            store.followers(*kind, *item).await?
        } else {
            store.followers_of_everything(*kind, *item).await?
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
    let mut news = News {
        notifications: all,
        ..News::default()
    };
    if let Some(out) = mail {
        // The same watches, mailed: the thread's at any level, its coalition's and
        // topics' for a new discussion at any level and for a reply at "everything".
        let mut watchers: Vec<(MailWatch, (FollowKind, i64))> = store
            .mail_watchers(FollowKind::Thread, thread_id, false)
            .await?
            .into_iter()
            .map(|w| (w, (FollowKind::Thread, thread_id)))
            .collect();
        for (kind, item) in &watched {
            for w in store.mail_watchers(*kind, *item, !opening).await? {
                watchers.push((w, (*kind, *item)));
            }
        }
        let (mails, items) = mailing::about_post(store, out, &post, &watchers).await?;
        news.mails = mails;
        news.digest_items = items;
    }
    Ok(news)
}

/// Notify those watching an output's coalition or its topics, unless the coalition is
/// waiting for review or hidden.
async fn about_output(store: &dyn Store, output_id: i64) -> Result<News, StoreError> {
    // An empty language: no translation matches, so the title is the original's.
    let Some(output) = store.output(output_id, "").await? else {
        return Ok(News::default());
    };
    let Some((held, hidden)) = store.coalition_state(output.coalition_id).await? else {
        return Ok(News::default());
    };
    if held || hidden {
        return Ok(News::default());
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
    Ok(News {
        notifications: all,
        ..News::default()
    })
}

/// Catch up every few seconds until `stop` turns true (or its sender is dropped), in
/// rounds when `holder` (this process) holds the lease; gives it up on the way out.
pub async fn run(store: Arc<dyn Store>, holder: String, stop: tokio::sync::watch::Receiver<bool>) {
    run_with(store, None, holder, stop).await;
}

/// [`run`], also queueing mail (see [`catch_up_mailing`]).
pub async fn run_mailing(
    store: Arc<dyn Store>,
    options: Arc<crate::Options>,
    holder: String,
    stop: tokio::sync::watch::Receiver<bool>,
) {
    run_with(store, Some(options), holder, stop).await;
}

async fn run_with(
    store: Arc<dyn Store>,
    options: Option<Arc<crate::Options>>,
    holder: String,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        let mut more = false;
        let now = convene_core::date::now();
        match store.take_lease(LEASE, &holder, now, LEASE_SECONDS).await {
            Ok(true) => match round(&*store, options.as_deref()).await {
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

/// One round's work, with mail when the options are given.
async fn round(
    store: &dyn Store,
    options: Option<&crate::Options>,
) -> Result<(usize, bool), StoreError> {
    match options {
        Some(o) => {
            let secret = store.mail_secret().await?;
            let out = Outgoing::new(&o.public_url, &o.mailer, secret);
            catch_up_within(store, Some(&out), Some(ROUND)).await
        }
        None => catch_up_within(store, None, Some(ROUND)).await,
    }
}
