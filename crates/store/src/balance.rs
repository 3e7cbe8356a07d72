//! Raw counts behind the stakeholder-balance charts.
use crate::sql::SqlStore;
use crate::Result;
use convene_core::model::BalanceRow;
use convene_core::{Region, StakeholderGroup};
use sqlx::Row;

impl SqlStore {
    pub(crate) async fn balance_rows(&self, sql: &str, id: i64) -> Result<Vec<BalanceRow>> {
        let rows = sqlx::query(sql).bind(id).fetch_all(&self.read).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let code: String = r.try_get("stakeholder_group")?;
            let region: String = r.try_get("region")?;
            if let Some(g) = StakeholderGroup::from_code(&code) {
                out.push(BalanceRow {
                    group: g,
                    region: Region::from_code(&region).unwrap_or(Region::Other),
                    count: r.try_get("n")?,
                });
            }
        }
        Ok(out)
    }
}

/// A participant's UN regional group, from their country (`'other'` outside the table).
/// `$P` stands for the participant's id expression.
macro_rules! region_of {
    ($p:literal) => {
        concat!(
            "COALESCE((SELECT r.region FROM country_regions r JOIN participants q ON q.country = r.country WHERE q.id = ",
            $p,
            "), 'other')"
        )
    };
}

pub(crate) const MEMBERS: &str = "SELECT stakeholder_group, region, n FROM coalition_voices
     WHERE coalition_id = $1 AND n > 0";

pub(crate) const POSTS: &str = "SELECT stakeholder_group, region, n FROM thread_voices
     WHERE thread_id = $1 AND n > 0";

/// Count one more member of `$1` speaking as participant `$2` does now.
pub(crate) const MEMBER_VOICE_ADD: &str = concat!(
    "INSERT INTO coalition_voices (coalition_id, stakeholder_group, region, n)
     SELECT $1, stakeholder_group, ",
    region_of!("$2"),
    ", 1 FROM participants WHERE id = $2
     ON CONFLICT (coalition_id, stakeholder_group, region) DO UPDATE SET n = coalition_voices.n + 1"
);

/// One member fewer in coalition `$1`: participant `$2`, counted as they speak now
/// (while the membership row still exists).
pub(crate) const MEMBER_VOICE_REMOVE: &str = concat!(
    "UPDATE coalition_voices SET n = n - 1
     WHERE coalition_id = $1
       AND stakeholder_group = (SELECT stakeholder_group FROM participants WHERE id = $2)
       AND region = ",
    region_of!("$2"),
    "
       AND EXISTS (SELECT 1 FROM coalition_members WHERE coalition_id = $1 AND participant_id = $2)"
);

/// Every coalition participant `$1` belongs to, one fewer (before they change or leave).
pub(crate) const ALL_MEMBER_VOICES_REMOVE: &str = concat!(
    "UPDATE coalition_voices SET n = n - 1
     WHERE stakeholder_group = (SELECT stakeholder_group FROM participants WHERE id = $1)
       AND region = ",
    region_of!("$1"),
    "
       AND coalition_id IN (SELECT coalition_id FROM coalition_members WHERE participant_id = $1)"
);

/// Every coalition participant `$1` belongs to, one more (after a change).
pub(crate) const ALL_MEMBER_VOICES_ADD: &str = concat!(
    "INSERT INTO coalition_voices (coalition_id, stakeholder_group, region, n)
     SELECT m.coalition_id, p.stakeholder_group, ",
    region_of!("$1"),
    ", 1
     FROM coalition_members m JOIN participants p ON p.id = m.participant_id
     WHERE m.participant_id = $1
     ON CONFLICT (coalition_id, stakeholder_group, region) DO UPDATE SET n = coalition_voices.n + 1"
);

/// One more post in thread `$1` by participant `$2`, counted as they speak now.
pub(crate) const POST_VOICE_ADD: &str = concat!(
    "INSERT INTO thread_voices (thread_id, stakeholder_group, region, n)
     SELECT $1, stakeholder_group, ",
    region_of!("$2"),
    ", 1 FROM participants WHERE id = $2
     ON CONFLICT (thread_id, stakeholder_group, region) DO UPDATE SET n = thread_voices.n + 1"
);
