//! Notifications (a message kind with its arguments, rendered when read), who follows
//! an item, and moving imported or demo history back in time.

use crate::sql::SqlStore;
use crate::{Result, StoreError};
use convene_core::date::now;
use convene_core::model::{Dated, FollowKind, NewNotification, Notification};
use sqlx::{AnyConnection, Row};

fn encode_args(args: &[(String, String)]) -> Result<String> {
    serde_json::to_string(args).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn decode_args(json: &str) -> Result<Vec<(String, String)>> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("notification args: {e}")))
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

    pub(crate) async fn do_notify_all(&self, all: &[NewNotification]) -> Result<Vec<i64>> {
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

    pub(crate) async fn do_notifications(
        &self,
        who: i64,
        before: i64,
        limit: i64,
    ) -> Result<Vec<Notification>> {
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

    pub(crate) async fn do_unread_notifications(&self, who: i64) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM notifications WHERE participant_id = $1 AND read_at IS NULL",
        )
        .bind(who)
        .fetch_one(&self.read)
        .await?)
    }

    pub(crate) async fn do_mark_notifications_read(&self, who: i64) -> Result<()> {
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

    /// Followers at any level, or (`everything`) only those told of every post.
    pub(crate) async fn do_followers(
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

    pub(crate) async fn do_backdate(&self, what: Dated, id: i64, at: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        match what {
            Dated::Thread => {
                let done = sqlx::query(
                    "UPDATE posts SET created_at = $2 + 3600 * (SELECT COUNT(*) FROM posts q
                       WHERE q.thread_id = $1 AND q.id < posts.id)
                     WHERE thread_id = $1",
                )
                .bind(id)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                let thread = sqlx::query(
                    "UPDATE threads SET created_at = $2,
                       last_post_at = COALESCE((SELECT MAX(created_at) FROM posts WHERE thread_id = $1), $2)
                     WHERE id = $1",
                )
                .bind(id)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                if thread.rows_affected() != 1 || done.rows_affected() == 0 {
                    return Err(StoreError::NotFound("thread"));
                }
                sqlx::query("UPDATE thread_topics SET created_at = $2 WHERE thread_id = $1")
                    .bind(id)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                self.log_change(&mut tx, "thread", id, "update").await?;
            }
            Dated::Output => {
                let text_id: Option<i64> = sqlx::query_scalar(
                    "UPDATE coalition_outputs SET created_at = $2 WHERE id = $1 RETURNING text_id",
                )
                .bind(id)
                .bind(at)
                .fetch_optional(&mut *tx)
                .await?;
                let text_id = text_id.ok_or(StoreError::NotFound("output"))?;
                sqlx::query(
                    "UPDATE text_revisions SET created_at = $2 + 86400 * (revision - 1)
                     WHERE text_id = $1",
                )
                .bind(text_id)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "UPDATE texts SET updated_at =
                       (SELECT MAX(created_at) FROM text_revisions WHERE text_id = $1)
                     WHERE id = $1",
                )
                .bind(text_id)
                .execute(&mut *tx)
                .await?;
                self.log_change(&mut tx, "coalition_output", id, "update")
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }
}
