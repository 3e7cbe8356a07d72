//! `convene backup` while another process writes, `convene restore` into a fresh
//! database, and the refusals: an existing output file, a target holding forum data.
//! The restored database is read with plain SQL, so checking it migrates nothing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_store::testing::{ScratchDir, TestDatabase};
use sqlx::Connection;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

/// The newest migration this binary knows.
fn latest() -> i64 {
    convene_store::latest_version()
}

fn convene(db: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_convene"));
    for var in [
        "CONVENE_DATA",
        "CONVENE_DATABASE_URL",
        "CONVENE_CONFIG",
        "CONVENE_LOG_FORMAT",
    ] {
        c.env_remove(var);
    }
    // Only warnings and errors on stderr, so a refusal is its one line.
    c.env("CONVENE_LOG", "warn").args(db);
    c
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The one line a refused command printed.
fn refused(out: Output) -> String {
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr).trim().to_string();
    assert_eq!(err.lines().count(), 1, "expected one line, got: {err}");
    assert!(err.starts_with("error: "), "{err}");
    err
}

async fn scalar(url: &str, sql: &str) -> i64 {
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(url).await.unwrap();
    let n: i64 = sqlx::query_scalar(sql).fetch_one(&mut conn).await.unwrap();
    conn.close().await.unwrap();
    n
}

async fn posts(url: &str) -> i64 {
    scalar(url, "SELECT COUNT(*) FROM posts").await
}

/// A writer adding 50 posts a second for three seconds.
fn writer(db: &[&str]) -> Child {
    convene(db)
        .args([
            "write-bench",
            "--writers",
            "2",
            "--seconds",
            "3",
            "--rate",
            "50",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Backs up `db` to `out` while a writer runs; returns the posts before the writer
/// started and after it finished.
async fn backup_while_writing(db: &[&str], url: &str, out: &Path) -> (i64, i64) {
    ok(convene(db).arg("demo").output().unwrap());
    let before = posts(url).await;
    let mut writing = writer(db);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let said = ok(convene(db)
        .args(["backup", "--out", out.to_str().unwrap()])
        .output()
        .unwrap());
    assert!(said.contains("backup written to"), "{said}");
    assert!(
        writing.try_wait().unwrap().is_none(),
        "the writer finished before the backup did: nothing was written meanwhile"
    );
    let written = ok(
        tokio::task::spawn_blocking(move || writing.wait_with_output())
            .await
            .unwrap()
            .unwrap(),
    );
    assert!(written.contains("posts="), "{written}");
    let after = posts(url).await;
    assert!(
        after > before + 50,
        "{before} -> {after}: the writer wrote little"
    );
    // The same file again is refused and left as it was.
    let size = std::fs::metadata(out).unwrap().len();
    let err = refused(
        convene(db)
            .args(["backup", "--out", out.to_str().unwrap()])
            .output()
            .unwrap(),
    );
    assert!(err.contains("exists"), "{err}");
    assert_eq!(std::fs::metadata(out).unwrap().len(), size);
    (before, after)
}

/// The restored database is migrated and holds the posts up to the backup, and not
/// those written after it.
async fn check_restored(url: &str, before: i64, after: i64) {
    assert_eq!(
        scalar(url, "SELECT MAX(version) FROM convene_migrations").await,
        latest()
    );
    let restored = posts(url).await;
    assert!(
        before < restored && restored < after,
        "posts: {before} before writing, {restored} restored, {after} after writing"
    );
}

#[tokio::test]
async fn sqlite_backup_while_writing_restores_into_a_fresh_database() {
    let dir = ScratchDir::new().unwrap();
    let data = dir.0.join("data");
    let source = ["--data", data.to_str().unwrap()];
    let url = format!("sqlite://{}", data.join("convene.db").display());
    let out = dir.0.join("forum.backup");
    let (before, after) = backup_while_writing(&source, &url, &out).await;

    let fresh = dir.0.join("fresh");
    let target = ["--data", fresh.to_str().unwrap()];
    let file = out.to_str().unwrap();
    let said = ok(convene(&target).args(["restore", file]).output().unwrap());
    assert!(said.contains("up to date"), "{said}");
    let restored_url = format!("sqlite://{}", fresh.join("convene.db").display());
    check_restored(&restored_url, before, after).await;

    // Now it holds forum data: a second restore is refused and changes nothing.
    let count = posts(&restored_url).await;
    let err = refused(convene(&target).args(["restore", file]).output().unwrap());
    assert!(err.contains("holds forum data"), "{err}");
    assert_eq!(posts(&restored_url).await, count);

    // An empty database (migrated, no forum data) may be restored into.
    let empty = dir.0.join("empty");
    let target = ["--data", empty.to_str().unwrap()];
    ok(convene(&target).arg("migrate").output().unwrap());
    ok(convene(&target).args(["restore", file]).output().unwrap());
    let empty_url = format!("sqlite://{}", empty.join("convene.db").display());
    assert_eq!(posts(&empty_url).await, count);

    // Not a backup at all, or the other backend's: one line, nothing written.
    let junk = dir.0.join("junk");
    std::fs::write(&junk, "hello").unwrap();
    let other = dir.0.join("other");
    let target = ["--data", other.to_str().unwrap()];
    let err = refused(
        convene(&target)
            .args(["restore", junk.to_str().unwrap()])
            .output()
            .unwrap(),
    );
    assert!(err.contains("not a convene backup"), "{err}");
    assert!(!other.join("convene.db").exists());
}

#[tokio::test]
async fn sqlite_restore_of_an_older_backup_migrates_it() {
    let dir = ScratchDir::new().unwrap();
    let data = dir.0.join("data");
    let db = ["--data", data.to_str().unwrap()];
    ok(convene(&db).arg("demo").output().unwrap());
    let out = dir.0.join("old.backup");
    ok(convene(&db)
        .args(["backup", "--out", out.to_str().unwrap()])
        .output()
        .unwrap());
    // Make the copy look like one taken before migration 16 (leases): undo 16 and every
    // later migration (a new migration adds its undo here).
    let old_url = format!("sqlite://{}", out.display());
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(&old_url).await.unwrap();
    for undo in [
        "DROP TABLE leases",
        "DROP INDEX IF EXISTS change_log_by_entity",
        "DROP TABLE IF EXISTS feed_tokens",
        "ALTER TABLE follows DROP COLUMN level",
        "DROP INDEX IF EXISTS coalitions_by_text",
        "DROP INDEX IF EXISTS coalition_outputs_by_text",
        "DROP TABLE country_regions",
        "DROP TABLE thread_voices",
        "CREATE TABLE thread_voices (thread_id INTEGER NOT NULL REFERENCES threads(id), \
         stakeholder_group TEXT NOT NULL, country TEXT NOT NULL, n INTEGER NOT NULL, \
         PRIMARY KEY (thread_id, stakeholder_group, country))",
        "DROP TABLE coalition_voices",
        "CREATE TABLE coalition_voices (coalition_id INTEGER NOT NULL REFERENCES coalitions(id), \
         stakeholder_group TEXT NOT NULL, country TEXT NOT NULL, n INTEGER NOT NULL, \
         PRIMARY KEY (coalition_id, stakeholder_group, country))",
        "DROP TABLE IF EXISTS mail_digests",
        "DROP TABLE IF EXISTS mail_digest_items",
        "DROP TABLE IF EXISTS mail_outbox",
        "ALTER TABLE follows DROP COLUMN mail",
        "DELETE FROM convene_migrations WHERE version >= 16",
    ] {
        sqlx::query(undo).execute(&mut conn).await.unwrap();
    }
    conn.close().await.unwrap();

    let fresh = dir.0.join("fresh");
    let target = ["--data", fresh.to_str().unwrap()];
    ok(convene(&target)
        .args(["restore", out.to_str().unwrap()])
        .output()
        .unwrap());
    let url = format!("sqlite://{}", fresh.join("convene.db").display());
    assert_eq!(
        scalar(&url, "SELECT MAX(version) FROM convene_migrations").await,
        latest()
    );
    assert_eq!(scalar(&url, "SELECT COUNT(*) FROM leases").await, 0);
    assert!(posts(&url).await > 0);
}

#[tokio::test]
#[ignore = "needs CONVENE_TEST_DATABASE_URL (the test script sets it)"]
async fn postgres_backup_while_writing_restores_into_a_fresh_database() {
    let dir = ScratchDir::new().unwrap();
    let data = dir.0.to_str().unwrap();
    let src = TestDatabase::create().await.unwrap();
    let source = ["--data", data, "--database-url", &src.url];
    let out = dir.0.join("forum.pgdump");
    let (before, after) = backup_while_writing(&source, &src.url, &out).await;

    let dst = TestDatabase::create().await.unwrap();
    let target = ["--data", data, "--database-url", &dst.url];
    let file = out.to_str().unwrap();
    ok(convene(&target).args(["restore", file]).output().unwrap());
    check_restored(&dst.url, before, after).await;

    let count = posts(&dst.url).await;
    let err = refused(convene(&target).args(["restore", file]).output().unwrap());
    assert!(err.contains("holds forum data"), "{err}");
    assert_eq!(posts(&dst.url).await, count);

    // A database with convene's tables but no data would collide with the dump: refused
    // with what to do instead.
    let migrated = TestDatabase::create().await.unwrap();
    let target = ["--data", data, "--database-url", &migrated.url];
    ok(convene(&target).arg("migrate").output().unwrap());
    let err = refused(convene(&target).args(["restore", file]).output().unwrap());
    assert!(err.contains("createdb"), "{err}");

    // Without PostgreSQL's client tools, one line says what to install.
    let fresh = TestDatabase::create().await.unwrap();
    let target = ["--data", data, "--database-url", &fresh.url];
    let none = dir.0.join("none");
    let mut restore = convene(&target);
    restore.args(["restore", file]);
    let mut backup = convene(&source);
    backup.args(["backup", "--out", none.to_str().unwrap()]);
    for mut command in [restore, backup] {
        let err = refused(command.env("PATH", "/nonexistent").output().unwrap());
        assert!(err.contains("postgresql-client"), "{err}");
    }
    assert!(!none.exists());
    assert_eq!(
        scalar(
            &fresh.url,
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
        )
        .await,
        0,
        "a refused restore writes nothing"
    );

    // A PostgreSQL archive is no SQLite database.
    let sqlite = ["--data", data];
    let err = refused(convene(&sqlite).args(["restore", file]).output().unwrap());
    assert!(err.contains("postgres backup"), "{err}");

    for db in [src, dst, migrated, fresh] {
        db.finish().await;
    }
}
