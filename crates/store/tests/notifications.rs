//! Notifications, followers, the automatic posting-rights rule's facts, output topics and
//! dated history, on both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_core::model::*;
use convene_core::StakeholderGroup;
use convene_store::{conformance, Store};

conformance!(
    notifications_list_count_and_mark_read,
    followers_and_the_abuse_record,
    outputs_are_tagged_with_topics,
    backdating_moves_threads_and_outputs,
);

fn text(title: &str, body: &str) -> NewText {
    NewText {
        lang: "en".into(),
        title: title.into(),
        body_md: body.into(),
    }
}

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

fn note(who: i64, kind: &str, title: &str) -> NewNotification {
    NewNotification {
        participant_id: who,
        kind: kind.into(),
        args: vec![
            ("author".into(), "Zoë \"Z\" Ngũgĩ".into()),
            ("title".into(), title.into()),
            ("count".into(), "3".into()),
        ],
        link: "/threads/12?after=39#post-40".into(),
    }
}

async fn notifications_list_count_and_mark_read(s: &dyn Store) {
    // A new database: the notifier starts at the beginning of the change log.
    assert_eq!(
        s.setting("notifier_cursor").await.unwrap().as_deref(),
        Some("0")
    );
    let a = person(s, 1).await;
    let b = person(s, 2).await;
    assert_eq!(s.unread_notifications(a).await.unwrap(), 0);
    assert!(s.notifications(a, i64::MAX, 10).await.unwrap().is_empty());
    let first = s.notify(&note(a, "new-post", "Spam")).await.unwrap();
    let more = s
        .notify_all(&[
            note(a, "new-thread", "Patents"),
            note(b, "new-post", "Other"),
            note(a, "new-post", "عربي"),
        ])
        .await
        .unwrap();
    assert_eq!(more.len(), 3);
    assert!(s.notify_all(&[]).await.unwrap().is_empty());
    assert_eq!(s.unread_notifications(a).await.unwrap(), 3);
    assert_eq!(s.unread_notifications(b).await.unwrap(), 1);

    let mine = s.notifications(a, i64::MAX, 10).await.unwrap();
    assert_eq!(
        mine.iter().map(|n| n.id).collect::<Vec<_>>(),
        vec![more[2], more[0], first],
        "newest first, only mine"
    );
    assert_eq!(mine[0].args, note(a, "new-post", "عربي").args);
    assert_eq!(mine[1].kind, "new-thread");
    assert_eq!(mine[2].link, "/threads/12?after=39#post-40");
    assert!(mine.iter().all(|n| !n.read && n.created_at > 0));
    // Keyset paging: the next page starts below the last id seen.
    let page = s.notifications(a, i64::MAX, 2).await.unwrap();
    let rest = s.notifications(a, page[1].id, 2).await.unwrap();
    assert_eq!(rest.iter().map(|n| n.id).collect::<Vec<_>>(), vec![first]);

    s.mark_notifications_read(a).await.unwrap();
    s.mark_notifications_read(a).await.unwrap();
    assert_eq!(s.unread_notifications(a).await.unwrap(), 0);
    assert!(s
        .notifications(a, i64::MAX, 10)
        .await
        .unwrap()
        .iter()
        .all(|n| n.read));
    assert_eq!(s.unread_notifications(b).await.unwrap(), 1, "b untouched");
    let logged = s.changes_since(0, 1000).await.unwrap();
    assert_eq!(
        logged.iter().filter(|c| c.entity == "notification").count(),
        4,
        "every notification is in the change log"
    );
}

async fn followers_and_the_abuse_record(s: &dyn Store) {
    let author = person(s, 1).await;
    let watcher = person(s, 2).await;
    let gone = person(s, 3).await;
    let moderator = person(s, 4).await;
    let c = s
        .create_coalition(&NewCoalition {
            slug: "dc".into(),
            text: text("DC", "x"),
            founder_id: author,
            founded_year: None,
        })
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: Some(c),
            title: "t".into(),
            lang: "en".into(),
            author_id: author,
            body_md: "x".into(),
            held: false,
        })
        .await
        .unwrap();
    for who in [watcher, gone] {
        s.set_follow(who, FollowKind::Thread, thread, true)
            .await
            .unwrap();
    }
    s.set_follow(watcher, FollowKind::Coalition, c, true)
        .await
        .unwrap();
    s.delete_account(gone).await.unwrap();
    let followers = s.followers(FollowKind::Thread, thread).await.unwrap();
    assert_eq!(
        followers.iter().map(|f| f.0).collect::<Vec<_>>(),
        vec![watcher],
        "deleted accounts are not followers"
    );
    assert!(followers[0].1 > 0);
    assert_eq!(
        s.followers(FollowKind::Coalition, c).await.unwrap().len(),
        1
    );
    assert!(s
        .followers(FollowKind::Coalition, thread + 99)
        .await
        .unwrap()
        .is_empty());

    // Three posts: one flagged and hidden (upheld), one hidden unflagged, one flagged and
    // hidden then restored.
    let mut posts = Vec::new();
    for body in ["upheld", "unflagged", "restored"] {
        posts.push(
            s.add_post(&NewPost {
                thread_id: thread,
                author_id: author,
                lang: "en".into(),
                body_md: body.into(),
                reply_to: None,
                held: false,
            })
            .await
            .unwrap(),
        );
    }
    s.flag_post(posts[0], watcher, "abuse").await.unwrap();
    s.flag_post(posts[2], watcher, "abuse").await.unwrap();
    for p in &posts {
        s.set_post_hidden(*p, true, "abuse", moderator)
            .await
            .unwrap();
    }
    s.set_post_hidden(posts[2], false, "fine after all", moderator)
        .await
        .unwrap();
    let record = s.abuse_record(author, 0).await.unwrap();
    assert_eq!(
        record.upheld.iter().map(|u| u.0).collect::<Vec<_>>(),
        vec![posts[0]]
    );
    assert!(record.upheld[0].1 > 0);
    assert_eq!(record.rights_restored_at, None);
    assert!(!record.posting_blocked);
    assert_eq!(record.role, Role::Participant);
    assert!(s
        .abuse_record(author, i64::MAX)
        .await
        .unwrap()
        .upheld
        .is_empty());

    // The rule's removal: audited without a person acting, the author told, membership
    // untouched; a second removal does nothing.
    let notice = convene_core::notify::posting_removed(author, 3);
    assert!(s
        .auto_block_posting(author, "automatic: 3 upheld", &notice)
        .await
        .unwrap());
    assert!(!s
        .auto_block_posting(author, "again", &notice)
        .await
        .unwrap());
    assert!(
        s.participant(author)
            .await
            .unwrap()
            .unwrap()
            .posting_blocked
    );
    assert!(s
        .member_role(CoalitionId(c), ParticipantId(author))
        .await
        .unwrap()
        .is_some());
    let told = s.notifications(author, i64::MAX, 10).await.unwrap();
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].kind, "posting-removed");
    let audit = s.audit_log(i64::MAX, 10).await.unwrap();
    let entry = audit
        .iter()
        .find(|e| e.action == "auto-block-posting")
        .unwrap();
    assert_eq!((entry.actor_id, entry.target_id), (None, Some(author)));
    assert_eq!(entry.reason, "automatic: 3 upheld");
    assert_eq!(
        audit
            .iter()
            .filter(|e| e.action == "auto-block-posting")
            .count(),
        1
    );

    s.set_posting_blocked(author, false, "served the time", moderator)
        .await
        .unwrap();
    let record = s.abuse_record(author, 0).await.unwrap();
    assert!(record.rights_restored_at.is_some());
    assert!(!record.posting_blocked);
}

async fn outputs_are_tagged_with_topics(s: &dyn Store) {
    let a = person(s, 1).await;
    let patents = s
        .create_topic("patents", &text("Patents", "SEPs."), &[1])
        .await
        .unwrap();
    let spam = s
        .create_topic("spam", &text("Spam", "Filters."), &[11])
        .await
        .unwrap();
    let c = s
        .create_coalition(&NewCoalition {
            slug: "dc".into(),
            text: text("DC", "x"),
            founder_id: a,
            founded_year: None,
        })
        .await
        .unwrap();
    let mut ids = Vec::new();
    for (year, title) in [(2024, "Old paper"), (2026, "New report"), (2025, "Middle")] {
        ids.push(
            s.add_output(&NewOutput {
                coalition_id: c,
                kind: "thematic-paper".into(),
                year,
                text: text(title, "body"),
                created_by: Some(a),
            })
            .await
            .unwrap(),
        );
    }
    for o in &ids {
        s.tag_output(*o, patents).await.unwrap();
    }
    s.tag_output(ids[0], patents).await.unwrap();
    s.tag_output(ids[0], spam).await.unwrap();
    let o = s.output(ids[1], "en").await.unwrap().unwrap();
    s.add_translation(&NewTranslation {
        text_id: o.text_id,
        lang: "fr".into(),
        title: "Nouveau rapport".into(),
        body_md: String::new(),
        source_revision: 1,
        translator_id: None,
        machine: false,
        approved: true,
    })
    .await
    .unwrap();
    let listed = s.topic_outputs(patents, "fr").await.unwrap();
    assert_eq!(
        listed.iter().map(|o| o.year).collect::<Vec<_>>(),
        vec![2026, 2025, 2024],
        "newest year first, each once"
    );
    assert_eq!(listed[0].title.text, "Nouveau rapport");
    assert_eq!(listed[0].title.lang, "fr");
    assert_eq!(listed[1].title.lang, "en");
    assert_eq!(s.topic_outputs(spam, "en").await.unwrap()[0].id, ids[0]);
    let tags = s.output_topics(ids[0], "en").await.unwrap();
    assert_eq!(
        tags.iter().map(|t| t.slug.as_str()).collect::<Vec<_>>(),
        vec!["patents", "spam"]
    );
    assert!(s.output_topics(ids[2], "en").await.unwrap().len() == 1);
}

async fn backdating_moves_threads_and_outputs(s: &dyn Store) {
    let a = person(s, 1).await;
    let c = s
        .create_coalition(&NewCoalition {
            slug: "dc".into(),
            text: text("DC", "x"),
            founder_id: a,
            founded_year: None,
        })
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: Some(c),
            title: "old".into(),
            lang: "en".into(),
            author_id: a,
            body_md: "first".into(),
            held: false,
        })
        .await
        .unwrap();
    for body in ["second", "third"] {
        s.add_post(&NewPost {
            thread_id: thread,
            author_id: a,
            lang: "en".into(),
            body_md: body.into(),
            reply_to: None,
            held: false,
        })
        .await
        .unwrap();
    }
    let at = 1_741_780_800; // 2025-03-12 12:00 UTC
    s.backdate(Dated::Thread, thread, at).await.unwrap();
    let t = s.thread(thread).await.unwrap().unwrap();
    assert_eq!(t.created_at, at);
    assert_eq!(t.last_post_at, at + 2 * 3600);
    let times: Vec<i64> = s
        .posts(thread, 0, 10)
        .await
        .unwrap()
        .iter()
        .map(|p| p.created_at)
        .collect();
    assert_eq!(times, vec![at, at + 3600, at + 2 * 3600]);

    let o = s
        .add_output(&NewOutput {
            coalition_id: c,
            kind: "thematic-paper".into(),
            year: 2025,
            text: text("Paper", "v1"),
            created_by: Some(a),
        })
        .await
        .unwrap();
    let text_id = s.output(o, "en").await.unwrap().unwrap().text_id;
    s.revise_text(text_id, "Paper", "v2").await.unwrap();
    s.backdate(Dated::Output, o, at).await.unwrap();
    assert_eq!(s.output(o, "en").await.unwrap().unwrap().created_at, at);
    let revisions = s.revisions(text_id).await.unwrap();
    assert_eq!(
        revisions.iter().map(|r| r.created_at).collect::<Vec<_>>(),
        vec![at + 86_400, at]
    );
    assert!(matches!(
        s.backdate(Dated::Thread, thread + 99, at).await,
        Err(convene_store::StoreError::NotFound(_))
    ));
    assert!(matches!(
        s.backdate(Dated::Output, o + 99, at).await,
        Err(convene_store::StoreError::NotFound(_))
    ));
}
