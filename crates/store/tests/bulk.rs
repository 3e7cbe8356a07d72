//! Bulk loading writes exactly what one-at-a-time writing does: the same rows, counters
//! and change-log entries, on both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_core::model::*;
use convene_core::StakeholderGroup;
use convene_store::{conformance, Store};

conformance!(
    bulk_loading_matches_single_writes,
    largest_coalitions_come_first
);

fn person(n: usize, group: StakeholderGroup) -> NewParticipant {
    NewParticipant {
        display_name: format!("P{n}"),
        email: format!("p{n}@example.org"),
        stakeholder_group: group,
        country: "ke".into(),
        affiliation: String::new(),
        role: Role::Participant,
    }
}

async fn bulk_loading_matches_single_writes(s: &dyn Store) {
    let groups = [StakeholderGroup::Government, StakeholderGroup::Media];
    let people: Vec<NewParticipant> = (0..6).map(|n| person(n, groups[n % 2])).collect();
    let ids = s.create_participants(&people).await.unwrap();
    assert_eq!(ids.len(), 6);
    assert_eq!(s.participant(ids[5]).await.unwrap().unwrap().country, "KE");
    let c = s
        .create_coalition(&NewCoalition {
            slug: "c".into(),
            text: NewText {
                lang: "en".into(),
                title: "C".into(),
                body_md: String::new(),
            },
            founder_id: ids[0],
            founded_year: None,
        })
        .await
        .unwrap();
    let pairs: Vec<(i64, i64)> = ids[1..].iter().map(|p| (c, *p)).collect();
    s.join_coalitions(&pairs).await.unwrap();
    let coalition = s.coalition_by_slug("c", "en").await.unwrap().unwrap();
    assert_eq!(coalition.member_count, 6);
    let balance = s.member_balance(c).await.unwrap();
    let total: i64 = balance.iter().map(|r| r.count).sum();
    assert_eq!(total, 6);
    // By group and region: Kenya is in the African group.
    let mut rows = balance;
    rows.sort();
    assert_eq!(
        rows.iter()
            .map(|r| (r.group, r.region, r.count))
            .collect::<Vec<_>>(),
        vec![
            (
                StakeholderGroup::Government,
                convene_core::Region::African,
                3
            ),
            (StakeholderGroup::Media, convene_core::Region::African, 3)
        ]
    );

    let threads = s
        .create_threads(&[NewThread {
            coalition_id: Some(c),
            title: "T".into(),
            lang: "fr".into(),
            author_id: ids[0],
            body_md: "Bonjour".into(),
            held: false,
        }])
        .await
        .unwrap();
    let posts: Vec<NewPost> = ids
        .iter()
        .map(|a| NewPost {
            thread_id: threads[0],
            author_id: *a,
            lang: "fr".into(),
            body_md: "**Oui**".into(),
            reply_to: None,
            held: false,
        })
        .collect();
    let post_ids = s.add_posts(&posts).await.unwrap();
    assert_eq!(post_ids.len(), 6);
    let t = s.thread(threads[0]).await.unwrap().unwrap();
    assert_eq!(t.post_count, 7);
    let shown = s.posts(threads[0], 0, 100).await.unwrap();
    assert_eq!(shown.len(), 7);
    assert!(shown[1].body_html.contains("<strong>Oui</strong>"));
    let voices: i64 = s
        .post_balance(threads[0])
        .await
        .unwrap()
        .iter()
        .map(|r| r.count)
        .sum();
    assert_eq!(voices, 7);
    let changes = s.changes_since(0, 1000).await.unwrap();
    let posts_logged = changes
        .iter()
        .filter(|c| c.entity == "post" && c.op == "create")
        .count();
    assert_eq!(posts_logged, 7);
}

async fn largest_coalitions_come_first(s: &dyn Store) {
    let ids = s
        .create_participants(
            &(0..4)
                .map(|n| person(n, StakeholderGroup::Academia))
                .collect::<Vec<_>>(),
        )
        .await
        .unwrap();
    let mut slugs = Vec::new();
    for (i, size) in [1usize, 3, 2].iter().enumerate() {
        let slug = format!("c{i}");
        let c = s
            .create_coalition(&NewCoalition {
                slug: slug.clone(),
                text: NewText {
                    lang: "en".into(),
                    title: slug.clone(),
                    body_md: String::new(),
                },
                founder_id: ids[0],
                founded_year: None,
            })
            .await
            .unwrap();
        let pairs: Vec<(i64, i64)> = ids[1..*size].iter().map(|p| (c, *p)).collect();
        s.join_coalitions(&pairs).await.unwrap();
        slugs.push(slug);
    }
    let top: Vec<String> = s
        .largest_coalitions("en", 2)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.slug)
        .collect();
    assert_eq!(top, ["c1", "c2"]);
}
