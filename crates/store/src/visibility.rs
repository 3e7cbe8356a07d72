//! The facts the visibility rules (convene_core::visibility) need: what a text belongs
//! to, a post's state, whether a thread's opening post is held, and the SQL conditions
//! lists use to leave out what readers may not see.

use crate::sql::SqlStore;
use crate::Result;
use convene_core::meeting::Status;
use sqlx::Row;

/// What a text belongs to: `(kind, id)` with kind one of `page`, `coalition`, `output`,
/// `topic`, `edition`, `track` or `proposal`.
pub type TextOwnerRef = (String, i64);

/// One post's state, for deciding what a reader sees of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostState {
    pub thread_id: i64,
    pub coalition_id: Option<i64>,
    pub author_id: i64,
    pub held: bool,
    pub hidden: bool,
    /// The moderators' reason, shown in a hidden post's place.
    pub hidden_reason: String,
}

/// SQL condition: the thread aliased `alias` is listed, i.e. its opening post is not
/// held (a held account's new thread waits with its opening post).
pub(crate) fn thread_listed(alias: &str) -> String {
    format!(
        "COALESCE((SELECT op.held FROM posts op WHERE op.thread_id = {alias}.id
                   ORDER BY op.id LIMIT 1), 0) = 0"
    )
}

/// SQL condition: the text aliased `alias` is public, i.e. it is neither the text of a
/// proposal that is still private nor that of a coalition waiting for review or hidden.
/// `$n` is bound to [`public_proposal_status`].
pub(crate) fn text_public(alias: &str, param: usize) -> String {
    format!(
        "NOT EXISTS (SELECT 1 FROM proposals pv WHERE pv.text_id = {alias}.id
                     AND pv.status <> ${param})
         AND NOT EXISTS (SELECT 1 FROM coalitions cv WHERE cv.text_id = {alias}.id
                         AND (cv.held <> 0 OR cv.hidden_at IS NOT NULL))"
    )
}

/// The one status whose proposals are public.
pub(crate) fn public_proposal_status() -> &'static str {
    debug_assert!(!Status::Accepted.is_private());
    Status::Accepted.code()
}

impl SqlStore {
    pub(crate) async fn do_text_owner(&self, text_id: i64) -> Result<Option<TextOwnerRef>> {
        let row = sqlx::query(
            "SELECT 'proposal' AS kind, id FROM proposals WHERE text_id = $1
             UNION ALL SELECT 'page', id FROM pages WHERE text_id = $1
             UNION ALL SELECT 'coalition', id FROM coalitions WHERE text_id = $1
             UNION ALL SELECT 'output', id FROM coalition_outputs WHERE text_id = $1
             UNION ALL SELECT 'topic', id FROM topics WHERE text_id = $1
             UNION ALL SELECT 'edition', id FROM editions WHERE text_id = $1
             UNION ALL SELECT 'track', id FROM tracks WHERE text_id = $1",
        )
        .bind(text_id)
        .fetch_all(&self.read)
        .await?;
        // A proposal's claim wins: a text shared with a proposal is as private as it.
        let mut owners = Vec::with_capacity(row.len());
        for r in &row {
            owners.push((r.try_get::<String, _>("kind")?, r.try_get::<i64, _>("id")?));
        }
        Ok(owners
            .iter()
            .find(|(k, _)| k == "proposal")
            .or_else(|| owners.first())
            .cloned())
    }

    pub(crate) async fn do_coalition_state(&self, id: i64) -> Result<Option<(bool, bool)>> {
        let row = sqlx::query("SELECT held, hidden_at FROM coalitions WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.read)
            .await?;
        row.map(|r| {
            let held: i64 = r.try_get("held")?;
            let hidden: Option<i64> = r.try_get("hidden_at")?;
            Ok((held != 0, hidden.is_some()))
        })
        .transpose()
    }

    pub(crate) async fn do_post_state(&self, post_id: i64) -> Result<Option<PostState>> {
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

    pub(crate) async fn do_thread_opening_held(&self, thread_id: i64) -> Result<bool> {
        let held: Option<i64> =
            sqlx::query_scalar("SELECT held FROM posts WHERE thread_id = $1 ORDER BY id LIMIT 1")
                .bind(thread_id)
                .fetch_optional(&self.read)
                .await?;
        Ok(held.unwrap_or(0) != 0)
    }
}

impl SqlStore {
    pub(crate) async fn do_public_participant_posts(
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
}
