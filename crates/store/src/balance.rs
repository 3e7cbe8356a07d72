//! Raw counts behind the stakeholder-balance charts.
use crate::sql::SqlStore;
use crate::Result;
use convene_core::model::{BalanceRow, Voices};
use convene_core::StakeholderGroup;
use sqlx::Row;

impl SqlStore {
    pub(crate) async fn balance_rows(&self, sql: &str, id: i64) -> Result<Vec<BalanceRow>> {
        let rows = sqlx::query(sql).bind(id).fetch_all(&self.read).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let code: String = r.try_get("stakeholder_group")?;
            if let Some(g) = StakeholderGroup::from_code(&code) {
                out.push(BalanceRow {
                    group: g,
                    country: r.try_get("country")?,
                    count: r.try_get("n")?,
                });
            }
        }
        Ok(out)
    }

    /// Sums by group and by country from a voices table (`coalition_voices` keyed by
    /// `coalition_id`, or `thread_voices` by `thread_id`).
    pub(crate) async fn voices(&self, table: &str, key: &str, id: i64) -> Result<Voices> {
        let groups = sqlx::query(&format!(
            "SELECT stakeholder_group, CAST(SUM(n) AS BIGINT) AS n FROM {table}
             WHERE {key} = $1 AND n > 0 GROUP BY stakeholder_group"
        ))
        .bind(id)
        .fetch_all(&self.read)
        .await?;
        let by_country = sqlx::query(&format!(
            "SELECT country, CAST(SUM(n) AS BIGINT) AS n FROM {table} WHERE {key} = $1 AND n > 0 GROUP BY country"
        ))
        .bind(id)
        .fetch_all(&self.read)
        .await?;
        let mut g = Vec::with_capacity(groups.len());
        for r in &groups {
            let code: String = r.try_get("stakeholder_group")?;
            if let Some(group) = StakeholderGroup::from_code(&code) {
                g.push((group, r.try_get::<i64, _>("n")?));
            }
        }
        let mut c = Vec::with_capacity(by_country.len());
        for r in &by_country {
            c.push((r.try_get("country")?, r.try_get::<i64, _>("n")?));
        }
        Ok(Voices {
            by_group: g,
            by_country: c,
        })
    }
}

pub(crate) const MEMBERS: &str = "SELECT stakeholder_group, country, n FROM coalition_voices
     WHERE coalition_id = $1 AND n > 0";

pub(crate) const POSTS: &str = "SELECT stakeholder_group, country, n FROM thread_voices
     WHERE thread_id = $1 AND n > 0";

/// Count one more (or one fewer) member of `$1` speaking as participant `$2` does now.
pub(crate) const MEMBER_VOICE_ADD: &str = "INSERT INTO coalition_voices (coalition_id, stakeholder_group, country, n)
     SELECT $1, stakeholder_group, country, 1 FROM participants WHERE id = $2
     ON CONFLICT (coalition_id, stakeholder_group, country) DO UPDATE SET n = coalition_voices.n + 1";

/// Every coalition participant `$1` belongs to, one fewer (before they change or leave).
pub(crate) const ALL_MEMBER_VOICES_REMOVE: &str = "UPDATE coalition_voices SET n = n - 1
     WHERE stakeholder_group = (SELECT stakeholder_group FROM participants WHERE id = $1)
       AND country = (SELECT country FROM participants WHERE id = $1)
       AND coalition_id IN (SELECT coalition_id FROM coalition_members WHERE participant_id = $1)";

/// Every coalition participant `$1` belongs to, one more (after a change).
pub(crate) const ALL_MEMBER_VOICES_ADD: &str = "INSERT INTO coalition_voices (coalition_id, stakeholder_group, country, n)
     SELECT m.coalition_id, p.stakeholder_group, p.country, 1
     FROM coalition_members m JOIN participants p ON p.id = m.participant_id
     WHERE m.participant_id = $1
     ON CONFLICT (coalition_id, stakeholder_group, country) DO UPDATE SET n = coalition_voices.n + 1";

/// One more post in thread `$1` by participant `$2`, counted as they speak now.
pub(crate) const POST_VOICE_ADD: &str =
    "INSERT INTO thread_voices (thread_id, stakeholder_group, country, n)
     SELECT $1, stakeholder_group, country, 1 FROM participants WHERE id = $2
     ON CONFLICT (thread_id, stakeholder_group, country) DO UPDATE SET n = thread_voices.n + 1";
