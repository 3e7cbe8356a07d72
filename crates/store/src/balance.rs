//! Raw counts behind the stakeholder-balance charts.

use crate::sql::SqlStore;
use crate::Result;
use convene_core::StakeholderGroup;
use sqlx::Row;

impl SqlStore {
    pub(crate) async fn do_balance_rows(
        &self,
        sql: &str,
        id: i64,
    ) -> Result<Vec<(StakeholderGroup, String, i64)>> {
        let rows = sqlx::query(sql).bind(id).fetch_all(&self.read).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let code: String = r.try_get("stakeholder_group")?;
            if let Some(g) = StakeholderGroup::from_code(&code) {
                out.push((g, r.try_get("country")?, r.try_get("n")?));
            }
        }
        Ok(out)
    }
}

pub(crate) const MEMBERS: &str = "SELECT p.stakeholder_group, p.country, COUNT(*) AS n
     FROM coalition_members m JOIN participants p ON p.id = m.participant_id
     WHERE m.coalition_id = $1 GROUP BY p.stakeholder_group, p.country";

pub(crate) const POSTS: &str = "SELECT p.stakeholder_group, p.country, COUNT(*) AS n
     FROM posts x JOIN participants p ON p.id = x.author_id
     WHERE x.thread_id = $1 GROUP BY p.stakeholder_group, p.country";
