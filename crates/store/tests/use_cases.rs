//! User actions that touch several tables are one Store method and one transaction: all
//! of it is kept, or none of it. On both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_core::model::*;
use convene_core::StakeholderGroup;
use convene_store::{conformance, Store, StoreError};

conformance!(
    proposing_a_coalition_keeps_all_or_nothing,
    starting_a_thread_keeps_all_or_nothing,
);

fn text(title: &str) -> NewText {
    NewText {
        lang: "en".into(),
        title: title.into(),
        body_md: "x".into(),
    }
}

async fn founder(s: &dyn Store) -> i64 {
    s.create_participant(&NewParticipant {
        display_name: "Founder".into(),
        email: "founder@example.org".into(),
        stakeholder_group: StakeholderGroup::TechnicalCommunity,
        country: "BR".into(),
        affiliation: String::new(),
        role: Role::Participant,
    })
    .await
    .unwrap()
}

fn proposal(slug: &str, founder: i64, topics: Vec<i64>) -> CoalitionProposal {
    CoalitionProposal {
        coalition: NewCoalition {
            slug: slug.into(),
            text: text("Open Mail"),
            founder_id: founder,
            founded_year: None,
        },
        held: false,
        topic_ids: topics,
        action_plan_md: "Meet monthly.".into(),
    }
}

async fn proposing_a_coalition_keeps_all_or_nothing(s: &dyn Store) {
    let f = founder(s).await;
    let spam = s.create_topic("spam", &text("Spam"), &[5]).await.unwrap();
    let id = s
        .propose_coalition(&proposal("open-mail", f, vec![spam]))
        .await
        .unwrap();
    let facts = s.coalition_facts(id).await.unwrap().unwrap();
    assert_eq!(facts.contact_persons, 1);
    assert_eq!(facts.action_plan_md, "Meet monthly.");
    let topics = s.coalition_topics(id, "en").await.unwrap();
    assert_eq!(topics.iter().map(|t| t.id).collect::<Vec<_>>(), [spam]);
    assert_eq!(s.coalition_coordinators(id).await.unwrap(), [f]);
    let texts = s.coverage_items().await.unwrap().len();
    let changes = s.last_change().await.unwrap();

    // A taken slug, or a topic that does not exist: nothing of the attempt remains.
    let taken = s.propose_coalition(&proposal("open-mail", f, vec![])).await;
    assert!(matches!(taken, Err(StoreError::Conflict(_))), "{taken:?}");
    let bad_topic = s
        .propose_coalition(&proposal("other-mail", f, vec![spam + 1000]))
        .await;
    assert!(bad_topic.is_err());
    assert!(s
        .coalition_by_slug("other-mail", "en")
        .await
        .unwrap()
        .is_none());
    assert_eq!(
        s.coverage_items().await.unwrap().len(),
        texts,
        "no orphaned text"
    );
    assert_eq!(s.last_change().await.unwrap(), changes, "no change logged");
}

async fn starting_a_thread_keeps_all_or_nothing(s: &dyn Store) {
    let f = founder(s).await;
    let spam = s.create_topic("spam", &text("Spam"), &[5]).await.unwrap();
    let new = NewThread {
        coalition_id: None,
        title: "Blocklists".into(),
        lang: "en".into(),
        author_id: f,
        body_md: "Who runs them?".into(),
        held: false,
    };
    let id = s.start_thread(&new, &[spam]).await.unwrap();
    let topics = s.thread_topics(id, "en").await.unwrap();
    assert_eq!(topics.iter().map(|t| t.id).collect::<Vec<_>>(), [spam]);
    assert_eq!(s.posts(id, 0, 10).await.unwrap().len(), 1);
    assert_eq!(s.topic_threads(spam, 10).await.unwrap().len(), 1);

    let before = s.recent_threads(None, 100).await.unwrap().len();
    let failed = s.start_thread(&new, &[spam + 1000]).await;
    assert!(failed.is_err());
    assert_eq!(
        s.recent_threads(None, 100).await.unwrap().len(),
        before,
        "neither the thread nor its opening post remains"
    );
}
