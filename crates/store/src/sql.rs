//! The Store in portable SQL (`$n` placeholders, `RETURNING`, BIGINT everywhere), shared
//! by both backends. What differs per backend lives in `backend/`.

use crate::{migrate, rows, Applied, Backend, Result, Store, StoreError};
use async_trait::async_trait;
use convene_core::date::now;
use convene_core::markdown::to_safe_html;
use convene_core::model::*;
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

/// The newest approved translation's title into `$1`, as `tr_title`, for lists.
pub(crate) const TR_TITLE: &str = "(SELECT tr.title FROM translations tr
      WHERE tr.text_id = t.id AND tr.lang = $1 AND tr.approved = 1
      ORDER BY tr.id DESC LIMIT 1) AS tr_title";

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
}

#[async_trait]
impl Store for SqlStore {
    fn backend(&self) -> Backend {
        self.backend
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

    async fn refresh_statistics(&self) -> Result<()> {
        if self.backend == Backend::Postgres {
            sqlx::query("ANALYZE").execute(&self.write).await?;
        }
        Ok(())
    }

    async fn backup_to(&self, path: &std::path::Path) -> Result<()> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError::Unsupported(
                "the store copies SQLite databases only; PostgreSQL is backed up with pg_dump",
            ));
        }
        let Some(target) = path.to_str() else {
            return Err(StoreError::BadUrl(format!(
                "backup path {} is not valid UTF-8",
                path.display()
            )));
        };
        // VACUUM INTO reads one snapshot, so the copy is consistent while the writer
        // goes on; a reader connection keeps it from queueing behind writes.
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&self.read)
            .await?;
        Ok(())
    }

    async fn take_lease(
        &self,
        name: &str,
        holder: &str,
        now: i64,
        ttl_seconds: i64,
    ) -> Result<bool> {
        // One statement, so two servers asking at once cannot both win: the row is
        // written only when it is new, expired or already this holder's.
        let won: Option<i64> = sqlx::query_scalar(
            "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,
               expires_at = excluded.expires_at
             WHERE leases.holder = excluded.holder OR leases.expires_at <= $4
             RETURNING expires_at",
        )
        .bind(name)
        .bind(holder)
        .bind(now.saturating_add(ttl_seconds))
        .bind(now)
        .fetch_optional(&self.write)
        .await?;
        Ok(won.is_some())
    }

    async fn release_lease(&self, name: &str, holder: &str) -> Result<()> {
        sqlx::query("DELETE FROM leases WHERE name = $1 AND holder = $2")
            .bind(name)
            .bind(holder)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    async fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                .bind(key)
                .fetch_optional(&self.read)
                .await?,
        )
    }

    async fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.set_settings(&[(key, value)]).await
    }

    async fn set_settings(&self, all: &[(&str, &str)]) -> Result<()> {
        let mut tx = self.write.begin().await?;
        for (key, value) in all {
            sqlx::query(
                "INSERT INTO settings (key, value) VALUES ($1, $2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )
            .bind(*key)
            .bind(*value)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
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
