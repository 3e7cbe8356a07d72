//! The coalition directory reads every coalition's facts at once; they must be the same
//! facts as one coalition's page reads, and leave out coalitions waiting or hidden. On
//! both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_core::model::*;
use convene_core::StakeholderGroup;
use convene_store::{conformance, Store};

conformance!(directory_facts_match_each_coalitions_own);

fn text(title: &str) -> NewText {
    NewText {
        lang: "en".into(),
        title: title.into(),
        body_md: "x".into(),
    }
}

async fn person(s: &dyn Store, n: u32, group: StakeholderGroup) -> i64 {
    s.create_participant(&NewParticipant {
        display_name: format!("Person {n}"),
        email: format!("p{n}@example.org"),
        stakeholder_group: group,
        country: "KE".into(),
        affiliation: String::new(),
        role: Role::Participant,
    })
    .await
    .unwrap()
}

fn sorted(mut f: CoalitionFacts) -> CoalitionFacts {
    f.groups.sort_by_key(|g| g.code());
    f
}

async fn directory_facts_match_each_coalitions_own(s: &dyn Store) {
    let a = person(s, 1, StakeholderGroup::CivilSociety).await;
    let b = person(s, 2, StakeholderGroup::Government).await;
    let c = person(s, 3, StakeholderGroup::PrivateSector).await;
    let coalition = |slug: &str, founder: i64| NewCoalition {
        slug: slug.into(),
        text: text(slug),
        founder_id: founder,
        founded_year: Some(2020),
    };
    let busy = s.create_coalition(&coalition("busy", a)).await.unwrap();
    s.join_coalition(CoalitionId(busy), ParticipantId(b), MemberRole::Member)
        .await
        .unwrap();
    s.join_coalition(CoalitionId(busy), ParticipantId(c), MemberRole::Member)
        .await
        .unwrap();
    s.add_contact(busy, a).await.unwrap();
    s.set_action_plan(busy, "Meet.").await.unwrap();
    s.add_output(&NewOutput {
        coalition_id: busy,
        kind: "statement".into(),
        year: 2025,
        text: text("Statement"),
        created_by: Some(a),
    })
    .await
    .unwrap();
    let quiet = s.create_coalition(&coalition("quiet", b)).await.unwrap();
    let waiting = s
        .create_coalition_held(&coalition("waiting", c), true)
        .await
        .unwrap();

    let all = s.listed_coalition_facts().await.unwrap();
    let ids: Vec<i64> = all.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, [busy, quiet], "the held one is not listed");
    for (id, facts) in all {
        let own = s.coalition_facts(id).await.unwrap().unwrap();
        assert_eq!(sorted(facts), sorted(own), "coalition {id}");
    }
    let busy_facts = s.coalition_facts(busy).await.unwrap().unwrap();
    assert_eq!(busy_facts.groups.len(), 3);
    assert_eq!(busy_facts.latest_output_year, Some(2025));
    assert!(s.coalition_facts(waiting).await.unwrap().is_some());
}
