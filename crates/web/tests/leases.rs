//! Two servers on one database: each runs the notifier, as `convene serve` does, with
//! its own connections and holder id. Only the lease holder notifies, so every follower
//! hears of a post once; when the holder stops, the other takes over.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_core::model::*;
use convene_core::StakeholderGroup;
use convene_store::testing::{ScratchDir, TestDatabase};
use convene_store::{OpenOptions, Store};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::watch;

async fn person(s: &dyn Store, n: u32) -> i64 {
    s.create_participant(&NewParticipant {
        display_name: format!("Person {n}"),
        email: format!("p{n}@example.org"),
        stakeholder_group: StakeholderGroup::TechnicalCommunity,
        country: "BR".into(),
        affiliation: String::new(),
        role: Role::Participant,
    })
    .await
    .unwrap()
}

async fn reply(s: &dyn Store, thread: i64, author: i64, n: usize) -> i64 {
    s.add_post(&NewPost {
        thread_id: thread,
        author_id: author,
        lang: "en".into(),
        body_md: format!("Reply {n}"),
        reply_to: None,
        held: false,
    })
    .await
    .unwrap()
}

/// How many notifications each follower has.
async fn counts(s: &dyn Store, followers: &[i64]) -> Vec<usize> {
    let mut out = Vec::new();
    for f in followers {
        out.push(s.notifications(*f, i64::MAX, 1000).await.unwrap().len());
    }
    out
}

/// Waits until each follower has at least the notifications wanted (or the deadline
/// passes), then returns the counts.
async fn settle(s: &dyn Store, followers: &[i64], want: &[usize], within: Duration) -> Vec<usize> {
    let deadline = Instant::now() + within;
    loop {
        let now = counts(s, followers).await;
        if now.iter().zip(want).all(|(n, w)| n >= w) || Instant::now() > deadline {
            return now;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

struct Server {
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

fn start(store: Arc<dyn Store>, holder: &str) -> Server {
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(convene_web::notifier::run(store, holder.into(), stopped));
    Server { stop, task }
}

impl Server {
    async fn shut_down(self) {
        self.stop.send(true).unwrap();
        self.task.await.unwrap();
    }
}

async fn notifications_are_sent_once_by_the_lease_holder(url: &str) {
    let options = || OpenOptions {
        max_connections: Some(4),
        ..OpenOptions::default()
    };
    let a = convene_store::open(url, options()).await.unwrap();
    let b = convene_store::open(url, options()).await.unwrap();
    let author = person(&*a, 1).await;
    let followers = [person(&*a, 2).await, person(&*a, 3).await];
    let thread = a
        .create_thread(&NewThread {
            coalition_id: None,
            title: "Shared work".into(),
            lang: "en".into(),
            author_id: author,
            body_md: "Opening".into(),
            held: false,
        })
        .await
        .unwrap();
    for f in followers {
        a.set_follow(f, FollowKind::Thread, thread, true)
            .await
            .unwrap();
    }
    // The opening post predates the follows (or not, within the second): read it now so
    // only the replies count.
    convene_web::notifier::catch_up(&*a).await.unwrap();
    let base = counts(&*a, &followers).await;
    // Enough waiting work that two notifiers starting together would both find it.
    let replies = 20;
    for n in 0..replies {
        reply(&*a, thread, author, n).await;
    }

    let one = start(a.clone(), "server-a");
    let two = start(b.clone(), "server-b");
    let expected: Vec<usize> = base.iter().map(|n| n + replies).collect();
    let got = settle(&*a, &followers, &expected, Duration::from_secs(10)).await;
    // Give the other server its next round (every 3 s) to show it adds nothing.
    tokio::time::sleep(Duration::from_millis(3500)).await;
    let got_later = counts(&*a, &followers).await;
    assert_eq!(got, expected, "each follower hears of each reply once");
    assert_eq!(got_later, expected, "and not again from the other server");

    // One server stops and gives up its lease: the other notifies from its next round,
    // well before the lease would have expired (15 s).
    one.shut_down().await;
    reply(&*b, thread, author, replies).await;
    let expected: Vec<usize> = expected.iter().map(|n| n + 1).collect();
    let got = settle(&*b, &followers, &expected, Duration::from_secs(8)).await;
    assert_eq!(got, expected, "the remaining server took over the notifier");
    two.shut_down().await;
    a.close().await;
    b.close().await;
}

#[tokio::test]
async fn sqlite_two_servers_notify_once() {
    let dir = ScratchDir::new().unwrap();
    let url = format!("sqlite://{}", dir.0.join("convene.db").display());
    notifications_are_sent_once_by_the_lease_holder(&url).await;
}

#[tokio::test]
#[ignore = "needs CONVENE_TEST_DATABASE_URL (the test script sets it)"]
async fn postgres_two_servers_notify_once() {
    let db = TestDatabase::create().await.unwrap();
    notifications_are_sent_once_by_the_lease_holder(&db.url).await;
    db.finish().await;
}
