//! Registrations waiting for their address to be confirmed, on both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_core::model::*;
use convene_core::StakeholderGroup as G;
use convene_store::{conformance, Store};

conformance!(a_registration_waits_for_its_link_and_a_newer_one_replaces_it);

fn account(name: &str, email: &str, hash: &str) -> NewAccount {
    NewAccount {
        participant: NewParticipant {
            display_name: name.into(),
            email: email.into(),
            stakeholder_group: G::Academia,
            country: "BR".into(),
            affiliation: String::new(),
            role: Role::Participant,
        },
        password_hash: hash.into(),
        profile: Profile {
            gender: None,
            languages: vec!["pt".into()],
            ui_lang: "es".into(),
        },
        coc_accepted: true,
    }
}

async fn a_registration_waits_for_its_link_and_a_newer_one_replaces_it(s: &dyn Store) {
    let now = 1_000;
    let first = s
        .register_account(
            &account("Squatter", "luz@example.org", "h1"),
            "t1",
            now + 100,
        )
        .await
        .unwrap()
        .unwrap();
    // Waiting: nobody finds it by address or id.
    assert!(s.credentials("luz@example.org").await.unwrap().is_none());
    assert!(s.participant(first).await.unwrap().is_none());
    assert!(s.email_confirmation_valid("t1", now).await.unwrap());
    // A newer registration of the address takes the row over and voids the old link.
    let second = s
        .register_account(&account("Luz", "Luz@Example.org", "h2"), "t2", now + 100)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(second, first);
    assert!(!s.email_confirmation_valid("t1", now).await.unwrap());
    assert!(s.confirm_email("t1", now).await.unwrap().is_none());
    // An expired link does nothing.
    assert!(s.confirm_email("t2", now + 100).await.unwrap().is_none());
    assert_eq!(
        s.confirm_email("t2", now).await.unwrap(),
        Some((first, "h2".into()))
    );
    let (p, hash) = s.credentials("luz@example.org").await.unwrap().unwrap();
    assert_eq!(
        (p.display_name.as_str(), hash.as_deref()),
        ("Luz", Some("h2"))
    );
    assert!(
        s.confirm_email("t2", now).await.unwrap().is_none(),
        "once only"
    );
    // Once confirmed, the address is taken: a registration changes nothing.
    let again = s
        .register_account(
            &account("Intruder", "luz@example.org", "h3"),
            "t3",
            now + 100,
        )
        .await
        .unwrap();
    assert_eq!(again, None);
    assert!(!s.email_confirmation_valid("t3", now).await.unwrap());
    let (p, _) = s.credentials("luz@example.org").await.unwrap().unwrap();
    assert_eq!(p.display_name, "Luz");
}
