//! Policy topics and what is tagged with them.

use crate::sql::{SqlStore, TR_TITLE};
use crate::{rows, Result};
use async_trait::async_trait;
use convene_core::model::*;
use sqlx::any::AnyRow;
use sqlx::Row;

fn topic(row: &AnyRow, lang: &str) -> Result<Topic> {
    let points: String = row.try_get("mandate_points")?;
    Ok(Topic {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        text_id: row.try_get("text_id")?,
        name: rows::title(row, lang)?,
        mandate_points: points
            .split_whitespace()
            .filter_map(|p| p.parse().ok())
            .collect(),
    })
}

/// Policy topics and what coalitions, threads and outputs are tagged with.
#[async_trait]
pub trait Topics: Send + Sync {
    async fn create_topic(&self, slug: &str, text: &NewText, mandate_points: &[u8]) -> Result<i64>;

    async fn topics(&self, lang: &str) -> Result<Vec<Topic>>;

    async fn topic_by_slug(&self, slug: &str, lang: &str) -> Result<Option<Topic>>;

    async fn tag_coalition(&self, coalition_id: i64, topic_id: i64) -> Result<()>;

    async fn tag_thread(&self, thread_id: i64, topic_id: i64) -> Result<()>;

    async fn tag_output(&self, output_id: i64, topic_id: i64) -> Result<()>;

    async fn topic_coalitions(&self, topic_id: i64, lang: &str) -> Result<Vec<Coalition>>;

    /// Newest first.
    async fn topic_threads(&self, topic_id: i64, limit: i64) -> Result<Vec<Thread>>;

    /// Outputs tagged with a topic, newest year first.
    async fn topic_outputs(&self, topic_id: i64, lang: &str) -> Result<Vec<Output>>;

    async fn coalition_topics(&self, coalition_id: i64, lang: &str) -> Result<Vec<Topic>>;

    async fn thread_topics(&self, thread_id: i64, lang: &str) -> Result<Vec<Topic>>;

    async fn output_topics(&self, output_id: i64, lang: &str) -> Result<Vec<Topic>>;
}

#[async_trait]
impl Topics for SqlStore {
    async fn create_topic(&self, slug: &str, text: &NewText, points: &[u8]) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let text_id = self.insert_text(&mut tx, text).await?;
        let points: Vec<String> = points.iter().map(u8::to_string).collect();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO topics (slug, text_id, mandate_points) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(slug)
        .bind(text_id)
        .bind(points.join(" "))
        .fetch_one(&mut *tx)
        .await?;
        self.log_change(&mut tx, "topic", id, "create").await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn topics(&self, lang: &str) -> Result<Vec<Topic>> {
        let sql = format!(
            "SELECT p.*, t.title, t.original_lang, {TR_TITLE}
             FROM topics p JOIN texts t ON t.id = p.text_id ORDER BY p.slug"
        );
        let rows = sqlx::query(&sql).bind(lang).fetch_all(&self.read).await?;
        rows.iter().map(|r| topic(r, lang)).collect()
    }

    async fn topic_by_slug(&self, slug: &str, lang: &str) -> Result<Option<Topic>> {
        let sql = format!(
            "SELECT p.*, t.title, t.original_lang, {TR_TITLE}
             FROM topics p JOIN texts t ON t.id = p.text_id WHERE p.slug = $2"
        );
        let row = sqlx::query(&sql)
            .bind(lang)
            .bind(slug)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(|r| topic(r, lang)).transpose()
    }

    async fn tag_coalition(&self, coalition_id: i64, topic_id: i64) -> Result<()> {
        self.tag("coalition_topics", "coalition_id", coalition_id, topic_id)
            .await
    }

    async fn tag_thread(&self, thread_id: i64, topic_id: i64) -> Result<()> {
        self.tag("thread_topics", "thread_id", thread_id, topic_id)
            .await
    }

    async fn tag_output(&self, output_id: i64, topic_id: i64) -> Result<()> {
        self.tag("output_topics", "output_id", output_id, topic_id)
            .await
    }

    async fn topic_coalitions(&self, topic: i64, lang: &str) -> Result<Vec<Coalition>> {
        let sql = format!(
            "SELECT c.*, t.title, t.original_lang, {TR_TITLE}
             FROM coalition_topics x JOIN coalitions c ON c.id = x.coalition_id
             JOIN texts t ON t.id = c.text_id
             WHERE x.topic_id = $2 AND c.held = 0 AND c.hidden_at IS NULL ORDER BY c.slug"
        );
        let rows = sqlx::query(&sql)
            .bind(lang)
            .bind(topic)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(|r| rows::coalition(r, lang)).collect()
    }

    async fn topic_threads(&self, topic: i64, limit: i64) -> Result<Vec<Thread>> {
        let rows = sqlx::query(&format!(
            "SELECT h.* FROM thread_topics x JOIN threads h ON h.id = x.thread_id
             WHERE x.topic_id = $1 AND {}
             ORDER BY x.created_at DESC, x.thread_id DESC LIMIT $2",
            crate::visibility::thread_listed("h")
        ))
        .bind(topic)
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(rows::thread).collect()
    }

    /// Outputs tagged with a topic, newest year first.
    async fn topic_outputs(
        &self,
        topic: i64,
        lang: &str,
    ) -> Result<Vec<convene_core::model::Output>> {
        let sql = format!(
            "SELECT o.*, t.title, t.original_lang, {TR_TITLE}
             FROM output_topics x JOIN coalition_outputs o ON o.id = x.output_id
             JOIN texts t ON t.id = o.text_id
             WHERE x.topic_id = $2 ORDER BY o.year DESC, o.id DESC"
        );
        let rows = sqlx::query(&sql)
            .bind(lang)
            .bind(topic)
            .fetch_all(&self.read)
            .await?;
        rows.iter()
            .map(|r| crate::coalitions::output(r, lang))
            .collect()
    }

    async fn coalition_topics(&self, coalition_id: i64, lang: &str) -> Result<Vec<Topic>> {
        self.item_topics("coalition_topics", "coalition_id", coalition_id, lang)
            .await
    }

    async fn thread_topics(&self, thread_id: i64, lang: &str) -> Result<Vec<Topic>> {
        self.item_topics("thread_topics", "thread_id", thread_id, lang)
            .await
    }

    async fn output_topics(&self, output_id: i64, lang: &str) -> Result<Vec<Topic>> {
        self.item_topics("output_topics", "output_id", output_id, lang)
            .await
    }
}

impl SqlStore {
    pub(crate) async fn tag(&self, table: &str, column: &str, item: i64, topic: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        self.tag_in(&mut tx, table, column, item, topic).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Tags `item` with `topic` inside the caller's transaction.
    pub(crate) async fn tag_in(
        &self,
        conn: &mut sqlx::AnyConnection,
        table: &str,
        column: &str,
        item: i64,
        topic: i64,
    ) -> Result<()> {
        sqlx::query(&format!(
            "INSERT INTO {table} ({column}, topic_id) VALUES ($1, $2)
             ON CONFLICT ({column}, topic_id) DO NOTHING"
        ))
        .bind(item)
        .bind(topic)
        .execute(&mut *conn)
        .await?;
        if table == "thread_topics" {
            // The thread's date rides along, for the topic page's newest-first index.
            sqlx::query(
                "UPDATE thread_topics SET created_at =
                   (SELECT created_at FROM threads WHERE id = $1) WHERE thread_id = $1",
            )
            .bind(item)
            .execute(&mut *conn)
            .await?;
        }
        self.log_change(conn, table, item, "update").await?;
        Ok(())
    }

    pub(crate) async fn item_topics(
        &self,
        table: &str,
        column: &str,
        item: i64,
        lang: &str,
    ) -> Result<Vec<Topic>> {
        let sql = format!(
            "SELECT p.*, t.title, t.original_lang, {TR_TITLE}
             FROM {table} x JOIN topics p ON p.id = x.topic_id JOIN texts t ON t.id = p.text_id
             WHERE x.{column} = $2 ORDER BY p.slug"
        );
        let rows = sqlx::query(&sql)
            .bind(lang)
            .bind(item)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(|r| topic(r, lang)).collect()
    }
}
