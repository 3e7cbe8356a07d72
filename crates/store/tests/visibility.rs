//! The facts the visibility rules read, and the lists that leave out what readers may
//! not see, on both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_core::meeting::Status;
use convene_core::model::*;
use convene_core::programme::*;
use convene_core::StakeholderGroup;
use convene_store::{conformance, Store};

conformance!(
    text_owners_and_private_proposals_in_coverage,
    held_threads_and_post_states,
    held_posts_count_only_once_released,
);

fn text(title: &str) -> NewText {
    NewText {
        lang: "en".into(),
        title: title.into(),
        body_md: "x".into(),
    }
}

async fn person(s: &dyn Store, n: u32) -> i64 {
    s.create_participant(&NewParticipant {
        display_name: format!("Person {n}"),
        email: format!("p{n}@example.org"),
        stakeholder_group: StakeholderGroup::CivilSociety,
        country: "KE".into(),
        affiliation: format!("Org {n}"),
        role: Role::Participant,
    })
    .await
    .unwrap()
}

async fn text_owners_and_private_proposals_in_coverage(s: &dyn Store) {
    let p = person(s, 1).await;
    let page = s.create_page("about", &text("About")).await.unwrap();
    let e = s
        .create_edition(&NewEdition {
            year: 2031,
            host_country: "KE".into(),
            city: "Nairobi".into(),
            starts_on: "2031-06-14".into(),
            ends_on: "2031-06-18".into(),
            time_zone: "Africa/Nairobi".into(),
            theme: text("Theme"),
        })
        .await
        .unwrap();
    let m = s;
    let new = |title: &str| NewProposal {
        edition_id: e,
        created_by: p,
        text: text(title),
        fields: ProposalFields {
            policy_questions: "Why?".into(),
            lang: "en".into(),
            ..Default::default()
        },
    };
    let draft = m.create_proposal(&new("Draft")).await.unwrap();
    let accepted = m.create_proposal(&new("Accepted")).await.unwrap();
    m.set_status(accepted, Status::Submitted, None, None)
        .await
        .unwrap();
    m.set_status(accepted, Status::Accepted, None, None)
        .await
        .unwrap();
    let draft_text = m.proposal(draft, "en").await.unwrap().unwrap().text_id;
    assert_eq!(
        s.text_owner(draft_text).await.unwrap(),
        Some(("proposal".to_string(), draft))
    );
    assert_eq!(
        s.text_owner(page.text_id).await.unwrap(),
        Some(("page".to_string(), page.id))
    );
    assert_eq!(s.text_owner(i64::MAX).await.unwrap(), None);
    let titles: Vec<(String, String)> = s
        .coverage_items()
        .await
        .unwrap()
        .into_iter()
        .map(|i| (i.title, i.path))
        .collect();
    assert!(titles.contains(&("About".into(), "/pages/about".into())));
    assert!(titles.contains(&("Accepted".into(), format!("/sessions/{accepted}"))));
    assert!(titles.iter().all(|(t, _)| t != "Draft"), "{titles:?}");
}

async fn held_threads_and_post_states(s: &dyn Store) {
    let a = person(s, 1).await;
    let b = person(s, 2).await;
    let thread = |title: &str, author: i64, held: bool| NewThread {
        coalition_id: None,
        title: title.into(),
        lang: "en".into(),
        author_id: author,
        body_md: "x".into(),
        held,
    };
    let open = s.create_thread(&thread("Open", a, false)).await.unwrap();
    let held = s.create_thread(&thread("Held", b, true)).await.unwrap();
    // A reply that is not held does not release the thread.
    let reply = s
        .add_post(&NewPost {
            thread_id: held,
            author_id: b,
            lang: "en".into(),
            body_md: "y".into(),
            reply_to: None,
            held: false,
        })
        .await
        .unwrap();
    assert!(!s.thread_opening_held(open).await.unwrap());
    assert!(s.thread_opening_held(held).await.unwrap());
    let titles = |list: Vec<Thread>| list.into_iter().map(|t| t.title).collect::<Vec<_>>();
    assert_eq!(titles(s.recent_threads(None, 10).await.unwrap()), ["Open"]);
    s.set_follow(b, FollowKind::Thread, held, true)
        .await
        .unwrap();
    s.set_follow(a, FollowKind::Thread, held, true)
        .await
        .unwrap();
    assert_eq!(titles(s.followed_threads(b, 10).await.unwrap()), ["Held"]);
    assert!(s.followed_threads(a, 10).await.unwrap().is_empty());
    assert!(s.public_participant_posts(b, 10).await.unwrap().is_empty());
    assert_eq!(s.public_participant_posts(a, 10).await.unwrap().len(), 1);

    let state = s.post_state(reply).await.unwrap().unwrap();
    assert_eq!(state.thread_id, held);
    assert_eq!(state.author_id, b);
    assert!(!state.held && !state.hidden);
    s.set_post_hidden(reply, true, "rude", a).await.unwrap();
    let state = s.post_state(reply).await.unwrap().unwrap();
    assert!(state.hidden);
    assert_eq!(state.hidden_reason, "rude");
    assert!(s.post_state(i64::MAX).await.unwrap().is_none());

    let opening = s.posts(held, 0, 1).await.unwrap()[0].id;
    s.release_post(opening, a).await.unwrap();
    assert!(!s.thread_opening_held(held).await.unwrap());
    assert_eq!(s.recent_threads(None, 10).await.unwrap().len(), 2);
}

async fn held_posts_count_only_once_released(s: &dyn Store) {
    let a = person(s, 1).await;
    let b = person(s, 2).await;
    let thread = s
        .create_thread(&NewThread {
            coalition_id: None,
            title: "Counted".into(),
            lang: "en".into(),
            author_id: a,
            body_md: "x".into(),
            held: false,
        })
        .await
        .unwrap();
    let before = s.thread(thread).await.unwrap().unwrap();
    let held = s
        .add_post(&NewPost {
            thread_id: thread,
            author_id: b,
            lang: "en".into(),
            body_md: "waiting".into(),
            reply_to: None,
            held: true,
        })
        .await
        .unwrap();
    let t = s.thread(thread).await.unwrap().unwrap();
    assert_eq!(t.post_count, 1, "the held reply is not counted");
    assert_eq!(t.last_post_at, before.last_post_at);
    let voices = |v: Vec<BalanceRow>| v.iter().map(|x| x.count).sum::<i64>();
    assert_eq!(voices(s.post_balance(thread).await.unwrap()), 1);
    s.release_post(held, a).await.unwrap();
    let t = s.thread(thread).await.unwrap().unwrap();
    assert_eq!(t.post_count, 2);
    assert!(t.last_post_at >= before.last_post_at);
    assert_eq!(voices(s.post_balance(thread).await.unwrap()), 2);
    assert!(s.release_post(held, a).await.is_err(), "released once only");
    assert_eq!(s.thread(thread).await.unwrap().unwrap().post_count, 2);
}
