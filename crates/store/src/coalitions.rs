//! Coalition standing facts, membership changes, outputs and recognition.

use crate::sql::SqlStore;
use crate::{Result, StoreError};
use convene_core::date::now;
use convene_core::model::{CoalitionFacts, MemberRole, NewOutput};
use convene_core::StakeholderGroup;
use sqlx::Row;

impl SqlStore {
    pub(crate) async fn do_coalition_facts(&self, id: i64) -> Result<Option<CoalitionFacts>> {
        let Some(row) = sqlx::query(
            "SELECT action_plan_md, founded_year, recognized_at,
                    (SELECT COUNT(*) FROM coalition_contacts k WHERE k.coalition_id = c.id) AS contacts,
                    (SELECT MAX(year) FROM coalition_outputs o WHERE o.coalition_id = c.id) AS latest
             FROM coalitions c WHERE c.id = $1",
        )
        .bind(id)
        .fetch_optional(&self.read)
        .await?
        else {
            return Ok(None);
        };
        let codes: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT stakeholder_group FROM coalition_voices WHERE coalition_id = $1 AND n > 0",
        )
        .bind(id)
        .fetch_all(&self.read)
        .await?;
        let action_plan: String = row.try_get("action_plan_md")?;
        Ok(Some(CoalitionFacts {
            groups: codes
                .iter()
                .filter_map(|c| StakeholderGroup::from_code(c))
                .collect(),
            action_plan_md: action_plan,
            contact_persons: row.try_get("contacts")?,
            founded_year: row.try_get("founded_year")?,
            latest_output_year: row.try_get("latest")?,
            recognized_at: row.try_get("recognized_at")?,
        }))
    }

    /// [`Self::do_coalition_facts`] of every listed coalition in two queries, for the
    /// directory (which would otherwise ask twice per coalition).
    pub(crate) async fn do_listed_coalition_facts(&self) -> Result<Vec<(i64, CoalitionFacts)>> {
        let rows = sqlx::query(
            "SELECT c.id, action_plan_md, founded_year, recognized_at,
                    (SELECT COUNT(*) FROM coalition_contacts k WHERE k.coalition_id = c.id) AS contacts,
                    (SELECT MAX(year) FROM coalition_outputs o WHERE o.coalition_id = c.id) AS latest
             FROM coalitions c WHERE c.held = 0 AND c.hidden_at IS NULL ORDER BY c.id",
        )
        .fetch_all(&self.read)
        .await?;
        let groups = sqlx::query(
            "SELECT DISTINCT coalition_id, stakeholder_group FROM coalition_voices WHERE n > 0",
        )
        .fetch_all(&self.read)
        .await?;
        let mut by_coalition: std::collections::HashMap<i64, Vec<StakeholderGroup>> =
            std::collections::HashMap::new();
        for g in &groups {
            let code: String = g.try_get("stakeholder_group")?;
            if let Some(group) = StakeholderGroup::from_code(&code) {
                by_coalition
                    .entry(g.try_get("coalition_id")?)
                    .or_default()
                    .push(group);
            }
        }
        rows.iter()
            .map(|row| {
                let id: i64 = row.try_get("id")?;
                let mut groups = by_coalition.remove(&id).unwrap_or_default();
                groups.sort_by_key(|g| g.code());
                Ok((
                    id,
                    CoalitionFacts {
                        groups,
                        action_plan_md: row.try_get("action_plan_md")?,
                        contact_persons: row.try_get("contacts")?,
                        founded_year: row.try_get("founded_year")?,
                        latest_output_year: row.try_get("latest")?,
                        recognized_at: row.try_get("recognized_at")?,
                    },
                ))
            })
            .collect()
    }

    pub(crate) async fn do_member_role(
        &self,
        coalition: i64,
        who: i64,
    ) -> Result<Option<MemberRole>> {
        let role: Option<String> = sqlx::query_scalar(
            "SELECT role FROM coalition_members WHERE coalition_id = $1 AND participant_id = $2",
        )
        .bind(coalition)
        .bind(who)
        .fetch_optional(&self.read)
        .await?;
        Ok(role.as_deref().and_then(MemberRole::from_code))
    }

    pub(crate) async fn do_leave_coalition(&self, coalition: i64, who: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        // Count the member out while the membership row still exists.
        sqlx::query(
            "UPDATE coalition_voices SET n = n - 1
             WHERE coalition_id = $1
               AND stakeholder_group = (SELECT stakeholder_group FROM participants WHERE id = $2)
               AND country = (SELECT country FROM participants WHERE id = $2)
               AND EXISTS (SELECT 1 FROM coalition_members
                           WHERE coalition_id = $1 AND participant_id = $2)",
        )
        .bind(coalition)
        .bind(who)
        .execute(&mut *tx)
        .await?;
        let gone = sqlx::query(
            "DELETE FROM coalition_members WHERE coalition_id = $1 AND participant_id = $2",
        )
        .bind(coalition)
        .bind(who)
        .execute(&mut *tx)
        .await?;
        if gone.rows_affected() == 0 {
            return Ok(());
        }
        sqlx::query("UPDATE coalitions SET member_count = member_count - 1 WHERE id = $1")
            .bind(coalition)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "DELETE FROM coalition_contacts WHERE coalition_id = $1 AND participant_id = $2",
        )
        .bind(coalition)
        .bind(who)
        .execute(&mut *tx)
        .await?;
        self.log_change(&mut tx, "coalition_member", coalition, "delete")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn do_set_action_plan(&self, coalition: i64, plan: &str) -> Result<()> {
        let mut tx = self.write.begin().await?;
        self.set_action_plan_in(&mut tx, coalition, plan).await?;
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn set_action_plan_in(
        &self,
        conn: &mut sqlx::AnyConnection,
        coalition: i64,
        plan: &str,
    ) -> Result<()> {
        let done = sqlx::query("UPDATE coalitions SET action_plan_md = $2 WHERE id = $1")
            .bind(coalition)
            .bind(plan)
            .execute(&mut *conn)
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("coalition"));
        }
        self.log_change(conn, "coalition", coalition, "update")
            .await
    }

    pub(crate) async fn do_add_contact(&self, coalition: i64, who: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        self.add_contact_in(&mut tx, coalition, who).await?;
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn add_contact_in(
        &self,
        conn: &mut sqlx::AnyConnection,
        coalition: i64,
        who: i64,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO coalition_contacts (coalition_id, participant_id) VALUES ($1, $2)
             ON CONFLICT (coalition_id, participant_id) DO NOTHING",
        )
        .bind(coalition)
        .bind(who)
        .execute(&mut *conn)
        .await?;
        self.log_change(conn, "coalition", coalition, "update")
            .await
    }

    pub(crate) async fn do_add_output(&self, new: &NewOutput) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_output(&mut tx, new).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// An output's first version, inside the caller's transaction.
    pub(crate) async fn insert_output(
        &self,
        conn: &mut sqlx::AnyConnection,
        new: &NewOutput,
    ) -> Result<i64> {
        let text_id = self.insert_text(conn, &new.text).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO coalition_outputs (coalition_id, kind, year, text_id, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(new.coalition_id)
        .bind(&new.kind)
        .bind(new.year)
        .bind(text_id)
        .bind(new.created_by)
        .bind(now())
        .fetch_one(&mut *conn)
        .await?;
        self.log_change(conn, "coalition_output", id, "create")
            .await?;
        Ok(id)
    }

    pub(crate) async fn do_recognize(&self, coalition: i64, by: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let done = sqlx::query(
            "UPDATE coalitions SET recognized_at = $2, recognized_by = $3 WHERE id = $1",
        )
        .bind(coalition)
        .bind(now())
        .bind(by)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("coalition"));
        }
        self.log_change(&mut tx, "coalition", coalition, "update")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn do_post_source(&self, post: i64) -> Result<Option<(i64, String)>> {
        let row = sqlx::query("SELECT thread_id, body_md FROM posts WHERE id = $1")
            .bind(post)
            .fetch_optional(&self.read)
            .await?;
        match row {
            Some(r) => Ok(Some((r.try_get("thread_id")?, r.try_get("body_md")?))),
            None => Ok(None),
        }
    }
}
