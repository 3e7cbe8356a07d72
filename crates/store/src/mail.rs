//! Mail: each watch's mail setting, the outbox (fully formatted mails queued in the
//! transaction that decides them, then claimed, sent and marked by one sender), digest
//! items waiting for a watcher's next digest, and the forum's secret that signs reply and
//! unsubscribe addresses. A trait of its own, a part of [`crate::Store`].

use crate::sql::SqlStore;
use crate::{rows, Result, StoreError};
use async_trait::async_trait;
use convene_core::mail::{MailFrequency, MailWatch, Unsubscribe};
use convene_core::model::{FollowKind, NewNotification, Participant, WatchLevel};
use sqlx::Row;

/// A mail to queue: its recipient, a key that makes queueing it twice harmless (e.g.
/// `post-12`), and the whole RFC 5322 message as the sender will hand it over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    /// Whose it is (erased with their account); none for a bounce to a stranger.
    pub participant_id: Option<i64>,
    pub recipient: String,
    pub dedupe_key: String,
    pub message: String,
}

/// Something for a watcher's next digest: its facts as JSON, rendered when the digest is
/// made (in the reader's language then).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDigestItem {
    pub participant_id: i64,
    pub frequency: MailFrequency,
    pub dedupe_key: String,
    pub item: String,
}

/// A queued mail claimed for sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub id: i64,
    pub recipient: String,
    pub message: String,
    /// Failed attempts so far.
    pub attempts: i64,
}

/// An item waiting for a digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestItem {
    pub id: i64,
    pub item: String,
    pub created_at: i64,
}

/// What a post's mail says about where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailPostFacts {
    pub thread_id: i64,
    pub thread_title: String,
    pub thread_lang: String,
    /// `(id, slug, name)` of the thread's coalition.
    pub coalition: Option<(i64, String, String)>,
    pub opening_post_id: i64,
    pub reply_to: Option<i64>,
}

/// How many queued mails are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    pub waiting: i64,
    pub claimed: i64,
    pub sent: i64,
    pub failed: i64,
}

#[async_trait]
pub trait Mail: Send + Sync {
    /// Watch something at a level with its mail setting, or stop (`level` None: the
    /// mail goes with the watch), in one transaction.
    async fn set_watch_mail(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
        level: Option<WatchLevel>,
        mail: Option<MailFrequency>,
    ) -> Result<()>;
    /// How closely someone watches something and how it is mailed, in one query (None:
    /// not watched).
    async fn watch(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
    ) -> Result<Option<(WatchLevel, Option<MailFrequency>)>>;
    /// How a watch is mailed (None: not at all, or no such watch).
    async fn watch_mail(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
    ) -> Result<Option<MailFrequency>>;
    /// `(item, frequency)` of someone's watches of one kind that are mailed, by item.
    async fn watch_mails(
        &self,
        participant_id: i64,
        kind: FollowKind,
    ) -> Result<Vec<(i64, MailFrequency)>>;
    /// Everyone (not deleted) whose watch of an item is mailed; with `everything`, only
    /// watches at [`WatchLevel::Everything`].
    async fn mail_watchers(
        &self,
        kind: FollowKind,
        item_id: i64,
        everything: bool,
    ) -> Result<Vec<MailWatch>>;
    /// Of these participants, those mail may reach: confirmed, neither suspended nor
    /// deleted. By id.
    async fn mail_participants(&self, ids: &[i64]) -> Result<Vec<Participant>>;
    /// Where a post was written, for its mail.
    async fn mail_post_facts(&self, post_id: i64) -> Result<Option<MailPostFacts>>;
    /// The forum's secret for reply and unsubscribe addresses, made on first use and
    /// shared by every server.
    async fn mail_secret(&self) -> Result<String>;
    /// Stop the mail an unsubscribe link names (the watch itself stays). False when
    /// there was nothing to stop.
    async fn unsubscribe(&self, what: &Unsubscribe) -> Result<bool>;

    /// One notifier step in one transaction: the notifications, the mails and digest
    /// items it decided, and its cursor (`(setting, seq)`), so a crash repeats all or
    /// none of it. Mails and items already queued under their key are skipped.
    async fn record_news(
        &self,
        notifications: &[NewNotification],
        mails: &[NewMail],
        digest_items: &[NewDigestItem],
        cursor: Option<(&str, i64)>,
    ) -> Result<()>;
    /// Queue one mail by itself (a bounce); None when its key was queued already.
    async fn queue_mail(&self, mail: &NewMail) -> Result<Option<i64>>;
    /// Claim up to `limit` mails due by `now` for `holder` to send, oldest first.
    async fn claim_mail(&self, holder: &str, now: i64, limit: i64) -> Result<Vec<OutgoingMail>>;
    /// The claimed mail went out.
    async fn mail_sent(&self, id: i64, now: i64) -> Result<()>;
    /// Sending failed: try again from `retry_at`, or (None) give up, keeping `error`.
    async fn mail_failed(&self, id: i64, error: &str, retry_at: Option<i64>) -> Result<()>;
    /// Claims made before `before` and never marked (their sender stopped mid-send): the
    /// mail may have gone out, so it is marked failed, never sent again. Returns how many.
    async fn abandon_stale_claims(&self, before: i64) -> Result<u64>;
    /// Forget sent and failed mails older than `before`.
    async fn prune_outbox(&self, before: i64) -> Result<u64>;
    async fn outbox_counts(&self) -> Result<OutboxCounts>;

    /// `(participant, frequency)` of digests due by `now`: items are waiting and a
    /// period has passed since the last digest (or, before the first, since the oldest
    /// item). At most `limit`.
    async fn due_digests(&self, now: i64, limit: i64) -> Result<Vec<(i64, MailFrequency)>>;
    /// The items waiting for someone's digest, oldest first.
    async fn digest_items(
        &self,
        participant_id: i64,
        frequency: MailFrequency,
    ) -> Result<Vec<DigestItem>>;
    /// A digest made, in one transaction: its mail queued (None: nothing to send, e.g.
    /// the account can no longer be mailed), the items up to `through_item` gone, and
    /// the time noted.
    async fn complete_digest(
        &self,
        participant_id: i64,
        frequency: MailFrequency,
        through_item: i64,
        mail: Option<&NewMail>,
        now: i64,
    ) -> Result<()>;
}

/// The setting holding the secret.
const SECRET: &str = "mail_secret";

impl SqlStore {
    async fn insert_mail(
        &self,
        conn: &mut sqlx::AnyConnection,
        m: &NewMail,
    ) -> Result<Option<i64>> {
        let at = convene_core::date::now();
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO mail_outbox (participant_id, recipient, dedupe_key, message,
               created_at, next_attempt_at)
             VALUES ($1, $2, $3, $4, $5, $5)
             ON CONFLICT (recipient, dedupe_key) DO NOTHING RETURNING id",
        )
        .bind(m.participant_id)
        .bind(&m.recipient)
        .bind(&m.dedupe_key)
        .bind(&m.message)
        .bind(at)
        .fetch_optional(&mut *conn)
        .await?;
        Ok(id)
    }
}

fn frequency(code: &str) -> Result<MailFrequency> {
    MailFrequency::from_code(code)
        .ok_or_else(|| StoreError::Corrupt(format!("mail frequency {code:?}")))
}

#[async_trait]
impl Mail for SqlStore {
    async fn set_watch_mail(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
        level: Option<WatchLevel>,
        mail: Option<MailFrequency>,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        match level {
            None => {
                sqlx::query(
                    "DELETE FROM follows WHERE participant_id = $1 AND kind = $2 AND item_id = $3",
                )
                .bind(participant_id)
                .bind(kind.code())
                .bind(item_id)
                .execute(&mut *tx)
                .await?;
            }
            Some(level) => {
                sqlx::query(
                    "INSERT INTO follows (participant_id, kind, item_id, created_at, level, mail)
                     VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (participant_id, kind, item_id)
                     DO UPDATE SET level = excluded.level, mail = excluded.mail",
                )
                .bind(participant_id)
                .bind(kind.code())
                .bind(item_id)
                .bind(convene_core::date::now())
                .bind(level.code())
                .bind(MailFrequency::code_of(mail))
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    async fn watch(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
    ) -> Result<Option<(WatchLevel, Option<MailFrequency>)>> {
        let row = sqlx::query(
            "SELECT level, mail FROM follows
             WHERE participant_id = $1 AND kind = $2 AND item_id = $3",
        )
        .bind(participant_id)
        .bind(kind.code())
        .bind(item_id)
        .fetch_optional(&self.read)
        .await?;
        let Some(r) = row else {
            return Ok(None);
        };
        let level: String = r.try_get("level")?;
        let level = WatchLevel::from_code(&level)
            .ok_or_else(|| StoreError::Corrupt(format!("watch level {level:?}")))?;
        let mail: String = r.try_get("mail")?;
        Ok(Some((level, MailFrequency::from_code(&mail))))
    }

    async fn watch_mail(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
    ) -> Result<Option<MailFrequency>> {
        let mail: Option<String> = sqlx::query_scalar(
            "SELECT mail FROM follows WHERE participant_id = $1 AND kind = $2 AND item_id = $3",
        )
        .bind(participant_id)
        .bind(kind.code())
        .bind(item_id)
        .fetch_optional(&self.read)
        .await?;
        Ok(mail.and_then(|m| MailFrequency::from_code(&m)))
    }

    async fn watch_mails(
        &self,
        participant_id: i64,
        kind: FollowKind,
    ) -> Result<Vec<(i64, MailFrequency)>> {
        let rows = sqlx::query(
            "SELECT item_id, mail FROM follows
             WHERE participant_id = $1 AND kind = $2 AND mail <> 'none' ORDER BY item_id",
        )
        .bind(participant_id)
        .bind(kind.code())
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("item_id")?,
                    frequency(&r.try_get::<String, _>("mail")?)?,
                ))
            })
            .collect()
    }

    async fn mail_watchers(
        &self,
        kind: FollowKind,
        item_id: i64,
        everything: bool,
    ) -> Result<Vec<MailWatch>> {
        let rows = sqlx::query(
            "SELECT f.participant_id, f.created_at, f.mail FROM follows f
             JOIN participants p ON p.id = f.participant_id
             WHERE f.kind = $1 AND f.item_id = $2 AND f.mail <> 'none'
               AND p.deleted_at IS NULL AND ($3 = 0 OR f.level = 'all')
             ORDER BY f.participant_id",
        )
        .bind(kind.code())
        .bind(item_id)
        .bind(i64::from(everything))
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(MailWatch {
                    participant_id: r.try_get("participant_id")?,
                    since: r.try_get("created_at")?,
                    frequency: frequency(&r.try_get::<String, _>("mail")?)?,
                })
            })
            .collect()
    }

    async fn mail_participants(&self, ids: &[i64]) -> Result<Vec<Participant>> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let placeholders: Vec<String> = (1..=chunk.len()).map(|n| format!("${n}")).collect();
            let sql = format!(
                "SELECT * FROM participants WHERE id IN ({}) AND email_confirmed = 1
                   AND deleted_at IS NULL AND suspended_at IS NULL ORDER BY id",
                placeholders.join(", ")
            );
            let mut q = sqlx::query(&sql);
            for id in chunk {
                q = q.bind(*id);
            }
            for r in q.fetch_all(&self.read).await? {
                out.push(rows::participant(&r)?);
            }
        }
        Ok(out)
    }

    async fn mail_post_facts(&self, post_id: i64) -> Result<Option<MailPostFacts>> {
        let row = sqlx::query(
            "SELECT p.thread_id, p.reply_to, t.title, t.lang, t.coalition_id, c.slug, x.title AS c_name,
               (SELECT MIN(o.id) FROM posts o WHERE o.thread_id = p.thread_id) AS opening
             FROM posts p JOIN threads t ON t.id = p.thread_id
             LEFT JOIN coalitions c ON c.id = t.coalition_id
             LEFT JOIN texts x ON x.id = c.text_id
             WHERE p.id = $1",
        )
        .bind(post_id)
        .fetch_optional(&self.read)
        .await?;
        let Some(r) = row else {
            return Ok(None);
        };
        let coalition = match (
            r.try_get::<Option<i64>, _>("coalition_id")?,
            r.try_get::<Option<String>, _>("slug")?,
        ) {
            (Some(id), Some(slug)) => Some((
                id,
                slug,
                r.try_get::<Option<String>, _>("c_name")?
                    .unwrap_or_default(),
            )),
            _ => None,
        };
        Ok(Some(MailPostFacts {
            thread_id: r.try_get("thread_id")?,
            thread_title: r.try_get("title")?,
            thread_lang: r.try_get("lang")?,
            coalition,
            opening_post_id: r.try_get::<Option<i64>, _>("opening")?.unwrap_or(post_id),
            reply_to: r.try_get("reply_to")?,
        }))
    }

    async fn mail_secret(&self) -> Result<String> {
        // Two servers making one at once: the first insert wins and both read it back.
        sqlx::query(
            "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
        )
        .bind(SECRET)
        .bind(convene_core::secrets::new_token())
        .execute(&self.write)
        .await?;
        let secret: Option<String> =
            sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                .bind(SECRET)
                .fetch_optional(&self.write)
                .await?;
        secret
            .filter(|s| !s.is_empty())
            .ok_or(StoreError::NotFound("mail secret"))
    }

    async fn unsubscribe(&self, what: &Unsubscribe) -> Result<bool> {
        let done = match *what {
            Unsubscribe::Watch {
                participant_id,
                kind,
                item_id,
            } => {
                sqlx::query(
                    "UPDATE follows SET mail = 'none'
                     WHERE participant_id = $1 AND kind = $2 AND item_id = $3 AND mail <> 'none'",
                )
                .bind(participant_id)
                .bind(kind.code())
                .bind(item_id)
                .execute(&self.write)
                .await?
            }
            Unsubscribe::Digests {
                participant_id,
                frequency,
            } => {
                let mut tx = self.write.begin().await?;
                let done = sqlx::query(
                    "UPDATE follows SET mail = 'none' WHERE participant_id = $1 AND mail = $2",
                )
                .bind(participant_id)
                .bind(frequency.code())
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "DELETE FROM mail_digest_items WHERE participant_id = $1 AND frequency = $2",
                )
                .bind(participant_id)
                .bind(frequency.code())
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                done
            }
        };
        Ok(done.rows_affected() > 0)
    }

    async fn record_news(
        &self,
        notifications: &[NewNotification],
        mails: &[NewMail],
        digest_items: &[NewDigestItem],
        cursor: Option<(&str, i64)>,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        let at = convene_core::date::now();
        for n in notifications {
            self.insert_notification(&mut tx, n, at).await?;
        }
        for m in mails {
            self.insert_mail(&mut tx, m).await?;
        }
        for i in digest_items {
            sqlx::query(
                "INSERT INTO mail_digest_items (participant_id, frequency, dedupe_key, item, created_at)
                 VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (participant_id, frequency, dedupe_key) DO NOTHING",
            )
            .bind(i.participant_id)
            .bind(i.frequency.code())
            .bind(&i.dedupe_key)
            .bind(&i.item)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        if let Some((key, seq)) = cursor {
            sqlx::query(
                "INSERT INTO settings (key, value) VALUES ($1, $2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )
            .bind(key)
            .bind(seq.to_string())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn queue_mail(&self, mail: &NewMail) -> Result<Option<i64>> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_mail(&mut tx, mail).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn claim_mail(&self, holder: &str, now: i64, limit: i64) -> Result<Vec<OutgoingMail>> {
        let rows = sqlx::query(
            "UPDATE mail_outbox SET claimed_at = $1, claimed_by = $2
             WHERE id IN (SELECT id FROM mail_outbox
                 WHERE sent_at IS NULL AND failed IS NULL AND claimed_at IS NULL
                   AND next_attempt_at <= $1
                 ORDER BY next_attempt_at, id LIMIT $3)
               AND claimed_at IS NULL
             RETURNING id, recipient, message, attempts",
        )
        .bind(now)
        .bind(holder)
        .bind(limit)
        .fetch_all(&self.write)
        .await?;
        let mut out = rows
            .iter()
            .map(|r| {
                Ok(OutgoingMail {
                    id: r.try_get("id")?,
                    recipient: r.try_get("recipient")?,
                    message: r.try_get("message")?,
                    attempts: r.try_get("attempts")?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        out.sort_by_key(|m| m.id);
        Ok(out)
    }

    async fn mail_sent(&self, id: i64, now: i64) -> Result<()> {
        sqlx::query("UPDATE mail_outbox SET sent_at = $2 WHERE id = $1")
            .bind(id)
            .bind(now)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    async fn mail_failed(&self, id: i64, error: &str, retry_at: Option<i64>) -> Result<()> {
        let error: String = error.chars().take(500).collect();
        match retry_at {
            Some(at) => {
                sqlx::query(
                    "UPDATE mail_outbox SET claimed_at = NULL, claimed_by = NULL,
                   attempts = attempts + 1, next_attempt_at = $2, failed = NULL
                 WHERE id = $1",
                )
                .bind(id)
                .bind(at)
                .execute(&self.write)
                .await?
            }
            None => {
                sqlx::query(
                    "UPDATE mail_outbox SET attempts = attempts + 1, failed = $2 WHERE id = $1",
                )
                .bind(id)
                .bind(&error)
                .execute(&self.write)
                .await?
            }
        };
        Ok(())
    }

    async fn abandon_stale_claims(&self, before: i64) -> Result<u64> {
        let done = sqlx::query(
            "UPDATE mail_outbox SET failed = 'interrupted while sending: not sent again'
             WHERE sent_at IS NULL AND failed IS NULL AND claimed_at IS NOT NULL
               AND claimed_at < $1",
        )
        .bind(before)
        .execute(&self.write)
        .await?;
        Ok(done.rows_affected())
    }

    async fn prune_outbox(&self, before: i64) -> Result<u64> {
        let done = sqlx::query(
            "DELETE FROM mail_outbox WHERE (sent_at IS NOT NULL AND sent_at < $1)
               OR (failed IS NOT NULL AND created_at < $1)",
        )
        .bind(before)
        .execute(&self.write)
        .await?;
        Ok(done.rows_affected())
    }

    async fn outbox_counts(&self) -> Result<OutboxCounts> {
        let r = sqlx::query(
            "SELECT
               COALESCE(SUM(CASE WHEN sent_at IS NULL AND failed IS NULL AND claimed_at IS NULL THEN 1 ELSE 0 END), 0) AS waiting,
               COALESCE(SUM(CASE WHEN sent_at IS NULL AND failed IS NULL AND claimed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS claimed,
               COALESCE(SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS sent,
               COALESCE(SUM(CASE WHEN sent_at IS NULL AND failed IS NOT NULL THEN 1 ELSE 0 END), 0) AS failed
             FROM mail_outbox",
        )
        .fetch_one(&self.write)
        .await?;
        Ok(OutboxCounts {
            waiting: r.try_get("waiting")?,
            claimed: r.try_get("claimed")?,
            sent: r.try_get("sent")?,
            failed: r.try_get("failed")?,
        })
    }

    async fn due_digests(&self, now: i64, limit: i64) -> Result<Vec<(i64, MailFrequency)>> {
        let rows = sqlx::query(
            "SELECT i.participant_id, i.frequency FROM mail_digest_items i
             LEFT JOIN mail_digests d
               ON d.participant_id = i.participant_id AND d.frequency = i.frequency
             GROUP BY i.participant_id, i.frequency
             HAVING COALESCE(MAX(d.last_at), MIN(i.created_at))
                    + CASE WHEN i.frequency = 'weekly' THEN $2 ELSE $3 END <= $1
             ORDER BY i.participant_id, i.frequency LIMIT $4",
        )
        .bind(now)
        .bind(MailFrequency::Weekly.period_seconds())
        .bind(MailFrequency::Daily.period_seconds())
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("participant_id")?,
                    frequency(&r.try_get::<String, _>("frequency")?)?,
                ))
            })
            .collect()
    }

    async fn digest_items(
        &self,
        participant_id: i64,
        frequency: MailFrequency,
    ) -> Result<Vec<DigestItem>> {
        let rows = sqlx::query(
            "SELECT id, item, created_at FROM mail_digest_items
             WHERE participant_id = $1 AND frequency = $2 ORDER BY id",
        )
        .bind(participant_id)
        .bind(frequency.code())
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(DigestItem {
                    id: r.try_get("id")?,
                    item: r.try_get("item")?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }

    async fn complete_digest(
        &self,
        participant_id: i64,
        frequency: MailFrequency,
        through_item: i64,
        mail: Option<&NewMail>,
        now: i64,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        if let Some(m) = mail {
            self.insert_mail(&mut tx, m).await?;
        }
        sqlx::query(
            "DELETE FROM mail_digest_items WHERE participant_id = $1 AND frequency = $2 AND id <= $3",
        )
        .bind(participant_id)
        .bind(frequency.code())
        .bind(through_item)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO mail_digests (participant_id, frequency, last_at) VALUES ($1, $2, $3)
             ON CONFLICT (participant_id, frequency) DO UPDATE SET last_at = excluded.last_at",
        )
        .bind(participant_id)
        .bind(frequency.code())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
