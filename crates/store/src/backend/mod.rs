//! Connecting to a backend. The URL picks it: `postgres://` or `postgresql://` selects
//! PostgreSQL, anything else is taken as SQLite.

pub mod postgres;
pub mod sqlite;

use crate::{Result, Store, StoreError};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
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

/// Open the store at `url` and bring its schema up to date.
pub async fn open(url: &str, options: OpenOptions) -> Result<Arc<dyn Store>> {
    sqlx::any::install_default_drivers();
    let store = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
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
