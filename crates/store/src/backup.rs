//! Online backups of a SQLite database. PostgreSQL's are made with pg_dump, outside the
//! store.

use crate::{sql::SqlStore, Backend, Result, StoreError};
use std::path::Path;

impl SqlStore {
    pub(crate) async fn do_backup_to(&self, path: &Path) -> Result<()> {
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
}
