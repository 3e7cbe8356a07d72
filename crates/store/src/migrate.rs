//! Schema migrations: one folder per backend, embedded in the binary, applied in order,
//! each in its own transaction and recorded in `convene_migrations`.

use crate::{sql::SqlStore, Backend, Result, StoreError};
use sqlx::Connection;

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    sql: &'static str,
}

macro_rules! migrations {
    ($dir:literal: $($version:literal $name:literal $file:literal),* $(,)?) => {
        &[$(Migration {
            version: $version,
            name: $name,
            sql: include_str!(concat!("../migrations/", $dir, "/", $file)),
        }),*]
    };
}

const SQLITE: &[Migration] = migrations!("sqlite":
    1 "foundation" "0001_foundation.sql",
    2 "accounts" "0002_accounts.sql",
    3 "translation_workflow" "0003_translation_workflow.sql",
    4 "coalition_standing" "0004_coalition_standing.sql",
    5 "topics" "0005_topics.sql",
    6 "dissent" "0006_dissent.sql",
    7 "moderation" "0007_moderation.sql",
    8 "edits_and_follows" "0008_edits_and_follows.sql",
    9 "voice_counts" "0009_voice_counts.sql",
    10 "notifications" "0010_notifications.sql",
    11 "meetings" "0011_meetings.sql",
    12 "topic_recency" "0012_topic_recency.sql",
    13 "trust_moderation" "0013_trust_moderation.sql",
    14 "invitations" "0014_invitations.sql",
    15 "email_confirmation" "0015_email_confirmation.sql",
    16 "leases" "0016_leases.sql",
    17 "change_log_by_entity" "0017_change_log_by_entity.sql",
    18 "feed_tokens" "0018_feed_tokens.sql",
    19 "watch_levels" "0019_watch_levels.sql",
    20 "text_owner_indexes" "0020_text_owner_indexes.sql",
    21 "balance_by_region" "0021_balance_by_region.sql",
    22 "mail" "0022_mail.sql",
);
const POSTGRES: &[Migration] = migrations!("postgres":
    1 "foundation" "0001_foundation.sql",
    2 "accounts" "0002_accounts.sql",
    3 "translation_workflow" "0003_translation_workflow.sql",
    4 "coalition_standing" "0004_coalition_standing.sql",
    5 "topics" "0005_topics.sql",
    6 "dissent" "0006_dissent.sql",
    7 "moderation" "0007_moderation.sql",
    8 "edits_and_follows" "0008_edits_and_follows.sql",
    9 "voice_counts" "0009_voice_counts.sql",
    10 "notifications" "0010_notifications.sql",
    11 "meetings" "0011_meetings.sql",
    12 "topic_recency" "0012_topic_recency.sql",
    13 "trust_moderation" "0013_trust_moderation.sql",
    14 "invitations" "0014_invitations.sql",
    15 "email_confirmation" "0015_email_confirmation.sql",
    16 "leases" "0016_leases.sql",
    17 "change_log_by_entity" "0017_change_log_by_entity.sql",
    18 "feed_tokens" "0018_feed_tokens.sql",
    19 "watch_levels" "0019_watch_levels.sql",
    20 "text_owner_indexes" "0020_text_owner_indexes.sql",
    21 "balance_by_region" "0021_balance_by_region.sql",
    22 "mail" "0022_mail.sql",
);

/// The newest schema version this build knows (the same on both backends).
pub fn latest_version() -> i64 {
    SQLITE.last().map_or(0, |m| m.version)
}

pub fn list(backend: Backend) -> &'static [Migration] {
    match backend {
        Backend::Sqlite => SQLITE,
        Backend::Postgres => POSTGRES,
    }
}

/// A migration applied by this run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub version: i64,
    pub name: &'static str,
}

/// Any number for the advisory lock that keeps two servers from migrating at once.
const MIGRATION_LOCK: i64 = 0x636f_6e76_656e;

pub async fn run(store: &SqlStore) -> Result<Vec<Applied>> {
    let mut conn = store.write.acquire().await?;
    let pg = store.backend == Backend::Postgres;
    if pg {
        sqlx::query("SELECT 1 AS locked FROM pg_advisory_lock($1)")
            .bind(MIGRATION_LOCK)
            .fetch_all(&mut *conn)
            .await?;
    }
    let result = apply_pending(&mut conn, store.backend).await;
    if pg {
        sqlx::query("SELECT 1 AS unlocked FROM pg_advisory_unlock($1)")
            .bind(MIGRATION_LOCK)
            .fetch_all(&mut *conn)
            .await?;
    }
    result
}

async fn apply_pending(conn: &mut sqlx::AnyConnection, backend: Backend) -> Result<Vec<Applied>> {
    sqlx::query(
        "CREATE TABLE IF NOT EXISTS convene_migrations (
            version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    )
    .execute(&mut *conn)
    .await?;
    let done: Vec<i64> = sqlx::query_scalar("SELECT version FROM convene_migrations")
        .fetch_all(&mut *conn)
        .await?;
    let known = list(backend);
    if let Some(newer) = done
        .iter()
        .find(|v| !known.iter().any(|m| m.version == **v))
    {
        return Err(StoreError::Corrupt(format!(
            "the database has migration {newer}, which this convene does not know: \
             it was written by a newer version"
        )));
    }
    let mut applied = Vec::new();
    for m in known.iter().filter(|m| !done.contains(&m.version)) {
        let mut tx = Connection::begin(&mut *conn).await?;
        sqlx::Executor::execute(&mut *tx, m.sql)
            .await
            .map_err(|source| StoreError::Migration {
                version: m.version,
                source,
            })?;
        sqlx::query(
            "INSERT INTO convene_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
        )
        .bind(m.version)
        .bind(m.name)
        .bind(convene_core::date::now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        tracing::info!(version = m.version, name = m.name, "applied migration");
        applied.push(Applied {
            version: m.version,
            name: m.name,
        });
    }
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_backends_have_the_same_migrations() {
        let s: Vec<_> = SQLITE.iter().map(|m| (m.version, m.name)).collect();
        let p: Vec<_> = POSTGRES.iter().map(|m| (m.version, m.name)).collect();
        assert_eq!(s, p);
        assert!(s.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
