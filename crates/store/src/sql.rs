//! The Store in portable SQL (`$n` placeholders, `RETURNING`, BIGINT everywhere), shared
//! by both backends. What differs per backend lives in `backend/`.

use crate::{migrate, rows, Applied, Backend, Result, Store, StoreError};
use async_trait::async_trait;
use convene_core::date::now;
use convene_core::markdown::to_safe_html;
use convene_core::model::*;
use sqlx::Row;
use sqlx::{AnyConnection, AnyPool};

pub struct SqlStore {
    pub(crate) backend: Backend,
    pub(crate) read: AnyPool,
    pub(crate) write: AnyPool,
}

/// Any number for the lock that orders change-log entries by commit on PostgreSQL.
const CHANGE_LOG_LOCK: i64 = 0x6368_616e_6765;

/// The columns a [`Voice`] is read from, joined as `a`.
pub(crate) const VOICE_COLUMNS: &str =
    "a.id AS a_id, a.display_name, a.stakeholder_group, a.country,
     a.affiliation, a.deleted_at AS a_deleted_at";

impl SqlStore {
    pub fn new(backend: Backend, read: AnyPool, write: AnyPool) -> Self {
        Self {
            backend,
            read,
            write,
        }
    }

    /// Append to the change log; call last, just before commit.
    ///
    /// PostgreSQL hands out sequence numbers at insert time, so two transactions could
    /// commit in the opposite order of their numbers and a follower reading "after N"
    /// would skip one. A transaction-scoped lock taken here, held only until commit,
    /// makes numbers follow commit order. SQLite has a single writer already.
    pub(crate) async fn log_change(
        &self,
        conn: &mut AnyConnection,
        entity: &str,
        entity_id: i64,
        op: &str,
    ) -> Result<()> {
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT 1 AS locked FROM pg_advisory_xact_lock($1)")
                .bind(CHANGE_LOG_LOCK)
                .fetch_all(&mut *conn)
                .await?;
        }
        sqlx::query("INSERT INTO change_log (entity, entity_id, op, at) VALUES ($1, $2, $3, $4)")
            .bind(entity)
            .bind(entity_id)
            .bind(op)
            .bind(now())
            .execute(&mut *conn)
            .await?;
        Ok(())
    }

    pub(crate) async fn insert_text(&self, conn: &mut AnyConnection, new: &NewText) -> Result<i64> {
        let at = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO texts (original_lang, revision, title, body_md, body_html, updated_at)
             VALUES ($1, 1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(&new.lang)
        .bind(&new.title)
        .bind(&new.body_md)
        .bind(to_safe_html(&new.body_md))
        .bind(at)
        .fetch_one(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO text_revisions (text_id, revision, title, body_md, created_at)
             VALUES ($1, 1, $2, $3, $4)",
        )
        .bind(id)
        .bind(&new.title)
        .bind(&new.body_md)
        .bind(at)
        .execute(&mut *conn)
        .await?;
        Ok(id)
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

    pub(crate) async fn insert_thread(
        &self,
        conn: &mut AnyConnection,
        new: &NewThread,
    ) -> Result<i64> {
        let at = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO threads (coalition_id, title, lang, author_id, created_at, last_post_at,
               post_count)
             VALUES ($1, $2, $3, $4, $5, $5, 0) RETURNING id",
        )
        .bind(new.coalition_id)
        .bind(&new.title)
        .bind(&new.lang)
        .bind(new.author_id)
        .bind(at)
        .fetch_one(&mut *conn)
        .await?;
        self.log_change(conn, "thread", id, "create").await?;
        let opening = NewPost {
            thread_id: id,
            author_id: new.author_id,
            lang: new.lang.clone(),
            body_md: new.body_md.clone(),
            reply_to: None,
            held: new.held,
        };
        self.insert_post(conn, &opening).await?;
        Ok(id)
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

    pub(crate) async fn insert_post(&self, conn: &mut AnyConnection, new: &NewPost) -> Result<i64> {
        let at = now();
        // A held post is counted (in the thread's posts, recency and balance) only once a
        // moderator releases it, so lists do not betray that it exists.
        let bumped = sqlx::query(
            "UPDATE threads SET post_count = post_count + $3,
               last_post_at = CASE WHEN $3 = 1 THEN $2 ELSE last_post_at END
             WHERE id = $1",
        )
        .bind(new.thread_id)
        .bind(at)
        .bind(i64::from(!new.held))
        .execute(&mut *conn)
        .await?;
        if bumped.rows_affected() != 1 {
            return Err(StoreError::NotFound("thread"));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO posts (thread_id, author_id, lang, body_md, body_html, reply_to, created_at, held)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(new.thread_id)
        .bind(new.author_id)
        .bind(&new.lang)
        .bind(&new.body_md)
        .bind(to_safe_html(&new.body_md))
        .bind(new.reply_to)
        .bind(at)
        .bind(i64::from(new.held))
        .fetch_one(&mut *conn)
        .await?;
        if !new.held {
            sqlx::query(crate::balance::POST_VOICE_ADD)
                .bind(new.thread_id)
                .bind(new.author_id)
                .execute(&mut *conn)
                .await?;
        }
        self.log_change(conn, "post", id, "create").await?;
        Ok(id)
    }
}

/// The newest approved translation's title into `$1`, as `tr_title`, for lists.
pub(crate) const TR_TITLE: &str = "(SELECT tr.title FROM translations tr
      WHERE tr.text_id = t.id AND tr.lang = $1 AND tr.approved = 1
      ORDER BY tr.id DESC LIMIT 1) AS tr_title";

#[async_trait]
impl Store for SqlStore {
    fn backend(&self) -> Backend {
        self.backend
    }

    fn meetings(&self) -> &dyn crate::Meetings {
        self
    }

    async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").fetch_one(&self.read).await?;
        Ok(())
    }

    fn pools(&self) -> Vec<crate::PoolStatus> {
        [("read", &self.read), ("write", &self.write)]
            .into_iter()
            .map(|(name, pool)| crate::PoolStatus {
                name,
                open: pool.size(),
                idle: u32::try_from(pool.num_idle()).unwrap_or(u32::MAX),
                max: pool.options().get_max_connections(),
            })
            .collect()
    }

    async fn migrate(&self) -> Result<Vec<Applied>> {
        migrate::run(self).await
    }

    async fn is_empty(&self) -> Result<bool> {
        // Seeded pages (the Code of Conduct) do not make a forum: people and coalitions do.
        let n: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM participants) + (SELECT COUNT(*) FROM coalitions)",
        )
        .fetch_one(&self.read)
        .await?;
        Ok(n == 0)
    }

    async fn close(&self) {
        self.write.close().await;
        self.read.close().await;
    }

    async fn backup_to(&self, path: &std::path::Path) -> Result<()> {
        self.do_backup_to(path).await
    }

    async fn take_lease(
        &self,
        name: &str,
        holder: &str,
        now: i64,
        ttl_seconds: i64,
    ) -> Result<bool> {
        self.do_take_lease(name, holder, now, ttl_seconds).await
    }

    async fn release_lease(&self, name: &str, holder: &str) -> Result<()> {
        self.do_release_lease(name, holder).await
    }

    async fn create_participant(&self, new: &NewParticipant) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_participant(&mut tx, new).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn participant(&self, id: i64) -> Result<Option<Participant>> {
        // Until its address is confirmed an account is nobody's.
        let row = sqlx::query("SELECT * FROM participants WHERE id = $1 AND email_confirmed = 1")
            .bind(id)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(rows::participant).transpose()
    }

    async fn create_text(&self, new: &NewText) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_text(&mut tx, new).await?;
        self.log_change(&mut tx, "text", id, "create").await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn revise_text(&self, text_id: i64, title: &str, body_md: &str) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let at = now();
        let revision: Option<i64> = sqlx::query_scalar(
            "UPDATE texts SET revision = revision + 1, title = $2, body_md = $3, body_html = $4,
               updated_at = $5
             WHERE id = $1 RETURNING revision",
        )
        .bind(text_id)
        .bind(title)
        .bind(body_md)
        .bind(to_safe_html(body_md))
        .bind(at)
        .fetch_optional(&mut *tx)
        .await?;
        let revision = revision.ok_or(StoreError::NotFound("text"))?;
        sqlx::query(
            "INSERT INTO text_revisions (text_id, revision, title, body_md, created_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(text_id)
        .bind(revision)
        .bind(title)
        .bind(body_md)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        self.log_change(&mut tx, "text", text_id, "update").await?;
        tx.commit().await?;
        Ok(revision)
    }

    async fn add_translation(&self, new: &NewTranslation) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO translations (text_id, lang, title, body_md, body_html, source_revision,
               translator_id, machine, approved, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(new.text_id)
        .bind(&new.lang)
        .bind(&new.title)
        .bind(&new.body_md)
        .bind(to_safe_html(&new.body_md))
        .bind(new.source_revision)
        .bind(new.translator_id)
        .bind(i64::from(new.machine))
        .bind(i64::from(new.approved))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        self.log_change(&mut tx, "translation", id, "create")
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn localized(&self, text_id: i64, lang: &str) -> Result<Option<Localized>> {
        let Some(row) = sqlx::query("SELECT * FROM texts WHERE id = $1")
            .bind(text_id)
            .fetch_optional(&self.read)
            .await?
        else {
            return Ok(None);
        };
        let original = rows::text(&row)?;
        let translation = if original.original_lang == lang {
            None
        } else {
            sqlx::query(
                "SELECT * FROM translations WHERE text_id = $1 AND lang = $2 AND approved = 1
                 ORDER BY id DESC LIMIT 1",
            )
            .bind(text_id)
            .bind(lang)
            .fetch_optional(&self.read)
            .await?
            .as_ref()
            .map(rows::translation)
            .transpose()?
        };
        let mut available: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT lang FROM translations WHERE text_id = $1 AND approved = 1",
        )
        .bind(text_id)
        .fetch_all(&self.read)
        .await?;
        available.push(original.original_lang.clone());
        available.sort();
        available.dedup();
        Ok(Some(Localized {
            lang: lang.to_string(),
            original,
            translation,
            available,
        }))
    }

    async fn create_page(&self, slug: &str, text: &NewText) -> Result<Page> {
        let mut tx = self.write.begin().await?;
        let text_id = self.insert_text(&mut tx, text).await?;
        let id: i64 =
            sqlx::query_scalar("INSERT INTO pages (slug, text_id) VALUES ($1, $2) RETURNING id")
                .bind(slug)
                .bind(text_id)
                .fetch_one(&mut *tx)
                .await?;
        self.log_change(&mut tx, "page", id, "create").await?;
        tx.commit().await?;
        Ok(Page {
            id,
            slug: slug.to_string(),
            text_id,
        })
    }

    async fn page_by_slug(&self, slug: &str) -> Result<Option<Page>> {
        let row = sqlx::query("SELECT id, slug, text_id FROM pages WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&self.read)
            .await?;
        Ok(match row {
            Some(row) => Some(Page {
                id: row.try_get("id")?,
                slug: row.try_get("slug")?,
                text_id: row.try_get("text_id")?,
            }),
            None => None,
        })
    }

    async fn create_edition(&self, new: &NewEdition) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let text_id = self.insert_text(&mut tx, &new.theme).await?;
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
        .fetch_one(&mut *tx)
        .await?;
        self.log_change(&mut tx, "edition", id, "create").await?;
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

    async fn create_coalition(&self, new: &NewCoalition) -> Result<i64> {
        self.create_coalition_held(new, false).await
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

    async fn start_thread(&self, new: &NewThread, topic_ids: &[i64]) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_thread(&mut tx, new).await?;
        for topic in topic_ids {
            self.tag_in(&mut tx, "thread_topics", "thread_id", id, *topic)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    async fn join_coalition(
        &self,
        coalition_id: i64,
        participant_id: i64,
        role: MemberRole,
    ) -> Result<()> {
        let mut tx = self.write.begin().await?;
        self.join_in(&mut tx, coalition_id, participant_id, role)
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

    async fn create_thread(&self, new: &NewThread) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_thread(&mut tx, new).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn add_post(&self, new: &NewPost) -> Result<i64> {
        let mut tx = self.write.begin().await?;
        let id = self.insert_post(&mut tx, new).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn thread(&self, id: i64) -> Result<Option<Thread>> {
        let row = sqlx::query("SELECT * FROM threads WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(rows::thread).transpose()
    }

    async fn recent_threads(&self, coalition_id: Option<i64>, limit: i64) -> Result<Vec<Thread>> {
        let rows = match coalition_id {
            Some(c) => {
                sqlx::query(&format!(
                    "SELECT * FROM threads WHERE coalition_id = $1 AND {}
                     ORDER BY last_post_at DESC, id DESC LIMIT $2",
                    crate::visibility::thread_listed("threads")
                ))
                .bind(c)
                .bind(limit)
                .fetch_all(&self.read)
                .await?
            }
            None => {
                sqlx::query(&format!(
                    "SELECT * FROM threads WHERE {} ORDER BY last_post_at DESC, id DESC LIMIT $1",
                    crate::visibility::thread_listed("threads")
                ))
                .bind(limit)
                .fetch_all(&self.read)
                .await?
            }
        };
        rows.iter().map(rows::thread).collect()
    }

    async fn posts(&self, thread_id: i64, after: i64, limit: i64) -> Result<Vec<Post>> {
        let sql = format!(
            "SELECT p.id, p.thread_id, p.lang, p.body_html, p.reply_to, p.created_at,
                    p.hidden_at, p.hidden_reason, p.held, p.edited_at, {VOICE_COLUMNS}
             FROM posts p JOIN participants a ON a.id = p.author_id
             WHERE p.thread_id = $1 AND p.id > $2 ORDER BY p.id LIMIT $3"
        );
        let rows = sqlx::query(&sql)
            .bind(thread_id)
            .bind(after)
            .bind(limit)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(rows::post).collect()
    }

    async fn latest_posts(&self, thread_id: i64, limit: i64) -> Result<Vec<Post>> {
        let sql = format!(
            "SELECT p.id, p.thread_id, p.lang, p.body_html, p.reply_to, p.created_at,
                    p.hidden_at, p.hidden_reason, p.held, p.edited_at, {VOICE_COLUMNS}
             FROM posts p JOIN participants a ON a.id = p.author_id
             WHERE p.thread_id = $1 ORDER BY p.id DESC LIMIT $2"
        );
        let rows = sqlx::query(&sql)
            .bind(thread_id)
            .bind(limit)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(rows::post).collect()
    }

    async fn create_account(&self, new: &NewAccount) -> Result<i64> {
        self.do_create_account(new).await
    }
    async fn register_account(
        &self,
        new: &NewAccount,
        confirm_token_hash: &str,
        expires_at: i64,
    ) -> Result<Option<i64>> {
        self.do_register_account(new, confirm_token_hash, expires_at)
            .await
    }
    async fn email_confirmation_valid(&self, token_hash: &str, now: i64) -> Result<bool> {
        self.do_email_confirmation_valid(token_hash, now).await
    }
    async fn confirm_email(&self, token_hash: &str, now: i64) -> Result<Option<(i64, String)>> {
        self.do_confirm_email(token_hash, now).await
    }
    async fn credentials(&self, email: &str) -> Result<Option<(Participant, Option<String>)>> {
        self.do_credentials(email).await
    }
    async fn update_profile(&self, id: i64, update: &ProfileUpdate) -> Result<()> {
        self.do_update_profile(id, update).await
    }
    async fn set_password(&self, id: i64, hash: &str) -> Result<()> {
        self.do_set_password(id, hash).await
    }
    async fn set_role(&self, id: i64, role: Role, actor: Option<i64>) -> Result<()> {
        self.do_set_role(id, role, actor).await
    }
    async fn delete_account(&self, id: i64) -> Result<()> {
        self.do_delete_account(id).await
    }
    async fn create_session(
        &self,
        token_hash: &str,
        participant_id: i64,
        expires_at: i64,
    ) -> Result<()> {
        self.do_create_session(token_hash, participant_id, expires_at)
            .await
    }
    async fn session_participant(&self, token_hash: &str, now: i64) -> Result<Option<Participant>> {
        self.do_session_participant(token_hash, now).await
    }
    async fn session_reader(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(Participant, i64)>> {
        self.do_session_reader(token_hash, now).await
    }
    async fn end_session(&self, token_hash: &str) -> Result<()> {
        self.do_end_session(token_hash).await
    }
    async fn create_password_reset(
        &self,
        token_hash: &str,
        participant_id: i64,
        expires_at: i64,
    ) -> Result<()> {
        self.do_create_password_reset(token_hash, participant_id, expires_at)
            .await
    }
    async fn password_reset_valid(&self, token_hash: &str, now: i64) -> Result<bool> {
        self.do_password_reset_valid(token_hash, now).await
    }
    async fn use_password_reset(&self, token_hash: &str, now: i64) -> Result<Option<i64>> {
        self.do_use_password_reset(token_hash, now).await
    }
    async fn hit_rate_limit(
        &self,
        bucket: &str,
        window: i64,
        limit: i64,
        now: i64,
    ) -> Result<bool> {
        self.do_hit_rate_limit(bucket, window, limit, now).await
    }
    async fn suspend(&self, target: i64, reason: &str, actor: i64) -> Result<()> {
        self.do_suspend(target, reason, actor, true).await
    }
    async fn reinstate(&self, target: i64, reason: &str, actor: i64) -> Result<()> {
        self.do_suspend(target, reason, actor, false).await
    }
    async fn audit_log(&self, before: i64, limit: i64) -> Result<Vec<AuditEntry>> {
        self.do_audit_log(before, limit).await
    }
    async fn participant_coalitions(&self, id: i64, lang: &str) -> Result<Vec<Coalition>> {
        self.do_participant_coalitions(id, lang).await
    }
    async fn personal_records(
        &self,
        id: i64,
    ) -> Result<serde_json::Map<String, serde_json::Value>> {
        self.do_personal_records(id).await
    }
    async fn participant_posts(&self, id: i64, limit: i64) -> Result<Vec<PostSummary>> {
        self.do_participant_posts(id, limit).await
    }

    async fn translation(&self, id: i64) -> Result<Option<Translation>> {
        self.do_translation(id).await
    }
    async fn pending_translations(&self, text_id: i64, lang: &str) -> Result<Vec<Translation>> {
        self.do_pending_translations(text_id, lang).await
    }
    async fn approve_translation(&self, id: i64, approver: i64) -> Result<()> {
        self.do_approve_translation(id, approver).await
    }
    async fn text_coordinators(&self, text_id: i64) -> Result<Vec<i64>> {
        self.do_text_coordinators(text_id).await
    }
    async fn set_translator(&self, id: i64, trusted: bool, actor: i64) -> Result<()> {
        self.do_set_translator(id, trusted, actor).await
    }
    async fn coverage_items(&self) -> Result<Vec<convene_core::translation::CoverageItem>> {
        self.do_coverage_items().await
    }
    async fn approved_revisions(&self) -> Result<Vec<(i64, String, i64)>> {
        self.do_approved_revisions().await
    }

    async fn coalition_facts(&self, coalition_id: i64) -> Result<Option<CoalitionFacts>> {
        self.do_coalition_facts(coalition_id).await
    }
    async fn member_role(
        &self,
        coalition_id: i64,
        participant_id: i64,
    ) -> Result<Option<MemberRole>> {
        self.do_member_role(coalition_id, participant_id).await
    }
    async fn leave_coalition(&self, coalition_id: i64, participant_id: i64) -> Result<()> {
        self.do_leave_coalition(coalition_id, participant_id).await
    }
    async fn set_action_plan(&self, coalition_id: i64, plan_md: &str) -> Result<()> {
        self.do_set_action_plan(coalition_id, plan_md).await
    }
    async fn add_contact(&self, coalition_id: i64, participant_id: i64) -> Result<()> {
        self.do_add_contact(coalition_id, participant_id).await
    }
    async fn listed_coalition_facts(&self) -> Result<Vec<(i64, CoalitionFacts)>> {
        self.do_listed_coalition_facts().await
    }
    async fn add_output(&self, new: &NewOutput) -> Result<i64> {
        self.do_add_output(new).await
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
    async fn recognize(&self, coalition_id: i64, by: i64) -> Result<()> {
        self.do_recognize(coalition_id, by).await
    }
    async fn text_owner(&self, text_id: i64) -> Result<Option<crate::TextOwnerRef>> {
        self.do_text_owner(text_id).await
    }
    async fn coalition_state(&self, id: i64) -> Result<Option<(bool, bool)>> {
        self.do_coalition_state(id).await
    }
    async fn post_state(&self, post_id: i64) -> Result<Option<crate::PostState>> {
        self.do_post_state(post_id).await
    }
    async fn thread_opening_held(&self, thread_id: i64) -> Result<bool> {
        self.do_thread_opening_held(thread_id).await
    }
    async fn public_participant_posts(&self, id: i64, limit: i64) -> Result<Vec<PostSummary>> {
        self.do_public_participant_posts(id, limit).await
    }
    async fn post_source(&self, post_id: i64) -> Result<Option<(i64, String)>> {
        self.do_post_source(post_id).await
    }

    async fn member_voices(
        &self,
        coalition_id: i64,
    ) -> Result<(
        Vec<(convene_core::StakeholderGroup, i64)>,
        Vec<(String, i64)>,
    )> {
        self.do_voices("coalition_voices", "coalition_id", coalition_id)
            .await
    }

    async fn post_voices(
        &self,
        thread_id: i64,
    ) -> Result<(
        Vec<(convene_core::StakeholderGroup, i64)>,
        Vec<(String, i64)>,
    )> {
        self.do_voices("thread_voices", "thread_id", thread_id)
            .await
    }

    async fn member_balance(
        &self,
        coalition_id: i64,
    ) -> Result<Vec<(convene_core::StakeholderGroup, String, i64)>> {
        self.do_balance_rows(crate::balance::MEMBERS, coalition_id)
            .await
    }
    async fn post_balance(
        &self,
        thread_id: i64,
    ) -> Result<Vec<(convene_core::StakeholderGroup, String, i64)>> {
        self.do_balance_rows(crate::balance::POSTS, thread_id).await
    }

    async fn create_topic(&self, slug: &str, text: &NewText, mandate_points: &[u8]) -> Result<i64> {
        self.do_create_topic(slug, text, mandate_points).await
    }
    async fn topics(&self, lang: &str) -> Result<Vec<Topic>> {
        self.do_topics(lang).await
    }
    async fn topic_by_slug(&self, slug: &str, lang: &str) -> Result<Option<Topic>> {
        self.do_topic_by_slug(slug, lang).await
    }
    async fn tag_coalition(&self, coalition_id: i64, topic_id: i64) -> Result<()> {
        self.do_tag("coalition_topics", "coalition_id", coalition_id, topic_id)
            .await
    }
    async fn tag_thread(&self, thread_id: i64, topic_id: i64) -> Result<()> {
        self.do_tag("thread_topics", "thread_id", thread_id, topic_id)
            .await
    }
    async fn topic_coalitions(&self, topic_id: i64, lang: &str) -> Result<Vec<Coalition>> {
        self.do_topic_coalitions(topic_id, lang).await
    }
    async fn topic_threads(&self, topic_id: i64, limit: i64) -> Result<Vec<Thread>> {
        self.do_topic_threads(topic_id, limit).await
    }
    async fn coalition_topics(&self, coalition_id: i64, lang: &str) -> Result<Vec<Topic>> {
        self.do_item_topics("coalition_topics", "coalition_id", coalition_id, lang)
            .await
    }
    async fn thread_topics(&self, thread_id: i64, lang: &str) -> Result<Vec<Topic>> {
        self.do_item_topics("thread_topics", "thread_id", thread_id, lang)
            .await
    }

    async fn outputs(&self, coalition_id: i64, lang: &str) -> Result<Vec<Output>> {
        self.do_outputs(coalition_id, lang).await
    }
    async fn output(&self, id: i64, lang: &str) -> Result<Option<Output>> {
        self.do_output(id, lang).await
    }
    async fn revisions(&self, text_id: i64) -> Result<Vec<Revision>> {
        self.do_revisions(text_id).await
    }
    async fn add_dissent(
        &self,
        output_id: i64,
        participant_id: i64,
        lang: &str,
        body_md: &str,
    ) -> Result<i64> {
        self.do_add_dissent(output_id, participant_id, lang, body_md, false)
            .await
    }
    async fn dissents(&self, output_id: i64) -> Result<Vec<Dissent>> {
        self.do_dissents(output_id).await
    }

    async fn flag_post(&self, post_id: i64, reporter: i64, reason: &str) -> Result<i64> {
        self.do_flag_post(post_id, reporter, reason).await
    }
    async fn open_flags(&self, limit: i64) -> Result<Vec<Flag>> {
        self.do_open_flags(limit).await
    }
    async fn set_post_hidden(
        &self,
        post_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()> {
        self.do_set_post_hidden(post_id, hide, reason, actor, true)
            .await
    }
    async fn dismiss_flag(&self, flag_id: i64, actor: i64) -> Result<()> {
        self.do_dismiss_flag(flag_id, actor).await
    }
    async fn held_posts(&self, limit: i64) -> Result<Vec<(i64, i64, String)>> {
        self.do_held_posts(limit).await
    }
    async fn release_post(&self, post_id: i64, actor: i64) -> Result<()> {
        self.do_release_post(post_id, actor).await
    }
    async fn set_posting_blocked(
        &self,
        participant_id: i64,
        blocked: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()> {
        self.do_set_posting_blocked(participant_id, blocked, reason, actor)
            .await
    }
    async fn setting(&self, key: &str) -> Result<Option<String>> {
        self.do_setting(key).await
    }
    async fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.do_set_setting(key, value).await
    }
    async fn visible_post_count(&self, author_id: i64) -> Result<i64> {
        self.do_visible_post_count(author_id).await
    }
    async fn post_context(&self, post_id: i64) -> Result<Option<(i64, Option<i64>, i64)>> {
        self.do_post_context(post_id).await
    }
    async fn coalition_coordinators(&self, coalition_id: i64) -> Result<Vec<i64>> {
        self.do_coalition_coordinators(coalition_id).await
    }

    async fn edit_post(&self, post_id: i64, body_md: &str) -> Result<()> {
        self.do_edit_post(post_id, body_md).await
    }
    async fn post_versions(&self, post_id: i64) -> Result<Vec<PostVersion>> {
        self.do_post_versions(post_id).await
    }
    async fn set_follow(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
        follow: bool,
    ) -> Result<()> {
        self.do_set_follow(participant_id, kind, item_id, follow)
            .await
    }
    async fn follows(&self, participant_id: i64, kind: FollowKind, item_id: i64) -> Result<bool> {
        self.do_follows(participant_id, kind, item_id).await
    }
    async fn set_watch(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
        level: Option<WatchLevel>,
    ) -> Result<()> {
        let Some(level) = level else {
            return self
                .do_set_follow(participant_id, kind, item_id, false)
                .await;
        };
        sqlx::query(
            "INSERT INTO follows (participant_id, kind, item_id, created_at, level)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (participant_id, kind, item_id) DO UPDATE SET level = excluded.level",
        )
        .bind(participant_id)
        .bind(kind.code())
        .bind(item_id)
        .bind(now())
        .bind(level.code())
        .execute(&self.write)
        .await?;
        Ok(())
    }
    async fn watches(
        &self,
        participant_id: i64,
        kind: FollowKind,
    ) -> Result<Vec<(i64, WatchLevel)>> {
        let rows = sqlx::query(
            "SELECT item_id, level FROM follows WHERE participant_id = $1 AND kind = $2
             ORDER BY item_id",
        )
        .bind(participant_id)
        .bind(kind.code())
        .fetch_all(&self.read)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let level: String = r.try_get("level")?;
            if let Some(level) = WatchLevel::from_code(&level) {
                out.push((r.try_get("item_id")?, level));
            }
        }
        Ok(out)
    }
    async fn watch_level(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
    ) -> Result<Option<WatchLevel>> {
        let level: Option<String> = sqlx::query_scalar(
            "SELECT level FROM follows WHERE participant_id = $1 AND kind = $2 AND item_id = $3",
        )
        .bind(participant_id)
        .bind(kind.code())
        .bind(item_id)
        .fetch_optional(&self.read)
        .await?;
        Ok(level.and_then(|l| WatchLevel::from_code(&l)))
    }
    async fn followed_threads(&self, participant_id: i64, limit: i64) -> Result<Vec<Thread>> {
        self.do_followed_threads(participant_id, limit).await
    }

    async fn notify(&self, n: &NewNotification) -> Result<i64> {
        let ids = self.do_notify_all(std::slice::from_ref(n)).await?;
        ids.first()
            .copied()
            .ok_or(StoreError::NotFound("notification"))
    }
    async fn notify_all(&self, all: &[NewNotification]) -> Result<Vec<i64>> {
        self.do_notify_all(all).await
    }
    async fn notifications(
        &self,
        participant_id: i64,
        before: i64,
        limit: i64,
    ) -> Result<Vec<Notification>> {
        self.do_notifications(participant_id, before, limit).await
    }
    async fn unread_notifications(&self, participant_id: i64) -> Result<i64> {
        self.do_unread_notifications(participant_id).await
    }
    async fn set_feed_token(&self, participant_id: i64, token_hash: &str) -> Result<()> {
        let mut tx = self.write.begin().await?;
        sqlx::query(
            "INSERT INTO feed_tokens (participant_id, token_hash, created_at) VALUES ($1, $2, $3)
             ON CONFLICT (participant_id) DO UPDATE
               SET token_hash = excluded.token_hash, created_at = excluded.created_at",
        )
        .bind(participant_id)
        .bind(token_hash)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }
    async fn revoke_feed_token(&self, participant_id: i64) -> Result<()> {
        sqlx::query("DELETE FROM feed_tokens WHERE participant_id = $1")
            .bind(participant_id)
            .execute(&self.write)
            .await?;
        Ok(())
    }
    async fn feed_token_owner(&self, token_hash: &str) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT f.participant_id FROM feed_tokens f
             JOIN participants p ON p.id = f.participant_id
             WHERE f.token_hash = $1 AND p.suspended_at IS NULL AND p.deleted_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(&self.read)
        .await?)
    }
    async fn has_feed_token(&self, participant_id: i64) -> Result<bool> {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM feed_tokens WHERE participant_id = $1")
                .bind(participant_id)
                .fetch_one(&self.read)
                .await?;
        Ok(n > 0)
    }
    async fn mark_notifications_read(&self, participant_id: i64) -> Result<()> {
        self.do_mark_notifications_read(participant_id).await
    }
    async fn followers(&self, kind: FollowKind, item_id: i64) -> Result<Vec<(i64, i64)>> {
        self.do_followers(kind, item_id, false).await
    }
    async fn followers_of_everything(
        &self,
        kind: FollowKind,
        item_id: i64,
    ) -> Result<Vec<(i64, i64)>> {
        self.do_followers(kind, item_id, true).await
    }
    async fn abuse_record(&self, participant_id: i64, since: i64) -> Result<AbuseRecord> {
        self.do_abuse_record(participant_id, since).await
    }
    async fn auto_block_posting(
        &self,
        participant_id: i64,
        reason: &str,
        notice: &NewNotification,
    ) -> Result<bool> {
        self.do_auto_block_posting(participant_id, reason, notice)
            .await
    }
    async fn set_post_hidden_by(
        &self,
        post_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
        by_staff: bool,
    ) -> Result<()> {
        self.do_set_post_hidden(post_id, hide, reason, actor, by_staff)
            .await
    }
    async fn coalition_abuse_record(
        &self,
        participant_id: i64,
        coalition_id: i64,
        since: i64,
    ) -> Result<AbuseRecord> {
        self.do_coalition_abuse_record(participant_id, coalition_id, since)
            .await
    }
    async fn auto_block_coalition_posting(
        &self,
        participant_id: i64,
        coalition_id: i64,
        reason: &str,
        notice: &NewNotification,
    ) -> Result<bool> {
        self.do_auto_block_coalition_posting(participant_id, coalition_id, reason, notice)
            .await
    }
    async fn coalition_posting_blocked(
        &self,
        coalition_id: i64,
        participant_id: i64,
    ) -> Result<bool> {
        self.do_coalition_posting_blocked(coalition_id, participant_id)
            .await
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
        self.do_release("coalitions", "coalition", coalition_id, actor)
            .await
    }
    async fn set_coalition_hidden(
        &self,
        coalition_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()> {
        self.do_set_hidden("coalitions", "coalition", coalition_id, hide, reason, actor)
            .await
    }
    async fn add_dissent_held(
        &self,
        output_id: i64,
        participant_id: i64,
        lang: &str,
        body_md: &str,
        held: bool,
    ) -> Result<i64> {
        self.do_add_dissent(output_id, participant_id, lang, body_md, held)
            .await
    }
    async fn held_dissents(&self, limit: i64) -> Result<Vec<(i64, i64)>> {
        self.do_held_dissents(limit).await
    }
    async fn release_dissent(&self, dissent_id: i64, actor: i64) -> Result<()> {
        self.do_release("output_dissents", "dissent", dissent_id, actor)
            .await
    }
    async fn set_dissent_hidden(
        &self,
        dissent_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()> {
        self.do_set_hidden(
            "output_dissents",
            "dissent",
            dissent_id,
            hide,
            reason,
            actor,
        )
        .await
    }
    async fn dissent_context(&self, dissent_id: i64) -> Result<Option<(i64, i64, i64)>> {
        self.do_dissent_context(dissent_id).await
    }
    async fn tag_output(&self, output_id: i64, topic_id: i64) -> Result<()> {
        self.do_tag("output_topics", "output_id", output_id, topic_id)
            .await
    }
    async fn topic_outputs(&self, topic_id: i64, lang: &str) -> Result<Vec<Output>> {
        self.do_topic_outputs(topic_id, lang).await
    }
    async fn output_topics(&self, output_id: i64, lang: &str) -> Result<Vec<Topic>> {
        self.do_item_topics("output_topics", "output_id", output_id, lang)
            .await
    }
    async fn backdate(&self, what: Dated, id: i64, at: i64) -> Result<()> {
        self.do_backdate(what, id, at).await
    }

    async fn create_participants(&self, all: &[NewParticipant]) -> Result<Vec<i64>> {
        self.do_create_participants(all).await
    }

    async fn join_coalitions(&self, members: &[(i64, i64)]) -> Result<()> {
        self.do_join_coalitions(members).await
    }

    async fn create_threads(&self, all: &[NewThread]) -> Result<Vec<i64>> {
        self.do_create_threads(all).await
    }

    async fn add_posts(&self, all: &[NewPost]) -> Result<Vec<i64>> {
        self.do_add_posts(all).await
    }

    async fn last_change(&self) -> Result<i64> {
        Ok(
            sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) AS seq FROM change_log")
                .fetch_one(&self.read)
                .await?,
        )
    }

    async fn changes_since(&self, after: i64, limit: i64) -> Result<Vec<Change>> {
        let rows = sqlx::query("SELECT * FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2")
            .bind(after)
            .bind(limit)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(rows::change).collect()
    }
}
