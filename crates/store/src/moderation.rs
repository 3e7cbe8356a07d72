//! Moderation: flags, hiding and restoring, holding for review, posting rights (by hand
//! and by rule), suspension and the audit log.

use crate::accounts::audit;
use crate::sql::{SqlStore, TR_TITLE};
use crate::{rows, Result, StoreError};
use async_trait::async_trait;
use convene_core::date::now;
use convene_core::model::*;
use sqlx::Row;

/// Flags, hiding, holding for review, posting rights, suspension and the audit log.
#[async_trait]
pub trait Moderation: Send + Sync {
    async fn flag_post(&self, post_id: i64, reporter: i64, reason: &str) -> Result<i64>;

    /// Unresolved flags, oldest first.
    async fn open_flags(&self, limit: i64) -> Result<Vec<Flag>>;

    async fn dismiss_flag(&self, flag_id: i64, actor: i64) -> Result<()>;

    /// Hide or restore a post (resolving its open flags); audited with the reason.
    async fn set_post_hidden(
        &self,
        post_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()>;

    /// Hide or restore a post; `by_staff` is false when a coalition's coordinator (not
    /// site staff) hid it: such hides count only towards posting in that coalition.
    async fn set_post_hidden_by(
        &self,
        post_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
        by_staff: bool,
    ) -> Result<()>;

    /// Posts waiting for review, oldest first.
    async fn held_posts(&self, limit: i64) -> Result<Vec<HeldPost>>;

    async fn release_post(&self, post_id: i64, actor: i64) -> Result<()>;

    /// Posts by this author that are neither held nor hidden.
    async fn visible_post_count(&self, author_id: i64) -> Result<i64>;

    /// Remove or give back posting rights; audited. Membership is untouched.
    async fn set_posting_blocked(
        &self,
        participant_id: i64,
        blocked: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()>;

    /// The author's upheld flags hidden since `since`, when rights were last given back,
    /// and whether posting is blocked now.
    async fn abuse_record(&self, participant_id: i64, since: i64) -> Result<AbuseRecord>;

    /// Remove posting rights by rule (no person acting): audited with the reason, and
    /// the author told, in one transaction. False when they were already removed.
    async fn auto_block_posting(
        &self,
        participant_id: i64,
        reason: &str,
        notice: &NewNotification,
    ) -> Result<bool>;

    /// The author's upheld flags on posts of one coalition's discussions (hidden by
    /// anyone who moderates them) since `since`, and whether posting there is blocked.
    async fn coalition_abuse_record(
        &self,
        participant_id: ParticipantId,
        coalition_id: CoalitionId,
        since: i64,
    ) -> Result<AbuseRecord>;

    /// Remove posting rights in one coalition by rule: audited, the author told, in one
    /// transaction. False when they were already removed there.
    async fn auto_block_coalition_posting(
        &self,
        participant_id: ParticipantId,
        coalition_id: CoalitionId,
        reason: &str,
        notice: &NewNotification,
    ) -> Result<bool>;

    /// Whether the participant's posting rights in this coalition were removed.
    async fn coalition_posting_blocked(
        &self,
        coalition_id: CoalitionId,
        participant_id: ParticipantId,
    ) -> Result<bool>;

    /// Coalitions waiting for review, oldest first.
    async fn held_coalitions(&self, lang: &str, limit: i64) -> Result<Vec<Coalition>>;

    async fn release_coalition(&self, coalition_id: i64, actor: i64) -> Result<()>;

    /// Hide (out of every listing, its page showing the reason) or restore; audited.
    async fn set_coalition_hidden(
        &self,
        coalition_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()>;

    /// Dissents waiting for review, oldest first.
    async fn held_dissents(&self, limit: i64) -> Result<Vec<HeldDissent>>;

    async fn release_dissent(&self, dissent_id: i64, actor: i64) -> Result<()>;

    /// Hide (its reason shown in its place) or restore a dissent; audited.
    async fn set_dissent_hidden(
        &self,
        dissent_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()>;

    /// Suspends (and signs out) an account, with the reason in the audit log.
    async fn suspend(&self, target: i64, reason: &str, actor: i64) -> Result<()>;

    async fn reinstate(&self, target: i64, reason: &str, actor: i64) -> Result<()>;

    /// Newest first, ids below `before`.
    async fn audit_log(&self, before: i64, limit: i64) -> Result<Vec<AuditEntry>>;
}

#[async_trait]
impl Moderation for SqlStore {
    async fn flag_post(&self, post: i64, reporter: i64, reason: &str) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO post_flags (post_id, reporter_id, reason, created_at)
             SELECT id, $2, $3, $4 FROM posts WHERE id = $1 RETURNING id",
        )
        .bind(post)
        .bind(reporter)
        .bind(reason)
        .bind(now())
        .fetch_optional(&mut *tx)
        .await?;
        let id = id.ok_or(StoreError::NotFound("post"))?;
        self.log_change(&mut tx, "flag", id, "create").await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn open_flags(&self, limit: i64) -> Result<Vec<Flag>> {
        let rows = sqlx::query(
            "SELECT f.id, f.post_id, f.reason, f.created_at, p.thread_id, t.title,
                    t.coalition_id, r.display_name AS reporter
             FROM post_flags f JOIN posts p ON p.id = f.post_id
             JOIN threads t ON t.id = p.thread_id JOIN participants r ON r.id = f.reporter_id
             WHERE f.resolved_at IS NULL ORDER BY f.id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Flag {
                    id: r.try_get("id")?,
                    post_id: r.try_get("post_id")?,
                    thread_id: r.try_get("thread_id")?,
                    thread_title: r.try_get("title")?,
                    coalition_id: r.try_get("coalition_id")?,
                    reporter: r.try_get("reporter")?,
                    reason: r.try_get("reason")?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }

    async fn dismiss_flag(&self, flag: i64, actor: i64) -> Result<()> {
        let done = sqlx::query("UPDATE post_flags SET resolved_at = $2, resolved_by = $3 WHERE id = $1 AND resolved_at IS NULL")
            .bind(flag)
            .bind(now())
            .bind(actor)
            .execute(&self.write)
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("flag"));
        }
        Ok(())
    }

    async fn set_post_hidden(
        &self,
        post_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()> {
        self.set_post_hidden_by(post_id, hide, reason, actor, true)
            .await
    }

    /// Hide (`Some(reason)`) or restore (`None`) a post; open flags on it are resolved.
    async fn set_post_hidden_by(
        &self,
        post: i64,
        hide: bool,
        reason: &str,
        actor: i64,
        by_staff: bool,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let at = now();
        let done = sqlx::query(
            "UPDATE posts SET hidden_at = $2, hidden_reason = $3, hidden_by_staff = $4 WHERE id = $1",
        )
            .bind(post)
            .bind(hide.then_some(at))
            .bind(hide.then_some(reason))
            .bind(i64::from(hide && by_staff))
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("post"));
        }
        sqlx::query("UPDATE post_flags SET resolved_at = $2, resolved_by = $3 WHERE post_id = $1 AND resolved_at IS NULL")
            .bind(post)
            .bind(at)
            .bind(actor)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            Some(actor),
            if hide { "hide-post" } else { "restore-post" },
            None,
            &format!("#{post}: {reason}"),
        )
        .await?;
        self.log_change(&mut tx, "post", post, "update").await?;
        tx.commit().await?;
        Ok(())
    }

    async fn held_posts(&self, limit: i64) -> Result<Vec<HeldPost>> {
        let rows = sqlx::query(
            "SELECT p.id, p.thread_id, t.title FROM posts p JOIN threads t ON t.id = p.thread_id
             WHERE p.held = 1 ORDER BY p.id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(HeldPost {
                    post_id: r.try_get("id")?,
                    thread_id: r.try_get("thread_id")?,
                    thread_title: r.try_get("title")?,
                })
            })
            .collect()
    }

    async fn release_post(&self, post: i64, actor: i64) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let row = sqlx::query(
            "SELECT thread_id, author_id, created_at FROM posts WHERE id = $1 AND held = 1",
        )
        .bind(post)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound("held post"))?;
        let thread: i64 = row.try_get("thread_id")?;
        let author: i64 = row.try_get("author_id")?;
        let at: i64 = row.try_get("created_at")?;
        sqlx::query("UPDATE posts SET held = 0 WHERE id = $1")
            .bind(post)
            .execute(&mut *tx)
            .await?;
        // Now it counts, as it would have from the start had it not been held.
        sqlx::query(
            "UPDATE threads SET post_count = post_count + 1,
               last_post_at = CASE WHEN last_post_at < $2 THEN $2 ELSE last_post_at END
             WHERE id = $1",
        )
        .bind(thread)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        sqlx::query(crate::balance::POST_VOICE_ADD)
            .bind(thread)
            .bind(author)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            Some(actor),
            "release-post",
            None,
            &format!("#{post}"),
        )
        .await?;
        self.log_change(&mut tx, "post", post, "release").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Posts by this author that readers can see.
    async fn visible_post_count(&self, author: i64) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM posts WHERE author_id = $1 AND held = 0 AND hidden_at IS NULL",
        )
        .bind(author)
        .fetch_one(&self.read)
        .await?)
    }

    async fn set_posting_blocked(
        &self,
        who: i64,
        blocked: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let done = sqlx::query(
            "UPDATE participants SET posting_blocked_at = $2 WHERE id = $1 AND deleted_at IS NULL",
        )
        .bind(who)
        .bind(blocked.then_some(now()))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("participant"));
        }
        if !blocked {
            // Giving posting rights back gives them back everywhere.
            sqlx::query("DELETE FROM coalition_posting_blocks WHERE participant_id = $1")
                .bind(who)
                .execute(&mut *tx)
                .await?;
        }
        audit(
            &mut tx,
            Some(actor),
            if blocked {
                "block-posting"
            } else {
                "unblock-posting"
            },
            Some(who),
            reason,
        )
        .await?;
        self.log_change(&mut tx, "participant", who, "update")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn abuse_record(&self, who: i64, since: i64) -> Result<convene_core::model::AbuseRecord> {
        // A flag is upheld when its post is hidden; restoring the post un-upholds it.
        let upheld = sqlx::query(
            "SELECT p.id, p.hidden_at FROM posts p
             WHERE p.author_id = $1 AND p.hidden_at IS NOT NULL AND p.hidden_at >= $2
               AND p.hidden_by_staff = 1
               AND EXISTS (SELECT 1 FROM post_flags f
                           WHERE f.post_id = p.id AND f.created_at <= p.hidden_at)
             ORDER BY p.hidden_at, p.id",
        )
        .bind(who)
        .bind(since)
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("hidden_at")?)))
        .collect::<Result<Vec<(i64, i64)>>>()?;
        let rights_restored_at: Option<i64> = sqlx::query_scalar(
            "SELECT MAX(at) FROM audit_log WHERE target_id = $1 AND action = 'unblock-posting'",
        )
        .bind(who)
        .fetch_one(&self.read)
        .await?;
        let author = sqlx::query("SELECT posting_blocked_at, role FROM participants WHERE id = $1")
            .bind(who)
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound("participant"))?;
        let role: String = author.try_get("role")?;
        Ok(convene_core::model::AbuseRecord {
            upheld,
            rights_restored_at,
            posting_blocked: author
                .try_get::<Option<i64>, _>("posting_blocked_at")?
                .is_some(),
            role: convene_core::model::Role::from_code(&role)
                .ok_or_else(|| StoreError::Corrupt(format!("role {role:?}")))?,
        })
    }

    /// Remove posting rights by rule (no person acting), audit it with the reason and tell
    /// the author, all at once. False when the rights were already gone.
    async fn auto_block_posting(
        &self,
        who: i64,
        reason: &str,
        notice: &convene_core::model::NewNotification,
    ) -> Result<bool> {
        let mut tx = self.write.begin().await?;
        let at = now();
        let done = sqlx::query(
            "UPDATE participants SET posting_blocked_at = $2
             WHERE id = $1 AND deleted_at IS NULL AND posting_blocked_at IS NULL",
        )
        .bind(who)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        audit(&mut tx, None, "auto-block-posting", Some(who), reason).await?;
        self.insert_notification(&mut tx, notice, at).await?;
        self.log_change(&mut tx, "participant", who, "update")
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn coalition_abuse_record(
        &self,
        who: ParticipantId,
        coalition: CoalitionId,
        since: i64,
    ) -> Result<convene_core::model::AbuseRecord> {
        let (who, coalition) = (who.get(), coalition.get());
        let upheld = sqlx::query(
            "SELECT p.id, p.hidden_at FROM posts p JOIN threads t ON t.id = p.thread_id
             WHERE p.author_id = $1 AND t.coalition_id = $2
               AND p.hidden_at IS NOT NULL AND p.hidden_at >= $3
               AND EXISTS (SELECT 1 FROM post_flags f
                           WHERE f.post_id = p.id AND f.created_at <= p.hidden_at)
             ORDER BY p.hidden_at, p.id",
        )
        .bind(who)
        .bind(coalition)
        .bind(since)
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("hidden_at")?)))
        .collect::<Result<Vec<(i64, i64)>>>()?;
        let site = self.abuse_record(who, i64::MAX).await?;
        let blocked_here = self
            .coalition_posting_blocked(CoalitionId(coalition), ParticipantId(who))
            .await?;
        Ok(convene_core::model::AbuseRecord {
            upheld,
            rights_restored_at: site.rights_restored_at,
            posting_blocked: site.posting_blocked || blocked_here,
            role: site.role,
        })
    }

    async fn auto_block_coalition_posting(
        &self,
        who: ParticipantId,
        coalition: CoalitionId,
        reason: &str,
        notice: &convene_core::model::NewNotification,
    ) -> Result<bool> {
        let (who, coalition) = (who.get(), coalition.get());
        let mut tx = self.write.begin().await?;
        let at = now();
        let done = sqlx::query(
            "INSERT INTO coalition_posting_blocks (coalition_id, participant_id, blocked_at)
             SELECT c.id, p.id, $3 FROM coalitions c, participants p
             WHERE c.id = $1 AND p.id = $2 AND p.deleted_at IS NULL
             ON CONFLICT (coalition_id, participant_id) DO NOTHING",
        )
        .bind(coalition)
        .bind(who)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        audit(
            &mut tx,
            None,
            "auto-block-coalition-posting",
            Some(who),
            &format!("coalition #{coalition}: {reason}"),
        )
        .await?;
        self.insert_notification(&mut tx, notice, at).await?;
        self.log_change(&mut tx, "participant", who, "update")
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn coalition_posting_blocked(
        &self,
        coalition: CoalitionId,
        who: ParticipantId,
    ) -> Result<bool> {
        let (coalition, who) = (coalition.get(), who.get());
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM coalition_posting_blocks
             WHERE coalition_id = $1 AND participant_id = $2",
        )
        .bind(coalition)
        .bind(who)
        .fetch_one(&self.read)
        .await?;
        Ok(n > 0)
    }

    async fn held_coalitions(&self, lang: &str, limit: i64) -> Result<Vec<Coalition>> {
        let sql = format!(
            "SELECT c.*, t.title, t.original_lang, {TR_TITLE}
             FROM coalitions c JOIN texts t ON t.id = c.text_id
             WHERE c.held = 1 ORDER BY c.id LIMIT $2"
        );
        let rows = sqlx::query(&sql)
            .bind(lang)
            .bind(limit)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(|r| rows::coalition(r, lang)).collect()
    }

    async fn release_coalition(&self, coalition_id: i64, actor: i64) -> Result<()> {
        self.release_held("coalitions", "coalition", coalition_id, actor)
            .await
    }

    async fn set_coalition_hidden(
        &self,
        coalition_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()> {
        self.set_hidden("coalitions", "coalition", coalition_id, hide, reason, actor)
            .await
    }

    async fn held_dissents(&self, limit: i64) -> Result<Vec<HeldDissent>> {
        sqlx::query("SELECT id, output_id FROM output_dissents WHERE held = 1 ORDER BY id LIMIT $1")
            .bind(limit)
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|r| {
                Ok(HeldDissent {
                    dissent_id: r.try_get("id")?,
                    output_id: r.try_get("output_id")?,
                })
            })
            .collect()
    }

    async fn release_dissent(&self, dissent_id: i64, actor: i64) -> Result<()> {
        self.release_held("output_dissents", "dissent", dissent_id, actor)
            .await
    }

    async fn set_dissent_hidden(
        &self,
        dissent_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()> {
        self.set_hidden(
            "output_dissents",
            "dissent",
            dissent_id,
            hide,
            reason,
            actor,
        )
        .await
    }

    async fn suspend(&self, target: i64, reason: &str, actor: i64) -> Result<()> {
        self.set_suspended(target, reason, actor, true).await
    }

    async fn reinstate(&self, target: i64, reason: &str, actor: i64) -> Result<()> {
        self.set_suspended(target, reason, actor, false).await
    }

    async fn audit_log(&self, before: i64, limit: i64) -> Result<Vec<AuditEntry>> {
        let rows = sqlx::query(
            "SELECT l.*, a.display_name AS actor_name, t.display_name AS target_name
             FROM audit_log l
             LEFT JOIN participants a ON a.id = l.actor_id
             LEFT JOIN participants t ON t.id = l.target_id
             WHERE l.id < $1 ORDER BY l.id DESC LIMIT $2",
        )
        .bind(before)
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(rows::audit).collect()
    }
}

impl SqlStore {
    pub(crate) async fn set_suspended(
        &self,
        target: i64,
        reason: &str,
        actor: i64,
        suspend: bool,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let done = if suspend {
            sqlx::query(
                "UPDATE participants SET suspended_at = $2, suspension_reason = $3
                 WHERE id = $1 AND deleted_at IS NULL",
            )
            .bind(target)
            .bind(now())
            .bind(reason)
            .execute(&mut *tx)
            .await?
        } else {
            sqlx::query(
                "UPDATE participants SET suspended_at = NULL, suspension_reason = NULL
                 WHERE id = $1 AND deleted_at IS NULL",
            )
            .bind(target)
            .execute(&mut *tx)
            .await?
        };
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound("participant"));
        }
        if suspend {
            // A suspended account is signed out everywhere at once.
            sqlx::query("DELETE FROM sessions WHERE participant_id = $1")
                .bind(target)
                .execute(&mut *tx)
                .await?;
        }
        let action = if suspend { "suspend" } else { "reinstate" };
        audit(&mut tx, Some(actor), action, Some(target), reason).await?;
        self.log_change(&mut tx, "participant", target, "update")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Publish a held row of `table` (coalitions or output_dissents); audited.
    pub(crate) async fn release_held(
        &self,
        table: &'static str,
        kind: &'static str,
        id: i64,
        actor: i64,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let done = sqlx::query(&format!(
            "UPDATE {table} SET held = 0 WHERE id = $1 AND held = 1"
        ))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound(kind));
        }
        audit(
            &mut tx,
            Some(actor),
            &format!("release-{kind}"),
            None,
            &format!("#{id}"),
        )
        .await?;
        self.log_change(&mut tx, kind, id, "release").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Hide (with the reason) or restore a row of `table`; audited with the reason.
    pub(crate) async fn set_hidden(
        &self,
        table: &'static str,
        kind: &'static str,
        id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let done = sqlx::query(&format!(
            "UPDATE {table} SET hidden_at = $2, hidden_reason = $3 WHERE id = $1"
        ))
        .bind(id)
        .bind(hide.then_some(now()))
        .bind(hide.then_some(reason))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound(kind));
        }
        audit(
            &mut tx,
            Some(actor),
            &format!("{}-{kind}", if hide { "hide" } else { "restore" }),
            None,
            &format!("#{id}: {reason}"),
        )
        .await?;
        self.log_change(&mut tx, kind, id, "update").await?;
        tx.commit().await?;
        Ok(())
    }
}
