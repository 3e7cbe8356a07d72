//! The translation workflow: proposals, approval, trusted translators, coverage.

use crate::sql::SqlStore;
use crate::{rows, Result, StoreError};
use convene_core::date::now;
use convene_core::model::Translation;
use convene_core::translation::CoverageItem;
use sqlx::Row;

impl SqlStore {
    pub(crate) async fn do_translation(&self, id: i64) -> Result<Option<Translation>> {
        let row = sqlx::query("SELECT * FROM translations WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(rows::translation).transpose()
    }

    pub(crate) async fn do_pending_translations(
        &self,
        text_id: i64,
        lang: &str,
    ) -> Result<Vec<Translation>> {
        let rows = sqlx::query(
            "SELECT * FROM translations WHERE text_id = $1 AND lang = $2 AND approved = 0
             ORDER BY id DESC LIMIT 20",
        )
        .bind(text_id)
        .bind(lang)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(rows::translation).collect()
    }

    pub(crate) async fn do_approve_translation(&self, id: i64, approver: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let done =
            sqlx::query("UPDATE translations SET approved = 1, approved_by = $2 WHERE id = $1")
                .bind(id)
                .bind(approver)
                .execute(&mut *tx)
                .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("translation"));
        }
        self.log_change(&mut tx, "translation", id, "update")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Coordinators of the coalition this text describes or published, if any.
    pub(crate) async fn do_text_coordinators(&self, text_id: i64) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT m.participant_id FROM coalition_members m
             WHERE m.role = 'coordinator' AND m.coalition_id IN (
               SELECT c.id FROM coalitions c WHERE c.text_id = $1
               UNION SELECT o.coalition_id FROM coalition_outputs o WHERE o.text_id = $1)",
        )
        .bind(text_id)
        .fetch_all(&self.read)
        .await?)
    }

    pub(crate) async fn do_set_translator(&self, id: i64, trusted: bool, actor: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let done = sqlx::query("UPDATE participants SET translator = $2 WHERE id = $1")
            .bind(id)
            .bind(i64::from(trusted))
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("participant"));
        }
        sqlx::query(
            "INSERT INTO audit_log (actor_id, action, target_id, reason, at) VALUES ($1, $2, $3, '', $4)",
        )
        .bind(actor)
        .bind(if trusted { "trust-translator" } else { "untrust-translator" })
        .bind(id)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        self.log_change(&mut tx, "participant", id, "update")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every text readers can reach, with where they read it. Texts of proposals that
    /// are not public (drafts, under review, declined...) are left out: the list is
    /// public.
    pub(crate) async fn do_coverage_items(&self) -> Result<Vec<CoverageItem>> {
        let rows = sqlx::query(&format!(
            "SELECT t.id, t.original_lang, t.revision, t.title,
                    p.slug AS page_slug, c.slug AS coalition_slug, s.id AS session_id
             FROM texts t
             LEFT JOIN pages p ON p.text_id = t.id
             LEFT JOIN coalitions c ON c.text_id = t.id
             LEFT JOIN proposals s ON s.text_id = t.id
             WHERE {}
             ORDER BY t.id",
            crate::visibility::text_public("t", 1)
        ))
        .bind(crate::visibility::public_proposal_status())
        .fetch_all(&self.read)
        .await?;
        let mut items = Vec::with_capacity(rows.len());
        for row in &rows {
            let page: Option<String> = row.try_get("page_slug")?;
            let coalition: Option<String> = row.try_get("coalition_slug")?;
            let session: Option<i64> = row.try_get("session_id")?;
            let path = match (page, coalition, session) {
                (Some(slug), _, _) => format!("/pages/{slug}"),
                (_, Some(slug), _) => format!("/coalitions/{slug}"),
                (_, _, Some(id)) => format!("/sessions/{id}"),
                // Meeting themes are read on the home page for now.
                _ => "/".to_string(),
            };
            items.push(CoverageItem {
                text_id: row.try_get("id")?,
                original_lang: row.try_get("original_lang")?,
                revision: row.try_get("revision")?,
                title: row.try_get("title")?,
                path,
            });
        }
        Ok(items)
    }

    pub(crate) async fn do_approved_revisions(&self) -> Result<Vec<(i64, String, i64)>> {
        let rows = sqlx::query(
            "SELECT text_id, lang, MAX(source_revision) AS revision FROM translations
             WHERE approved = 1 GROUP BY text_id, lang",
        )
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("text_id")?,
                    r.try_get("lang")?,
                    r.try_get("revision")?,
                ))
            })
            .collect()
    }
}
