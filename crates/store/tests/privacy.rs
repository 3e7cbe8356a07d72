//! A person's data, on both backends: the export finds every record that names them,
//! and deletion leaves no copy of who they were.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_core::meeting::*;
use convene_core::model::*;
use convene_core::programme::*;
use convene_core::StakeholderGroup as G;
use convene_store::{conformance, Store};

conformance!(records_name_the_person_and_deletion_erases_the_copies);

fn text(title: &str) -> NewText {
    NewText {
        lang: "en".into(),
        title: title.into(),
        body_md: "Body.".into(),
    }
}

async fn person(s: &dyn Store, name: &str, email: &str) -> i64 {
    s.create_participant(&NewParticipant {
        display_name: name.into(),
        email: email.into(),
        stakeholder_group: G::CivilSociety,
        country: "KE".into(),
        affiliation: "Digital Rights Kenya".into(),
        role: Role::Participant,
    })
    .await
    .unwrap()
}

async fn records_name_the_person_and_deletion_erases_the_copies(s: &dyn Store) {
    let amina = person(s, "Amina Diallo", "amina_d@example.org").await;
    // Another address that LIKE 'amina_d' would also match: its limits must stay.
    let other = person(s, "Aminaxd", "aminaxd@example.org").await;
    let coalition = s
        .create_coalition(&NewCoalition {
            slug: "spam".into(),
            text: text("Spam"),
            founder_id: other,
            founded_year: None,
        })
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: Some(coalition),
            title: "Filters".into(),
            lang: "en".into(),
            author_id: other,
            body_md: "First.".into(),
            held: false,
        })
        .await
        .unwrap();
    let post = s.posts(thread, 0, 1).await.unwrap()[0].id;
    s.flag_post(post, amina, "I, Amina, find this insulting")
        .await
        .unwrap();
    let text_id = s.create_text(&text("Charter")).await.unwrap();
    s.add_translation(&NewTranslation {
        text_id,
        lang: "fr".into(),
        title: "Charte".into(),
        body_md: "Corps.".into(),
        source_revision: 1,
        translator_id: Some(amina),
        machine: false,
        approved: false,
    })
    .await
    .unwrap();
    s.set_follow(amina, FollowKind::Thread, thread, true)
        .await
        .unwrap();
    let edition = s
        .create_edition(&NewEdition {
            year: 2027,
            host_country: "ke".into(),
            city: "Nairobi".into(),
            starts_on: "2027-06-14".into(),
            ends_on: "2027-06-18".into(),
            time_zone: "Africa/Nairobi".into(),
            theme: text("Theme"),
        })
        .await
        .unwrap();
    let proposal = s
        .create_proposal(&NewProposal {
            edition_id: edition,
            created_by: other,
            text: text("Spam filters"),
            fields: ProposalFields::default(),
        })
        .await
        .unwrap();
    s.add_speaker(
        proposal,
        &NewSpeaker {
            participant_id: Some(amina),
            name: "Amina Diallo".into(),
            organisation: "Digital Rights Kenya".into(),
            group: G::CivilSociety,
            country: "KE".into(),
            gender: Gender::Woman,
            role: SpeakerRole::Speaker,
            onsite: true,
        },
    )
    .await
    .unwrap();
    for email in ["amina_d@example.org", "aminaxd@example.org"] {
        s.hit_rate_limit(&format!("signin-account:{email}"), 900, 10, 1)
            .await
            .unwrap();
    }

    let records = s.personal_records(amina).await.unwrap();
    let section = |name: &str| records[name].as_array().unwrap().clone();
    assert_eq!(
        section("flags")[0]["reason"],
        "I, Amina, find this insulting"
    );
    assert_eq!(section("translations")[0]["title"], "Charte");
    assert_eq!(section("follows")[0]["item_id"], thread);
    assert_eq!(section("speaker_records")[0]["gender"], "woman");
    assert!(section("dissents").is_empty());

    s.delete_account(amina).await.unwrap();
    let after = s.personal_records(amina).await.unwrap();
    let section = |name: &str| after[name].as_array().unwrap().clone();
    assert_eq!(
        section("flags")[0]["reason"],
        "",
        "the flag stays, its words go"
    );
    assert!(
        section("translations").is_empty(),
        "a pending translation goes"
    );
    assert!(section("follows").is_empty());
    let speaker = &section("speaker_records")[0];
    assert_eq!(speaker["name"], "");
    assert_eq!(speaker["organisation"], "");
    assert_eq!(speaker["gender"], "undisclosed");
    // Their limit bucket (named by their address) is gone; the look-alike's stays.
    assert!(s
        .hit_rate_limit("signin-account:amina_d@example.org", 900, 1, 2)
        .await
        .unwrap());
    assert!(!s
        .hit_rate_limit("signin-account:aminaxd@example.org", 900, 1, 2)
        .await
        .unwrap());
}
