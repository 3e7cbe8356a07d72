//! Connecting to a backend. The URL picks it: `postgres://` or `postgresql://` selects
//! PostgreSQL, anything else is taken as SQLite.

pub mod postgres;
pub mod sqlite;

use crate::{Result, Store, StoreError};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The backend a database URL selects.
    pub fn of_url(url: &str) -> Backend {
        if is_postgres(url) {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// PostgreSQL only: put every table in this schema (created if missing).
    pub pg_schema: Option<String>,
    /// Connections for readers; writers get their own (one on SQLite).
    pub max_connections: Option<u32>,
    /// Loading generated or imported data: commits stop waiting for the disk (SQLite
    /// `synchronous = OFF`, PostgreSQL `synchronous_commit = off`). A crash mid-load can
    /// lose the last transactions but never corrupts the database. Never for serving.
    pub bulk_load: bool,
}

fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// The file a `sqlite:` URL names (`None` for other URLs and in-memory databases).
pub fn sqlite_path(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

/// Whether the database at `url` already has convene's tables, found without creating
/// or migrating anything (a restore needs to know before it writes).
pub async fn has_schema(url: &str) -> Result<bool> {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let query = if is_postgres(url) {
        "SELECT COUNT(*) FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_name = 'convene_migrations'"
    } else if let Some(path) = sqlite_path(url) {
        // An absent or zero-length file is no database yet; opening it would create one.
        match std::fs::metadata(&path) {
            Ok(m) if m.len() > 0 => {}
            _ => return Ok(false),
        }
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'convene_migrations'"
    } else {
        return Err(StoreError::BadUrl(format!(
            "{url} (expected sqlite://PATH or postgres://…)"
        )));
    };
    let url = match sqlite_path(url) {
        Some(path) => format!("sqlite://{}?mode=ro", path.display()),
        None => url.to_string(),
    };
    let mut conn = sqlx::AnyConnection::connect(&url).await?;
    let n: i64 = sqlx::query_scalar(query).fetch_one(&mut conn).await?;
    conn.close().await?;
    Ok(n > 0)
}

/// Open the store at `url` and bring its schema up to date.
pub async fn open(url: &str, options: OpenOptions) -> Result<Arc<dyn Store>> {
    sqlx::any::install_default_drivers();
    let store = if is_postgres(url) {
        postgres::connect(url, &options).await?
    } else if url.starts_with("sqlite:") {
        sqlite::connect(url, &options).await?
    } else {
        return Err(StoreError::BadUrl(format!(
            "{url} (expected sqlite://PATH or postgres://…)"
        )));
    };
    store.migrate().await?;
    Ok(Arc::new(store) as Arc<dyn Store>)
}

#[cfg(test)]
mod tests {
    use super::sqlite_path;
    use std::path::PathBuf;

    #[test]
    fn sqlite_urls_name_their_file() {
        assert_eq!(
            sqlite_path("sqlite:///srv/c/convene.db?mode=rwc"),
            Some(PathBuf::from("/srv/c/convene.db"))
        );
        assert_eq!(sqlite_path("sqlite:rel.db"), Some(PathBuf::from("rel.db")));
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(sqlite_path("postgres://x/y"), None);
    }
}
