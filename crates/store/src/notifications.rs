//! Notifications (a message kind with its arguments, rendered when read), private-feed
//! tokens, and following and watching items.

use crate::sql::SqlStore;
use crate::{rows, Result, StoreError};
use async_trait::async_trait;
use convene_core::date::now;
use convene_core::model::*;
use sqlx::{AnyConnection, Row};

fn encode_args(args: &[(String, String)]) -> Result<String> {
    serde_json::to_string(args).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn decode_args(json: &str) -> Result<Vec<(String, String)>> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("notification args: {e}")))
}

/// What people are told: notifications, private feeds, and what they follow or watch.
#[async_trait]
pub trait Notifications: Send + Sync {
    /// Tell one participant something; returns its id.
    async fn notify(&self, n: &NewNotification) -> Result<i64>;

    /// Many notifications in one transaction (e.g. every follower of a thread).
    async fn notify_all(&self, all: &[NewNotification]) -> Result<Vec<i64>>;

    /// A participant's notifications, newest first, ids below `before` (keyset paging).
    async fn notifications(
        &self,
        participant_id: i64,
        before: i64,
        limit: i64,
    ) -> Result<Vec<Notification>>;

    async fn unread_notifications(&self, participant_id: i64) -> Result<i64>;

    async fn mark_notifications_read(&self, participant_id: i64) -> Result<()>;

    /// Keep the hash of a participant's new private-feed token (the old one stops working).
    async fn set_feed_token(&self, participant_id: i64, token_hash: &str) -> Result<()>;

    /// Forget a participant's private-feed token: its address stops working.
    async fn revoke_feed_token(&self, participant_id: i64) -> Result<()>;

    /// Whose private feed a token hash opens: a participant who is neither suspended nor
    /// deleted.
    async fn feed_token_owner(&self, token_hash: &str) -> Result<Option<i64>>;

    /// Whether a participant has a private-feed token now.
    async fn has_feed_token(&self, participant_id: i64) -> Result<bool>;

    async fn set_follow(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
        follow: bool,
    ) -> Result<()>;

    async fn follows(&self, participant_id: i64, kind: FollowKind, item_id: i64) -> Result<bool>;

    /// Watch something at a level, or stop (`None`).
    async fn set_watch(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
        level: Option<WatchLevel>,
    ) -> Result<()>;

    /// What someone watches of one kind, with the level: `(item id, level)` by id.
    async fn watches(
        &self,
        participant_id: i64,
        kind: FollowKind,
    ) -> Result<Vec<(i64, WatchLevel)>>;

    /// How closely someone watches something, if at all.
    async fn watch_level(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
    ) -> Result<Option<WatchLevel>>;

    /// `(participant, following since)` of everyone (not deleted) following an item.
    async fn followers(&self, kind: FollowKind, item_id: i64) -> Result<Vec<(i64, i64)>>;

    /// Of those, the ones who watch it at [`WatchLevel::Everything`] (told of every post).
    async fn followers_of_everything(
        &self,
        kind: FollowKind,
        item_id: i64,
    ) -> Result<Vec<(i64, i64)>>;

    /// Threads followed directly or through a followed coalition, most recently active first.
    async fn followed_threads(&self, participant_id: i64, limit: i64) -> Result<Vec<Thread>>;
}

#[async_trait]
impl Notifications for SqlStore {
    async fn notify(&self, n: &NewNotification) -> Result<i64> {
        let ids = self.notify_all(std::slice::from_ref(n)).await?;
        ids.first()
            .copied()
            .ok_or(StoreError::NotFound("notification"))
    }

    async fn notify_all(&self, all: &[NewNotification]) -> Result<Vec<i64>> {
        if all.is_empty() {
            return Ok(Vec::new());
        }
        let mut tx = self.write.begin().await?;
        let at = now();
        let mut ids = Vec::with_capacity(all.len());
        for n in all {
            ids.push(self.insert_notification(&mut tx, n, at).await?);
        }
        tx.commit().await?;
        Ok(ids)
    }

    async fn notifications(&self, who: i64, before: i64, limit: i64) -> Result<Vec<Notification>> {
        let rows = sqlx::query(
            "SELECT id, kind, args, link, created_at, read_at FROM notifications
             WHERE participant_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3",
        )
        .bind(who)
        .bind(before)
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Notification {
                    id: r.try_get("id")?,
                    kind: r.try_get("kind")?,
                    args: decode_args(&r.try_get::<String, _>("args")?)?,
                    link: r.try_get("link")?,
                    created_at: r.try_get("created_at")?,
                    read: r.try_get::<Option<i64>, _>("read_at")?.is_some(),
                })
            })
            .collect()
    }

    async fn unread_notifications(&self, who: i64) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM notifications WHERE participant_id = $1 AND read_at IS NULL",
        )
        .bind(who)
        .fetch_one(&self.read)
        .await?)
    }

    async fn mark_notifications_read(&self, who: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let done = sqlx::query(
            "UPDATE notifications SET read_at = $2 WHERE participant_id = $1 AND read_at IS NULL",
        )
        .bind(who)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() > 0 {
            self.log_change(&mut tx, "notifications_read", who, "update")
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn set_feed_token(&self, participant_id: i64, token_hash: &str) -> Result<()> {
        let mut tx = self.write.begin().await?;
        sqlx::query(
            "INSERT INTO feed_tokens (participant_id, token_hash, created_at) VALUES ($1, $2, $3)
             ON CONFLICT (participant_id) DO UPDATE
               SET token_hash = excluded.token_hash, created_at = excluded.created_at",
        )
        .bind(participant_id)
        .bind(token_hash)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn revoke_feed_token(&self, participant_id: i64) -> Result<()> {
        sqlx::query("DELETE FROM feed_tokens WHERE participant_id = $1")
            .bind(participant_id)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    async fn feed_token_owner(&self, token_hash: &str) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT f.participant_id FROM feed_tokens f
             JOIN participants p ON p.id = f.participant_id
             WHERE f.token_hash = $1 AND p.suspended_at IS NULL AND p.deleted_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(&self.read)
        .await?)
    }

    async fn has_feed_token(&self, participant_id: i64) -> Result<bool> {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM feed_tokens WHERE participant_id = $1")
                .bind(participant_id)
                .fetch_one(&self.read)
                .await?;
        Ok(n > 0)
    }

    async fn set_follow(&self, who: i64, kind: FollowKind, item: i64, follow: bool) -> Result<()> {
        if follow {
            sqlx::query(
                "INSERT INTO follows (participant_id, kind, item_id, created_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (participant_id, kind, item_id) DO NOTHING",
            )
            .bind(who)
            .bind(kind.code())
            .bind(item)
            .bind(now())
            .execute(&self.write)
            .await?;
        } else {
            sqlx::query(
                "DELETE FROM follows WHERE participant_id = $1 AND kind = $2 AND item_id = $3",
            )
            .bind(who)
            .bind(kind.code())
            .bind(item)
            .execute(&self.write)
            .await?;
        }
        Ok(())
    }

    async fn follows(&self, who: i64, kind: FollowKind, item: i64) -> Result<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM follows WHERE participant_id = $1 AND kind = $2 AND item_id = $3",
        )
        .bind(who)
        .bind(kind.code())
        .bind(item)
        .fetch_one(&self.read)
        .await?;
        Ok(n > 0)
    }

    async fn set_watch(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
        level: Option<WatchLevel>,
    ) -> Result<()> {
        let Some(level) = level else {
            return self.set_follow(participant_id, kind, item_id, false).await;
        };
        sqlx::query(
            "INSERT INTO follows (participant_id, kind, item_id, created_at, level)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (participant_id, kind, item_id) DO UPDATE SET level = excluded.level",
        )
        .bind(participant_id)
        .bind(kind.code())
        .bind(item_id)
        .bind(now())
        .bind(level.code())
        .execute(&self.write)
        .await?;
        Ok(())
    }

    async fn watches(
        &self,
        participant_id: i64,
        kind: FollowKind,
    ) -> Result<Vec<(i64, WatchLevel)>> {
        let rows = sqlx::query(
            "SELECT item_id, level FROM follows WHERE participant_id = $1 AND kind = $2
             ORDER BY item_id",
        )
        .bind(participant_id)
        .bind(kind.code())
        .fetch_all(&self.read)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let level: String = r.try_get("level")?;
            if let Some(level) = WatchLevel::from_code(&level) {
                out.push((r.try_get("item_id")?, level));
            }
        }
        Ok(out)
    }

    async fn watch_level(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
    ) -> Result<Option<WatchLevel>> {
        let level: Option<String> = sqlx::query_scalar(
            "SELECT level FROM follows WHERE participant_id = $1 AND kind = $2 AND item_id = $3",
        )
        .bind(participant_id)
        .bind(kind.code())
        .bind(item_id)
        .fetch_optional(&self.read)
        .await?;
        Ok(level.and_then(|l| WatchLevel::from_code(&l)))
    }

    async fn followers(&self, kind: FollowKind, item_id: i64) -> Result<Vec<(i64, i64)>> {
        self.list_followers(kind, item_id, false).await
    }

    async fn followers_of_everything(
        &self,
        kind: FollowKind,
        item_id: i64,
    ) -> Result<Vec<(i64, i64)>> {
        self.list_followers(kind, item_id, true).await
    }

    async fn followed_threads(&self, who: i64, limit: i64) -> Result<Vec<Thread>> {
        // Threads opened by a held post are listed for their author only.
        let rows = sqlx::query(&format!(
            "SELECT * FROM threads WHERE id IN (
               SELECT item_id FROM follows WHERE participant_id = $1 AND kind = 'thread'
               UNION
               SELECT t.id FROM threads t JOIN follows f
                 ON f.kind = 'coalition' AND f.item_id = t.coalition_id AND f.participant_id = $1)
             AND (author_id = $1 OR {})
             ORDER BY last_post_at DESC, id DESC LIMIT $2",
            crate::visibility::thread_listed("threads")
        ))
        .bind(who)
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(rows::thread).collect()
    }
}

impl SqlStore {
    /// Insert within the caller's transaction, logging each.
    pub(crate) async fn insert_notification(
        &self,
        conn: &mut AnyConnection,
        n: &NewNotification,
        at: i64,
    ) -> Result<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO notifications (participant_id, kind, args, link, created_at)
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(n.participant_id)
        .bind(&n.kind)
        .bind(encode_args(&n.args)?)
        .bind(&n.link)
        .bind(at)
        .fetch_one(&mut *conn)
        .await?;
        self.log_change(conn, "notification", id, "create").await?;
        Ok(id)
    }

    /// Followers at any level, or (`everything`) only those told of every post.
    pub(crate) async fn list_followers(
        &self,
        kind: FollowKind,
        item: i64,
        everything: bool,
    ) -> Result<Vec<(i64, i64)>> {
        let rows = sqlx::query(
            "SELECT f.participant_id, f.created_at FROM follows f
             JOIN participants p ON p.id = f.participant_id
             WHERE f.kind = $1 AND f.item_id = $2 AND p.deleted_at IS NULL
               AND ($3 = 0 OR f.level = 'all')
             ORDER BY f.participant_id",
        )
        .bind(kind.code())
        .bind(item)
        .bind(i64::from(everything))
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("participant_id")?, r.try_get("created_at")?)))
            .collect()
    }
}
