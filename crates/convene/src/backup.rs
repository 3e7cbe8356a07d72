//! `convene backup` and `convene restore`. A backup is taken online, while servers keep
//! writing: SQLite through the store (`VACUUM INTO`, one snapshot), PostgreSQL with
//! `pg_dump` (one snapshot too). A restore goes into an empty database only, then
//! migrates it, so an older backup comes up to date.

use crate::pg_tools;
use crate::settings::Settings;
use convene_store::{Backend, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Writes the backup to `out` (which must not exist); returns its size in bytes.
pub async fn backup(settings: &Settings, out: &Path) -> Result<u64, String> {
    if out.symlink_metadata().is_ok() {
        return Err(format!(
            "{} exists already: backup does not overwrite files",
            out.display()
        ));
    }
    let url = &settings.database_url;
    let shown = pg_tools::split_password(url).0;
    let found = convene_store::has_schema(url)
        .await
        .map_err(|e| format!("database {shown}: {e}"))?;
    if !found {
        return Err(format!("no convene database at {shown}"));
    }
    let backend = Backend::of_url(url);
    if backend == Backend::Postgres {
        pg_tools::find("pg_dump")?;
    }
    // Written beside the target first, so an interrupted backup never looks complete.
    let partial = partial_path(out);
    let _ = std::fs::remove_file(&partial);
    eprintln!(
        "backing up the {} database to {}",
        backend.name(),
        out.display()
    );
    let written = match backend {
        Backend::Sqlite => sqlite_backup(url, &partial).await,
        Backend::Postgres => {
            let args = vec![
                "--format=custom".to_string(),
                "--no-owner".to_string(),
                format!("--file={}", partial.display()),
            ];
            pg_tools::run("pg_dump", url, args).await
        }
    };
    let published = written.and_then(|()| publish(&partial, out));
    let _ = std::fs::remove_file(&partial);
    published?;
    std::fs::metadata(out)
        .map(|m| m.len())
        .map_err(|e| format!("cannot read {}: {e}", out.display()))
}

async fn sqlite_backup(url: &str, to: &Path) -> Result<(), String> {
    let options = OpenOptions {
        max_connections: Some(1),
        ..OpenOptions::default()
    };
    let store = convene_store::open(url, options)
        .await
        .map_err(|e| format!("database: {e}"))?;
    let result = store.backup_to(to).await;
    store.close().await;
    result.map_err(|e| format!("backup: {e}"))
}

fn partial_path(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "backup".into());
    out.with_file_name(format!(".{name}.partial-{}", std::process::id()))
}

/// Put the finished file in place, never replacing one that appeared meanwhile.
fn publish(partial: &Path, out: &Path) -> Result<(), String> {
    match std::fs::hard_link(partial, out) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(format!(
            "{} exists already: backup does not overwrite files",
            out.display()
        )),
        Err(e) => Err(format!("cannot write {}: {e}", out.display())),
    }
}

/// What a backup file holds, from its first bytes.
fn kind_of(file: &Path) -> Result<Backend, String> {
    let mut head = [0u8; 16];
    let mut f =
        std::fs::File::open(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let n = f
        .read(&mut head)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let head = &head[..n];
    if head == b"SQLite format 3\0" {
        Ok(Backend::Sqlite)
    } else if head.starts_with(b"PGDMP") {
        Ok(Backend::Postgres)
    } else {
        Err(format!(
            "{} is not a convene backup (neither a SQLite database nor a pg_dump archive)",
            file.display()
        ))
    }
}

/// Loads `file` into the configured database, which must hold no forum data, and
/// migrates it.
pub async fn restore(settings: &Settings, file: &Path) -> Result<(), String> {
    let url = &settings.database_url;
    let shown = pg_tools::split_password(url).0;
    let backend = Backend::of_url(url);
    let kind = kind_of(file)?;
    if kind != backend {
        return Err(format!(
            "{} is a {} backup but the database is {}",
            file.display(),
            kind.name(),
            backend.name()
        ));
    }
    if backend == Backend::Postgres {
        pg_tools::find("pg_restore")?;
    }
    let found = convene_store::has_schema(url)
        .await
        .map_err(|e| format!("database {shown}: {e}"))?;
    if found {
        let store = convene_store::open(url, OpenOptions::default())
            .await
            .map_err(|e| format!("database: {e}"))?;
        let empty = store.is_empty().await;
        store.close().await;
        if !empty.map_err(|e| format!("database: {e}"))? {
            return Err(format!(
                "the database at {shown} holds forum data: restore only into an empty database"
            ));
        }
        if backend == Backend::Postgres {
            // pg_restore would collide with the tables already there.
            return Err(format!(
                "the database at {shown} has convene's tables already (but no forum data): \
                 restore into a new database (createdb NAME)"
            ));
        }
    }
    eprintln!(
        "restoring {} into the {} database",
        file.display(),
        backend.name()
    );
    match backend {
        Backend::Sqlite => sqlite_restore(url, file)?,
        Backend::Postgres => {
            let args = vec![
                "--no-owner".to_string(),
                "--exit-on-error".to_string(),
                "--single-transaction".to_string(),
                file.display().to_string(),
            ];
            pg_tools::run("pg_restore", url, args).await?;
        }
    }
    // Opening migrates; builtin pages and topics added since the backup come in too.
    let store = crate::serve::open_store(settings)
        .await
        .map_err(|e| e.to_string())?;
    // pg_restore loads rows, not the planner's statistics.
    let analyzed = store.refresh_statistics().await;
    store.close().await;
    analyzed.map_err(|e| format!("database: {e}"))
}

/// Copy the backup into place: beside the target first, then renamed over it, so a
/// reader never sees half a database.
fn sqlite_restore(url: &str, file: &Path) -> Result<(), String> {
    let Some(target) = convene_store::sqlite_path(url) else {
        return Err("restore needs a SQLite file, not an in-memory database".into());
    };
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let partial = partial_path(&target);
    std::fs::copy(file, &partial).map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        format!(
            "cannot copy {} to {}: {e}",
            file.display(),
            partial.display()
        )
    })?;
    // An empty database being replaced may have left its write-ahead log behind; it
    // belongs to the old file and must not be replayed into the new one.
    for suffix in ["-wal", "-shm"] {
        let mut side = target.clone().into_os_string();
        side.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(side));
    }
    std::fs::rename(&partial, &target).map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        format!("cannot write {}: {e}", target.display())
    })
}
