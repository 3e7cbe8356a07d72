//! Accounts: participants, registration and confirmation, credentials, sessions, password
//! resets, rate limits, profiles, deletion and the personal-data export.

use crate::privacy::{Col, SECTIONS};
use crate::sql::SqlStore;
use crate::{rows, Result, StoreError};
use async_trait::async_trait;
use convene_core::date::now;
use convene_core::model::*;
use serde_json::{Map, Value};
use sqlx::{AnyConnection, Row};

pub(crate) async fn audit(
    conn: &mut AnyConnection,
    actor: Option<i64>,
    action: &str,
    target: Option<i64>,
    reason: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (actor_id, action, target_id, reason, at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(actor)
    .bind(action)
    .bind(target)
    .bind(reason)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// People and their accounts: participants, registration, sign-in sessions, password
/// resets, rate limits and profiles.
#[async_trait]
pub trait Accounts: Send + Sync {
    async fn create_participant(&self, new: &NewParticipant) -> Result<i64>;

    /// Bulk loading (generators, imports): one transaction per call, each record written
    /// exactly as the single-record methods write it.
    async fn create_participants(&self, all: &[NewParticipant]) -> Result<Vec<i64>>;

    async fn participant(&self, id: i64) -> Result<Option<Participant>>;

    /// A participant who can sign in (created with a password hash).
    async fn create_account(&self, new: &NewAccount) -> Result<i64>;

    /// A registration from the register form: the account waits until its address is
    /// confirmed through the link whose token hash is given. An unconfirmed account with
    /// the same address is replaced (and its earlier links voided); `None` when a
    /// confirmed account owns the address.
    async fn register_account(
        &self,
        new: &NewAccount,
        confirm_token_hash: &str,
        expires_at: i64,
    ) -> Result<Option<i64>>;

    async fn email_confirmation_valid(&self, token_hash: &str, now: i64) -> Result<bool>;

    /// Confirms the address behind a link, once and before it expires: the account's id
    /// and password hash.
    async fn confirm_email(&self, token_hash: &str, now: i64) -> Result<Option<(i64, String)>>;

    /// The participant with this email (not deleted, address confirmed) and their
    /// password hash, if any.
    async fn credentials(&self, email: &str) -> Result<Option<(Participant, Option<String>)>>;

    async fn update_profile(&self, id: i64, update: &ProfileUpdate) -> Result<()>;

    /// Sets a new password hash and ends every session of the account.
    async fn set_password(&self, id: i64, hash: &str) -> Result<()>;

    /// Records the change in the audit log.
    async fn set_role(&self, id: i64, role: Role, actor: Option<i64>) -> Result<()>;

    /// Erases personal data; posts stay, shown as a former participant's.
    async fn delete_account(&self, id: i64) -> Result<()>;

    /// For the person's data export: every other record that names them (dissents,
    /// flags, translations, follows, speaker entries, contacts, reviews, moderation of
    /// them), by section.
    async fn personal_records(&self, id: i64)
        -> Result<serde_json::Map<String, serde_json::Value>>;

    async fn create_session(
        &self,
        token_hash: &str,
        participant_id: i64,
        expires_at: i64,
    ) -> Result<()>;

    /// The signed-in participant of an unexpired session.
    async fn session_participant(&self, token_hash: &str, now: i64) -> Result<Option<Participant>>;

    /// [`Accounts::session_participant`] with their unread notifications, in one query.
    async fn session_reader(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(Participant, i64)>>;

    async fn end_session(&self, token_hash: &str) -> Result<()>;

    async fn create_password_reset(
        &self,
        token_hash: &str,
        participant_id: i64,
        expires_at: i64,
    ) -> Result<()>;

    async fn password_reset_valid(&self, token_hash: &str, now: i64) -> Result<bool>;

    /// Marks the link used and returns whose it was, if it was still valid.
    async fn use_password_reset(&self, token_hash: &str, now: i64) -> Result<Option<i64>>;

    /// Choosing a new password through a reset link, in one transaction: the link is used
    /// up and the account gets `password_hash` ([`Accounts::set_password`]), or neither.
    /// False when the link no longer works.
    async fn reset_password(&self, token_hash: &str, now: i64, password_hash: &str)
        -> Result<bool>;

    /// Count a hit in a fixed window of `window` seconds; false once over `limit`.
    async fn hit_rate_limit(&self, bucket: &str, window: i64, limit: i64, now: i64)
        -> Result<bool>;
}

#[async_trait]
impl Accounts for SqlStore {
    async fn create_participant(&self, new: &NewParticipant) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_participant(&mut tx, new).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn create_participants(&self, all: &[NewParticipant]) -> Result<Vec<i64>> {
        let mut tx = self.write.begin().await?;
        let mut ids = Vec::with_capacity(all.len());
        for p in all {
            ids.push(self.insert_participant(&mut tx, p).await?);
        }
        tx.commit().await?;
        Ok(ids)
    }

    async fn participant(&self, id: i64) -> Result<Option<Participant>> {
        // Until its address is confirmed an account is nobody's.
        let row = sqlx::query("SELECT * FROM participants WHERE id = $1 AND email_confirmed = 1")
            .bind(id)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(rows::participant).transpose()
    }

    async fn create_account(&self, new: &NewAccount) -> Result<i64> {
        let p = &new.participant;
        let mut tx = self.write.begin().await?;
        let at = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO participants
               (display_name, email, stakeholder_group, country, affiliation, role, created_at,
                password_hash, gender, languages, ui_lang, coc_accepted_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(&p.display_name)
        .bind(p.email.trim().to_lowercase())
        .bind(p.stakeholder_group.code())
        .bind(p.country.to_ascii_uppercase())
        .bind(&p.affiliation)
        .bind(p.role.code())
        .bind(at)
        .bind(&new.password_hash)
        .bind(new.profile.gender.as_deref())
        .bind(new.profile.languages.join(" "))
        .bind(&new.profile.ui_lang)
        .bind(new.coc_accepted.then_some(at))
        .fetch_one(&mut *tx)
        .await?;
        self.log_change(&mut tx, "participant", id, "create")
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn register_account(
        &self,
        new: &NewAccount,
        confirm_token_hash: &str,
        expires_at: i64,
    ) -> Result<Option<i64>> {
        let p = &new.participant;
        let email = p.email.trim().to_lowercase();
        let at = now();
        let mut tx = self.write.begin().await?;
        // An address nobody confirmed is free: the newest registration replaces the row.
        let replaced: Option<i64> = sqlx::query_scalar(
            "UPDATE participants SET display_name = $2, stakeholder_group = $3, country = $4,
               affiliation = $5, created_at = $6, password_hash = $7, gender = $8,
               languages = $9, ui_lang = $10, coc_accepted_at = $11
             WHERE email = $1 AND email_confirmed = 0 AND deleted_at IS NULL RETURNING id",
        )
        .bind(&email)
        .bind(&p.display_name)
        .bind(p.stakeholder_group.code())
        .bind(p.country.to_ascii_uppercase())
        .bind(&p.affiliation)
        .bind(at)
        .bind(&new.password_hash)
        .bind(new.profile.gender.as_deref())
        .bind(new.profile.languages.join(" "))
        .bind(&new.profile.ui_lang)
        .bind(new.coc_accepted.then_some(at))
        .fetch_optional(&mut *tx)
        .await?;
        let id = match replaced {
            Some(id) => {
                sqlx::query("DELETE FROM email_confirmations WHERE participant_id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                id
            }
            None => {
                let inserted = sqlx::query_scalar(
                    "INSERT INTO participants
                       (display_name, email, stakeholder_group, country, affiliation, role,
                        created_at, password_hash, gender, languages, ui_lang, coc_accepted_at,
                        email_confirmed)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0) RETURNING id",
                )
                .bind(&p.display_name)
                .bind(&email)
                .bind(p.stakeholder_group.code())
                .bind(p.country.to_ascii_uppercase())
                .bind(&p.affiliation)
                .bind(p.role.code())
                .bind(at)
                .bind(&new.password_hash)
                .bind(new.profile.gender.as_deref())
                .bind(new.profile.languages.join(" "))
                .bind(&new.profile.ui_lang)
                .bind(new.coc_accepted.then_some(at))
                .fetch_one(&mut *tx)
                .await;
                match inserted.map_err(StoreError::from) {
                    Ok(id) => id,
                    // Someone confirmed owns the address.
                    Err(StoreError::Conflict(_)) => return Ok(None),
                    Err(e) => return Err(e),
                }
            }
        };
        sqlx::query(
            "INSERT INTO email_confirmations (token_hash, participant_id, expires_at)
             VALUES ($1, $2, $3)",
        )
        .bind(confirm_token_hash)
        .bind(id)
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    async fn email_confirmation_valid(&self, token_hash: &str, at: i64) -> Result<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM email_confirmations WHERE token_hash = $1 AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(at)
        .fetch_one(&self.read)
        .await?;
        Ok(n > 0)
    }

    async fn confirm_email(&self, token_hash: &str, at: i64) -> Result<Option<(i64, String)>> {
        let mut tx = self.write.begin().await?;
        let who: Option<i64> = sqlx::query_scalar(
            "DELETE FROM email_confirmations WHERE token_hash = $1 AND expires_at > $2
             RETURNING participant_id",
        )
        .bind(token_hash)
        .bind(at)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(who) = who else { return Ok(None) };
        let hash: Option<Option<String>> = sqlx::query_scalar(
            "UPDATE participants SET email_confirmed = 1
             WHERE id = $1 AND deleted_at IS NULL RETURNING password_hash",
        )
        .bind(who)
        .fetch_optional(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM email_confirmations WHERE participant_id = $1")
            .bind(who)
            .execute(&mut *tx)
            .await?;
        let Some(Some(hash)) = hash else {
            return Ok(None);
        };
        self.log_change(&mut tx, "participant", who, "create")
            .await?;
        tx.commit().await?;
        Ok(Some((who, hash)))
    }

    async fn credentials(&self, email: &str) -> Result<Option<(Participant, Option<String>)>> {
        let row = sqlx::query(
            "SELECT * FROM participants
             WHERE email = $1 AND deleted_at IS NULL AND email_confirmed = 1",
        )
        .bind(email.trim().to_lowercase())
        .fetch_optional(&self.read)
        .await?;
        match row {
            Some(row) => Ok(Some((
                rows::participant(&row)?,
                sqlx::Row::try_get(&row, "password_hash")?,
            ))),
            None => Ok(None),
        }
    }

    async fn update_profile(&self, id: i64, u: &ProfileUpdate) -> Result<()> {
        let mut tx = self.write.begin().await?;
        // Members are counted as who they speak for now: move this person's count.
        sqlx::query(crate::balance::ALL_MEMBER_VOICES_REMOVE)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let done = sqlx::query(
            "UPDATE participants SET display_name = $2, stakeholder_group = $3, country = $4,
               affiliation = $5, gender = $6, languages = $7, ui_lang = $8
             WHERE id = $1 AND deleted_at IS NULL",
        )
        .bind(id)
        .bind(&u.display_name)
        .bind(u.stakeholder_group.code())
        .bind(u.country.to_ascii_uppercase())
        .bind(&u.affiliation)
        .bind(u.profile.gender.as_deref())
        .bind(u.profile.languages.join(" "))
        .bind(&u.profile.ui_lang)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("participant"));
        }
        sqlx::query(crate::balance::ALL_MEMBER_VOICES_ADD)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        self.log_change(&mut tx, "participant", id, "update")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn set_password(&self, id: i64, hash: &str) -> Result<()> {
        let mut tx = self.write.begin().await?;
        self.set_password_in(&mut tx, id, hash).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn set_role(&self, id: i64, role: Role, actor: Option<i64>) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let done = sqlx::query("UPDATE participants SET role = $2 WHERE id = $1")
            .bind(id)
            .bind(role.code())
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("participant"));
        }
        audit(&mut tx, actor, "set-role", Some(id), role.code()).await?;
        self.log_change(&mut tx, "participant", id, "update")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Forget the person, keep their words: personal data is erased, posts stay and are
    /// shown as a former participant's; memberships and sessions end.
    async fn delete_account(&self, id: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let email: String = sqlx::query_scalar("SELECT email FROM participants WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound("participant"))?;
        let done = sqlx::query(
            "UPDATE participants SET display_name = '', email = $2, affiliation = '',
               password_hash = NULL, gender = NULL, languages = '', deleted_at = $3
             WHERE id = $1 AND deleted_at IS NULL",
        )
        .bind(id)
        .bind(format!("deleted-{id}@deleted.invalid"))
        .bind(now())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("participant"));
        }
        sqlx::query(crate::balance::ALL_MEMBER_VOICES_REMOVE)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE coalitions SET member_count = member_count - 1
             WHERE id IN (SELECT coalition_id FROM coalition_members WHERE participant_id = $1)",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE proposals SET interest_count = interest_count - 1
             WHERE id IN (SELECT proposal_id FROM session_interest WHERE participant_id = $1)",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        // Copies of the person made elsewhere: speaker entries (name, organisation,
        // gender), the reasons they gave when flagging, translations still waiting for
        // approval, rate-limit buckets named by their address. Approved translations
        // stay, like posts, as a former participant's work.
        for sql in [
            "UPDATE speakers SET name = '', organisation = '', gender = 'undisclosed'
             WHERE participant_id = $1",
            "UPDATE post_flags SET reason = '' WHERE reporter_id = $1",
            "DELETE FROM translations WHERE translator_id = $1 AND approved = 0",
            "DELETE FROM coalition_contacts WHERE participant_id = $1",
        ] {
            sqlx::query(sql).bind(id).execute(&mut *tx).await?;
        }
        // Buckets are `<limit>:<key>`; match the key exactly (LIKE would treat `_` in an
        // address as a wildcard).
        sqlx::query(
            "DELETE FROM rate_limits
             WHERE length(bucket) > length($1)
               AND substr(bucket, length(bucket) - length($1)) = ':' || $1",
        )
        .bind(email.to_lowercase())
        .execute(&mut *tx)
        .await?;
        // What only concerned the person goes with them; what they wrote stays.
        for sql in [
            "DELETE FROM coalition_members WHERE participant_id = $1",
            "DELETE FROM sessions WHERE participant_id = $1",
            "DELETE FROM password_resets WHERE participant_id = $1",
            "DELETE FROM notifications WHERE participant_id = $1",
            "DELETE FROM follows WHERE participant_id = $1",
            "DELETE FROM session_interest WHERE participant_id = $1",
            "DELETE FROM agenda_feeds WHERE participant_id = $1",
            "DELETE FROM feed_tokens WHERE participant_id = $1",
            "DELETE FROM proposal_invitations WHERE participant_id = $1",
            // Mail queued for them (their address and what it said) and digests waiting.
            "DELETE FROM mail_outbox WHERE participant_id = $1",
            "DELETE FROM mail_digest_items WHERE participant_id = $1",
            "DELETE FROM mail_digests WHERE participant_id = $1",
        ] {
            sqlx::query(sql).bind(id).execute(&mut *tx).await?;
        }
        self.log_change(&mut tx, "participant", id, "delete")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn personal_records(&self, id: i64) -> Result<Map<String, Value>> {
        let mut out = Map::new();
        for (name, sql, cols) in SECTIONS {
            let rows = sqlx::query(sql).bind(id).fetch_all(&self.read).await?;
            let mut list = Vec::with_capacity(rows.len());
            for row in &rows {
                let mut record = Map::new();
                for col in *cols {
                    let (key, value) = match *col {
                        Col::Int(k) => (k, Value::from(row.try_get::<i64, _>(k)?)),
                        Col::Text(k) => (k, Value::from(row.try_get::<String, _>(k)?)),
                        Col::OptInt(k) => (k, Value::from(row.try_get::<Option<i64>, _>(k)?)),
                    };
                    record.insert(key.to_string(), value);
                }
                list.push(Value::Object(record));
            }
            out.insert((*name).to_string(), Value::Array(list));
        }
        Ok(out)
    }

    async fn create_session(&self, token_hash: &str, who: i64, expires: i64) -> Result<()> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, participant_id, created_at, expires_at)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(who)
        .bind(now())
        .bind(expires)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    async fn session_participant(&self, token_hash: &str, at: i64) -> Result<Option<Participant>> {
        let row = sqlx::query(
            "SELECT p.* FROM sessions s JOIN participants p ON p.id = s.participant_id
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND p.deleted_at IS NULL",
        )
        .bind(token_hash)
        .bind(at)
        .fetch_optional(&self.read)
        .await?;
        row.as_ref().map(rows::participant).transpose()
    }

    async fn session_reader(
        &self,
        token_hash: &str,
        at: i64,
    ) -> Result<Option<(Participant, i64)>> {
        let row = sqlx::query(
            "SELECT p.*, (SELECT COUNT(*) FROM notifications n
                          WHERE n.participant_id = p.id AND n.read_at IS NULL) AS unread_count
             FROM sessions s JOIN participants p ON p.id = s.participant_id
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND p.deleted_at IS NULL",
        )
        .bind(token_hash)
        .bind(at)
        .fetch_optional(&self.read)
        .await?;
        row.as_ref()
            .map(|r| {
                Ok((
                    rows::participant(r)?,
                    sqlx::Row::try_get::<i64, _>(r, "unread_count")?,
                ))
            })
            .transpose()
    }

    async fn end_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    async fn create_password_reset(&self, token_hash: &str, who: i64, expires: i64) -> Result<()> {
        sqlx::query(
            "INSERT INTO password_resets (token_hash, participant_id, created_at, expires_at)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(who)
        .bind(now())
        .bind(expires)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    async fn password_reset_valid(&self, token_hash: &str, at: i64) -> Result<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM password_resets
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(at)
        .fetch_one(&self.read)
        .await?;
        Ok(n > 0)
    }

    async fn use_password_reset(&self, token_hash: &str, at: i64) -> Result<Option<i64>> {
        let who: Option<i64> = sqlx::query_scalar(
            "UPDATE password_resets SET used_at = $2
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
             RETURNING participant_id",
        )
        .bind(token_hash)
        .bind(at)
        .fetch_optional(&self.write)
        .await?;
        Ok(who)
    }

    async fn reset_password(&self, token_hash: &str, at: i64, password_hash: &str) -> Result<bool> {
        let mut tx = self.write.begin().await?;
        let who: Option<i64> = sqlx::query_scalar(
            "UPDATE password_resets SET used_at = $2
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
             RETURNING participant_id",
        )
        .bind(token_hash)
        .bind(at)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(who) = who else { return Ok(false) };
        self.set_password_in(&mut tx, who, password_hash).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn hit_rate_limit(&self, bucket: &str, window: i64, limit: i64, at: i64) -> Result<bool> {
        let hits: i64 = sqlx::query_scalar(
            "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
             ON CONFLICT (bucket) DO UPDATE SET
               hits = CASE WHEN rate_limits.window_start <= $3 THEN 1
                           ELSE rate_limits.hits + 1 END,
               window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2
                                   ELSE rate_limits.window_start END
             RETURNING hits",
        )
        .bind(bucket)
        .bind(at)
        .bind(at - window)
        .fetch_one(&self.write)
        .await?;
        Ok(hits <= limit)
    }
}

impl SqlStore {
    async fn set_password_in(&self, conn: &mut AnyConnection, id: i64, hash: &str) -> Result<()> {
        let done = sqlx::query("UPDATE participants SET password_hash = $2 WHERE id = $1")
            .bind(id)
            .bind(hash)
            .execute(&mut *conn)
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("participant"));
        }
        // A new password signs every device out and voids every reset link still out.
        for sql in [
            "DELETE FROM sessions WHERE participant_id = $1",
            "DELETE FROM password_resets WHERE participant_id = $1",
        ] {
            sqlx::query(sql).bind(id).execute(&mut *conn).await?;
        }
        Ok(())
    }

    pub(crate) async fn insert_participant(
        &self,
        conn: &mut AnyConnection,
        new: &NewParticipant,
    ) -> Result<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO participants
               (display_name, email, stakeholder_group, country, affiliation, role, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(&new.display_name)
        .bind(new.email.trim().to_lowercase())
        .bind(new.stakeholder_group.code())
        .bind(new.country.to_ascii_uppercase())
        .bind(&new.affiliation)
        .bind(new.role.code())
        .bind(now())
        .fetch_one(&mut *conn)
        .await?;
        self.log_change(conn, "participant", id, "create").await?;
        Ok(id)
    }
}
