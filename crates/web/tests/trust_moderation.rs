//! Moderation power stays within its room: coordinators' hides cost posting rights only in
//! their coalition; blocked and held accounts cannot publish coalitions or dissents at
//! once; coalitions and dissents can be hidden with a logged reason.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{register, Client, TestApp};
use convene_core::model::{NewCoalition, NewText, Role};

fn tail_id(location: &str, sep: &str) -> i64 {
    location.rsplit(sep).next().unwrap().parse().unwrap()
}

/// A coalition made straight in the store, founded (and coordinated) by `founder`.
async fn coalition(app: &TestApp, slug: &str, founder: i64) {
    app.store()
        .create_coalition(&NewCoalition {
            slug: slug.into(),
            text: NewText {
                lang: "en".into(),
                title: format!("Coalition {slug}"),
                body_md: format!("The mission of {slug}"),
            },
            founder_id: founder,
            founded_year: None,
        })
        .await
        .unwrap();
}

async fn thread(client: &mut Client<'_>, slug: &str) -> String {
    let r = client
        .post(
            &format!("/en/coalitions/{slug}/threads/new"),
            &[("title", "A thread"), ("body", "Opening words")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location().to_string()
}

async fn output(client: &mut Client<'_>, slug: &str) -> String {
    let r = client
        .post(
            &format!("/en/coalitions/{slug}/outputs"),
            &[
                ("kind", "statement"),
                ("year", "2026"),
                ("title", "Our statement"),
                ("body", "We agree."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location().to_string()
}

#[tokio::test]
async fn a_coordinators_hides_remove_posting_rights_only_in_their_coalition() {
    let app = TestApp::new().await;
    let mut founder = app.client();
    register(&mut founder, "Founder", "founder@example.org").await;
    let r = founder
        .post(
            "/en/coalitions/new",
            &[("name", "Mine"), ("mission", "Ours"), ("lang", "en")],
        )
        .await;
    assert_eq!(r.location(), "/en/coalitions/mine");
    let here = thread(&mut founder, "mine").await;

    let mut other = app.client();
    let o = register(&mut other, "Other", "other@example.org").await;
    coalition(&app, "elsewhere", o).await;
    let there = thread(&mut other, "elsewhere").await;

    let mut moderator = app.client();
    let m = register(&mut moderator, "Site Mod", "mod@example.org").await;
    app.store()
        .set_role(m, Role::Moderator, None)
        .await
        .unwrap();
    let r = moderator
        .post(&format!("{here}/reply"), &[("body", "kept words")])
        .await;
    let kept = tail_id(r.location(), "#post-");
    for body in ["one", "two", "three"] {
        let r = moderator
            .post(&format!("{here}/reply"), &[("body", body)])
            .await;
        let post = tail_id(r.location(), "#post-");
        founder
            .post(
                &format!("/en/posts/{post}/flag"),
                &[("reason", "I dislike it")],
            )
            .await;
        let r = founder
            .post(
                &format!("/en/posts/{post}/hide"),
                &[("reason", "mine to hide")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    assert!(
        !app.store()
            .participant(m)
            .await
            .unwrap()
            .unwrap()
            .posting_blocked,
        "a coordinator cannot take away posting rights site-wide"
    );
    let r = moderator
        .post(&format!("{here}/reply"), &[("body", "again here")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "blocked in that coalition");
    let r = moderator
        .post(
            "/en/coalitions/mine/threads/new",
            &[("title", "T"), ("body", "B")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = moderator
        .post(&format!("{there}/reply"), &[("body", "still fine here")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "free to post elsewhere");
    let r = moderator
        .post(
            &format!("/en/posts/{kept}/edit"),
            &[("body", "rewritten after the block")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "no edits where blocked");
    let mut posts = app.store().posts(tail_id(&here, "/"), 0, 50).await.unwrap();
    posts.retain(|p| p.id == kept);
    assert!(posts[0].body_html.contains("kept words"));
    let log = app.store().audit_log(i64::MAX, 50).await.unwrap();
    assert!(log
        .iter()
        .any(|e| e.action == "auto-block-coalition-posting" && e.target_id == Some(m)));
    assert!(!log.iter().any(|e| e.action == "auto-block-posting"));
    app.finish().await;
}

#[tokio::test]
async fn posting_blocked_accounts_cannot_propose_coalitions_or_sign_dissents() {
    let app = TestApp::new().await;
    let mut founder = app.client();
    let f = register(&mut founder, "Founder", "founder@example.org").await;
    coalition(&app, "dc", f).await;
    let out = output(&mut founder, "dc").await;
    let mut moderator = app.client();
    let m = register(&mut moderator, "Mod", "mod@example.org").await;
    app.store()
        .set_role(m, Role::Moderator, None)
        .await
        .unwrap();
    let mut blocked = app.client();
    let b = register(&mut blocked, "Blocked", "blocked@example.org").await;
    blocked.post("/en/coalitions/dc/join", &[]).await;
    moderator
        .post(&format!("/en/people/{b}/posting"), &[("reason", "abuse")])
        .await;
    let r = blocked
        .post(
            "/en/coalitions/new",
            &[("name", "Sneaky"), ("mission", "Abuse"), ("lang", "en")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(app
        .store()
        .coalition_by_slug("sneaky", "en")
        .await
        .unwrap()
        .is_none());
    let r = blocked
        .post(&format!("{out}/dissent"), &[("dissent", "abusive dissent")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    app.finish().await;
}

#[tokio::test]
async fn held_accounts_coalitions_and_dissents_wait_for_review() {
    let app = TestApp::new().await;
    let mut founder = app.client();
    let f = register(&mut founder, "Founder", "founder@example.org").await;
    coalition(&app, "dc", f).await;
    let out = output(&mut founder, "dc").await;
    let mut boss = app.client();
    let b = register(&mut boss, "Boss", "boss@example.org").await;
    app.store()
        .set_role(b, Role::Secretariat, None)
        .await
        .unwrap();
    boss.post("/en/admin/settings", &[("hold_first_posts", "on")])
        .await;

    let mut newcomer = app.client();
    register(&mut newcomer, "Newcomer", "new@example.org").await;
    let r = newcomer
        .post(
            "/en/coalitions/new",
            &[
                ("name", "Fresh Ideas"),
                ("mission", "Fresh"),
                ("lang", "en"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!app
        .client()
        .get("/en/coalitions")
        .await
        .body
        .contains("Fresh Ideas"));
    assert_eq!(
        app.client().get("/en/coalitions/fresh-ideas").await.status,
        StatusCode::NOT_FOUND
    );
    let queue = boss.get("/en/moderation").await.body;
    assert!(
        queue.contains("/en/coalitions/fresh-ideas/release"),
        "{queue}"
    );

    newcomer.post("/en/coalitions/dc/join", &[]).await;
    let r = newcomer
        .post(
            &format!("{out}/dissent"),
            &[("dissent", "I disagree strongly")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let d = tail_id(r.location(), "#dissent-");
    assert!(!app
        .client()
        .get(&out)
        .await
        .body
        .contains("I disagree strongly"));
    let queue = boss.get("/en/moderation").await.body;
    assert!(
        queue.contains(&format!("/en/dissents/{d}/release")),
        "{queue}"
    );

    let r = boss.post("/en/coalitions/fresh-ideas/release", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = boss.post(&format!("/en/dissents/{d}/release"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app
        .client()
        .get("/en/coalitions")
        .await
        .body
        .contains("Fresh Ideas"));
    assert!(app
        .client()
        .get(&out)
        .await
        .body
        .contains("I disagree strongly"));
    app.finish().await;
}

#[tokio::test]
async fn coalitions_and_dissents_are_hidden_with_a_logged_reason() {
    let app = TestApp::new().await;
    let mut founder = app.client();
    let f = register(&mut founder, "Founder", "founder@example.org").await;
    coalition(&app, "dc", f).await;
    let out = output(&mut founder, "dc").await;
    let mut member = app.client();
    register(&mut member, "Member", "member@example.org").await;
    member.post("/en/coalitions/dc/join", &[]).await;
    let r = member
        .post(
            &format!("{out}/dissent"),
            &[("dissent", "Insulting dissent")],
        )
        .await;
    let d = tail_id(r.location(), "#dissent-");

    // Neither a member nor another participant may hide it; the coordinator may.
    let r = member
        .post(&format!("/en/dissents/{d}/hide"), &[("reason", "x")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = founder
        .post(&format!("/en/dissents/{d}/hide"), &[("reason", "")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "a reason is required");
    let r = founder
        .post(
            &format!("/en/dissents/{d}/hide"),
            &[("reason", "a personal attack")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = app.client().get(&out).await.body;
    assert!(!page.contains("Insulting dissent"));
    assert!(
        page.contains(&format!("id=\"dissent-{d}\"")),
        "it still existed"
    );
    assert!(page.contains("a personal attack"), "and why it was hidden");
    assert!(page.contains(&convene_i18n::tr("en", "dissent-hidden-notice", None)));
    assert_eq!(
        founder
            .post("/en/dissents/nonsense/hide", &[("reason", "x")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // Hiding a coalition is for site moderators, not its coordinators.
    let r = founder
        .post("/en/coalitions/dc/hide", &[("reason", "mine")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut moderator = app.client();
    let m = register(&mut moderator, "Mod", "mod@example.org").await;
    app.store()
        .set_role(m, Role::Moderator, None)
        .await
        .unwrap();
    let r = moderator
        .post("/en/coalitions/dc/hide", &[("reason", "a front for spam")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!app
        .client()
        .get("/en/coalitions")
        .await
        .body
        .contains("/en/coalitions/dc\""));
    let page = app.client().get("/en/coalitions/dc").await.body;
    assert!(page.contains("a front for spam"));
    assert!(!page.contains("The mission of dc"));
    let log = app.store().audit_log(i64::MAX, 50).await.unwrap();
    assert!(log
        .iter()
        .any(|e| e.action == "hide-dissent" && e.reason.contains("personal attack")));
    assert!(log
        .iter()
        .any(|e| e.action == "hide-coalition" && e.reason.contains("front for spam")));
    let r = moderator
        .post("/en/coalitions/dc/restore", &[("reason", "appeal upheld")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app
        .client()
        .get("/en/coalitions/dc")
        .await
        .body
        .contains("The mission of dc"));
    app.finish().await;
}
