//! The role × action table from docs/permissions.md, driven against the running app:
//! every forbidden action is refused (403, or a redirect to sign in for anonymous
//! readers) and changes nothing; every allowed one works.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{register, TestApp, PASSWORD};
use convene_core::model::Role;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Outcome {
    Allowed,
    SignIn,
    Forbidden,
}
use Outcome::*;

fn outcome(status: StatusCode, location: &str) -> Outcome {
    match status {
        StatusCode::FORBIDDEN => Forbidden,
        StatusCode::SEE_OTHER if location.contains("/signin?next=") => SignIn,
        s if s.is_success() || s.is_redirection() => Allowed,
        s => panic!("unexpected status {s}"),
    }
}

/// Suspending someone who is not staff, by each persona.
#[tokio::test]
async fn the_table_holds_against_the_running_app() {
    let personas = [
        ("anonymous", None),
        ("participant", Some(Role::Participant)),
        ("reviewer", Some(Role::Reviewer)),
        ("moderator", Some(Role::Moderator)),
        ("secretariat", Some(Role::Secretariat)),
    ];
    // (action, expected outcome per persona in the order above)
    let expected: [(&str, [Outcome; 5]); 5] = [
        (
            "read audit log",
            [SignIn, Forbidden, Forbidden, Allowed, Allowed],
        ),
        (
            "suspend a participant",
            [SignIn, Forbidden, Forbidden, Allowed, Allowed],
        ),
        (
            "suspend the secretariat",
            [SignIn, Forbidden, Forbidden, Forbidden, Allowed],
        ),
        (
            "edit own profile",
            [SignIn, Allowed, Allowed, Allowed, Allowed],
        ),
        (
            "export own data",
            [SignIn, Allowed, Allowed, Allowed, Allowed],
        ),
    ];
    for (i, (persona, role)) in personas.iter().enumerate() {
        let app = TestApp::new().await;
        let victim = register(&mut app.client(), "Victim", "victim@example.org").await;
        let boss = register(&mut app.client(), "Boss", "boss@example.org").await;
        app.store()
            .set_role(boss, Role::Secretariat, None)
            .await
            .unwrap();
        let mut c = app.client();
        if let Some(role) = role {
            let me = register(&mut c, "Me", "me@example.org").await;
            app.store().set_role(me, *role, None).await.unwrap();
        }
        c.get("/en/").await;
        for (action, outcomes) in &expected {
            let r = match *action {
                "read audit log" => c.get("/en/admin/audit").await,
                "suspend a participant" => {
                    c.post(
                        &format!("/en/people/{victim}/suspend"),
                        &[("reason", "test")],
                    )
                    .await
                }
                "suspend the secretariat" => {
                    c.post(&format!("/en/people/{boss}/suspend"), &[("reason", "test")])
                        .await
                }
                "edit own profile" => c.get("/en/account").await,
                "export own data" => c.get("/en/account/export").await,
                _ => unreachable!(),
            };
            let got = outcome(r.status, r.location());
            assert_eq!(got, outcomes[i], "{persona} / {action}");
            if got == Forbidden {
                assert!(r
                    .body
                    .contains(&convene_i18n::tr("en", "error-forbidden-title", None)));
            }
        }
        // Refused actions changed nothing; allowed ones did.
        let victim_suspended = app
            .store()
            .participant(victim)
            .await
            .unwrap()
            .unwrap()
            .suspension
            .is_some();
        let boss_suspended = app
            .store()
            .participant(boss)
            .await
            .unwrap()
            .unwrap()
            .suspension
            .is_some();
        assert_eq!(victim_suspended, expected[1].1[i] == Allowed, "{persona}");
        assert_eq!(boss_suspended, expected[2].1[i] == Allowed, "{persona}");
        let entries = app.store().audit_log(i64::MAX, 100).await.unwrap();
        let suspensions = entries.iter().filter(|e| e.action == "suspend").count();
        assert_eq!(
            suspensions,
            usize::from(victim_suspended) + usize::from(boss_suspended)
        );
        app.finish().await;
    }
}

#[tokio::test]
async fn deleting_needs_your_own_signed_in_session() {
    let app = TestApp::new().await;
    let someone = register(&mut app.client(), "Someone", "someone@example.org").await;
    let mut anon = app.client();
    let r = anon
        .post("/en/account/delete", &[("password", PASSWORD)])
        .await;
    assert_eq!(outcome(r.status, r.location()), SignIn);
    assert!(
        !app.store()
            .participant(someone)
            .await
            .unwrap()
            .unwrap()
            .deleted
    );
    app.finish().await;
}

#[test]
fn the_documented_table_is_the_one_in_core() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/permissions.md"
    ))
    .unwrap();
    let table = convene_core::permissions::table_markdown();
    assert!(
        doc.contains(&table),
        "docs/permissions.md is out of date; it must contain:\n{table}"
    );
}

#[tokio::test]
async fn only_the_secretariat_sets_roles_and_never_its_own() {
    let app = TestApp::new().await;
    let target = register(&mut app.client(), "Future Mod", "future@example.org").await;
    let mut moderator = app.client();
    let m = register(&mut moderator, "Mod", "mod@example.org").await;
    app.store()
        .set_role(m, Role::Moderator, None)
        .await
        .unwrap();
    let r = moderator
        .post(
            &format!("/en/people/{target}/role"),
            &[("role", "moderator")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.store().participant(target).await.unwrap().unwrap().role,
        Role::Participant
    );

    let mut boss = app.client();
    let b = register(&mut boss, "Boss", "boss@example.org").await;
    app.store()
        .set_role(b, Role::Secretariat, None)
        .await
        .unwrap();
    let r = boss
        .post(
            &format!("/en/people/{target}/role"),
            &[("role", "moderator")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.store().participant(target).await.unwrap().unwrap().role,
        Role::Moderator
    );
    let r = boss
        .post(&format!("/en/people/{b}/role"), &[("role", "participant")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = boss
        .post(&format!("/en/people/{target}/role"), &[("role", "emperor")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let log = app.store().audit_log(i64::MAX, 10).await.unwrap();
    assert!(log
        .iter()
        .any(|e| e.action == "set-role" && e.target_id == Some(target) && e.actor_id == Some(b)));
    app.finish().await;
}
