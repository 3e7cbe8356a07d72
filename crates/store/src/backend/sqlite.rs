//! SQLite: the embedded default. WAL so readers never wait for the writer; a single
//! writer connection so writes queue in the pool instead of failing with SQLITE_BUSY;
//! `synchronous = FULL` so a write acknowledged to a client survives a power cut.

use super::{Backend, OpenOptions};
use crate::{sql::SqlStore, Result};
use sqlx::any::AnyPoolOptions;
use sqlx::AnyConnection;
use sqlx::Executor;

async fn prepare(conn: &mut AnyConnection, bulk: bool) -> Result<(), sqlx::Error> {
    conn.execute("PRAGMA foreign_keys = ON").await?;
    conn.execute("PRAGMA busy_timeout = 5000").await?;
    if bulk {
        conn.execute("PRAGMA synchronous = OFF").await?;
    } else {
        conn.execute("PRAGMA synchronous = FULL").await?;
    }
    Ok(())
}

pub async fn connect(url: &str, options: &OpenOptions) -> Result<SqlStore> {
    let url = if url.contains("mode=") {
        url.to_string()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    };
    let bulk = options.bulk_load;
    // An SQLite connection is a file handle in this process: it cannot be dropped by a
    // server the way a network connection can, so the ping sqlx sends on every checkout
    // by default buys nothing and cost 1.3-2x on small reads (BENCHMARKS.md, data layer).
    let write = AnyPoolOptions::new()
        .max_connections(1)
        .test_before_acquire(false)
        .after_connect(move |conn, _| Box::pin(prepare(conn, bulk)))
        .connect(&url)
        .await?;
    if url.contains(":memory:") {
        // Each in-memory connection is its own database: readers must share the writer.
        return Ok(SqlStore::new(Backend::Sqlite, write.clone(), write));
    }
    // The journal mode is stored in the file, so setting it once is enough.
    sqlx::query("PRAGMA journal_mode = WAL")
        .fetch_all(&write)
        .await?;
    let read = AnyPoolOptions::new()
        .max_connections(options.max_connections.unwrap_or(8))
        .test_before_acquire(false)
        .after_connect(|conn, _| Box::pin(prepare(conn, false)))
        .connect(&url)
        .await?;
    Ok(SqlStore::new(Backend::Sqlite, read, write))
}
