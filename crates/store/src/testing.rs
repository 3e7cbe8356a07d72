//! Fresh, isolated stores for tests: a new SQLite file, or a new PostgreSQL schema in the
//! database named by `CONVENE_TEST_DATABASE_URL`. Tests never share state.

use crate::{backend, open, OpenOptions, Result, Store, StoreError};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

pub const PG_ENV: &str = "CONVENE_TEST_DATABASE_URL";

pub struct TestStore {
    pub store: Arc<dyn Store>,
    cleanup: Cleanup,
}

enum Cleanup {
    Dir(PathBuf),
    Schema { url: String, schema: String },
}

fn unique_name() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "t_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        nanos
    )
}

/// A scratch directory of its own, removed when dropped.
pub struct ScratchDir(pub PathBuf);

impl ScratchDir {
    pub fn new() -> std::io::Result<Self> {
        let dir = std::env::temp_dir().join(format!("convene-{}", unique_name()));
        std::fs::create_dir_all(&dir)?;
        Ok(Self(dir))
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl TestStore {
    /// A store on a new SQLite file.
    pub async fn sqlite() -> Result<Self> {
        let dir = std::env::temp_dir().join(format!("convene-{}", unique_name()));
        std::fs::create_dir_all(&dir).map_err(|e| StoreError::BadUrl(e.to_string()))?;
        let url = format!("sqlite://{}", dir.join("convene.db").display());
        let store = open(&url, OpenOptions::default()).await?;
        Ok(Self {
            store,
            cleanup: Cleanup::Dir(dir),
        })
    }

    /// A store on a new schema of the PostgreSQL database in `CONVENE_TEST_DATABASE_URL`.
    pub async fn postgres() -> Result<Self> {
        let url = std::env::var(PG_ENV).map_err(|_| {
            StoreError::BadUrl(format!("{PG_ENV} is not set: PostgreSQL tests need it"))
        })?;
        let schema = unique_name();
        let options = OpenOptions {
            pg_schema: Some(schema.clone()),
            max_connections: Some(4),
            ..OpenOptions::default()
        };
        let store = open(&url, options).await?;
        Ok(Self {
            store,
            cleanup: Cleanup::Schema { url, schema },
        })
    }

    /// Every row of every table that holds the forum's content, as text in a stable
    /// order. Equal fingerprints mean nothing was written; sign-in sessions and rate-limit
    /// buckets are left out, since refused attempts rightly touch those.
    pub async fn fingerprint(&self) -> Result<String> {
        use sqlx::Connection;
        const BOOKKEEPING: &[&str] = &["sessions", "rate_limits"];
        let mut out = String::new();
        match &self.cleanup {
            Cleanup::Dir(dir) => {
                let url = format!("sqlite://{}", dir.join("convene.db").display());
                let mut conn = sqlx::SqliteConnection::connect(&url).await?;
                let tables: Vec<String> = sqlx::query_scalar(
                    "SELECT name FROM sqlite_master WHERE type = 'table' \
                     AND name NOT LIKE 'sqlite_%' ORDER BY name",
                )
                .fetch_all(&mut conn)
                .await?;
                for table in tables.iter().filter(|t| !BOOKKEEPING.contains(&t.as_str())) {
                    let columns: Vec<String> =
                        sqlx::query_scalar("SELECT name FROM pragma_table_info(?1) ORDER BY cid")
                            .bind(table)
                            .fetch_all(&mut conn)
                            .await?;
                    let row = columns
                        .iter()
                        .map(|c| format!("quote(\"{c}\")"))
                        .collect::<Vec<_>>()
                        .join(" || '|' || ");
                    let rows: Vec<String> = sqlx::query_scalar(&format!(
                        "SELECT {row} AS r FROM \"{table}\" ORDER BY r"
                    ))
                    .fetch_all(&mut conn)
                    .await?;
                    out.push_str(&format!("## {table}\n{}\n", rows.join("\n")));
                }
                conn.close().await?;
            }
            Cleanup::Schema { url, schema } => {
                let mut conn = sqlx::PgConnection::connect(url).await?;
                let tables: Vec<String> = sqlx::query_scalar(
                    "SELECT table_name::text FROM information_schema.tables \
                     WHERE table_schema = $1 ORDER BY table_name",
                )
                .bind(schema)
                .fetch_all(&mut conn)
                .await?;
                for table in tables.iter().filter(|t| !BOOKKEEPING.contains(&t.as_str())) {
                    let rows: Vec<String> = sqlx::query_scalar(&format!(
                        "SELECT t::text AS r FROM \"{schema}\".\"{table}\" AS t ORDER BY r"
                    ))
                    .fetch_all(&mut conn)
                    .await?;
                    out.push_str(&format!("## {table}\n{}\n", rows.join("\n")));
                }
                conn.close().await?;
            }
        }
        Ok(out)
    }

    /// The query plan the database would use for `sql` (placeholders unbound), one line
    /// per step. SQLite: `EXPLAIN QUERY PLAN`. PostgreSQL: the generic plan of the
    /// prepared statement with sequential scans disabled, so a "Seq Scan" left in it
    /// means that no index can serve the query (tiny test tables would otherwise make
    /// every plan a sequential scan).
    pub async fn explain(&self, sql: &str) -> Result<String> {
        use sqlx::{Connection, Executor, Row};
        match &self.cleanup {
            Cleanup::Dir(dir) => {
                let url = format!("sqlite://{}", dir.join("convene.db").display());
                let mut conn = sqlx::SqliteConnection::connect(&url).await?;
                let rows = conn
                    .fetch_all(format!("EXPLAIN QUERY PLAN {sql}").as_str())
                    .await?;
                conn.close().await?;
                let mut out = Vec::with_capacity(rows.len());
                for r in &rows {
                    out.push(r.try_get::<String, _>("detail")?);
                }
                Ok(out.join("\n"))
            }
            Cleanup::Schema { url, schema } => {
                let mut conn = sqlx::PgConnection::connect(url).await?;
                let params = (1..=32)
                    .take_while(|n| sql.contains(&format!("${n}")))
                    .map(|_| "NULL")
                    .collect::<Vec<_>>()
                    .join(", ");
                conn.execute(
                    format!(
                        "SET search_path TO \"{schema}\"; SET plan_cache_mode = force_generic_plan; \
                         SET enable_seqscan = off; PREPARE plan_check AS {sql}"
                    )
                    .as_str(),
                )
                .await?;
                let execute = if params.is_empty() {
                    "EXPLAIN EXECUTE plan_check".to_string()
                } else {
                    format!("EXPLAIN EXECUTE plan_check({params})")
                };
                let rows = conn.fetch_all(execute.as_str()).await?;
                conn.close().await?;
                let mut out = Vec::with_capacity(rows.len());
                for r in &rows {
                    out.push(r.try_get::<String, _>(0)?);
                }
                Ok(out.join("\n"))
            }
        }
    }

    /// Close the store and remove what it left behind.
    pub async fn finish(self) {
        self.store.close().await;
        match &self.cleanup {
            Cleanup::Dir(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::Schema { url, schema } => {
                let _ = backend::postgres::drop_schema(url, schema).await;
            }
        }
    }
}

/// A new, empty PostgreSQL database, for tests of tools that take a URL (the binary).
pub struct TestDatabase {
    pub url: String,
    admin_url: String,
    name: String,
}

impl TestDatabase {
    pub async fn create() -> Result<Self> {
        use sqlx::{Connection, Executor};
        let admin_url = std::env::var(PG_ENV).map_err(|_| {
            StoreError::BadUrl(format!("{PG_ENV} is not set: PostgreSQL tests need it"))
        })?;
        let name = unique_name();
        let mut conn = sqlx::PgConnection::connect(&admin_url).await?;
        conn.execute(format!("CREATE DATABASE \"{name}\"").as_str())
            .await?;
        conn.close().await?;
        let (base, query) = match admin_url.split_once('?') {
            Some((b, q)) => (b, format!("?{q}")),
            None => (admin_url.as_str(), String::new()),
        };
        let prefix = base.rsplit_once('/').map_or(base, |(p, _)| p);
        Ok(Self {
            url: format!("{prefix}/{name}{query}"),
            admin_url,
            name,
        })
    }

    pub async fn finish(self) {
        use sqlx::{Connection, Executor};
        if let Ok(mut conn) = sqlx::PgConnection::connect(&self.admin_url).await {
            let _ = conn
                .execute(format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name).as_str())
                .await;
            let _ = conn.close().await;
        }
    }
}

/// Declares each named `async fn(&dyn Store)` as two tests, one on a fresh SQLite file
/// and one on a fresh PostgreSQL schema. The PostgreSQL half is ignored unless asked
/// for, so a plain `cargo test` without a server reports it as not run.
#[macro_export]
macro_rules! conformance {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test]
            async fn $name() {
                let t = $crate::testing::TestStore::sqlite().await.unwrap();
                super::$name(&*t.store).await;
                t.finish().await;
            })*
        }
        mod postgres {
            $(#[tokio::test]
            #[ignore = "needs CONVENE_TEST_DATABASE_URL (the test script sets it)"]
            async fn $name() {
                let t = $crate::testing::TestStore::postgres().await.unwrap();
                super::$name(&*t.store).await;
                t.finish().await;
            })*
        }
    };
}
