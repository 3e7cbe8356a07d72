//! Texts and their translations: originals with revisions, proposed and approved
//! translations, who may approve them, coverage, what a text belongs to, and pages.

use crate::sql::SqlStore;
use crate::{rows, Result, StoreError, TextOwnerRef};
use async_trait::async_trait;
use convene_core::date::now;
use convene_core::markdown::to_safe_html;
use convene_core::model::*;
use convene_core::translation::CoverageItem;
use sqlx::Row;

/// Translatable texts, their translations and the pages made of them.
#[async_trait]
pub trait Translations: Send + Sync {
    async fn create_text(&self, new: &NewText) -> Result<i64>;

    /// Change the original; its revision goes up by one. Returns the new revision.
    async fn revise_text(&self, text_id: i64, title: &str, body_md: &str) -> Result<i64>;

    /// Every revision of an original text, newest first.
    async fn revisions(&self, text_id: i64) -> Result<Vec<Revision>>;

    async fn add_translation(&self, new: &NewTranslation) -> Result<i64>;

    /// The text as served in `lang`: its newest approved translation, if any.
    async fn localized(&self, text_id: i64, lang: &str) -> Result<Option<Localized>>;

    async fn translation(&self, id: i64) -> Result<Option<Translation>>;

    /// Proposals not yet approved, newest first.
    async fn pending_translations(&self, text_id: i64, lang: &str) -> Result<Vec<Translation>>;

    async fn approve_translation(&self, id: i64, approver: i64) -> Result<()>;

    /// Coordinators of the coalition a text describes (empty for other texts).
    async fn text_coordinators(&self, text_id: i64) -> Result<Vec<i64>>;

    /// What a text belongs to, `(kind, id)`: `proposal`, `page`, `coalition`, `output`,
    /// `topic`, `edition` or `track` (a proposal's claim first).
    async fn text_owner(&self, text_id: i64) -> Result<Option<TextOwnerRef>>;

    /// Trust (or stop trusting) someone to approve translations; audited.
    async fn set_translator(&self, id: i64, trusted: bool, actor: i64) -> Result<()>;

    /// Every translatable text and where it is read.
    async fn coverage_items(&self) -> Result<Vec<convene_core::translation::CoverageItem>>;

    /// `(text_id, lang, newest source revision)` of approved translations.
    async fn approved_revisions(&self) -> Result<Vec<(i64, String, i64)>>;

    async fn create_page(&self, slug: &str, text: &NewText) -> Result<Page>;

    async fn page_by_slug(&self, slug: &str) -> Result<Option<Page>>;
}

#[async_trait]
impl Translations for SqlStore {
    async fn create_text(&self, new: &NewText) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_text(&mut tx, new).await?;
        self.log_change(&mut tx, "text", id, "create").await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn revise_text(&self, text_id: i64, title: &str, body_md: &str) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let at = now();
        let revision: Option<i64> = sqlx::query_scalar(
            "UPDATE texts SET revision = revision + 1, title = $2, body_md = $3, body_html = $4,
               updated_at = $5
             WHERE id = $1 RETURNING revision",
        )
        .bind(text_id)
        .bind(title)
        .bind(body_md)
        .bind(to_safe_html(body_md))
        .bind(at)
        .fetch_optional(&mut *tx)
        .await?;
        let revision = revision.ok_or(StoreError::NotFound("text"))?;
        sqlx::query(
            "INSERT INTO text_revisions (text_id, revision, title, body_md, created_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(text_id)
        .bind(revision)
        .bind(title)
        .bind(body_md)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        self.log_change(&mut tx, "text", text_id, "update").await?;
        tx.commit().await?;
        Ok(revision)
    }

    async fn revisions(&self, text_id: i64) -> Result<Vec<Revision>> {
        let rows = sqlx::query(
            "SELECT revision, title, body_md, created_at FROM text_revisions
             WHERE text_id = $1 ORDER BY revision DESC",
        )
        .bind(text_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Revision {
                    revision: r.try_get("revision")?,
                    title: r.try_get("title")?,
                    body_md: r.try_get("body_md")?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }

    async fn add_translation(&self, new: &NewTranslation) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO translations (text_id, lang, title, body_md, body_html, source_revision,
               translator_id, machine, approved, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(new.text_id)
        .bind(&new.lang)
        .bind(&new.title)
        .bind(&new.body_md)
        .bind(to_safe_html(&new.body_md))
        .bind(new.source_revision)
        .bind(new.translator_id)
        .bind(i64::from(new.machine))
        .bind(i64::from(new.approved))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        self.log_change(&mut tx, "translation", id, "create")
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn localized(&self, text_id: i64, lang: &str) -> Result<Option<Localized>> {
        let Some(row) = sqlx::query("SELECT * FROM texts WHERE id = $1")
            .bind(text_id)
            .fetch_optional(&self.read)
            .await?
        else {
            return Ok(None);
        };
        let original = rows::text(&row)?;
        let translation = if original.original_lang == lang {
            None
        } else {
            sqlx::query(
                "SELECT * FROM translations WHERE text_id = $1 AND lang = $2 AND approved = 1
                 ORDER BY id DESC LIMIT 1",
            )
            .bind(text_id)
            .bind(lang)
            .fetch_optional(&self.read)
            .await?
            .as_ref()
            .map(rows::translation)
            .transpose()?
        };
        let mut available: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT lang FROM translations WHERE text_id = $1 AND approved = 1",
        )
        .bind(text_id)
        .fetch_all(&self.read)
        .await?;
        available.push(original.original_lang.clone());
        available.sort();
        available.dedup();
        Ok(Some(Localized {
            lang: lang.to_string(),
            original,
            translation,
            available,
        }))
    }

    async fn translation(&self, id: i64) -> Result<Option<Translation>> {
        let row = sqlx::query("SELECT * FROM translations WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(rows::translation).transpose()
    }

    async fn pending_translations(&self, text_id: i64, lang: &str) -> Result<Vec<Translation>> {
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

    async fn approve_translation(&self, id: i64, approver: i64) -> Result<()> {
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
    async fn text_coordinators(&self, text_id: i64) -> Result<Vec<i64>> {
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

    async fn text_owner(&self, text_id: i64) -> Result<Option<TextOwnerRef>> {
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

    async fn set_translator(&self, id: i64, trusted: bool, actor: i64) -> Result<()> {
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
    async fn coverage_items(&self) -> Result<Vec<CoverageItem>> {
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

    async fn approved_revisions(&self) -> Result<Vec<(i64, String, i64)>> {
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

    async fn create_page(&self, slug: &str, text: &NewText) -> Result<Page> {
        let mut tx = self.write.begin().await?;
        let text_id = self.insert_text(&mut tx, text).await?;
        let id: i64 =
            sqlx::query_scalar("INSERT INTO pages (slug, text_id) VALUES ($1, $2) RETURNING id")
                .bind(slug)
                .bind(text_id)
                .fetch_one(&mut *tx)
                .await?;
        self.log_change(&mut tx, "page", id, "create").await?;
        tx.commit().await?;
        Ok(Page {
            id,
            slug: slug.to_string(),
            text_id,
        })
    }

    async fn page_by_slug(&self, slug: &str) -> Result<Option<Page>> {
        let row = sqlx::query("SELECT id, slug, text_id FROM pages WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&self.read)
            .await?;
        Ok(match row {
            Some(row) => Some(Page {
                id: row.try_get("id")?,
                slug: row.try_get("slug")?,
                text_id: row.try_get("text_id")?,
            }),
            None => None,
        })
    }
}
