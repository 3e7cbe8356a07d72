//! PostgreSQL: for scale. One pool serves reads and writes; an optional schema keeps
//! several installs (or tests) apart in one database.

use super::{Backend, OpenOptions};
use crate::{sql::SqlStore, Result, StoreError};
use sqlx::any::AnyPoolOptions;
use sqlx::{Connection, Executor};

/// Schema names go into SQL text, so only plain identifiers are accepted.
fn checked_schema(name: &str) -> Result<&str> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit());
    if ok {
        Ok(name)
    } else {
        Err(StoreError::BadUrl(format!(
            "schema name {name:?}: use lower-case letters, digits and _"
        )))
    }
}

pub async fn connect(url: &str, options: &OpenOptions) -> Result<SqlStore> {
    let schema = match &options.pg_schema {
        Some(s) => Some(checked_schema(s)?.to_string()),
        None => None,
    };
    if let Some(schema) = &schema {
        let mut conn = sqlx::AnyConnection::connect(url).await?;
        conn.execute(format!("CREATE SCHEMA IF NOT EXISTS \"{schema}\"").as_str())
            .await?;
        conn.close().await?;
    }
    let bulk = options.bulk_load;
    let pool = AnyPoolOptions::new()
        .max_connections(options.max_connections.unwrap_or(16))
        .after_connect(move |conn, _| {
            let schema = schema.clone();
            Box::pin(async move {
                if let Some(schema) = schema {
                    conn.execute(format!("SET search_path TO \"{schema}\"").as_str())
                        .await?;
                }
                if bulk {
                    conn.execute("SET synchronous_commit = off").await?;
                }
                Ok(())
            })
        })
        .connect(url)
        .await?;
    Ok(SqlStore::new(Backend::Postgres, pool.clone(), pool))
}

/// Drop a schema made for a test. Best effort: a leftover schema harms nothing.
pub async fn drop_schema(url: &str, schema: &str) -> Result<()> {
    let schema = checked_schema(schema)?;
    let mut conn = sqlx::AnyConnection::connect(url).await?;
    conn.execute(format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE").as_str())
        .await?;
    conn.close().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::checked_schema;

    #[test]
    fn schema_names_are_plain_identifiers() {
        assert!(checked_schema("t_123_abc").is_ok());
        assert!(checked_schema("x\"; DROP TABLE y; --").is_err());
        assert!(checked_schema("1abc").is_err());
        assert!(checked_schema("").is_err());
    }
}
