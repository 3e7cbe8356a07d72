//! The yearly meeting's storage: editions' call settings, tracks, rooms, proposals with
//! their organisers and speakers, reviews, the schedule, personal agendas and reports.
//! A trait of its own, reached through [`crate::Store::meetings`], so the main Store
//! interface stays about discussion.

use crate::accounts::audit;
use crate::sql::{SqlStore, TR_TITLE};
use crate::{rows, Result, StoreError};
use async_trait::async_trait;
use convene_core::date::now;
use convene_core::markdown::to_safe_html;
use convene_core::meeting::{
    Gender, InvitationKind, InvitationState, Mode, ReviewerAssignment, Scores, SessionFormat,
    SessionType, SpeakerRole, Status,
};
use convene_core::model::{
    Edition, NewEdition, NewNotification, NewText, ParticipantId, ProposalId,
};
use convene_core::programme::*;
use convene_core::StakeholderGroup;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

#[async_trait]
pub trait Meetings: Send + Sync {
    async fn create_edition(&self, new: &NewEdition) -> Result<i64>;

    /// Opening a yearly meeting from its form, in one transaction: the edition with its
    /// theme, then every setting. Nothing is kept if any part fails (a taken year is a
    /// conflict).
    async fn create_edition_with_settings(
        &self,
        new: &NewEdition,
        settings: &EditionSettings,
    ) -> Result<i64>;

    /// All yearly meetings, newest first, themes in `lang` where translated.
    async fn editions(&self, lang: &str) -> Result<Vec<Edition>>;

    async fn edition(&self, year: i64, lang: &str) -> Result<Option<Edition>>;
    async fn update_edition(&self, id: i64, settings: &EditionSettings) -> Result<()>;
    async fn add_track(&self, edition_id: i64, name: &NewText) -> Result<i64>;
    async fn tracks(&self, edition_id: i64, lang: &str) -> Result<Vec<Track>>;
    async fn add_room(&self, edition_id: i64, name: &str, capacity: i64) -> Result<i64>;
    async fn rooms(&self, edition_id: i64) -> Result<Vec<Room>>;

    /// A new draft; its creator is its first organiser.
    async fn create_proposal(&self, new: &NewProposal) -> Result<i64>;
    /// Changes a draft in place (drafts have no translations to make outdated).
    async fn update_proposal(
        &self,
        id: i64,
        title: &str,
        description: &str,
        fields: &ProposalFields,
    ) -> Result<()>;
    async fn proposal(&self, id: i64, lang: &str) -> Result<Option<Proposal>>;
    /// Every proposal of an edition, by id, with topics and coalitions.
    async fn proposals(&self, edition_id: i64, lang: &str) -> Result<Vec<Proposal>>;
    /// Proposals someone organises, newest first.
    async fn organised_by(&self, participant_id: i64, lang: &str) -> Result<Vec<Proposal>>;
    async fn organisers(&self, proposal_id: i64) -> Result<Vec<Organiser>>;
    async fn add_organiser(&self, proposal_id: i64, participant_id: i64) -> Result<()>;
    async fn speakers(&self, proposal_id: i64) -> Result<Vec<Speaker>>;
    /// Speakers of every proposal of an edition.
    async fn edition_speakers(&self, edition_id: i64) -> Result<Vec<Speaker>>;
    /// `(proposal, participant)` for every organiser of an edition's proposals.
    async fn edition_organisers(&self, edition_id: i64) -> Result<Vec<(i64, i64)>>;
    async fn add_speaker(&self, proposal_id: i64, speaker: &NewSpeaker) -> Result<i64>;
    /// Records an invitation (pending); nobody is enrolled by it. `notice` tells an invitee
    /// who has an account, in the same transaction: an invitation is never recorded
    /// without it (a repeated invitation is not sent again).
    async fn invite(&self, new: &NewInvitation, notice: Option<&NewNotification>) -> Result<i64>;
    async fn invitation(&self, id: i64) -> Result<Option<Invitation>>;
    /// A proposal's invitations, pending and declined, oldest first.
    async fn invitations(&self, proposal_id: i64) -> Result<Vec<Invitation>>;
    /// The pending invitations addressed to a participant, oldest first.
    async fn invitations_for(&self, participant_id: i64) -> Result<Vec<Invitation>>;
    /// The invitee accepts a pending invitation: it becomes an organiser, or the speaker
    /// given (what was typed, blanks filled from the profile), and is removed.
    /// `NotFound` unless it is pending and addressed to `participant_id`.
    async fn accept_invitation(
        &self,
        id: i64,
        participant_id: i64,
        speaker: Option<&NewSpeaker>,
    ) -> Result<()>;
    /// The invitee declines a pending invitation; organisers see it declined.
    async fn decline_invitation(&self, id: i64, participant_id: i64) -> Result<()>;
    /// Organisers take back an invitation that was not accepted.
    async fn withdraw_invitation(&self, proposal_id: i64, id: i64) -> Result<()>;
    async fn remove_speaker(&self, proposal_id: i64, speaker_id: i64) -> Result<()>;
    /// Moves a proposal along; audited when an actor decides it.
    async fn set_status(
        &self,
        id: i64,
        status: Status,
        merge_with: Option<i64>,
        actor: Option<i64>,
    ) -> Result<()>;
    /// `from` joins `into`: its organisers and speakers move over, `from` is marked
    /// merged and `into` goes back to review.
    async fn merge_into(&self, from: i64, into: i64) -> Result<()>;
    /// The secretariat pairs two proposals for a merge, in one transaction: each is marked
    /// merge-requested with the other, audited as `actor`'s. Nothing is kept if either is
    /// missing.
    async fn pair_for_merge(
        &self,
        a: ProposalId,
        b: ProposalId,
        actor: ParticipantId,
    ) -> Result<()>;

    /// Assigning a reviewer, in one transaction with the status it moves the proposal to
    /// (a submitted one goes into review). Nothing is kept if any part fails.
    async fn assign_reviewer(&self, a: &ReviewerAssignment) -> Result<()>;
    /// `(id, name)` of the reviewers assigned to a proposal.
    async fn assigned_reviewers(&self, proposal_id: i64) -> Result<Vec<(i64, String)>>;
    async fn review_queue(&self, reviewer_id: i64, lang: &str) -> Result<Vec<Proposal>>;
    /// One review per reviewer and proposal; saving again replaces it.
    async fn save_review(
        &self,
        proposal_id: i64,
        reviewer_id: i64,
        scores: Scores,
        comments: &str,
    ) -> Result<()>;
    async fn reviews(&self, proposal_id: i64) -> Result<Vec<Review>>;
    /// `(proposal, total)` of every review in an edition.
    async fn review_totals(&self, edition_id: i64) -> Result<Vec<(i64, i64)>>;

    /// Place a session in a room at a venue time, or take it off the schedule.
    async fn place(&self, id: i64, slot: Option<(i64, &str)>, online_url: &str) -> Result<()>;

    async fn set_interest(&self, proposal_id: i64, participant_id: i64, on: bool) -> Result<()>;
    /// A participant's personal agenda, in time order.
    async fn interests(&self, participant_id: i64, lang: &str) -> Result<Vec<Proposal>>;
    async fn is_interested(&self, proposal_id: i64, participant_id: i64) -> Result<bool>;
    /// The secret of the personal calendar feed: `fresh` is stored unless one exists.
    async fn agenda_token(&self, participant_id: i64, fresh: &str) -> Result<String>;
    async fn agenda_owner(&self, token: &str) -> Result<Option<i64>>;

    async fn report(&self, proposal_id: i64) -> Result<Option<Report>>;
    /// Files the short report (key messages) or the full one.
    async fn file_report(
        &self,
        proposal_id: i64,
        fields: &ReportFields,
        full: bool,
        by: i64,
    ) -> Result<()>;
    /// Reports of an edition's sessions, filed or not.
    async fn edition_reports(&self, edition_id: i64) -> Result<Vec<Report>>;
    /// Records a reminder; false if that reminder was already sent.
    async fn mark_reminded(&self, proposal_id: i64, kind: &str) -> Result<bool>;

    /// Accepted sessions on a topic, newest edition first, at most `limit`.
    async fn topic_sessions(&self, topic_id: i64, lang: &str, limit: i64) -> Result<Vec<Proposal>>;
    /// Accepted sessions a coalition is part of, newest edition first.
    async fn coalition_sessions(&self, coalition_id: i64, lang: &str) -> Result<Vec<Proposal>>;
    /// Changes to an edition's programme, newest first: `(change seq, session, when)` for
    /// each time a session was accepted or placed (moved), of sessions still accepted.
    async fn programme_changes(&self, edition_id: i64, limit: i64) -> Result<Vec<(i64, i64, i64)>>;
}

const PROPOSAL_SELECT: &str = "SELECT p.*, e.year, t.title, t.original_lang";

fn code<T>(row: &AnyRow, column: &str, parse: fn(&str) -> Option<T>) -> Result<Option<T>> {
    let raw: Option<String> = row.try_get(column)?;
    match raw {
        None => Ok(None),
        Some(s) => parse(&s)
            .map(Some)
            .ok_or_else(|| StoreError::Corrupt(format!("{column}: {s}"))),
    }
}

fn proposal(row: &AnyRow, lang: &str) -> Result<Proposal> {
    let status = code(row, "status", Status::from_code)?
        .ok_or_else(|| StoreError::Corrupt("status".into()))?;
    Ok(Proposal {
        id: row.try_get("id")?,
        edition_id: row.try_get("edition_id")?,
        year: row.try_get("year")?,
        text_id: row.try_get("text_id")?,
        title: rows::title(row, lang)?,
        status,
        fields: ProposalFields {
            track_id: row.try_get("track_id")?,
            session_type: code(row, "session_type", SessionType::from_code)?,
            format: code(row, "format", SessionFormat::from_code)?,
            duration: row.try_get("duration")?,
            mode: code(row, "mode", Mode::from_code)?,
            policy_questions: row.try_get("policy_questions")?,
            lang: row.try_get("lang")?,
            topics: Vec::new(),
            coalitions: Vec::new(),
        },
        created_by: row.try_get("created_by")?,
        created_at: row.try_get("created_at")?,
        submitted_at: row.try_get("submitted_at")?,
        merge_with: row.try_get("merge_with")?,
        room_id: row.try_get("room_id")?,
        starts_at: row.try_get("starts_at")?,
        online_url: row.try_get("online_url")?,
        interest_count: row.try_get("interest_count")?,
    })
}

fn speaker(row: &AnyRow) -> Result<Speaker> {
    let group: String = row.try_get("stakeholder_group")?;
    let corrupt = |what: &str| StoreError::Corrupt(format!("speaker {what}"));
    Ok(Speaker {
        id: row.try_get("id")?,
        proposal_id: row.try_get("proposal_id")?,
        person: NewSpeaker {
            participant_id: row.try_get("participant_id")?,
            name: row.try_get("name")?,
            organisation: row.try_get("organisation")?,
            group: StakeholderGroup::from_code(&group).ok_or_else(|| corrupt("group"))?,
            country: row.try_get("country")?,
            gender: code(row, "gender", Gender::from_code)?.ok_or_else(|| corrupt("gender"))?,
            role: code(row, "role", SpeakerRole::from_code)?.ok_or_else(|| corrupt("role"))?,
            onsite: row.try_get::<i64, _>("onsite")? != 0,
        },
    })
}

fn invitation(row: &AnyRow) -> Result<Invitation> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("invitation {what}"));
    let kind = code(row, "kind", InvitationKind::from_code)?.ok_or_else(|| corrupt("kind"))?;
    let speaker = match kind {
        InvitationKind::Organiser => None,
        InvitationKind::Speaker => Some(InvitedSpeaker {
            name: row.try_get("name")?,
            organisation: row.try_get("organisation")?,
            group: code(row, "stakeholder_group", StakeholderGroup::from_code)?,
            country: row.try_get("country")?,
            gender: code(row, "gender", Gender::from_code)?.ok_or_else(|| corrupt("gender"))?,
            role: code(row, "role", SpeakerRole::from_code)?.ok_or_else(|| corrupt("role"))?,
            onsite: row.try_get::<i64, _>("onsite")? != 0,
        }),
    };
    Ok(Invitation {
        id: row.try_get("id")?,
        created_at: row.try_get("created_at")?,
        state: code(row, "state", InvitationState::from_code)?.ok_or_else(|| corrupt("state"))?,
        new: NewInvitation {
            proposal_id: row.try_get("proposal_id")?,
            kind,
            email: row.try_get("email")?,
            participant_id: row.try_get("participant_id")?,
            invited_by: row.try_get("invited_by")?,
            speaker,
        },
    })
}

fn report(row: &AnyRow) -> Result<Report> {
    let participation: String = row.try_get("participation")?;
    Ok(Report {
        proposal_id: row.try_get("proposal_id")?,
        fields: ReportFields {
            lang: row.try_get("lang")?,
            key_messages: row.try_get("key_messages")?,
            key_issues: row.try_get("key_issues")?,
            presentations: row.try_get("presentations")?,
            discussion: row.try_get("discussion")?,
            takeaways: row.try_get("takeaways")?,
            onsite_count: row.try_get("onsite_count")?,
            online_count: row.try_get("online_count")?,
            participation: serde_json::from_str(&participation)
                .map_err(|e| StoreError::Corrupt(format!("participation: {e}")))?,
            transcript: row.try_get("transcript")?,
        },
        short_at: row.try_get("short_at")?,
        full_at: row.try_get("full_at")?,
        filed_by: row.try_get("filed_by")?,
    })
}

impl SqlStore {
    async fn insert_edition(&self, conn: &mut AnyConnection, new: &NewEdition) -> Result<i64> {
        let text_id = self.insert_text(conn, &new.theme).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO editions (year, host_country, city, starts_on, ends_on, text_id, time_zone)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(new.year)
        .bind(new.host_country.to_ascii_uppercase())
        .bind(&new.city)
        .bind(&new.starts_on)
        .bind(&new.ends_on)
        .bind(text_id)
        .bind(&new.time_zone)
        .fetch_one(&mut *conn)
        .await?;
        self.log_change(conn, "edition", id, "create").await?;
        Ok(id)
    }

    async fn update_edition_in(
        &self,
        conn: &mut AnyConnection,
        id: i64,
        s: &EditionSettings,
    ) -> Result<()> {
        let done = sqlx::query(
            "UPDATE editions SET host_country = $2, city = $3, starts_on = $4, ends_on = $5,
               time_zone = $6, call_opens_on = $7, call_closes_on = $8, proposal_limit = $9,
               word_limit = $10
             WHERE id = $1",
        )
        .bind(id)
        .bind(s.host_country.to_ascii_uppercase())
        .bind(&s.city)
        .bind(&s.starts_on)
        .bind(&s.ends_on)
        .bind(&s.time_zone)
        .bind(&s.call_opens_on)
        .bind(&s.call_closes_on)
        .bind(s.proposal_limit)
        .bind(s.word_limit)
        .execute(&mut *conn)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("edition"));
        }
        self.log_change(conn, "edition", id, "update").await?;
        Ok(())
    }

    async fn set_status_in(
        &self,
        conn: &mut AnyConnection,
        id: i64,
        status: Status,
        merge_with: Option<i64>,
        actor: Option<i64>,
    ) -> Result<()> {
        let at = now();
        let done = sqlx::query(
            "UPDATE proposals SET status = $2, merge_with = $3,
               submitted_at = CASE WHEN $2 = 'submitted' THEN $4 ELSE submitted_at END,
               decided_at = CASE WHEN $2 IN ('accepted', 'declined') THEN $4 ELSE decided_at END
             WHERE id = $1",
        )
        .bind(id)
        .bind(status.code())
        .bind(merge_with)
        .bind(at)
        .execute(&mut *conn)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("proposal"));
        }
        if actor.is_some() {
            audit(
                conn,
                actor,
                &format!("proposal-{}", status.code()),
                Some(id),
                "",
            )
            .await?;
        }
        self.log_change(conn, "proposal", id, status.code()).await?;
        Ok(())
    }

    async fn proposal_list(&self, where_order: &str, lang: &str, id: i64) -> Result<Vec<Proposal>> {
        let sql = format!(
            "{PROPOSAL_SELECT}, {TR_TITLE}
             FROM proposals p JOIN editions e ON e.id = p.edition_id
             JOIN texts t ON t.id = p.text_id {where_order}"
        );
        let rows = sqlx::query(&sql)
            .bind(lang)
            .bind(id)
            .fetch_all(&self.read)
            .await?;
        let mut list: Vec<Proposal> = rows
            .iter()
            .map(|r| proposal(r, lang))
            .collect::<Result<_>>()?;
        self.fill_links(&mut list).await?;
        Ok(list)
    }

    /// Topics and coalitions of the listed proposals, in one query.
    async fn fill_links(&self, list: &mut [Proposal]) -> Result<()> {
        if list.is_empty() {
            return Ok(());
        }
        let ids: Vec<String> = list.iter().map(|p| p.id.to_string()).collect();
        let ids = ids.join(",");
        // The ids are integers read from the database, never user input.
        let sql = format!(
            "SELECT proposal_id, topic_id AS item, CAST(0 AS BIGINT) AS coalition FROM proposal_topics
               WHERE proposal_id IN ({ids})
             UNION ALL
             SELECT proposal_id, coalition_id AS item, CAST(1 AS BIGINT) AS coalition FROM proposal_coalitions
               WHERE proposal_id IN ({ids})
             ORDER BY coalition, item"
        );
        let at: std::collections::HashMap<i64, usize> =
            list.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
        for row in sqlx::query(&sql).fetch_all(&self.read).await? {
            let p: i64 = row.try_get("proposal_id")?;
            let item: i64 = row.try_get("item")?;
            let coalition: i64 = row.try_get("coalition")?;
            if let Some(target) = at.get(&p).and_then(|&i| list.get_mut(i)) {
                if coalition == 1 {
                    target.fields.coalitions.push(item);
                } else {
                    target.fields.topics.push(item);
                }
            }
        }
        Ok(())
    }

    async fn write_links(
        &self,
        conn: &mut sqlx::AnyConnection,
        id: i64,
        fields: &ProposalFields,
    ) -> Result<()> {
        sqlx::query("DELETE FROM proposal_topics WHERE proposal_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
        sqlx::query("DELETE FROM proposal_coalitions WHERE proposal_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
        let mut topics = fields.topics.clone();
        topics.sort_unstable();
        topics.dedup();
        for t in topics {
            sqlx::query("INSERT INTO proposal_topics (proposal_id, topic_id) VALUES ($1, $2)")
                .bind(id)
                .bind(t)
                .execute(&mut *conn)
                .await?;
        }
        let mut coalitions = fields.coalitions.clone();
        coalitions.sort_unstable();
        coalitions.dedup();
        for c in coalitions {
            sqlx::query(
                "INSERT INTO proposal_coalitions (proposal_id, coalition_id) VALUES ($1, $2)",
            )
            .bind(id)
            .bind(c)
            .execute(&mut *conn)
            .await?;
        }
        Ok(())
    }
}

fn opt_code<T: Copy>(v: Option<T>, f: fn(T) -> &'static str) -> Option<&'static str> {
    v.map(f)
}

#[async_trait]
impl Meetings for SqlStore {
    async fn create_edition(&self, new: &NewEdition) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_edition(&mut tx, new).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn create_edition_with_settings(
        &self,
        new: &NewEdition,
        settings: &EditionSettings,
    ) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_edition(&mut tx, new).await?;
        self.update_edition_in(&mut tx, id, settings).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn editions(&self, lang: &str) -> Result<Vec<Edition>> {
        let sql = format!(
            "SELECT e.*, t.title, t.original_lang, {TR_TITLE}
             FROM editions e JOIN texts t ON t.id = e.text_id ORDER BY e.year DESC"
        );
        let rows = sqlx::query(&sql).bind(lang).fetch_all(&self.read).await?;
        rows.iter().map(|r| rows::edition(r, lang)).collect()
    }

    async fn edition(&self, year: i64, lang: &str) -> Result<Option<Edition>> {
        let sql = format!(
            "SELECT e.*, t.title, t.original_lang, {TR_TITLE}
             FROM editions e JOIN texts t ON t.id = e.text_id WHERE e.year = $2"
        );
        let row = sqlx::query(&sql)
            .bind(lang)
            .bind(year)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(|r| rows::edition(r, lang)).transpose()
    }

    async fn update_edition(&self, id: i64, s: &EditionSettings) -> Result<()> {
        let mut tx = self.write.begin().await?;
        self.update_edition_in(&mut tx, id, s).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn add_track(&self, edition_id: i64, name: &NewText) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let text_id = self.insert_text(&mut tx, name).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO tracks (edition_id, text_id) VALUES ($1, $2) RETURNING id",
        )
        .bind(edition_id)
        .bind(text_id)
        .fetch_one(&mut *tx)
        .await?;
        self.log_change(&mut tx, "track", id, "create").await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn tracks(&self, edition_id: i64, lang: &str) -> Result<Vec<Track>> {
        let sql = format!(
            "SELECT k.id, k.text_id, t.title, t.original_lang, {TR_TITLE}
             FROM tracks k JOIN texts t ON t.id = k.text_id WHERE k.edition_id = $2 ORDER BY k.id"
        );
        let rows = sqlx::query(&sql)
            .bind(lang)
            .bind(edition_id)
            .fetch_all(&self.read)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Track {
                    id: r.try_get("id")?,
                    text_id: r.try_get("text_id")?,
                    name: rows::title(r, lang)?,
                })
            })
            .collect()
    }

    async fn add_room(&self, edition_id: i64, name: &str, capacity: i64) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO rooms (edition_id, name, capacity) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(edition_id)
        .bind(name)
        .bind(capacity)
        .fetch_one(&mut *tx)
        .await?;
        self.log_change(&mut tx, "room", id, "create").await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn rooms(&self, edition_id: i64) -> Result<Vec<Room>> {
        let rows = sqlx::query(
            "SELECT id, name, capacity FROM rooms WHERE edition_id = $1 ORDER BY name, id",
        )
        .bind(edition_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Room {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    capacity: r.try_get("capacity")?,
                })
            })
            .collect()
    }

    async fn create_proposal(&self, new: &NewProposal) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let text_id = self.insert_text(&mut tx, &new.text).await?;
        let f = &new.fields;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO proposals (edition_id, track_id, text_id, status, session_type, format,
               duration, mode, policy_questions, lang, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(new.edition_id)
        .bind(f.track_id)
        .bind(text_id)
        .bind(Status::Draft.code())
        .bind(opt_code(f.session_type, SessionType::code))
        .bind(opt_code(f.format, SessionFormat::code))
        .bind(f.duration)
        .bind(opt_code(f.mode, Mode::code))
        .bind(&f.policy_questions)
        .bind(&f.lang)
        .bind(new.created_by)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO proposal_organisers (proposal_id, participant_id) VALUES ($1, $2)",
        )
        .bind(id)
        .bind(new.created_by)
        .execute(&mut *tx)
        .await?;
        self.write_links(&mut tx, id, f).await?;
        self.log_change(&mut tx, "proposal", id, "create").await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn update_proposal(
        &self,
        id: i64,
        title: &str,
        description: &str,
        f: &ProposalFields,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let text_id: Option<i64> = sqlx::query_scalar(
            "UPDATE proposals SET track_id = $2, session_type = $3, format = $4, duration = $5,
               mode = $6, policy_questions = $7, lang = $8
             WHERE id = $1 RETURNING text_id",
        )
        .bind(id)
        .bind(f.track_id)
        .bind(opt_code(f.session_type, SessionType::code))
        .bind(opt_code(f.format, SessionFormat::code))
        .bind(f.duration)
        .bind(opt_code(f.mode, Mode::code))
        .bind(&f.policy_questions)
        .bind(&f.lang)
        .fetch_optional(&mut *tx)
        .await?;
        let text_id = text_id.ok_or(StoreError::NotFound("proposal"))?;
        sqlx::query(
            "UPDATE texts SET title = $2, body_md = $3, body_html = $4, updated_at = $5,
               original_lang = $6
             WHERE id = $1",
        )
        .bind(text_id)
        .bind(title)
        .bind(description)
        .bind(to_safe_html(description))
        .bind(now())
        .bind(&f.lang)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE text_revisions SET title = $2, body_md = $3 WHERE text_id = $1 AND revision = 1",
        )
        .bind(text_id)
        .bind(title)
        .bind(description)
        .execute(&mut *tx)
        .await?;
        self.write_links(&mut tx, id, f).await?;
        self.log_change(&mut tx, "proposal", id, "update").await?;
        tx.commit().await?;
        Ok(())
    }

    async fn proposal(&self, id: i64, lang: &str) -> Result<Option<Proposal>> {
        let mut list = self.proposal_list("WHERE p.id = $2", lang, id).await?;
        Ok(list.pop())
    }

    async fn proposals(&self, edition_id: i64, lang: &str) -> Result<Vec<Proposal>> {
        self.proposal_list("WHERE p.edition_id = $2 ORDER BY p.id", lang, edition_id)
            .await
    }

    async fn organised_by(&self, participant_id: i64, lang: &str) -> Result<Vec<Proposal>> {
        self.proposal_list(
            "WHERE p.id IN (SELECT proposal_id FROM proposal_organisers WHERE participant_id = $2)
             ORDER BY p.id DESC",
            lang,
            participant_id,
        )
        .await
    }

    async fn organisers(&self, proposal_id: i64) -> Result<Vec<Organiser>> {
        // Earlier accepted sessions without a full report, proposals to this edition and
        // to earlier ones: what the criteria and the review marks need.
        let rows = sqlx::query(
            "SELECT a.id, a.display_name, a.affiliation, a.country, a.stakeholder_group, a.role,
               (SELECT COUNT(*) FROM proposal_organisers o2
                  JOIN proposals q ON q.id = o2.proposal_id
                  JOIN editions qe ON qe.id = q.edition_id
                  LEFT JOIN session_reports r ON r.proposal_id = q.id
                  WHERE o2.participant_id = a.id AND q.status = 'accepted' AND qe.year < e.year
                    AND r.full_at IS NULL) AS missing_reports,
               (SELECT COUNT(*) FROM proposal_organisers o3
                  JOIN proposals q ON q.id = o3.proposal_id
                  WHERE o3.participant_id = a.id AND q.edition_id = p.edition_id
                    AND q.id <> p.id AND q.status NOT IN ('draft', 'merged')) AS submitted_this_year,
               (SELECT COUNT(*) FROM proposal_organisers o4
                  JOIN proposals q ON q.id = o4.proposal_id
                  JOIN editions qe ON qe.id = q.edition_id
                  WHERE o4.participant_id = a.id AND qe.year < e.year
                    AND q.status NOT IN ('draft', 'merged')) AS earlier_proposals
             FROM proposal_organisers o
             JOIN participants a ON a.id = o.participant_id
             JOIN proposals p ON p.id = o.proposal_id
             JOIN editions e ON e.id = p.edition_id
             WHERE o.proposal_id = $1 ORDER BY a.id",
        )
        .bind(proposal_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                let group: String = r.try_get("stakeholder_group")?;
                let role: String = r.try_get("role")?;
                Ok(Organiser {
                    id: r.try_get("id")?,
                    name: r.try_get("display_name")?,
                    affiliation: r.try_get("affiliation")?,
                    country: r.try_get("country")?,
                    group: StakeholderGroup::from_code(&group)
                        .ok_or_else(|| StoreError::Corrupt(format!("group {group}")))?,
                    reviewer: role == "reviewer",
                    missing_reports: r.try_get("missing_reports")?,
                    submitted_this_year: r.try_get("submitted_this_year")?,
                    earlier_proposals: r.try_get("earlier_proposals")?,
                })
            })
            .collect()
    }

    async fn add_organiser(&self, proposal_id: i64, participant_id: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        sqlx::query(
            "INSERT INTO proposal_organisers (proposal_id, participant_id) VALUES ($1, $2)",
        )
        .bind(proposal_id)
        .bind(participant_id)
        .execute(&mut *tx)
        .await?;
        self.log_change(&mut tx, "proposal", proposal_id, "organiser")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn speakers(&self, proposal_id: i64) -> Result<Vec<Speaker>> {
        let rows = sqlx::query("SELECT * FROM speakers WHERE proposal_id = $1 ORDER BY id")
            .bind(proposal_id)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(speaker).collect()
    }

    async fn edition_speakers(&self, edition_id: i64) -> Result<Vec<Speaker>> {
        let rows = sqlx::query(
            "SELECT s.* FROM speakers s JOIN proposals p ON p.id = s.proposal_id
             WHERE p.edition_id = $1 ORDER BY s.proposal_id, s.id",
        )
        .bind(edition_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(speaker).collect()
    }

    async fn edition_organisers(&self, edition_id: i64) -> Result<Vec<(i64, i64)>> {
        let rows = sqlx::query(
            "SELECT o.proposal_id, o.participant_id FROM proposal_organisers o
             JOIN proposals p ON p.id = o.proposal_id WHERE p.edition_id = $1",
        )
        .bind(edition_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("proposal_id")?, r.try_get("participant_id")?)))
            .collect()
    }

    async fn add_speaker(&self, proposal_id: i64, s: &NewSpeaker) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO speakers (proposal_id, participant_id, name, organisation,
               stakeholder_group, country, gender, role, onsite)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(proposal_id)
        .bind(s.participant_id)
        .bind(&s.name)
        .bind(&s.organisation)
        .bind(s.group.code())
        .bind(s.country.to_ascii_uppercase())
        .bind(s.gender.code())
        .bind(s.role.code())
        .bind(i64::from(s.onsite))
        .fetch_one(&mut *tx)
        .await?;
        self.log_change(&mut tx, "proposal", proposal_id, "speaker")
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn invite(&self, n: &NewInvitation, notice: Option<&NewNotification>) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let sp = n.speaker.as_ref();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO proposal_invitations (proposal_id, kind, email, participant_id,
               invited_by, state, name, organisation, stakeholder_group, country, gender, role,
               onsite, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
        )
        .bind(n.proposal_id)
        .bind(n.kind.code())
        .bind(&n.email)
        .bind(n.participant_id)
        .bind(n.invited_by)
        .bind(InvitationState::Pending.code())
        .bind(sp.map(|s| s.name.clone()).unwrap_or_default())
        .bind(sp.map(|s| s.organisation.clone()).unwrap_or_default())
        .bind(sp.and_then(|s| s.group).map(StakeholderGroup::code))
        .bind(
            sp.map(|s| s.country.to_ascii_uppercase())
                .unwrap_or_default(),
        )
        .bind(sp.map(|s| s.gender.code()))
        .bind(sp.map(|s| s.role.code()))
        .bind(i64::from(sp.is_some_and(|s| s.onsite)))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        self.log_change(&mut tx, "proposal", n.proposal_id, "invitation")
            .await?;
        if let Some(notice) = notice {
            self.insert_notification(&mut tx, notice, now()).await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    async fn invitation(&self, id: i64) -> Result<Option<Invitation>> {
        let row = sqlx::query("SELECT * FROM proposal_invitations WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(invitation).transpose()
    }

    async fn invitations(&self, proposal_id: i64) -> Result<Vec<Invitation>> {
        let rows =
            sqlx::query("SELECT * FROM proposal_invitations WHERE proposal_id = $1 ORDER BY id")
                .bind(proposal_id)
                .fetch_all(&self.read)
                .await?;
        rows.iter().map(invitation).collect()
    }

    async fn invitations_for(&self, participant_id: i64) -> Result<Vec<Invitation>> {
        let rows = sqlx::query(
            "SELECT * FROM proposal_invitations WHERE participant_id = $1 AND state = $2
             ORDER BY id",
        )
        .bind(participant_id)
        .bind(InvitationState::Pending.code())
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(invitation).collect()
    }

    async fn accept_invitation(
        &self,
        id: i64,
        participant_id: i64,
        speaker: Option<&NewSpeaker>,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let row = sqlx::query(
            "DELETE FROM proposal_invitations
             WHERE id = $1 AND participant_id = $2 AND state = $3
             RETURNING proposal_id, kind",
        )
        .bind(id)
        .bind(participant_id)
        .bind(InvitationState::Pending.code())
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound("invitation"))?;
        let proposal_id: i64 = row.try_get("proposal_id")?;
        let kind = code(&row, "kind", InvitationKind::from_code)?
            .ok_or_else(|| StoreError::Corrupt("invitation kind".into()))?;
        match (kind, speaker) {
            (InvitationKind::Organiser, _) => {
                sqlx::query(
                    "INSERT INTO proposal_organisers (proposal_id, participant_id)
                     SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM proposal_organisers
                       WHERE proposal_id = $1 AND participant_id = $2)",
                )
                .bind(proposal_id)
                .bind(participant_id)
                .execute(&mut *tx)
                .await?;
            }
            (InvitationKind::Speaker, Some(s)) => {
                sqlx::query(
                    "INSERT INTO speakers (proposal_id, participant_id, name, organisation,
                       stakeholder_group, country, gender, role, onsite)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(proposal_id)
                .bind(participant_id)
                .bind(&s.name)
                .bind(&s.organisation)
                .bind(s.group.code())
                .bind(s.country.to_ascii_uppercase())
                .bind(s.gender.code())
                .bind(s.role.code())
                .bind(i64::from(s.onsite))
                .execute(&mut *tx)
                .await?;
            }
            (InvitationKind::Speaker, None) => {
                return Err(StoreError::Corrupt(
                    "speaker invitation without a speaker".into(),
                ))
            }
        }
        self.log_change(&mut tx, "proposal", proposal_id, "invitation")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn decline_invitation(&self, id: i64, participant_id: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let proposal_id: Option<i64> = sqlx::query_scalar(
            "UPDATE proposal_invitations SET state = $4
             WHERE id = $1 AND participant_id = $2 AND state = $3 RETURNING proposal_id",
        )
        .bind(id)
        .bind(participant_id)
        .bind(InvitationState::Pending.code())
        .bind(InvitationState::Declined.code())
        .fetch_optional(&mut *tx)
        .await?;
        let proposal_id = proposal_id.ok_or(StoreError::NotFound("invitation"))?;
        self.log_change(&mut tx, "proposal", proposal_id, "invitation")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn withdraw_invitation(&self, proposal_id: i64, id: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let done =
            sqlx::query("DELETE FROM proposal_invitations WHERE id = $1 AND proposal_id = $2")
                .bind(id)
                .bind(proposal_id)
                .execute(&mut *tx)
                .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("invitation"));
        }
        self.log_change(&mut tx, "proposal", proposal_id, "invitation")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn remove_speaker(&self, proposal_id: i64, speaker_id: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        sqlx::query("DELETE FROM speakers WHERE id = $1 AND proposal_id = $2")
            .bind(speaker_id)
            .bind(proposal_id)
            .execute(&mut *tx)
            .await?;
        self.log_change(&mut tx, "proposal", proposal_id, "speaker")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn set_status(
        &self,
        id: i64,
        status: Status,
        merge_with: Option<i64>,
        actor: Option<i64>,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        self.set_status_in(&mut tx, id, status, merge_with, actor)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn pair_for_merge(
        &self,
        a: ProposalId,
        b: ProposalId,
        actor: ParticipantId,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        for (id, with) in [(a, b), (b, a)] {
            self.set_status_in(
                &mut tx,
                id.get(),
                Status::MergeRequested,
                Some(with.get()),
                Some(actor.get()),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn merge_into(&self, from: i64, into: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        sqlx::query(
            "INSERT INTO proposal_organisers (proposal_id, participant_id)
             SELECT $2, participant_id FROM proposal_organisers
             WHERE proposal_id = $1 AND participant_id NOT IN
               (SELECT participant_id FROM proposal_organisers WHERE proposal_id = $2)",
        )
        .bind(from)
        .bind(into)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO speakers (proposal_id, participant_id, name, organisation,
               stakeholder_group, country, gender, role, onsite)
             SELECT $2, participant_id, name, organisation, stakeholder_group, country, gender,
               role, onsite FROM speakers WHERE proposal_id = $1 ORDER BY id",
        )
        .bind(from)
        .bind(into)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE proposals SET status = 'merged', merge_with = $2 WHERE id = $1")
            .bind(from)
            .bind(into)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE proposals SET status = 'in-review', merge_with = NULL WHERE id = $1")
            .bind(into)
            .execute(&mut *tx)
            .await?;
        self.log_change(&mut tx, "proposal", from, "merged").await?;
        self.log_change(&mut tx, "proposal", into, "in-review")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn assign_reviewer(&self, a: &ReviewerAssignment) -> Result<()> {
        let (proposal_id, reviewer_id) = (a.proposal_id.get(), a.reviewer_id.get());
        let mut tx = self.write.begin().await?;
        if let Some(status) = a.status {
            self.set_status_in(&mut tx, proposal_id, status, None, Some(a.by.get()))
                .await?;
        }
        sqlx::query(
            "INSERT INTO review_assignments (proposal_id, reviewer_id, assigned_at)
             VALUES ($1, $2, $3)",
        )
        .bind(proposal_id)
        .bind(reviewer_id)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        self.log_change(&mut tx, "proposal", proposal_id, "assigned")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn assigned_reviewers(&self, proposal_id: i64) -> Result<Vec<(i64, String)>> {
        let rows = sqlx::query(
            "SELECT a.id, a.display_name FROM review_assignments r
             JOIN participants a ON a.id = r.reviewer_id WHERE r.proposal_id = $1 ORDER BY a.id",
        )
        .bind(proposal_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("id")?, r.try_get("display_name")?)))
            .collect()
    }

    async fn review_queue(&self, reviewer_id: i64, lang: &str) -> Result<Vec<Proposal>> {
        self.proposal_list(
            "WHERE p.id IN (SELECT proposal_id FROM review_assignments WHERE reviewer_id = $2)
             ORDER BY p.id",
            lang,
            reviewer_id,
        )
        .await
    }

    async fn save_review(
        &self,
        proposal_id: i64,
        reviewer_id: i64,
        s: Scores,
        comments: &str,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        sqlx::query("DELETE FROM reviews WHERE proposal_id = $1 AND reviewer_id = $2")
            .bind(proposal_id)
            .bind(reviewer_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO reviews (proposal_id, reviewer_id, relevance, content, diversity, format,
               comments, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(proposal_id)
        .bind(reviewer_id)
        .bind(s.relevance)
        .bind(s.content)
        .bind(s.diversity)
        .bind(s.format)
        .bind(comments)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        self.log_change(&mut tx, "proposal", proposal_id, "reviewed")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn reviews(&self, proposal_id: i64) -> Result<Vec<Review>> {
        let rows = sqlx::query(
            "SELECT r.*, a.display_name FROM reviews r JOIN participants a ON a.id = r.reviewer_id
             WHERE r.proposal_id = $1 ORDER BY r.created_at, r.reviewer_id",
        )
        .bind(proposal_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                let scores = Scores::new(
                    r.try_get("relevance")?,
                    r.try_get("content")?,
                    r.try_get("diversity")?,
                    r.try_get("format")?,
                )
                .ok_or_else(|| StoreError::Corrupt("review scores".into()))?;
                Ok(Review {
                    proposal_id: r.try_get("proposal_id")?,
                    reviewer_id: r.try_get("reviewer_id")?,
                    reviewer_name: r.try_get("display_name")?,
                    scores,
                    comments: r.try_get("comments")?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }

    async fn review_totals(&self, edition_id: i64) -> Result<Vec<(i64, i64)>> {
        let rows = sqlx::query(
            "SELECT r.proposal_id, r.relevance + r.content + r.diversity + r.format AS total
             FROM reviews r JOIN proposals p ON p.id = r.proposal_id WHERE p.edition_id = $1",
        )
        .bind(edition_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("proposal_id")?, r.try_get("total")?)))
            .collect()
    }

    async fn place(&self, id: i64, slot: Option<(i64, &str)>, online_url: &str) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let done = sqlx::query(
            "UPDATE proposals SET room_id = $2, starts_at = $3, online_url = $4 WHERE id = $1",
        )
        .bind(id)
        .bind(slot.map(|s| s.0))
        .bind(slot.map(|s| s.1.to_string()))
        .bind(online_url)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("proposal"));
        }
        self.log_change(&mut tx, "proposal", id, "placed").await?;
        tx.commit().await?;
        Ok(())
    }

    async fn set_interest(&self, proposal_id: i64, participant_id: i64, on: bool) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let changed = if on {
            sqlx::query(
                "INSERT INTO session_interest (participant_id, proposal_id, created_at)
                 SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM session_interest
                   WHERE participant_id = $1 AND proposal_id = $2)",
            )
            .bind(participant_id)
            .bind(proposal_id)
            .bind(now())
            .execute(&mut *tx)
            .await?
            .rows_affected()
        } else {
            sqlx::query(
                "DELETE FROM session_interest WHERE participant_id = $1 AND proposal_id = $2",
            )
            .bind(participant_id)
            .bind(proposal_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
        };
        if changed > 0 {
            let delta: i64 = if on { 1 } else { -1 };
            sqlx::query("UPDATE proposals SET interest_count = interest_count + $2 WHERE id = $1")
                .bind(proposal_id)
                .bind(delta)
                .execute(&mut *tx)
                .await?;
            // The count is on the public page: readers' cached copies must go.
            self.log_change(&mut tx, "proposal", proposal_id, "interest")
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn interests(&self, participant_id: i64, lang: &str) -> Result<Vec<Proposal>> {
        self.proposal_list(
            "WHERE p.id IN (SELECT proposal_id FROM session_interest WHERE participant_id = $2)
             ORDER BY p.starts_at, p.id",
            lang,
            participant_id,
        )
        .await
    }

    async fn is_interested(&self, proposal_id: i64, participant_id: i64) -> Result<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM session_interest WHERE participant_id = $1 AND proposal_id = $2",
        )
        .bind(participant_id)
        .bind(proposal_id)
        .fetch_one(&self.read)
        .await?;
        Ok(n > 0)
    }

    async fn agenda_token(&self, participant_id: i64, fresh: &str) -> Result<String> {
        let mut tx = self.write.begin().await?;
        let existing: Option<String> =
            sqlx::query_scalar("SELECT token FROM agenda_feeds WHERE participant_id = $1")
                .bind(participant_id)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(token) = existing {
            return Ok(token);
        }
        sqlx::query("INSERT INTO agenda_feeds (participant_id, token) VALUES ($1, $2)")
            .bind(participant_id)
            .bind(fresh)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(fresh.to_string())
    }

    async fn agenda_owner(&self, token: &str) -> Result<Option<i64>> {
        Ok(
            sqlx::query_scalar("SELECT participant_id FROM agenda_feeds WHERE token = $1")
                .bind(token)
                .fetch_optional(&self.read)
                .await?,
        )
    }

    async fn report(&self, proposal_id: i64) -> Result<Option<Report>> {
        let row = sqlx::query("SELECT * FROM session_reports WHERE proposal_id = $1")
            .bind(proposal_id)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(report).transpose()
    }

    async fn file_report(
        &self,
        proposal_id: i64,
        f: &ReportFields,
        full: bool,
        by: i64,
    ) -> Result<()> {
        let participation = serde_json::to_string(&f.participation)
            .map_err(|e| StoreError::Corrupt(format!("participation: {e}")))?;
        let at = now();
        let mut tx = self.write.begin().await?;
        let short_at: Option<i64> =
            sqlx::query_scalar("SELECT short_at FROM session_reports WHERE proposal_id = $1")
                .bind(proposal_id)
                .fetch_optional(&mut *tx)
                .await?
                .flatten();
        sqlx::query("DELETE FROM session_reports WHERE proposal_id = $1")
            .bind(proposal_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO session_reports (proposal_id, lang, key_messages, short_at, key_issues,
               presentations, discussion, takeaways, onsite_count, online_count, participation,
               transcript, full_at, filed_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        )
        .bind(proposal_id)
        .bind(&f.lang)
        .bind(&f.key_messages)
        .bind(short_at.unwrap_or(at))
        .bind(&f.key_issues)
        .bind(&f.presentations)
        .bind(&f.discussion)
        .bind(&f.takeaways)
        .bind(f.onsite_count)
        .bind(f.online_count)
        .bind(participation)
        .bind(&f.transcript)
        .bind(full.then_some(at))
        .bind(by)
        .execute(&mut *tx)
        .await?;
        self.log_change(
            &mut tx,
            "report",
            proposal_id,
            if full { "full" } else { "short" },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn edition_reports(&self, edition_id: i64) -> Result<Vec<Report>> {
        let rows = sqlx::query(
            "SELECT r.* FROM session_reports r JOIN proposals p ON p.id = r.proposal_id
             WHERE p.edition_id = $1 ORDER BY r.proposal_id",
        )
        .bind(edition_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(report).collect()
    }

    async fn mark_reminded(&self, proposal_id: i64, kind: &str) -> Result<bool> {
        let done = sqlx::query(
            "INSERT INTO report_reminders (proposal_id, kind, sent_at)
             SELECT $1, $2, $3 WHERE NOT EXISTS
               (SELECT 1 FROM report_reminders WHERE proposal_id = $1 AND kind = $2)",
        )
        .bind(proposal_id)
        .bind(kind)
        .bind(now())
        .execute(&self.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn topic_sessions(&self, topic_id: i64, lang: &str, limit: i64) -> Result<Vec<Proposal>> {
        // The limit is a number, never text from a request.
        self.proposal_list(
            &format!(
                "WHERE p.status = 'accepted' AND p.id IN
                   (SELECT proposal_id FROM proposal_topics WHERE topic_id = $2)
                 ORDER BY e.year DESC, p.starts_at, p.id LIMIT {}",
                limit.clamp(0, 1000)
            ),
            lang,
            topic_id,
        )
        .await
    }

    async fn programme_changes(&self, edition_id: i64, limit: i64) -> Result<Vec<(i64, i64, i64)>> {
        let rows = sqlx::query(
            "SELECT c.seq, c.entity_id, c.at FROM proposals p
             JOIN change_log c ON c.entity = 'proposal' AND c.entity_id = p.id
             WHERE p.edition_id = $1 AND p.status = 'accepted'
               AND c.op IN ('accepted', 'placed')
             ORDER BY c.seq DESC LIMIT $2",
        )
        .bind(edition_id)
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("seq")?, r.try_get("entity_id")?, r.try_get("at")?)))
            .collect()
    }

    async fn coalition_sessions(&self, coalition_id: i64, lang: &str) -> Result<Vec<Proposal>> {
        self.proposal_list(
            "WHERE p.status = 'accepted' AND p.id IN
               (SELECT proposal_id FROM proposal_coalitions WHERE coalition_id = $2)
             ORDER BY e.year DESC, p.starts_at, p.id",
            lang,
            coalition_id,
        )
        .await
    }
}
