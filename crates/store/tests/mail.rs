//! The Mail part of the store on both backends: watches' mail settings, the outbox (queued
//! once per key, claimed, sent, retried, interrupted claims never sent again), news
//! written with the notifier's cursor in one transaction, digests, unsubscribing and
//! erasing with the account.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_core::mail::{MailFrequency, Unsubscribe};
use convene_core::model::*;
use convene_core::StakeholderGroup;
use convene_store::{conformance, NewDigestItem, NewMail, OutboxCounts, Store};

conformance!(
    watches_keep_their_mail_setting,
    the_outbox_sends_each_mail_once,
    news_is_written_with_the_cursor,
    digests_are_due_after_their_period,
    unsubscribing_stops_the_mail_not_the_watch,
    deleting_the_account_erases_its_mail,
    the_secret_is_made_once,
);

async fn person(s: &dyn Store, n: u32) -> i64 {
    s.create_participant(&NewParticipant {
        display_name: format!("Person {n}"),
        email: format!("p{n}@example.org"),
        stakeholder_group: StakeholderGroup::CivilSociety,
        country: "KE".into(),
        affiliation: String::new(),
        role: Role::Participant,
    })
    .await
    .unwrap()
}

fn mail(who: i64, key: &str) -> NewMail {
    NewMail {
        participant_id: Some(who),
        recipient: format!("p{who}@example.org"),
        dedupe_key: key.into(),
        message: format!("Subject: {key}\r\n\r\nbody\r\n"),
    }
}

async fn watches_keep_their_mail_setting(s: &dyn Store) {
    let a = person(s, 1).await;
    let kind = FollowKind::Coalition;
    s.set_watch_mail(
        a,
        kind,
        7,
        Some(WatchLevel::NewOnly),
        Some(MailFrequency::Daily),
    )
    .await
    .unwrap();
    assert_eq!(
        s.watch(a, kind, 7).await.unwrap(),
        Some((WatchLevel::NewOnly, Some(MailFrequency::Daily)))
    );
    // Changing the level with the plain watch form keeps the mail choice.
    s.set_watch(a, kind, 7, Some(WatchLevel::Everything))
        .await
        .unwrap();
    assert_eq!(
        s.watch_mail(a, kind, 7).await.unwrap(),
        Some(MailFrequency::Daily)
    );
    assert_eq!(
        s.watch_mails(a, kind).await.unwrap(),
        vec![(7, MailFrequency::Daily)]
    );
    let w = s.mail_watchers(kind, 7, true).await.unwrap();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].participant_id, a);
    assert_eq!(w[0].frequency, MailFrequency::Daily);
    // No mail: not a mail watcher, still a watcher.
    s.set_watch_mail(a, kind, 7, Some(WatchLevel::Everything), None)
        .await
        .unwrap();
    assert!(s.mail_watchers(kind, 7, false).await.unwrap().is_empty());
    assert_eq!(s.followers(kind, 7).await.unwrap().len(), 1);
    // Stopping the watch stops its mail.
    s.set_watch_mail(a, kind, 7, None, Some(MailFrequency::Immediately))
        .await
        .unwrap();
    assert_eq!(s.watch(a, kind, 7).await.unwrap(), None);
    // A new watch, new-only: not among those told of every post.
    s.set_watch_mail(
        a,
        kind,
        8,
        Some(WatchLevel::NewOnly),
        Some(MailFrequency::Immediately),
    )
    .await
    .unwrap();
    assert_eq!(s.mail_watchers(kind, 8, false).await.unwrap().len(), 1);
    assert!(s.mail_watchers(kind, 8, true).await.unwrap().is_empty());
    assert_eq!(s.mail_participants(&[a, 999]).await.unwrap().len(), 1);
}

async fn the_outbox_sends_each_mail_once(s: &dyn Store) {
    let a = person(s, 1).await;
    assert!(s.queue_mail(&mail(a, "post-1")).await.unwrap().is_some());
    // The same key again (a repeated step) queues nothing.
    assert_eq!(s.queue_mail(&mail(a, "post-1")).await.unwrap(), None);
    s.queue_mail(&mail(a, "post-2")).await.unwrap();
    s.queue_mail(&mail(a, "post-3")).await.unwrap();
    let now = convene_core::date::now();
    let claimed = s.claim_mail("one", now, 10).await.unwrap();
    assert_eq!(claimed.len(), 3);
    assert!(claimed.windows(2).all(|w| w[0].id < w[1].id));
    // Claimed mail is nobody else's.
    assert!(s.claim_mail("two", now, 10).await.unwrap().is_empty());
    s.mail_sent(claimed[0].id, now).await.unwrap();
    s.mail_failed(claimed[1].id, "421 try later", Some(now - 1))
        .await
        .unwrap();
    // The third was being sent when its sender stopped: it may have gone out.
    assert_eq!(
        s.outbox_counts().await.unwrap(),
        OutboxCounts {
            waiting: 1,
            claimed: 1,
            sent: 1,
            failed: 0
        }
    );
    assert_eq!(s.abandon_stale_claims(now + 1).await.unwrap(), 1);
    let again = s.claim_mail("two", now, 10).await.unwrap();
    assert_eq!(
        again.len(),
        1,
        "only the retried mail, never the sent or interrupted"
    );
    assert_eq!(again[0].id, claimed[1].id);
    assert_eq!(again[0].attempts, 1);
    s.mail_failed(again[0].id, "550 no such user", None)
        .await
        .unwrap();
    assert!(s
        .claim_mail("two", now + 10_000, 10)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        s.outbox_counts().await.unwrap(),
        OutboxCounts {
            waiting: 0,
            claimed: 0,
            sent: 1,
            failed: 2
        }
    );
    assert_eq!(s.prune_outbox(now + 1).await.unwrap(), 3);
}

async fn news_is_written_with_the_cursor(s: &dyn Store) {
    let a = person(s, 1).await;
    let note = NewNotification {
        participant_id: a,
        kind: "new-post".into(),
        args: vec![("title".into(), "Spam".into())],
        link: "/threads/1".into(),
    };
    let item = NewDigestItem {
        participant_id: a,
        frequency: MailFrequency::Weekly,
        dedupe_key: "post-5".into(),
        item: "{}".into(),
    };
    s.record_news(
        std::slice::from_ref(&note),
        &[mail(a, "post-5")],
        std::slice::from_ref(&item),
        Some(("test_cursor", 41)),
    )
    .await
    .unwrap();
    assert_eq!(
        s.setting("test_cursor").await.unwrap().as_deref(),
        Some("41")
    );
    assert_eq!(s.unread_notifications(a).await.unwrap(), 1);
    // Repeated (a crash before the cursor moved on elsewhere): mail and items once.
    s.record_news(
        &[],
        &[mail(a, "post-5")],
        &[item],
        Some(("test_cursor", 42)),
    )
    .await
    .unwrap();
    assert_eq!(s.outbox_counts().await.unwrap().waiting, 1);
    assert_eq!(
        s.digest_items(a, MailFrequency::Weekly)
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        s.setting("test_cursor").await.unwrap().as_deref(),
        Some("42")
    );
}

async fn digests_are_due_after_their_period(s: &dyn Store) {
    let a = person(s, 1).await;
    let b = person(s, 2).await;
    let items: Vec<NewDigestItem> = [
        (a, MailFrequency::Daily, "post-1"),
        (a, MailFrequency::Daily, "post-2"),
        (b, MailFrequency::Weekly, "post-1"),
    ]
    .iter()
    .map(|(who, f, key)| NewDigestItem {
        participant_id: *who,
        frequency: *f,
        dedupe_key: (*key).into(),
        item: format!("{{\"key\":\"{key}\"}}"),
    })
    .collect();
    s.record_news(&[], &[], &items, None).await.unwrap();
    let now = convene_core::date::now();
    assert!(s.due_digests(now, 10).await.unwrap().is_empty());
    let day = 24 * 3600;
    assert_eq!(
        s.due_digests(now + day + 5, 10).await.unwrap(),
        vec![(a, MailFrequency::Daily)]
    );
    assert_eq!(
        s.due_digests(now + 7 * day + 5, 10).await.unwrap(),
        vec![(a, MailFrequency::Daily), (b, MailFrequency::Weekly)]
    );
    let waiting = s.digest_items(a, MailFrequency::Daily).await.unwrap();
    assert_eq!(waiting.len(), 2);
    let through = waiting[1].id;
    let at = now + day + 5;
    s.complete_digest(
        a,
        MailFrequency::Daily,
        through,
        Some(&mail(a, "digest-daily-1")),
        at,
    )
    .await
    .unwrap();
    assert!(s
        .digest_items(a, MailFrequency::Daily)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(s.outbox_counts().await.unwrap().waiting, 1);
    // A new item after that digest waits a day from it, not from itself.
    s.record_news(
        &[],
        &[],
        &[NewDigestItem {
            participant_id: a,
            frequency: MailFrequency::Daily,
            dedupe_key: "post-3".into(),
            item: "{}".into(),
        }],
        None,
    )
    .await
    .unwrap();
    assert!(!s
        .due_digests(at + day - 10, 10)
        .await
        .unwrap()
        .contains(&(a, MailFrequency::Daily)));
    assert!(s
        .due_digests(at + day, 10)
        .await
        .unwrap()
        .contains(&(a, MailFrequency::Daily)));
}

async fn unsubscribing_stops_the_mail_not_the_watch(s: &dyn Store) {
    let a = person(s, 1).await;
    let now = Some(MailFrequency::Immediately);
    let weekly = Some(MailFrequency::Weekly);
    s.set_watch_mail(a, FollowKind::Thread, 3, Some(WatchLevel::Everything), now)
        .await
        .unwrap();
    s.set_watch_mail(a, FollowKind::Topic, 4, Some(WatchLevel::NewOnly), weekly)
        .await
        .unwrap();
    s.set_watch_mail(
        a,
        FollowKind::Coalition,
        5,
        Some(WatchLevel::NewOnly),
        weekly,
    )
    .await
    .unwrap();
    let one = Unsubscribe::Watch {
        participant_id: a,
        kind: FollowKind::Thread,
        item_id: 3,
    };
    assert!(s.unsubscribe(&one).await.unwrap());
    assert!(!s.unsubscribe(&one).await.unwrap(), "twice is harmless");
    assert_eq!(
        s.watch(a, FollowKind::Thread, 3).await.unwrap(),
        Some((WatchLevel::Everything, None))
    );
    let digests = Unsubscribe::Digests {
        participant_id: a,
        frequency: MailFrequency::Weekly,
    };
    assert!(s.unsubscribe(&digests).await.unwrap());
    assert!(s
        .watch_mails(a, FollowKind::Topic)
        .await
        .unwrap()
        .is_empty());
    assert!(s
        .watch_mails(a, FollowKind::Coalition)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(s.watches(a, FollowKind::Topic).await.unwrap().len(), 1);
}

async fn deleting_the_account_erases_its_mail(s: &dyn Store) {
    let a = person(s, 1).await;
    s.record_news(
        &[],
        &[mail(a, "post-1")],
        &[NewDigestItem {
            participant_id: a,
            frequency: MailFrequency::Daily,
            dedupe_key: "post-1".into(),
            item: "{}".into(),
        }],
        None,
    )
    .await
    .unwrap();
    let records = s.personal_records(a).await.unwrap();
    assert_eq!(records["mail_queued"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        records["mail_digest_waiting"].as_array().map(Vec::len),
        Some(1)
    );
    s.delete_account(a).await.unwrap();
    assert_eq!(s.outbox_counts().await.unwrap(), OutboxCounts::default());
    assert!(s
        .digest_items(a, MailFrequency::Daily)
        .await
        .unwrap()
        .is_empty());
    assert!(s.mail_participants(&[a]).await.unwrap().is_empty());
}

async fn the_secret_is_made_once(s: &dyn Store) {
    let first = s.mail_secret().await.unwrap();
    assert_eq!(first.len(), 64);
    assert_eq!(s.mail_secret().await.unwrap(), first);
}
