//! User actions that touch several tables are one Store method and one transaction: all
//! of it is kept, or none of it. On both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_core::meeting::{ReviewerAssignment, Status};
use convene_core::model::*;
use convene_core::programme::{EditionSettings, NewInvitation, NewProposal};
use convene_core::StakeholderGroup;
use convene_store::{conformance, Store, StoreError};

conformance!(
    proposing_a_coalition_keeps_all_or_nothing,
    starting_a_thread_keeps_all_or_nothing,
    adding_a_coordinator_keeps_all_or_nothing,
    resetting_a_password_uses_the_link_with_the_change,
    opening_a_meeting_keeps_all_or_nothing,
    pairing_for_a_merge_keeps_all_or_nothing,
    assigning_a_reviewer_keeps_all_or_nothing,
    inviting_keeps_all_or_nothing,
    saving_settings_writes_them_together,
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

/// Nobody has this id.
const NOBODY: i64 = 999_999;

async fn person(s: &dyn Store, n: u32, role: Role) -> i64 {
    s.create_participant(&NewParticipant {
        display_name: format!("Person {n}"),
        email: format!("p{n}@example.org"),
        stakeholder_group: StakeholderGroup::CivilSociety,
        country: "KE".into(),
        affiliation: format!("Org {n}"),
        role,
    })
    .await
    .unwrap()
}

fn new_edition(year: i64) -> NewEdition {
    NewEdition {
        year,
        host_country: "ke".into(),
        city: "Nairobi".into(),
        starts_on: format!("{year}-06-14"),
        ends_on: format!("{year}-06-18"),
        time_zone: "Africa/Nairobi".into(),
        theme: text("Theme"),
    }
}

async fn proposal_in(s: &dyn Store, edition_id: i64, by: i64, status: Status) -> i64 {
    let id = s
        .create_proposal(&NewProposal {
            edition_id,
            created_by: by,
            text: text("A session"),
            fields: Default::default(),
        })
        .await
        .unwrap();
    if status != Status::Draft {
        s.set_status(id, status, None, None).await.unwrap();
    }
    id
}

async fn adding_a_coordinator_keeps_all_or_nothing(s: &dyn Store) {
    let f = founder(s).await;
    let id = s
        .propose_coalition(&proposal("open-mail", f, vec![]))
        .await
        .unwrap();
    let changes = s.last_change().await.unwrap();
    // The membership is written first; a contact person who does not exist undoes it.
    let failed = s
        .add_coordinator(CoalitionId(id), ParticipantId(NOBODY))
        .await;
    assert!(failed.is_err());
    let facts = s.coalition_facts(id).await.unwrap().unwrap();
    assert_eq!(s.members(id, 0, 10).await.unwrap().len(), 1);
    assert_eq!(facts.contact_persons, 1);
    assert_eq!(s.last_change().await.unwrap(), changes, "no change logged");

    let ana = person(s, 1, Role::Participant).await;
    s.add_coordinator(CoalitionId(id), ParticipantId(ana))
        .await
        .unwrap();
    assert_eq!(
        s.member_role(CoalitionId(id), ParticipantId(ana))
            .await
            .unwrap(),
        Some(MemberRole::Coordinator)
    );
    let facts = s.coalition_facts(id).await.unwrap().unwrap();
    assert_eq!(facts.contact_persons, 2);
}

async fn resetting_a_password_uses_the_link_with_the_change(s: &dyn Store) {
    let ana = person(s, 1, Role::Participant).await;
    s.create_password_reset("link", ana, i64::MAX)
        .await
        .unwrap();
    assert!(s.reset_password("link", 1, "new-hash").await.unwrap());
    let (_, hash) = s.credentials("p1@example.org").await.unwrap().unwrap();
    assert_eq!(hash.as_deref(), Some("new-hash"));
    // Used up with the change: the same link changes nothing again.
    assert!(!s.reset_password("link", 2, "other").await.unwrap());
    let (_, hash) = s.credentials("p1@example.org").await.unwrap().unwrap();
    assert_eq!(hash.as_deref(), Some("new-hash"));
}

async fn opening_a_meeting_keeps_all_or_nothing(s: &dyn Store) {
    let settings = EditionSettings {
        host_country: "ke".into(),
        city: "Nairobi".into(),
        starts_on: "2027-06-14".into(),
        ends_on: "2027-06-18".into(),
        time_zone: "Africa/Nairobi".into(),
        call_opens_on: Some("2027-01-10".into()),
        call_closes_on: Some("2027-03-01".into()),
        proposal_limit: 3,
        word_limit: 400,
    };
    s.create_edition_with_settings(&new_edition(2027), &settings)
        .await
        .unwrap();
    let e = s.edition(2027, "en").await.unwrap().unwrap();
    assert_eq!(e.call_closes_on.as_deref(), Some("2027-03-01"));
    let changes = s.last_change().await.unwrap();
    let taken = s
        .create_edition_with_settings(&new_edition(2027), &settings)
        .await;
    assert!(matches!(taken, Err(StoreError::Conflict(_))), "{taken:?}");
    assert_eq!(s.last_change().await.unwrap(), changes, "no change logged");
}

async fn pairing_for_a_merge_keeps_all_or_nothing(s: &dyn Store) {
    let staff = person(s, 1, Role::Secretariat).await;
    let e = s.create_edition(&new_edition(2027)).await.unwrap();
    let a = proposal_in(s, e, staff, Status::InReview).await;
    let b = proposal_in(s, e, staff, Status::InReview).await;
    let changes = s.last_change().await.unwrap();
    // One of the two does not exist: neither is marked.
    for (x, y) in [(a, NOBODY), (NOBODY, a)] {
        let failed = s
            .pair_for_merge(ProposalId(x), ProposalId(y), ParticipantId(staff))
            .await;
        assert!(failed.is_err());
    }
    let pa = s.proposal(a, "en").await.unwrap().unwrap();
    assert_eq!((pa.status, pa.merge_with), (Status::InReview, None));
    assert_eq!(s.last_change().await.unwrap(), changes, "no change logged");

    s.pair_for_merge(ProposalId(a), ProposalId(b), ParticipantId(staff))
        .await
        .unwrap();
    let pa = s.proposal(a, "en").await.unwrap().unwrap();
    let pb = s.proposal(b, "en").await.unwrap().unwrap();
    assert_eq!(
        (pa.status, pa.merge_with),
        (Status::MergeRequested, Some(b))
    );
    assert_eq!(
        (pb.status, pb.merge_with),
        (Status::MergeRequested, Some(a))
    );
}

async fn assigning_a_reviewer_keeps_all_or_nothing(s: &dyn Store) {
    let staff = person(s, 1, Role::Secretariat).await;
    let rita = person(s, 2, Role::Reviewer).await;
    let e = s.create_edition(&new_edition(2027)).await.unwrap();
    let p = proposal_in(s, e, staff, Status::Submitted).await;
    let assign = |reviewer| ReviewerAssignment {
        proposal_id: ProposalId(p),
        reviewer_id: ParticipantId(reviewer),
        by: ParticipantId(staff),
        status: Some(Status::InReview),
    };
    let changes = s.last_change().await.unwrap();
    // The status moves first; a reviewer who does not exist undoes it.
    assert!(s.assign_reviewer(&assign(NOBODY)).await.is_err());
    let status = s.proposal(p, "en").await.unwrap().unwrap().status;
    assert_eq!(status, Status::Submitted);
    assert!(s.assigned_reviewers(p).await.unwrap().is_empty());
    assert_eq!(s.last_change().await.unwrap(), changes, "no change logged");

    s.assign_reviewer(&assign(rita)).await.unwrap();
    let status = s.proposal(p, "en").await.unwrap().unwrap().status;
    assert_eq!(status, Status::InReview);
    assert_eq!(s.assigned_reviewers(p).await.unwrap().len(), 1);
}

async fn inviting_keeps_all_or_nothing(s: &dyn Store) {
    let ana = person(s, 1, Role::Participant).await;
    let bo = person(s, 2, Role::Participant).await;
    let e = s.create_edition(&new_edition(2027)).await.unwrap();
    let p = proposal_in(s, e, ana, Status::Draft).await;
    let invitation = NewInvitation {
        proposal_id: p,
        kind: convene_core::meeting::InvitationKind::Organiser,
        email: "p2@example.org".into(),
        participant_id: Some(bo),
        invited_by: ana,
        speaker: None,
    };
    let notice = |who| NewNotification {
        participant_id: who,
        kind: "invited".into(),
        args: vec![],
        link: "/invitations".into(),
    };
    let changes = s.last_change().await.unwrap();
    // The invitation is written first; a notice nobody can receive undoes it.
    assert!(s.invite(&invitation, Some(&notice(NOBODY))).await.is_err());
    assert!(s.invitations(p).await.unwrap().is_empty());
    assert_eq!(s.last_change().await.unwrap(), changes, "no change logged");

    s.invite(&invitation, Some(&notice(bo))).await.unwrap();
    assert_eq!(s.invitations(p).await.unwrap().len(), 1);
    assert_eq!(s.unread_notifications(bo).await.unwrap(), 1);
}

async fn saving_settings_writes_them_together(s: &dyn Store) {
    s.set_settings(&[("a", "1"), ("b", "2")]).await.unwrap();
    assert_eq!(s.setting("a").await.unwrap().as_deref(), Some("1"));
    assert_eq!(s.setting("b").await.unwrap().as_deref(), Some("2"));
    s.set_settings(&[("a", "3")]).await.unwrap();
    assert_eq!(s.setting("a").await.unwrap().as_deref(), Some("3"));
    assert_eq!(s.setting("b").await.unwrap().as_deref(), Some("2"));
}
