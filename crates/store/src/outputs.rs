//! Coalition outputs, their versions (the text's revisions) and signed dissents.

use crate::sql::{SqlStore, TR_TITLE, VOICE_COLUMNS};
use crate::{rows, Result};
use convene_core::date::now;
use convene_core::markdown::to_safe_html;
use convene_core::model::{Dissent, Output, Revision};
use sqlx::any::AnyRow;
use sqlx::Row;

pub(crate) fn output(row: &AnyRow, lang: &str) -> Result<Output> {
    Ok(Output {
        id: row.try_get("id")?,
        coalition_id: row.try_get("coalition_id")?,
        kind: row.try_get("kind")?,
        year: row.try_get("year")?,
        text_id: row.try_get("text_id")?,
        title: rows::title(row, lang)?,
        created_at: row.try_get("created_at")?,
        created_by: row.try_get("created_by")?,
    })
}

impl SqlStore {
    pub(crate) async fn do_outputs(&self, coalition: i64, lang: &str) -> Result<Vec<Output>> {
        let sql = format!(
            "SELECT o.*, t.title, t.original_lang, {TR_TITLE}
             FROM coalition_outputs o JOIN texts t ON t.id = o.text_id
             WHERE o.coalition_id = $2 ORDER BY o.year DESC, o.id DESC"
        );
        let rows = sqlx::query(&sql)
            .bind(lang)
            .bind(coalition)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(|r| output(r, lang)).collect()
    }

    pub(crate) async fn do_output(&self, id: i64, lang: &str) -> Result<Option<Output>> {
        let sql = format!(
            "SELECT o.*, t.title, t.original_lang, {TR_TITLE}
             FROM coalition_outputs o JOIN texts t ON t.id = o.text_id WHERE o.id = $2"
        );
        let row = sqlx::query(&sql)
            .bind(lang)
            .bind(id)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(|r| output(r, lang)).transpose()
    }

    pub(crate) async fn do_revisions(&self, text_id: i64) -> Result<Vec<Revision>> {
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

    pub(crate) async fn do_add_dissent(
        &self,
        output: i64,
        who: i64,
        lang: &str,
        body_md: &str,
        held: bool,
    ) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO output_dissents (output_id, participant_id, lang, body_md, body_html, created_at, held)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(output)
        .bind(who)
        .bind(lang)
        .bind(body_md)
        .bind(to_safe_html(body_md))
        .bind(now())
        .bind(i64::from(held))
        .fetch_one(&mut *tx)
        .await?;
        self.log_change(&mut tx, "dissent", id, "create").await?;
        tx.commit().await?;
        Ok(id)
    }

    pub(crate) async fn do_dissents(&self, output: i64) -> Result<Vec<Dissent>> {
        let sql = format!(
            "SELECT d.id, d.lang, d.body_html, d.created_at, d.held, d.hidden_at,
                    d.hidden_reason, {VOICE_COLUMNS}
             FROM output_dissents d JOIN participants a ON a.id = d.participant_id
             WHERE d.output_id = $1 ORDER BY d.id"
        );
        let rows = sqlx::query(&sql).bind(output).fetch_all(&self.read).await?;
        rows.iter()
            .map(|r| {
                Ok(Dissent {
                    id: r.try_get("id")?,
                    author: rows::voice(r)?,
                    lang: r.try_get("lang")?,
                    body_html: r.try_get("body_html")?,
                    created_at: r.try_get("created_at")?,
                    held: r.try_get::<i64, _>("held")? != 0,
                    hidden: match r.try_get::<Option<i64>, _>("hidden_at")? {
                        Some(_) => Some(
                            r.try_get::<Option<String>, _>("hidden_reason")?
                                .unwrap_or_default(),
                        ),
                        None => None,
                    },
                })
            })
            .collect()
    }
}
