//! Post edits with visible history, and follows.

use crate::sql::SqlStore;
use crate::{rows, Result, StoreError};
use convene_core::date::now;
use convene_core::markdown::to_safe_html;
use convene_core::model::{FollowKind, PostVersion, Thread};
use sqlx::Row;

impl SqlStore {
    pub(crate) async fn do_edit_post(&self, post: i64, body_md: &str) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let Some(row) = sqlx::query(
            "SELECT body_md, body_html, created_at, edited_at FROM posts WHERE id = $1",
        )
        .bind(post)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Err(StoreError::NotFound("post"));
        };
        let version: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM post_versions WHERE post_id = $1")
                .bind(post)
                .fetch_one(&mut *tx)
                .await?;
        let since: Option<i64> = row.try_get("edited_at")?;
        let created: i64 = row.try_get("created_at")?;
        // The version being replaced, dated from when it was written.
        sqlx::query(
            "INSERT INTO post_versions (post_id, version, body_md, body_html, created_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(post)
        .bind(version + 1)
        .bind(row.try_get::<String, _>("body_md")?)
        .bind(row.try_get::<String, _>("body_html")?)
        .bind(since.unwrap_or(created))
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE posts SET body_md = $2, body_html = $3, edited_at = $4 WHERE id = $1")
            .bind(post)
            .bind(body_md)
            .bind(to_safe_html(body_md))
            .bind(now())
            .execute(&mut *tx)
            .await?;
        self.log_change(&mut tx, "post", post, "update").await?;
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn do_post_versions(&self, post: i64) -> Result<Vec<PostVersion>> {
        let rows = sqlx::query(
            "SELECT version, body_html, created_at FROM post_versions WHERE post_id = $1 ORDER BY version",
        )
        .bind(post)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(PostVersion {
                    version: r.try_get("version")?,
                    body_html: r.try_get("body_html")?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }

    pub(crate) async fn do_set_follow(
        &self,
        who: i64,
        kind: FollowKind,
        item: i64,
        follow: bool,
    ) -> Result<()> {
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

    pub(crate) async fn do_follows(&self, who: i64, kind: FollowKind, item: i64) -> Result<bool> {
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

    pub(crate) async fn do_followed_threads(&self, who: i64, limit: i64) -> Result<Vec<Thread>> {
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
