//! Leases for background work shared by several servers, and SQLite's online backup, on
//! both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_store::{conformance, testing::ScratchDir, Backend, Store, StoreError};

conformance!(
    one_holder_at_a_time_until_expiry,
    a_released_lease_is_free_at_once,
    concurrent_takers_get_one_winner,
    sqlite_backs_up_online_postgres_says_use_pg_dump,
);

async fn one_holder_at_a_time_until_expiry(s: &dyn Store) {
    let t = 1_000_000;
    assert!(s.take_lease("notifier", "a", t, 10).await.unwrap());
    assert!(!s.take_lease("notifier", "b", t + 1, 10).await.unwrap());
    // Another name is another lease.
    assert!(s.take_lease("reminders", "b", t + 1, 10).await.unwrap());
    // The holder renews, which moves the expiry on.
    assert!(s.take_lease("notifier", "a", t + 8, 10).await.unwrap());
    assert!(!s.take_lease("notifier", "b", t + 12, 10).await.unwrap());
    // Not renewed by its expiry (t + 18): the other takes it, and now a waits.
    assert!(s.take_lease("notifier", "b", t + 18, 10).await.unwrap());
    assert!(!s.take_lease("notifier", "a", t + 19, 10).await.unwrap());
    assert!(s.take_lease("notifier", "b", t + 20, 10).await.unwrap());
}

async fn a_released_lease_is_free_at_once(s: &dyn Store) {
    let t = 2_000_000;
    assert!(s.take_lease("notifier", "a", t, 60).await.unwrap());
    // Only the holder can release it.
    s.release_lease("notifier", "b").await.unwrap();
    assert!(!s.take_lease("notifier", "b", t + 1, 60).await.unwrap());
    s.release_lease("notifier", "a").await.unwrap();
    assert!(s.take_lease("notifier", "b", t + 1, 60).await.unwrap());
    // Releasing what one does not hold is harmless.
    s.release_lease("notifier", "a").await.unwrap();
    s.release_lease("nothing", "a").await.unwrap();
}

async fn concurrent_takers_get_one_winner(s: &dyn Store) {
    let t = 3_000_000;
    // Asked at once (on PostgreSQL over separate connections), exactly one wins.
    let won = tokio::join!(
        s.take_lease("race", "server-1", t, 30),
        s.take_lease("race", "server-2", t, 30),
        s.take_lease("race", "server-3", t, 30),
        s.take_lease("race", "server-4", t, 30),
    );
    let won = [
        won.0.unwrap(),
        won.1.unwrap(),
        won.2.unwrap(),
        won.3.unwrap(),
    ];
    assert_eq!(won.iter().filter(|w| **w).count(), 1, "{won:?}");
}

async fn sqlite_backs_up_online_postgres_says_use_pg_dump(s: &dyn Store) {
    let dir = ScratchDir::new().unwrap();
    let path = dir.0.join("copy.db");
    match s.backend() {
        Backend::Postgres => {
            let err = s.backup_to(&path).await.unwrap_err();
            assert!(matches!(err, StoreError::Unsupported(_)), "{err}");
            assert!(err.to_string().contains("pg_dump"), "{err}");
        }
        Backend::Sqlite => {
            s.set_setting("backup_probe", "before").await.unwrap();
            s.backup_to(&path).await.unwrap();
            // A write after the copy is not in it.
            s.set_setting("backup_probe", "after").await.unwrap();
            let url = format!("sqlite://{}", path.display());
            let copy = convene_store::open(&url, Default::default()).await.unwrap();
            assert_eq!(
                copy.setting("backup_probe").await.unwrap().as_deref(),
                Some("before")
            );
            copy.close().await;
            // VACUUM INTO never overwrites a database.
            assert!(s.backup_to(&path).await.is_err());
        }
    }
}
