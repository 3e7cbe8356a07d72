//! Dynamic Coalitions: proposing and creating them, membership and roles, contact persons,
//! action plans, recognition, the facts their standing is computed from, their members'
//! balance, and their outputs with dissents.

use crate::sql::{SqlStore, TR_TITLE, VOICE_COLUMNS};
use crate::{rows, Result, StoreError};
use async_trait::async_trait;
use convene_core::date::now;
use convene_core::markdown::to_safe_html;
use convene_core::model::*;
use convene_core::StakeholderGroup;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

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

/// Dynamic Coalitions: the coalitions themselves, membership, contact persons, action
/// plans, recognition, standing, and their outputs with dissents.
#[async_trait]
pub trait Coalitions: Send + Sync {
    /// Creates the coalition with its founder as coordinator.
    async fn create_coalition(&self, new: &NewCoalition) -> Result<i64>;

    /// Like [`Coalitions::create_coalition`]; `held` keeps it out of every listing until a
    /// moderator releases it.
    async fn create_coalition_held(&self, new: &NewCoalition, held: bool) -> Result<i64>;

    /// Proposing a coalition, in one transaction: the coalition (its founder coordinator),
    /// the founder as contact person, its topics and action plan. Nothing is kept if any
    /// part fails (a taken slug is a conflict).
    async fn propose_coalition(&self, p: &convene_core::model::CoalitionProposal) -> Result<i64>;

    async fn join_coalition(
        &self,
        coalition_id: CoalitionId,
        participant_id: ParticipantId,
        role: MemberRole,
    ) -> Result<()>;

    /// `(coalition, participant)` pairs joining as members.
    async fn join_coalitions(&self, members: &[(i64, i64)]) -> Result<()>;

    /// Leaving twice is harmless.
    async fn leave_coalition(
        &self,
        coalition_id: CoalitionId,
        participant_id: ParticipantId,
    ) -> Result<()>;

    async fn coalitions(&self, lang: &str) -> Result<Vec<Coalition>>;

    /// The coalitions with the most members, at most `limit`.
    async fn largest_coalitions(&self, lang: &str, limit: i64) -> Result<Vec<Coalition>>;

    async fn coalition_by_slug(&self, slug: &str, lang: &str) -> Result<Option<Coalition>>;

    /// The coalitions someone belongs to that everyone may see (none waiting for review
    /// or hidden).
    async fn participant_coalitions(&self, id: i64, lang: &str) -> Result<Vec<Coalition>>;

    /// Members by id, after the given participant id (keyset paging).
    async fn members(&self, coalition_id: i64, after: i64, limit: i64) -> Result<Vec<Member>>;

    async fn member_role(
        &self,
        coalition_id: CoalitionId,
        participant_id: ParticipantId,
    ) -> Result<Option<MemberRole>>;

    async fn coalition_coordinators(&self, coalition_id: i64) -> Result<Vec<i64>>;

    /// What a coalition's standing is computed from.
    async fn coalition_facts(&self, coalition_id: i64) -> Result<Option<CoalitionFacts>>;

    /// The facts of every listed coalition (neither held nor hidden), by id.
    async fn listed_coalition_facts(&self) -> Result<Vec<(i64, CoalitionFacts)>>;

    /// `(held, hidden)` of a coalition.
    async fn coalition_state(&self, id: i64) -> Result<Option<(bool, bool)>>;

    async fn set_action_plan(&self, coalition_id: i64, plan_md: &str) -> Result<()>;

    async fn add_contact(&self, coalition_id: i64, participant_id: i64) -> Result<()>;

    /// Making a member a coordinator, in one transaction: the role and the contact person
    /// it brings. Nothing is kept if either part fails.
    async fn add_coordinator(
        &self,
        coalition_id: CoalitionId,
        participant_id: ParticipantId,
    ) -> Result<()>;

    async fn recognize(&self, coalition_id: i64, by: i64) -> Result<()>;

    /// A coalition's members by stakeholder group and UN region (at most 7 × 7 rows).
    async fn member_balance(&self, coalition_id: i64) -> Result<Vec<BalanceRow>>;

    async fn add_output(&self, new: &NewOutput) -> Result<i64>;

    /// Publishing an output with its topics, in one transaction.
    async fn publish_output(&self, new: &NewOutput, topic_ids: &[i64]) -> Result<i64>;

    /// A coalition's outputs, newest year first.
    async fn outputs(&self, coalition_id: i64, lang: &str) -> Result<Vec<Output>>;

    async fn output(&self, id: i64, lang: &str) -> Result<Option<Output>>;

    async fn add_dissent(
        &self,
        output_id: i64,
        participant_id: i64,
        lang: &str,
        body_md: &str,
    ) -> Result<i64>;

    /// Like [`Coalitions::add_dissent`]; `held` waits for review.
    async fn add_dissent_held(
        &self,
        output_id: i64,
        participant_id: i64,
        lang: &str,
        body_md: &str,
        held: bool,
    ) -> Result<i64>;

    /// Oldest first, held and hidden ones included (marked so): a hidden dissent still
    /// shows that it existed and why it was hidden.
    async fn dissents(&self, output_id: i64) -> Result<Vec<Dissent>>;

    /// A dissent's output, coalition and author.
    async fn dissent_context(&self, dissent_id: i64) -> Result<Option<DissentContext>>;
}

#[async_trait]
impl Coalitions for SqlStore {
    async fn create_coalition(&self, new: &NewCoalition) -> Result<i64> {
        self.create_coalition_held(new, false).await
    }

    async fn add_coordinator(&self, coalition: CoalitionId, who: ParticipantId) -> Result<()> {
        let (coalition, who) = (coalition.get(), who.get());
        let mut tx = self.write.begin().await?;
        self.join_in(&mut tx, coalition, who, MemberRole::Coordinator)
            .await?;
        self.add_contact_in(&mut tx, coalition, who).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn create_coalition_held(&self, new: &NewCoalition, held: bool) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_coalition(&mut tx, new, held).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn propose_coalition(&self, p: &convene_core::model::CoalitionProposal) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_coalition(&mut tx, &p.coalition, p.held).await?;
        self.add_contact_in(&mut tx, id, p.coalition.founder_id)
            .await?;
        for topic in &p.topic_ids {
            self.tag_in(&mut tx, "coalition_topics", "coalition_id", id, *topic)
                .await?;
        }
        if !p.action_plan_md.is_empty() {
            self.set_action_plan_in(&mut tx, id, &p.action_plan_md)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    async fn join_coalition(
        &self,
        coalition_id: CoalitionId,
        participant_id: ParticipantId,
        role: MemberRole,
    ) -> Result<()> {
        let (coalition_id, participant_id) = (coalition_id.get(), participant_id.get());
        let mut tx = self.write.begin().await?;
        self.join_in(&mut tx, coalition_id, participant_id, role)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn join_coalitions(&self, members: &[(i64, i64)]) -> Result<()> {
        let mut tx = self.write.begin().await?;
        for (coalition, participant) in members {
            self.join_in(&mut tx, *coalition, *participant, MemberRole::Member)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn leave_coalition(&self, coalition: CoalitionId, who: ParticipantId) -> Result<()> {
        let (coalition, who) = (coalition.get(), who.get());
        let mut tx = self.write.begin().await?;
        // Count the member out while the membership row still exists.
        sqlx::query(crate::balance::MEMBER_VOICE_REMOVE)
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

    async fn coalitions(&self, lang: &str) -> Result<Vec<Coalition>> {
        let sql = format!(
            "SELECT c.*, t.title, t.original_lang, {TR_TITLE}
             FROM coalitions c JOIN texts t ON t.id = c.text_id
             WHERE c.held = 0 AND c.hidden_at IS NULL ORDER BY c.slug"
        );
        let rows = sqlx::query(&sql).bind(lang).fetch_all(&self.read).await?;
        rows.iter().map(|r| rows::coalition(r, lang)).collect()
    }

    async fn largest_coalitions(&self, lang: &str, limit: i64) -> Result<Vec<Coalition>> {
        // Pick the coalitions first, so only those get their title looked up.
        let sql = format!(
            "SELECT c.*, t.title, t.original_lang, {TR_TITLE}
             FROM (SELECT * FROM coalitions WHERE held = 0 AND hidden_at IS NULL
                   ORDER BY member_count DESC, slug LIMIT $2) c
             JOIN texts t ON t.id = c.text_id ORDER BY c.member_count DESC, c.slug"
        );
        let rows = sqlx::query(&sql)
            .bind(lang)
            .bind(limit)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(|r| rows::coalition(r, lang)).collect()
    }

    async fn coalition_by_slug(&self, slug: &str, lang: &str) -> Result<Option<Coalition>> {
        let sql = format!(
            "SELECT c.*, t.title, t.original_lang, {TR_TITLE}
             FROM coalitions c JOIN texts t ON t.id = c.text_id WHERE c.slug = $2"
        );
        let row = sqlx::query(&sql)
            .bind(lang)
            .bind(slug)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(|r| rows::coalition(r, lang)).transpose()
    }

    async fn participant_coalitions(&self, id: i64, lang: &str) -> Result<Vec<Coalition>> {
        let sql = format!(
            "SELECT c.*, t.title, t.original_lang, {}
             FROM coalition_members m JOIN coalitions c ON c.id = m.coalition_id
             JOIN texts t ON t.id = c.text_id
             WHERE m.participant_id = $2 AND c.held = 0 AND c.hidden_at IS NULL
             ORDER BY c.slug",
            crate::sql::TR_TITLE
        );
        let rows = sqlx::query(&sql)
            .bind(lang)
            .bind(id)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(|r| rows::coalition(r, lang)).collect()
    }

    async fn members(&self, coalition_id: i64, after: i64, limit: i64) -> Result<Vec<Member>> {
        let sql = format!(
            "SELECT {VOICE_COLUMNS}, m.role, m.joined_at
             FROM coalition_members m JOIN participants a ON a.id = m.participant_id
             WHERE m.coalition_id = $1 AND m.participant_id > $2
             ORDER BY m.participant_id LIMIT $3"
        );
        let rows = sqlx::query(&sql)
            .bind(coalition_id)
            .bind(after)
            .bind(limit)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(rows::member).collect()
    }

    async fn member_role(
        &self,
        coalition: CoalitionId,
        who: ParticipantId,
    ) -> Result<Option<MemberRole>> {
        let (coalition, who) = (coalition.get(), who.get());
        let role: Option<String> = sqlx::query_scalar(
            "SELECT role FROM coalition_members WHERE coalition_id = $1 AND participant_id = $2",
        )
        .bind(coalition)
        .bind(who)
        .fetch_optional(&self.read)
        .await?;
        Ok(role.as_deref().and_then(MemberRole::from_code))
    }

    async fn coalition_coordinators(&self, coalition: i64) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT participant_id FROM coalition_members WHERE coalition_id = $1 AND role = 'coordinator'",
        )
        .bind(coalition)
        .fetch_all(&self.read)
        .await?)
    }

    async fn coalition_facts(&self, id: i64) -> Result<Option<CoalitionFacts>> {
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

    /// [`Self::coalition_facts`] of every listed coalition in two queries, for the
    /// directory (which would otherwise ask twice per coalition).
    async fn listed_coalition_facts(&self) -> Result<Vec<(i64, CoalitionFacts)>> {
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

    async fn coalition_state(&self, id: i64) -> Result<Option<(bool, bool)>> {
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

    async fn set_action_plan(&self, coalition: i64, plan: &str) -> Result<()> {
        let mut tx = self.write.begin().await?;
        self.set_action_plan_in(&mut tx, coalition, plan).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn add_contact(&self, coalition: i64, who: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        self.add_contact_in(&mut tx, coalition, who).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn recognize(&self, coalition: i64, by: i64) -> Result<()> {
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

    async fn member_balance(&self, coalition_id: i64) -> Result<Vec<BalanceRow>> {
        self.balance_rows(crate::balance::MEMBERS, coalition_id)
            .await
    }

    async fn add_output(&self, new: &NewOutput) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_output(&mut tx, new).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn publish_output(&self, new: &NewOutput, topic_ids: &[i64]) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_output(&mut tx, new).await?;
        for topic in topic_ids {
            self.tag_in(&mut tx, "output_topics", "output_id", id, *topic)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    async fn outputs(&self, coalition: i64, lang: &str) -> Result<Vec<Output>> {
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

    async fn output(&self, id: i64, lang: &str) -> Result<Option<Output>> {
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

    async fn add_dissent(
        &self,
        output_id: i64,
        participant_id: i64,
        lang: &str,
        body_md: &str,
    ) -> Result<i64> {
        self.add_dissent_held(output_id, participant_id, lang, body_md, false)
            .await
    }

    async fn add_dissent_held(
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

    async fn dissents(&self, output: i64) -> Result<Vec<Dissent>> {
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

    async fn dissent_context(&self, id: i64) -> Result<Option<DissentContext>> {
        let row = sqlx::query(
            "SELECT d.output_id, o.coalition_id, d.participant_id FROM output_dissents d
             JOIN coalition_outputs o ON o.id = d.output_id WHERE d.id = $1",
        )
        .bind(id)
        .fetch_optional(&self.read)
        .await?;
        match row {
            Some(r) => Ok(Some(DissentContext {
                output_id: r.try_get("output_id")?,
                coalition_id: r.try_get("coalition_id")?,
                author_id: r.try_get("participant_id")?,
            })),
            None => Ok(None),
        }
    }
}

impl SqlStore {
    pub(crate) async fn join_in(
        &self,
        conn: &mut AnyConnection,
        coalition_id: i64,
        participant_id: i64,
        role: MemberRole,
    ) -> Result<()> {
        let current: Option<String> = sqlx::query_scalar(
            "SELECT role FROM coalition_members WHERE coalition_id = $1 AND participant_id = $2",
        )
        .bind(coalition_id)
        .bind(participant_id)
        .fetch_optional(&mut *conn)
        .await?;
        match current {
            Some(r) if r == role.code() => return Ok(()),
            Some(_) => {
                sqlx::query(
                    "UPDATE coalition_members SET role = $3
                     WHERE coalition_id = $1 AND participant_id = $2",
                )
                .bind(coalition_id)
                .bind(participant_id)
                .bind(role.code())
                .execute(&mut *conn)
                .await?;
            }
            None => {
                let bumped = sqlx::query(
                    "UPDATE coalitions SET member_count = member_count + 1 WHERE id = $1",
                )
                .bind(coalition_id)
                .execute(&mut *conn)
                .await?;
                if bumped.rows_affected() != 1 {
                    return Err(StoreError::NotFound("coalition"));
                }
                sqlx::query(
                    "INSERT INTO coalition_members (coalition_id, participant_id, role, joined_at)
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(coalition_id)
                .bind(participant_id)
                .bind(role.code())
                .bind(now())
                .execute(&mut *conn)
                .await?;
                sqlx::query(crate::balance::MEMBER_VOICE_ADD)
                    .bind(coalition_id)
                    .bind(participant_id)
                    .execute(&mut *conn)
                    .await?;
            }
        }
        self.log_change(conn, "coalition_member", coalition_id, "update")
            .await?;
        Ok(())
    }

    /// A coalition with its founder as coordinator, inside the caller's transaction.
    pub(crate) async fn insert_coalition(
        &self,
        conn: &mut AnyConnection,
        new: &NewCoalition,
        held: bool,
    ) -> Result<i64> {
        let text_id = self.insert_text(conn, &new.text).await?;

        let at = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO coalitions (slug, text_id, created_by, member_count, created_at, founded_year, held)
             VALUES ($1, $2, $3, 1, $4, $5, $6) RETURNING id",
        )
        .bind(&new.slug)
        .bind(text_id)
        .bind(new.founder_id)
        .bind(at)
        .bind(new.founded_year.unwrap_or_else(|| convene_core::date::civil_from_unix(at).0))
        .bind(i64::from(held))
        .fetch_one(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO coalition_members (coalition_id, participant_id, role, joined_at)
             VALUES ($1, $2, 'coordinator', $3)",
        )
        .bind(id)
        .bind(new.founder_id)
        .bind(at)
        .execute(&mut *conn)
        .await?;
        sqlx::query(crate::balance::MEMBER_VOICE_ADD)
            .bind(id)
            .bind(new.founder_id)
            .execute(&mut *conn)
            .await?;
        self.log_change(conn, "coalition", id, "create").await?;
        Ok(id)
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
}
