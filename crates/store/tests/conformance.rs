//! The Store conformance suite: every test here runs unchanged against SQLite and
//! PostgreSQL, each on its own fresh database (a new file, or a new schema).
//! PostgreSQL variants need CONVENE_TEST_DATABASE_URL and are marked ignored so a plain
//! `cargo test` without a server reports them as not run; the project's test script
//! runs them with `--include-ignored`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_core::model::*;
use convene_core::{Region, StakeholderGroup, TranslationState};
use convene_store::{Store, StoreError};

use convene_store::conformance;

conformance!(
    migrations_run_once,
    participants_round_trip,
    duplicate_email_is_a_conflict,
    translations_follow_revisions,
    pages_by_slug,
    editions_newest_first_with_translated_themes,
    coalition_membership,
    threads_and_posts,
    change_log_records_every_write_in_order,
    concurrent_writers_all_land,
    accounts_and_sessions,
    password_resets_are_single_use_and_expire,
    rate_limits_count_per_window_and_bucket,
    suspension_signs_out_and_is_audited,
    deleting_an_account_keeps_its_posts,
    profiles_update_and_list_what_a_person_did,
    translation_proposals_wait_for_approval,
    coalition_standing_facts,
    topics_link_coalitions_and_threads,
    moderation_records,
    edits_keep_history_and_follows_gather_threads,
    balance_counters_match_a_recount,
    every_country_counts_in_its_un_region,
);

/// The stakeholder-balance counters kept on write agree with counting from scratch after
/// joins, leaves, profile changes, deletions and posts.
/// The database's country-to-region table (migration 21) says what core's does, for
/// every country: one member from each, then the balance counted per region.
async fn every_country_counts_in_its_un_region(s: &dyn Store) {
    let all = convene_core::countries::all();
    let mut ids = Vec::new();
    for (n, country) in all.iter().enumerate() {
        ids.push(
            s.create_participant(&person(
                n as u32 + 1,
                StakeholderGroup::Academia,
                country.code,
            ))
            .await
            .unwrap(),
        );
    }
    let c = s
        .create_coalition(&NewCoalition {
            slug: "world".into(),
            text: text("en", "World", "x"),
            founder_id: ids[0],
            founded_year: None,
        })
        .await
        .unwrap();
    for p in &ids[1..] {
        s.join_coalition(CoalitionId(c), ParticipantId(*p), MemberRole::Member)
            .await
            .unwrap();
    }
    let mut got = s.member_balance(c).await.unwrap();
    got.sort();
    let mut want: Vec<BalanceRow> = Region::ALL
        .iter()
        .map(|r| BalanceRow {
            group: StakeholderGroup::Academia,
            region: *r,
            count: all.iter().filter(|k| k.region == *r).count() as i64,
        })
        .filter(|row| row.count > 0)
        .collect();
    want.sort();
    assert_eq!(got, want);
}

async fn balance_counters_match_a_recount(s: &dyn Store) {
    let founder = s
        .create_account(&account(1, StakeholderGroup::CivilSociety))
        .await
        .unwrap();
    let c = s
        .create_coalition(&NewCoalition {
            slug: "dc".into(),
            text: text("en", "DC", "x"),
            founder_id: founder,
            founded_year: None,
        })
        .await
        .unwrap();
    let mut people = vec![founder];
    for (n, g) in [
        (2, StakeholderGroup::Government),
        (3, StakeholderGroup::Media),
        (4, StakeholderGroup::Government),
    ] {
        let p = s.create_account(&account(n, g)).await.unwrap();
        s.join_coalition(CoalitionId(c), ParticipantId(p), MemberRole::Member)
            .await
            .unwrap();
        people.push(p);
    }
    s.join_coalition(CoalitionId(c), ParticipantId(people[1]), MemberRole::Member)
        .await
        .unwrap();
    s.leave_coalition(CoalitionId(c), ParticipantId(people[2]))
        .await
        .unwrap();
    s.leave_coalition(CoalitionId(c), ParticipantId(people[2]))
        .await
        .unwrap();
    s.update_profile(
        people[3],
        &ProfileUpdate {
            display_name: "Moved".into(),
            stakeholder_group: StakeholderGroup::Academia,
            country: "BR".into(),
            affiliation: String::new(),
            profile: Profile::default(),
        },
    )
    .await
    .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: Some(c),
            title: "t".into(),
            lang: "en".into(),
            author_id: founder,
            body_md: "x".into(),
            held: false,
        })
        .await
        .unwrap();
    for p in [people[1], people[3], people[3]] {
        s.add_post(&NewPost {
            thread_id: thread,
            author_id: p,
            lang: "en".into(),
            body_md: "y".into(),
            reply_to: None,
            held: false,
        })
        .await
        .unwrap();
    }
    s.delete_account(people[1]).await.unwrap();

    let expected = |mut v: Vec<(StakeholderGroup, Region, i64)>| {
        v.sort();
        v
    };
    let sorted = |v: Vec<BalanceRow>| {
        expected(
            v.into_iter()
                .map(|r| (r.group, r.region, r.count))
                .collect(),
        )
    };
    assert_eq!(
        sorted(s.member_balance(c).await.unwrap()),
        expected(vec![
            (StakeholderGroup::CivilSociety, Region::African, 1),
            (
                StakeholderGroup::Academia,
                Region::LatinAmericanCaribbean,
                1
            ),
        ])
    );
    // Posts count as who their author spoke for when posting.
    assert_eq!(
        sorted(s.post_balance(thread).await.unwrap()),
        expected(vec![
            (StakeholderGroup::CivilSociety, Region::African, 1),
            (StakeholderGroup::Government, Region::African, 1),
            (
                StakeholderGroup::Academia,
                Region::LatinAmericanCaribbean,
                2
            ),
        ])
    );
    let f = s.coalition_facts(c).await.unwrap().unwrap();
    let mut groups = f.groups;
    groups.sort();
    assert_eq!(
        groups,
        vec![StakeholderGroup::CivilSociety, StakeholderGroup::Academia]
    );
}

async fn edits_keep_history_and_follows_gather_threads(s: &dyn Store) {
    let a = s
        .create_account(&account(1, StakeholderGroup::CivilSociety))
        .await
        .unwrap();
    let c = s
        .create_coalition(&NewCoalition {
            slug: "dc".into(),
            text: text("en", "DC", "x"),
            founder_id: a,
            founded_year: None,
        })
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: Some(c),
            title: "t".into(),
            lang: "en".into(),
            author_id: a,
            body_md: "one".into(),
            held: false,
        })
        .await
        .unwrap();
    let post = s.posts(thread, 0, 1).await.unwrap()[0].id;
    s.edit_post(post, "two").await.unwrap();
    s.edit_post(post, "*three*").await.unwrap();
    let now = &s.posts(thread, 0, 1).await.unwrap()[0];
    assert!(now.body_html.contains("<em>three</em>"));
    assert!(now.edited_at.is_some());
    let versions = s.post_versions(post).await.unwrap();
    assert_eq!(
        versions.iter().map(|v| v.version).collect::<Vec<_>>(),
        vec![1, 2]
    );
    assert!(versions[0].body_html.contains("one") && versions[1].body_html.contains("two"));
    assert!(matches!(
        s.edit_post(post + 99, "x").await,
        Err(StoreError::NotFound(_))
    ));

    let b = s
        .create_account(&account(2, StakeholderGroup::Academia))
        .await
        .unwrap();
    assert!(s.followed_threads(b, 10).await.unwrap().is_empty());
    s.set_follow(b, FollowKind::Coalition, c, true)
        .await
        .unwrap();
    s.set_follow(b, FollowKind::Thread, thread, true)
        .await
        .unwrap();
    s.set_follow(b, FollowKind::Thread, thread, true)
        .await
        .unwrap();
    assert!(s.follows(b, FollowKind::Coalition, c).await.unwrap());
    assert_eq!(
        s.followed_threads(b, 10).await.unwrap().len(),
        1,
        "no duplicates"
    );
    s.set_follow(b, FollowKind::Coalition, c, false)
        .await
        .unwrap();
    s.set_follow(b, FollowKind::Thread, thread, false)
        .await
        .unwrap();
    assert!(s.followed_threads(b, 10).await.unwrap().is_empty());
}

async fn moderation_records(s: &dyn Store) {
    let a = s
        .create_account(&account(1, StakeholderGroup::CivilSociety))
        .await
        .unwrap();
    let m = s
        .create_account(&account(2, StakeholderGroup::Government))
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: None,
            title: "t".into(),
            lang: "en".into(),
            author_id: a,
            body_md: "opening".into(),
            held: false,
        })
        .await
        .unwrap();
    let held = s
        .add_post(&NewPost {
            thread_id: thread,
            author_id: a,
            lang: "en".into(),
            body_md: "held".into(),
            reply_to: None,
            held: true,
        })
        .await
        .unwrap();
    assert_eq!(s.visible_post_count(a).await.unwrap(), 1);
    assert_eq!(
        s.held_posts(10).await.unwrap(),
        vec![HeldPost {
            post_id: held,
            thread_id: thread,
            thread_title: "t".to_string()
        }]
    );
    assert_eq!(
        s.post_context(held).await.unwrap(),
        Some(PostContext {
            thread_id: thread,
            coalition_id: None,
            author_id: a
        })
    );
    s.release_post(held, m).await.unwrap();
    assert!(s.held_posts(10).await.unwrap().is_empty());
    assert!(matches!(
        s.release_post(held, m).await,
        Err(StoreError::NotFound(_))
    ));

    let f = s.flag_post(held, m, "rude").await.unwrap();
    assert!(matches!(
        s.flag_post(held + 99, m, "x").await,
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(s.open_flags(10).await.unwrap()[0].id, f);
    s.set_post_hidden(held, true, "rude indeed", m)
        .await
        .unwrap();
    assert!(
        s.open_flags(10).await.unwrap().is_empty(),
        "hiding resolves the flags"
    );
    let posts = s.posts(thread, 0, 10).await.unwrap();
    assert_eq!(posts[1].hidden.as_deref(), Some("rude indeed"));
    assert_eq!(s.visible_post_count(a).await.unwrap(), 1);
    s.set_post_hidden(held, false, "appeal", m).await.unwrap();
    assert_eq!(s.posts(thread, 0, 10).await.unwrap()[1].hidden, None);

    s.set_posting_blocked(a, true, "abuse", m).await.unwrap();
    assert!(s.participant(a).await.unwrap().unwrap().posting_blocked);
    s.set_posting_blocked(a, false, "ok", m).await.unwrap();
    assert!(!s.participant(a).await.unwrap().unwrap().posting_blocked);
    let actions: Vec<String> = s
        .audit_log(i64::MAX, 20)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    for expected in [
        "release-post",
        "hide-post",
        "restore-post",
        "block-posting",
        "unblock-posting",
    ] {
        assert!(actions.iter().any(|a| a == expected), "{expected} audited");
    }

    assert_eq!(s.setting("hold_first_posts").await.unwrap(), None);
    s.set_setting("hold_first_posts", "on").await.unwrap();
    s.set_setting("hold_first_posts", "off").await.unwrap();
    assert_eq!(
        s.setting("hold_first_posts").await.unwrap().as_deref(),
        Some("off")
    );
}

async fn topics_link_coalitions_and_threads(s: &dyn Store) {
    let a = s
        .create_account(&account(1, StakeholderGroup::CivilSociety))
        .await
        .unwrap();
    let patents = s
        .create_topic("patents", &text("en", "Patents", "SEPs."), &[1, 2])
        .await
        .unwrap();
    s.create_topic("spam", &text("en", "Spam", "Filters."), &[11])
        .await
        .unwrap();
    assert!(matches!(
        s.create_topic("spam", &text("en", "Spam", "again"), &[])
            .await,
        Err(StoreError::Conflict(_))
    ));
    let all = s.topics("en").await.unwrap();
    assert_eq!(
        all.iter().map(|t| t.slug.as_str()).collect::<Vec<_>>(),
        vec!["patents", "spam"]
    );
    assert_eq!(all[0].mandate_points, vec![1, 2]);
    let c = s
        .create_coalition(&NewCoalition {
            slug: "dc".into(),
            text: text("en", "DC", "x"),
            founder_id: a,
            founded_year: None,
        })
        .await
        .unwrap();
    let th = s
        .create_thread(&NewThread {
            coalition_id: Some(c),
            title: "t".into(),
            lang: "en".into(),
            author_id: a,
            body_md: "b".into(),
            held: false,
        })
        .await
        .unwrap();
    s.tag_coalition(c, patents).await.unwrap();
    s.tag_coalition(c, patents).await.unwrap();
    s.tag_thread(th, patents).await.unwrap();
    assert_eq!(s.topic_coalitions(patents, "en").await.unwrap().len(), 1);
    assert_eq!(s.topic_threads(patents, 10).await.unwrap()[0].id, th);
    assert_eq!(
        s.coalition_topics(c, "en").await.unwrap()[0].slug,
        "patents"
    );
    assert_eq!(
        s.thread_topics(th, "en").await.unwrap()[0].name.text,
        "Patents"
    );
    assert_eq!(
        s.topic_by_slug("patents", "fr")
            .await
            .unwrap()
            .unwrap()
            .name
            .lang,
        "en"
    );
    assert!(s.topic_by_slug("nope", "en").await.unwrap().is_none());
}

async fn coalition_standing_facts(s: &dyn Store) {
    let a = s
        .create_account(&account(1, StakeholderGroup::CivilSociety))
        .await
        .unwrap();
    let b = s
        .create_account(&account(2, StakeholderGroup::Government))
        .await
        .unwrap();
    let c = s
        .create_account(&account(3, StakeholderGroup::CivilSociety))
        .await
        .unwrap();
    let id = s
        .create_coalition(&NewCoalition {
            slug: "dc".into(),
            text: text("en", "DC", "Why"),
            founder_id: a,
            founded_year: Some(2010),
        })
        .await
        .unwrap();
    s.join_coalition(CoalitionId(id), ParticipantId(b), MemberRole::Member)
        .await
        .unwrap();
    s.join_coalition(CoalitionId(id), ParticipantId(c), MemberRole::Member)
        .await
        .unwrap();
    let f = s.coalition_facts(id).await.unwrap().unwrap();
    let mut groups = f.groups.clone();
    groups.sort();
    assert_eq!(
        groups,
        vec![StakeholderGroup::Government, StakeholderGroup::CivilSociety]
    );
    assert_eq!(
        (f.founded_year, f.contact_persons, f.latest_output_year),
        (2010, 0, None)
    );
    assert!(f.action_plan_md.is_empty() && f.recognized_at.is_none());

    s.set_action_plan(id, "1. Meet. 2. Write.").await.unwrap();
    s.add_contact(id, b).await.unwrap();
    s.add_contact(id, b).await.unwrap();
    for year in [2023, 2025] {
        s.add_output(&NewOutput {
            coalition_id: id,
            kind: "yearly-report".into(),
            year,
            text: text("en", &format!("Report {year}"), "..."),
            created_by: Some(a),
        })
        .await
        .unwrap();
    }
    s.recognize(id, a).await.unwrap();
    let f = s.coalition_facts(id).await.unwrap().unwrap();
    assert_eq!((f.contact_persons, f.latest_output_year), (1, Some(2025)));
    assert!(f.recognized_at.is_some());
    assert_eq!(
        s.member_role(CoalitionId(id), ParticipantId(a))
            .await
            .unwrap(),
        Some(MemberRole::Coordinator)
    );

    // Leaving ends membership and contact duty; leaving twice changes nothing.
    s.leave_coalition(CoalitionId(id), ParticipantId(b))
        .await
        .unwrap();
    s.leave_coalition(CoalitionId(id), ParticipantId(b))
        .await
        .unwrap();
    assert_eq!(
        s.member_role(CoalitionId(id), ParticipantId(b))
            .await
            .unwrap(),
        None
    );
    let f = s.coalition_facts(id).await.unwrap().unwrap();
    assert_eq!(f.contact_persons, 0);
    assert_eq!(
        s.coalition_by_slug("dc", "en")
            .await
            .unwrap()
            .unwrap()
            .member_count,
        2
    );
    assert!(s.coalition_facts(id + 9).await.unwrap().is_none());
}

async fn translation_proposals_wait_for_approval(s: &dyn Store) {
    let coord = s
        .create_account(&account(1, StakeholderGroup::CivilSociety))
        .await
        .unwrap();
    let helper = s
        .create_account(&account(2, StakeholderGroup::Academia))
        .await
        .unwrap();
    let c = s
        .create_coalition(&NewCoalition {
            slug: "dc".into(),
            text: text("en", "Coalition", "Mission"),
            founder_id: coord,
            founded_year: None,
        })
        .await
        .unwrap();
    let text_id = s
        .coalition_by_slug("dc", "en")
        .await
        .unwrap()
        .unwrap()
        .text_id;
    assert_eq!(s.text_coordinators(text_id).await.unwrap(), vec![coord]);
    let page = s
        .create_page("about", &text("en", "About", "Body"))
        .await
        .unwrap();
    assert!(s.text_coordinators(page.text_id).await.unwrap().is_empty());

    let id = s
        .add_translation(&NewTranslation {
            text_id,
            lang: "sw".into(),
            title: "Muungano".into(),
            body_md: "Dhamira".into(),
            source_revision: 1,
            translator_id: Some(helper),
            machine: false,
            approved: false,
        })
        .await
        .unwrap();
    assert_eq!(
        s.pending_translations(text_id, "sw").await.unwrap().len(),
        1
    );
    assert_eq!(
        s.localized(text_id, "sw").await.unwrap().unwrap().state(),
        TranslationState::Untranslated
    );
    let items = s.coverage_items().await.unwrap();
    assert!(items
        .iter()
        .any(|i| i.text_id == text_id && i.path == "/coalitions/dc"));
    assert!(items
        .iter()
        .any(|i| i.text_id == page.text_id && i.path == "/pages/about"));
    assert!(s.approved_revisions().await.unwrap().is_empty());

    s.approve_translation(id, coord).await.unwrap();
    assert!(s
        .pending_translations(text_id, "sw")
        .await
        .unwrap()
        .is_empty());
    assert!(s.translation(id).await.unwrap().unwrap().approved);
    assert_eq!(
        s.localized(text_id, "sw").await.unwrap().unwrap().title(),
        "Muungano"
    );
    assert_eq!(
        s.approved_revisions().await.unwrap(),
        vec![(text_id, "sw".to_string(), 1)]
    );
    assert!(matches!(
        s.approve_translation(id + 99, coord).await,
        Err(StoreError::NotFound(_))
    ));

    s.set_translator(helper, true, coord).await.unwrap();
    assert!(s.participant(helper).await.unwrap().unwrap().translator);
    assert!(c > 0);
}

fn account(n: u32, group: StakeholderGroup) -> NewAccount {
    NewAccount {
        participant: person(n, group, "KE"),
        password_hash: format!("$argon2id$fake{n}"),
        profile: Profile {
            gender: Some("woman".into()),
            languages: vec!["sw".into(), "en".into()],
            ui_lang: "en".into(),
        },
        coc_accepted: true,
    }
}

async fn accounts_and_sessions(s: &dyn Store) {
    let id = s
        .create_account(&account(1, StakeholderGroup::CivilSociety))
        .await
        .unwrap();
    let (p, hash) = s.credentials("PERSON1@example.org").await.unwrap().unwrap();
    assert_eq!(p.id, id);
    assert_eq!(hash.as_deref(), Some("$argon2id$fake1"));
    assert_eq!(p.profile.languages, vec!["sw", "en"]);
    assert_eq!(p.profile.gender.as_deref(), Some("woman"));
    assert!(p.coc_accepted_at.is_some());
    assert!(s.credentials("nobody@example.org").await.unwrap().is_none());

    s.create_session("h1", id, 1_000).await.unwrap();
    s.create_session("h2", id, 1_000).await.unwrap();
    assert_eq!(
        s.session_participant("h1", 999).await.unwrap().unwrap().id,
        id
    );
    assert!(
        s.session_participant("h1", 1_000).await.unwrap().is_none(),
        "expired"
    );
    assert!(s.session_participant("nope", 0).await.unwrap().is_none());
    // The reader with their unread count, as every signed-in page reads them.
    let (p, unread) = s.session_reader("h1", 999).await.unwrap().unwrap();
    assert_eq!((p.id, unread), (id, 0));
    s.notify(&NewNotification {
        participant_id: id,
        kind: "new-post".into(),
        args: vec![],
        link: "/".into(),
    })
    .await
    .unwrap();
    assert_eq!(s.session_reader("h1", 999).await.unwrap().unwrap().1, 1);
    s.mark_notifications_read(id).await.unwrap();
    assert_eq!(s.session_reader("h1", 999).await.unwrap().unwrap().1, 0);
    assert!(
        s.session_reader("h1", 1_000).await.unwrap().is_none(),
        "expired"
    );
    s.end_session("h1").await.unwrap();
    assert!(s.session_participant("h1", 0).await.unwrap().is_none());
    // A new password ends every other session too.
    s.set_password(id, "$argon2id$new").await.unwrap();
    assert!(s.session_participant("h2", 0).await.unwrap().is_none());
    let (_, hash) = s.credentials("person1@example.org").await.unwrap().unwrap();
    assert_eq!(hash.as_deref(), Some("$argon2id$new"));

    s.set_role(id, Role::Moderator, None).await.unwrap();
    assert_eq!(
        s.participant(id).await.unwrap().unwrap().role,
        Role::Moderator
    );
    assert!(matches!(
        s.set_role(id + 100, Role::Moderator, None).await,
        Err(StoreError::NotFound(_))
    ));
}

async fn password_resets_are_single_use_and_expire(s: &dyn Store) {
    let id = s
        .create_account(&account(1, StakeholderGroup::Academia))
        .await
        .unwrap();
    s.create_password_reset("r1", id, 500).await.unwrap();
    s.create_password_reset("r2", id, 500).await.unwrap();
    assert!(s.password_reset_valid("r1", 100).await.unwrap());
    assert_eq!(s.use_password_reset("r1", 100).await.unwrap(), Some(id));
    assert_eq!(
        s.use_password_reset("r1", 101).await.unwrap(),
        None,
        "used twice"
    );
    assert!(!s.password_reset_valid("r1", 101).await.unwrap());
    assert_eq!(
        s.use_password_reset("r2", 500).await.unwrap(),
        None,
        "expired"
    );
    assert_eq!(s.use_password_reset("unknown", 0).await.unwrap(), None);
    // A new password voids every link still out.
    s.create_password_reset("r3", id, 500).await.unwrap();
    s.set_password(id, "$argon2id$new").await.unwrap();
    assert!(!s.password_reset_valid("r3", 100).await.unwrap());
}

async fn rate_limits_count_per_window_and_bucket(s: &dyn Store) {
    for _ in 0..3 {
        assert!(s.hit_rate_limit("signin:ip:1", 60, 3, 1_000).await.unwrap());
    }
    assert!(!s.hit_rate_limit("signin:ip:1", 60, 3, 1_010).await.unwrap());
    assert!(s.hit_rate_limit("signin:ip:2", 60, 3, 1_010).await.unwrap());
    // A new window starts once the old one is over.
    assert!(s.hit_rate_limit("signin:ip:1", 60, 3, 1_061).await.unwrap());
}

async fn suspension_signs_out_and_is_audited(s: &dyn Store) {
    let moderator = s
        .create_account(&account(1, StakeholderGroup::Government))
        .await
        .unwrap();
    let target = s
        .create_account(&account(2, StakeholderGroup::Media))
        .await
        .unwrap();
    s.create_session("t", target, i64::MAX).await.unwrap();
    s.suspend(target, "spam links", moderator).await.unwrap();
    let p = s.participant(target).await.unwrap().unwrap();
    assert_eq!(p.suspension.as_ref().unwrap().reason, "spam links");
    assert!(s.session_participant("t", 0).await.unwrap().is_none());
    s.reinstate(target, "appeal upheld", moderator)
        .await
        .unwrap();
    assert!(s
        .participant(target)
        .await
        .unwrap()
        .unwrap()
        .suspension
        .is_none());

    let log = s.audit_log(i64::MAX, 10).await.unwrap();
    let summary: Vec<_> = log
        .iter()
        .map(|e| {
            (
                e.action.as_str(),
                e.reason.as_str(),
                e.target_id,
                e.actor_name.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            ("reinstate", "appeal upheld", Some(target), Some("Person 1")),
            ("suspend", "spam links", Some(target), Some("Person 1")),
        ]
    );
    assert_eq!(s.audit_log(log[0].id, 10).await.unwrap().len(), 1);
}

async fn deleting_an_account_keeps_its_posts(s: &dyn Store) {
    let founder = s
        .create_account(&account(1, StakeholderGroup::CivilSociety))
        .await
        .unwrap();
    let leaver = s
        .create_account(&account(2, StakeholderGroup::PrivateSector))
        .await
        .unwrap();
    let c = s
        .create_coalition(&NewCoalition {
            slug: "c".into(),
            text: text("en", "C", "c"),
            founder_id: founder,
            founded_year: None,
        })
        .await
        .unwrap();
    s.join_coalition(CoalitionId(c), ParticipantId(leaver), MemberRole::Member)
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: Some(c),
            title: "t".into(),
            lang: "en".into(),
            author_id: leaver,
            body_md: "my words".into(),
            held: false,
        })
        .await
        .unwrap();
    s.create_session("x", leaver, i64::MAX).await.unwrap();
    s.delete_account(leaver).await.unwrap();

    assert!(s
        .credentials("person2@example.org")
        .await
        .unwrap()
        .is_none());
    assert!(s.session_participant("x", 0).await.unwrap().is_none());
    let p = s.participant(leaver).await.unwrap().unwrap();
    assert!(p.deleted);
    assert_eq!(p.display_name, "");
    assert_eq!(p.profile.gender, None);
    let posts = s.posts(thread, 0, 10).await.unwrap();
    assert_eq!(posts.len(), 1);
    assert!(posts[0].author.former);
    assert!(posts[0].body_html.contains("my words"));
    assert_eq!(
        s.coalition_by_slug("c", "en")
            .await
            .unwrap()
            .unwrap()
            .member_count,
        1
    );
    assert!(matches!(
        s.delete_account(leaver).await,
        Err(StoreError::NotFound(_))
    ));
    // The address is free again.
    s.create_account(&account(2, StakeholderGroup::PrivateSector))
        .await
        .unwrap();
}

async fn profiles_update_and_list_what_a_person_did(s: &dyn Store) {
    let id = s
        .create_account(&account(1, StakeholderGroup::Academia))
        .await
        .unwrap();
    s.update_profile(
        id,
        &ProfileUpdate {
            display_name: "Dr Person".into(),
            stakeholder_group: StakeholderGroup::TechnicalCommunity,
            country: "br".into(),
            affiliation: "NIC".into(),
            profile: Profile {
                gender: None,
                languages: vec!["pt".into()],
                ui_lang: "es".into(),
            },
        },
    )
    .await
    .unwrap();
    let p = s.participant(id).await.unwrap().unwrap();
    assert_eq!(
        (
            p.display_name.as_str(),
            p.country.as_str(),
            p.profile.ui_lang.as_str()
        ),
        ("Dr Person", "BR", "es")
    );
    assert_eq!(p.stakeholder_group, StakeholderGroup::TechnicalCommunity);
    let c = s
        .create_coalition(&NewCoalition {
            slug: "z".into(),
            text: text("en", "Zed", "z"),
            founder_id: id,
            founded_year: None,
        })
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: Some(c),
            title: "Hello".into(),
            lang: "pt".into(),
            author_id: id,
            body_md: "Olá".into(),
            held: false,
        })
        .await
        .unwrap();
    let cs = s.participant_coalitions(id, "en").await.unwrap();
    assert_eq!(cs.len(), 1);
    assert_eq!(cs[0].name.text, "Zed");
    let posts = s.participant_posts(id, 10).await.unwrap();
    assert_eq!(posts.len(), 1);
    assert_eq!(
        (posts[0].thread_id, posts[0].body_md.as_str()),
        (thread, "Olá")
    );
    assert!(matches!(
        s.update_profile(
            id + 9,
            &ProfileUpdate {
                display_name: "x".into(),
                stakeholder_group: StakeholderGroup::Media,
                country: "FR".into(),
                affiliation: String::new(),
                profile: Profile::default(),
            }
        )
        .await,
        Err(StoreError::NotFound(_))
    ));
}

fn person(n: u32, group: StakeholderGroup, country: &str) -> NewParticipant {
    NewParticipant {
        display_name: format!("Person {n}"),
        email: format!("Person{n}@Example.org"),
        stakeholder_group: group,
        country: country.into(),
        affiliation: format!("Org {n}"),
        role: Role::Participant,
    }
}

fn text(lang: &str, title: &str, body: &str) -> NewText {
    NewText {
        lang: lang.into(),
        title: title.into(),
        body_md: body.into(),
    }
}

async fn migrations_run_once(s: &dyn Store) {
    // open() already migrated; a second run has nothing to do.
    assert!(s.migrate().await.unwrap().is_empty());
    s.ping().await.unwrap();
}

async fn participants_round_trip(s: &dyn Store) {
    assert!(s.is_empty().await.unwrap());
    let id = s
        .create_participant(&person(1, StakeholderGroup::CivilSociety, "br"))
        .await
        .unwrap();
    assert!(!s.is_empty().await.unwrap());
    let p = s.participant(id).await.unwrap().unwrap();
    assert_eq!(p.email, "person1@example.org");
    assert_eq!(p.country, "BR");
    assert_eq!(p.stakeholder_group, StakeholderGroup::CivilSociety);
    assert_eq!(p.role, Role::Participant);
    assert!(s.participant(id + 1000).await.unwrap().is_none());
}

async fn duplicate_email_is_a_conflict(s: &dyn Store) {
    s.create_participant(&person(1, StakeholderGroup::Government, "KE"))
        .await
        .unwrap();
    let mut again = person(2, StakeholderGroup::Academia, "FR");
    again.email = "person1@EXAMPLE.org".into();
    let err = s.create_participant(&again).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
}

async fn translations_follow_revisions(s: &dyn Store) {
    let translator = s
        .create_participant(&person(1, StakeholderGroup::Academia, "FR"))
        .await
        .unwrap();
    let id = s
        .create_text(&text("en", "About", "The *forum* is open."))
        .await
        .unwrap();

    let en = s.localized(id, "en").await.unwrap().unwrap();
    assert_eq!(en.state(), TranslationState::Current);
    assert!(en.body_html().contains("<em>forum</em>"));

    let it = s.localized(id, "it").await.unwrap().unwrap();
    assert_eq!(it.state(), TranslationState::Untranslated);
    assert_eq!(it.shown_lang(), "en");
    assert_eq!(it.available, vec!["en"]);

    let fr = NewTranslation {
        text_id: id,
        lang: "fr".into(),
        title: "À propos".into(),
        body_md: "Le *forum* est ouvert.".into(),
        source_revision: 1,
        translator_id: Some(translator),
        machine: false,
        approved: true,
    };
    s.add_translation(&fr).await.unwrap();
    // A proposal not yet approved is neither served nor listed.
    s.add_translation(&NewTranslation {
        lang: "de".into(),
        approved: false,
        ..fr.clone()
    })
    .await
    .unwrap();

    let l = s.localized(id, "fr").await.unwrap().unwrap();
    assert_eq!(l.state(), TranslationState::Current);
    assert_eq!(l.title(), "À propos");
    assert_eq!(l.shown_lang(), "fr");
    assert_eq!(l.available, vec!["en", "fr"]);
    let de = s.localized(id, "de").await.unwrap().unwrap();
    assert_eq!(de.state(), TranslationState::Untranslated);

    assert_eq!(s.revise_text(id, "About us", "Changed.").await.unwrap(), 2);
    let l = s.localized(id, "fr").await.unwrap().unwrap();
    assert_eq!(
        l.state(),
        TranslationState::Outdated {
            revisions_behind: 1
        }
    );
    assert_eq!(l.original.title, "About us");
    s.revise_text(id, "About us", "Changed again.")
        .await
        .unwrap();
    s.revise_text(id, "About us", "And again.").await.unwrap();
    assert!(s
        .localized(id, "fr")
        .await
        .unwrap()
        .unwrap()
        .state()
        .is_very_outdated());

    assert!(matches!(
        s.revise_text(id + 99, "x", "y").await,
        Err(StoreError::NotFound("text"))
    ));
    assert!(s.localized(id + 99, "en").await.unwrap().is_none());
}

async fn pages_by_slug(s: &dyn Store) {
    let page = s
        .create_page("about", &text("en", "About", "Hello"))
        .await
        .unwrap();
    assert_eq!(s.page_by_slug("about").await.unwrap(), Some(page.clone()));
    assert!(s.page_by_slug("nope").await.unwrap().is_none());
    let err = s
        .create_page("about", &text("en", "Again", "x"))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
}

async fn editions_newest_first_with_translated_themes(s: &dyn Store) {
    let edition = |year, country: &str, city: &str| NewEdition {
        year,
        host_country: country.into(),
        city: city.into(),
        starts_on: format!("{year}-10-08"),
        ends_on: format!("{year}-10-12"),
        time_zone: "Asia/Tokyo".into(),
        theme: text("en", &format!("Theme {year}"), "..."),
    };
    let first = s
        .create_edition(&edition(2023, "jp", "Kyoto"))
        .await
        .unwrap();
    s.create_edition(&edition(2024, "SA", "Riyadh"))
        .await
        .unwrap();
    let all = s.editions("es").await.unwrap();
    assert_eq!(
        all.iter().map(|e| e.year).collect::<Vec<_>>(),
        vec![2024, 2023]
    );
    assert_eq!(all[1].host_country, "JP");
    assert_eq!(all[1].theme.lang, "en");

    let text_id = all[1].text_id;
    s.add_translation(&NewTranslation {
        text_id,
        lang: "es".into(),
        title: "Tema 2023".into(),
        body_md: "...".into(),
        source_revision: 1,
        translator_id: None,
        machine: false,
        approved: true,
    })
    .await
    .unwrap();
    let all = s.editions("es").await.unwrap();
    let e = all.iter().find(|e| e.id == first).unwrap();
    assert_eq!(e.theme.text, "Tema 2023");
    assert_eq!(e.theme.lang, "es");
    let err = s
        .create_edition(&edition(2023, "BR", "Curitiba"))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
}

async fn coalition_membership(s: &dyn Store) {
    let founder = s
        .create_participant(&person(1, StakeholderGroup::CivilSociety, "DE"))
        .await
        .unwrap();
    let mut others = Vec::new();
    for n in 2..7 {
        others.push(
            s.create_participant(&person(n, StakeholderGroup::TechnicalCommunity, "IN"))
                .await
                .unwrap(),
        );
    }
    let id = s
        .create_coalition(&NewCoalition {
            slug: "open-standards".into(),
            text: text("en", "Open Standards", "Why we exist."),
            founder_id: founder,
            founded_year: None,
        })
        .await
        .unwrap();
    for p in &others {
        s.join_coalition(CoalitionId(id), ParticipantId(*p), MemberRole::Member)
            .await
            .unwrap();
    }
    // Joining twice changes nothing; a role change is kept.
    s.join_coalition(
        CoalitionId(id),
        ParticipantId(others[0]),
        MemberRole::Member,
    )
    .await
    .unwrap();
    s.join_coalition(
        CoalitionId(id),
        ParticipantId(others[1]),
        MemberRole::Coordinator,
    )
    .await
    .unwrap();

    let c = s
        .coalition_by_slug("open-standards", "en")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.member_count, 6);
    assert_eq!(c.name.text, "Open Standards");
    assert_eq!(s.coalitions("en").await.unwrap(), vec![c.clone()]);

    let page1 = s.members(id, 0, 4).await.unwrap();
    let page2 = s.members(id, page1[3].voice.id, 4).await.unwrap();
    assert_eq!(page1.len(), 4);
    assert_eq!(page2.len(), 2);
    let all: Vec<_> = page1.iter().chain(&page2).collect();
    assert!(all.windows(2).all(|w| w[0].voice.id < w[1].voice.id));
    let role_of = |pid| all.iter().find(|m| m.voice.id == pid).unwrap().role;
    assert_eq!(role_of(founder), MemberRole::Coordinator);
    assert_eq!(role_of(others[1]), MemberRole::Coordinator);
    assert_eq!(role_of(others[0]), MemberRole::Member);

    assert!(matches!(
        s.join_coalition(
            CoalitionId(id + 50),
            ParticipantId(founder),
            MemberRole::Member
        )
        .await,
        Err(StoreError::NotFound("coalition"))
    ));
    assert!(s.coalition_by_slug("nope", "en").await.unwrap().is_none());
}

async fn threads_and_posts(s: &dyn Store) {
    let a = s
        .create_participant(&person(1, StakeholderGroup::Government, "GH"))
        .await
        .unwrap();
    let b = s
        .create_participant(&person(2, StakeholderGroup::PrivateSector, "US"))
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: None,
            title: "Spam and small networks".into(),
            lang: "en".into(),
            author_id: a,
            body_md: "Opening **post**".into(),
            held: false,
        })
        .await
        .unwrap();
    let opening = s.posts(thread, 0, 10).await.unwrap()[0].id;
    for n in 0..5 {
        s.add_post(&NewPost {
            thread_id: thread,
            author_id: if n % 2 == 0 { b } else { a },
            lang: "en".into(),
            body_md: format!("Reply {n}"),
            reply_to: Some(opening),
            held: false,
        })
        .await
        .unwrap();
    }
    let t = s.thread(thread).await.unwrap().unwrap();
    assert_eq!(t.post_count, 6);
    assert_eq!(t.title, "Spam and small networks");

    let first = s.posts(thread, 0, 4).await.unwrap();
    let rest = s.posts(thread, first[3].id, 4).await.unwrap();
    assert_eq!(first.len() + rest.len(), 6);
    assert!(first[0].body_html.contains("<strong>post</strong>"));
    assert_eq!(
        first[0].author.stakeholder_group,
        StakeholderGroup::Government
    );
    assert_eq!(first[1].author.country, "US");
    assert_eq!(first[1].reply_to, Some(opening));

    let recent = s.recent_threads(None, 10).await.unwrap();
    assert_eq!(recent.len(), 1);
    assert!(s.recent_threads(Some(999), 10).await.unwrap().is_empty());
    assert!(matches!(
        s.add_post(&NewPost {
            thread_id: thread + 100,
            author_id: a,
            lang: "en".into(),
            body_md: "lost".into(),
            reply_to: None,
            held: false,
        })
        .await,
        Err(StoreError::NotFound("thread"))
    ));
}

async fn change_log_records_every_write_in_order(s: &dyn Store) {
    let a = s
        .create_participant(&person(1, StakeholderGroup::Media, "AR"))
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: None,
            title: "t".into(),
            lang: "en".into(),
            author_id: a,
            body_md: "b".into(),
            held: false,
        })
        .await
        .unwrap();
    // A refused write leaves no trace in the log.
    let _ = s
        .create_participant(&person(1, StakeholderGroup::Media, "AR"))
        .await
        .unwrap_err();
    let changes = s.changes_since(0, 100).await.unwrap();
    let summary: Vec<_> = changes
        .iter()
        .map(|c| (c.entity.as_str(), c.op.as_str()))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("participant", "create"),
            ("thread", "create"),
            ("post", "create")
        ]
    );
    assert_eq!(changes[1].entity_id, thread);
    assert!(changes.windows(2).all(|w| w[0].seq < w[1].seq));
    let tail = s.changes_since(changes[1].seq, 100).await.unwrap();
    assert_eq!(tail, changes[2..].to_vec());
}

async fn concurrent_writers_all_land(s: &dyn Store) {
    let a = s
        .create_participant(&person(1, StakeholderGroup::Academia, "CN"))
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: None,
            title: "busy".into(),
            lang: "zh".into(),
            author_id: a,
            body_md: "start".into(),
            held: false,
        })
        .await
        .unwrap();
    let writes = (0..24).map(|n| async move {
        s.add_post(&NewPost {
            thread_id: thread,
            author_id: a,
            lang: "zh".into(),
            body_md: format!("post {n}"),
            reply_to: None,
            held: false,
        })
        .await
    });
    for result in futures_join_all(writes).await {
        result.unwrap();
    }
    assert_eq!(s.thread(thread).await.unwrap().unwrap().post_count, 25);
    assert_eq!(s.posts(thread, 0, 100).await.unwrap().len(), 25);
}

/// Run futures concurrently on the current task (no extra dependency needed).
async fn futures_join_all<F: std::future::Future>(
    futures: impl Iterator<Item = F>,
) -> Vec<F::Output> {
    let mut set = Vec::new();
    for f in futures {
        set.push(Box::pin(f));
    }
    let mut out: Vec<Option<F::Output>> = (0..set.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in set.iter_mut().enumerate() {
            if out[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => out[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    out.into_iter().map(|o| o.unwrap()).collect()
}
