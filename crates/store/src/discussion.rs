//! Discussion: threads and their posts, edits with their history, a post's state and
//! context, the balance of voices in a thread, someone's posts, bulk loading of threads and
//! posts, and moving imported history back in time.

use crate::sql::{SqlStore, VOICE_COLUMNS};
use crate::visibility::{thread_listed, PostState};
use crate::{rows, Result, StoreError};
use async_trait::async_trait;
use convene_core::date::now;
use convene_core::markdown::to_safe_html;
use convene_core::model::*;
use sqlx::{AnyConnection, Row};

/// Threads and posts.
#[async_trait]
pub trait Discussion: Send + Sync {
    /// A new thread with its opening post and topics, in one transaction.
    async fn start_thread(&self, new: &NewThread, topic_ids: &[i64]) -> Result<i64>;

    /// Creates the thread and its opening post.
    async fn create_thread(&self, new: &NewThread) -> Result<i64>;

    async fn create_threads(&self, all: &[NewThread]) -> Result<Vec<i64>>;

    async fn add_post(&self, new: &NewPost) -> Result<i64>;

    async fn add_posts(&self, all: &[NewPost]) -> Result<Vec<i64>>;

    async fn thread(&self, id: i64) -> Result<Option<Thread>>;

    /// Most recently active threads, optionally of one coalition.
    async fn recent_threads(&self, coalition_id: Option<i64>, limit: i64) -> Result<Vec<Thread>>;

    /// Posts in order, after the given post id (keyset paging).
    async fn posts(&self, thread_id: i64, after: i64, limit: i64) -> Result<Vec<Post>>;

    /// A thread's newest posts, newest first (held and hidden ones included, marked).
    async fn latest_posts(&self, thread_id: i64, limit: i64) -> Result<Vec<Post>>;

    /// A post's thread, coalition, author and whether it is held or hidden.
    async fn post_state(&self, post_id: i64) -> Result<Option<PostState>>;

    /// A post's thread, coalition and author.
    async fn post_context(&self, post_id: i64) -> Result<Option<PostContext>>;

    /// Whether a thread's opening post is held (the thread is then not listed).
    async fn thread_opening_held(&self, thread_id: i64) -> Result<bool>;

    /// A post's thread and Markdown source, for quoting.
    async fn post_source(&self, post_id: i64) -> Result<Option<(i64, String)>>;

    /// Replace a post's text, keeping the previous version in its history.
    async fn edit_post(&self, post_id: i64, body_md: &str) -> Result<()>;

    /// Earlier versions of a post, oldest first.
    async fn post_versions(&self, post_id: i64) -> Result<Vec<PostVersion>>;

    /// A thread's posts by their authors' stakeholder group and UN region (at most
    /// 7 × 7 rows).
    async fn post_balance(&self, thread_id: i64) -> Result<Vec<BalanceRow>>;

    /// Newest first.
    async fn participant_posts(&self, id: i64, limit: i64) -> Result<Vec<PostSummary>>;

    /// A participant's posts as others see them: neither held nor hidden, in listed
    /// threads.
    async fn public_participant_posts(&self, id: i64, limit: i64) -> Result<Vec<PostSummary>>;

    /// Move a thread (with its posts) or an output (with its versions) back to `at`; for
    /// imported history and the demo.
    async fn backdate(&self, what: Dated, id: i64, at: i64) -> Result<()>;
}

#[async_trait]
impl Discussion for SqlStore {
    async fn start_thread(&self, new: &NewThread, topic_ids: &[i64]) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_thread(&mut tx, new).await?;
        for topic in topic_ids {
            self.tag_in(&mut tx, "thread_topics", "thread_id", id, *topic)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    async fn create_thread(&self, new: &NewThread) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_thread(&mut tx, new).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn create_threads(&self, all: &[NewThread]) -> Result<Vec<i64>> {
        let mut tx = self.write.begin().await?;
        let mut ids = Vec::with_capacity(all.len());
        for t in all {
            ids.push(self.insert_thread(&mut tx, t).await?);
        }
        tx.commit().await?;
        Ok(ids)
    }

    async fn add_post(&self, new: &NewPost) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_post(&mut tx, new).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn add_posts(&self, all: &[NewPost]) -> Result<Vec<i64>> {
        let mut tx = self.write.begin().await?;
        let mut ids = Vec::with_capacity(all.len());
        for p in all {
            ids.push(self.insert_post(&mut tx, p).await?);
        }
        tx.commit().await?;
        Ok(ids)
    }

    async fn thread(&self, id: i64) -> Result<Option<Thread>> {
        let row = sqlx::query("SELECT * FROM threads WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(rows::thread).transpose()
    }

    async fn recent_threads(&self, coalition_id: Option<i64>, limit: i64) -> Result<Vec<Thread>> {
        let rows = match coalition_id {
            Some(c) => {
                sqlx::query(&format!(
                    "SELECT * FROM threads WHERE coalition_id = $1 AND {}
                     ORDER BY last_post_at DESC, id DESC LIMIT $2",
                    crate::visibility::thread_listed("threads")
                ))
                .bind(c)
                .bind(limit)
                .fetch_all(&self.read)
                .await?
            }
            None => {
                sqlx::query(&format!(
                    "SELECT * FROM threads WHERE {} ORDER BY last_post_at DESC, id DESC LIMIT $1",
                    crate::visibility::thread_listed("threads")
                ))
                .bind(limit)
                .fetch_all(&self.read)
                .await?
            }
        };
        rows.iter().map(rows::thread).collect()
    }

    async fn posts(&self, thread_id: i64, after: i64, limit: i64) -> Result<Vec<Post>> {
        let sql = format!(
            "SELECT p.id, p.thread_id, p.lang, p.body_html, p.reply_to, p.created_at,
                    p.hidden_at, p.hidden_reason, p.held, p.edited_at, {VOICE_COLUMNS}
             FROM posts p JOIN participants a ON a.id = p.author_id
             WHERE p.thread_id = $1 AND p.id > $2 ORDER BY p.id LIMIT $3"
        );
        let rows = sqlx::query(&sql)
            .bind(thread_id)
            .bind(after)
            .bind(limit)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(rows::post).collect()
    }

    async fn latest_posts(&self, thread_id: i64, limit: i64) -> Result<Vec<Post>> {
        let sql = format!(
            "SELECT p.id, p.thread_id, p.lang, p.body_html, p.reply_to, p.created_at,
                    p.hidden_at, p.hidden_reason, p.held, p.edited_at, {VOICE_COLUMNS}
             FROM posts p JOIN participants a ON a.id = p.author_id
             WHERE p.thread_id = $1 ORDER BY p.id DESC LIMIT $2"
        );
        let rows = sqlx::query(&sql)
            .bind(thread_id)
            .bind(limit)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(rows::post).collect()
    }

    async fn post_state(&self, post_id: i64) -> Result<Option<PostState>> {
        let row = sqlx::query(
            "SELECT p.thread_id, t.coalition_id, p.author_id, p.held, p.hidden_at, p.hidden_reason
             FROM posts p JOIN threads t ON t.id = p.thread_id WHERE p.id = $1",
        )
        .bind(post_id)
        .fetch_optional(&self.read)
        .await?;
        let Some(r) = row else { return Ok(None) };
        Ok(Some(PostState {
            thread_id: r.try_get("thread_id")?,
            coalition_id: r.try_get("coalition_id")?,
            author_id: r.try_get("author_id")?,
            held: r.try_get::<i64, _>("held")? != 0,
            hidden: r.try_get::<Option<i64>, _>("hidden_at")?.is_some(),
            hidden_reason: r
                .try_get::<Option<String>, _>("hidden_reason")?
                .unwrap_or_default(),
        }))
    }

    async fn post_context(&self, post: i64) -> Result<Option<PostContext>> {
        let row = sqlx::query(
            "SELECT p.thread_id, t.coalition_id, p.author_id FROM posts p
             JOIN threads t ON t.id = p.thread_id WHERE p.id = $1",
        )
        .bind(post)
        .fetch_optional(&self.read)
        .await?;
        match row {
            Some(r) => Ok(Some(PostContext {
                thread_id: r.try_get("thread_id")?,
                coalition_id: r.try_get("coalition_id")?,
                author_id: r.try_get("author_id")?,
            })),
            None => Ok(None),
        }
    }

    async fn thread_opening_held(&self, thread_id: i64) -> Result<bool> {
        let held: Option<i64> =
            sqlx::query_scalar("SELECT held FROM posts WHERE thread_id = $1 ORDER BY id LIMIT 1")
                .bind(thread_id)
                .fetch_optional(&self.read)
                .await?;
        Ok(held.unwrap_or(0) != 0)
    }

    async fn post_source(&self, post: i64) -> Result<Option<(i64, String)>> {
        let row = sqlx::query("SELECT thread_id, body_md FROM posts WHERE id = $1")
            .bind(post)
            .fetch_optional(&self.read)
            .await?;
        match row {
            Some(r) => Ok(Some((r.try_get("thread_id")?, r.try_get("body_md")?))),
            None => Ok(None),
        }
    }

    async fn edit_post(&self, post: i64, body_md: &str) -> Result<()> {
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

    async fn post_versions(&self, post: i64) -> Result<Vec<PostVersion>> {
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

    async fn post_balance(&self, thread_id: i64) -> Result<Vec<BalanceRow>> {
        self.balance_rows(crate::balance::POSTS, thread_id).await
    }

    async fn participant_posts(&self, id: i64, limit: i64) -> Result<Vec<PostSummary>> {
        let rows = sqlx::query(
            "SELECT p.id, p.thread_id, p.lang, p.body_md, p.created_at, t.title,
                    t.lang AS thread_lang
             FROM posts p JOIN threads t ON t.id = p.thread_id
             WHERE p.author_id = $1 ORDER BY p.id DESC LIMIT $2",
        )
        .bind(id)
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(rows::post_summary).collect()
    }

    async fn public_participant_posts(
        &self,
        id: i64,
        limit: i64,
    ) -> Result<Vec<convene_core::model::PostSummary>> {
        let rows = sqlx::query(&format!(
            "SELECT p.id, p.thread_id, p.lang, p.body_md, p.created_at, t.title,
                    t.lang AS thread_lang
             FROM posts p JOIN threads t ON t.id = p.thread_id
             WHERE p.author_id = $1 AND p.held = 0 AND p.hidden_at IS NULL AND {}
             ORDER BY p.id DESC LIMIT $2",
            thread_listed("t")
        ))
        .bind(id)
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(crate::rows::post_summary).collect()
    }

    async fn backdate(&self, what: Dated, id: i64, at: i64) -> Result<()> {
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

impl SqlStore {
    pub(crate) async fn insert_thread(
        &self,
        conn: &mut AnyConnection,
        new: &NewThread,
    ) -> Result<i64> {
        let at = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO threads (coalition_id, title, lang, author_id, created_at, last_post_at,
               post_count)
             VALUES ($1, $2, $3, $4, $5, $5, 0) RETURNING id",
        )
        .bind(new.coalition_id)
        .bind(&new.title)
        .bind(&new.lang)
        .bind(new.author_id)
        .bind(at)
        .fetch_one(&mut *conn)
        .await?;
        self.log_change(conn, "thread", id, "create").await?;
        let opening = NewPost {
            thread_id: id,
            author_id: new.author_id,
            lang: new.lang.clone(),
            body_md: new.body_md.clone(),
            reply_to: None,
            held: new.held,
        };
        self.insert_post(conn, &opening).await?;
        Ok(id)
    }

    pub(crate) async fn insert_post(&self, conn: &mut AnyConnection, new: &NewPost) -> Result<i64> {
        let at = now();
        // A held post is counted (in the thread's posts, recency and balance) only once a
        // moderator releases it, so lists do not betray that it exists.
        let bumped = sqlx::query(
            "UPDATE threads SET post_count = post_count + $3,
               last_post_at = CASE WHEN $3 = 1 THEN $2 ELSE last_post_at END
             WHERE id = $1",
        )
        .bind(new.thread_id)
        .bind(at)
        .bind(i64::from(!new.held))
        .execute(&mut *conn)
        .await?;
        if bumped.rows_affected() != 1 {
            return Err(StoreError::NotFound("thread"));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO posts (thread_id, author_id, lang, body_md, body_html, reply_to, created_at, held)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(new.thread_id)
        .bind(new.author_id)
        .bind(&new.lang)
        .bind(&new.body_md)
        .bind(to_safe_html(&new.body_md))
        .bind(new.reply_to)
        .bind(at)
        .bind(i64::from(new.held))
        .fetch_one(&mut *conn)
        .await?;
        if !new.held {
            sqlx::query(crate::balance::POST_VOICE_ADD)
                .bind(new.thread_id)
                .bind(new.author_id)
                .execute(&mut *conn)
                .await?;
        }
        self.log_change(conn, "post", id, "create").await?;
        Ok(id)
    }
}
