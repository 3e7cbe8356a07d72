//! Moderation through the real router: flags, the queue, hiding with a reason, held first
//! posts, and removing posting rights without removing membership.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{register, TestApp};
use convene_core::model::{CoalitionId, ParticipantId};
use convene_core::model::{NewCoalition, NewText, Role};

async fn setup(app: &TestApp) -> (i64, String) {
    let mut founder = app.client();
    let f = register(&mut founder, "Coordinator", "coord@example.org").await;
    app.store()
        .create_coalition(&NewCoalition {
            slug: "dc".into(),
            text: NewText {
                lang: "en".into(),
                title: "DC".into(),
                body_md: "x".into(),
            },
            founder_id: f,
            founded_year: None,
        })
        .await
        .unwrap();
    let r = founder
        .post(
            "/en/coalitions/dc/threads/new",
            &[("title", "Thread"), ("body", "Opening words")],
        )
        .await;
    (f, r.location().to_string())
}

#[tokio::test]
async fn flag_then_a_coordinator_hides_with_a_reason_that_stays_visible() {
    let app = TestApp::new().await;
    let (_, thread) = setup(&app).await;
    let mut troll = app.client();
    register(&mut troll, "Troll", "troll@example.org").await;
    let r = troll
        .post(&format!("{thread}/reply"), &[("body", "Nasty insult")])
        .await;
    let post: i64 = r
        .location()
        .rsplit("#post-")
        .next()
        .unwrap()
        .parse()
        .unwrap();

    let mut reader = app.client();
    register(&mut reader, "Reader", "reader@example.org").await;
    let r = reader
        .post(
            &format!("/en/posts/{post}/flag"),
            &[("reason", "insulting")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.store().open_flags(10).await.unwrap()[0].reason,
        "insulting"
    );
    // A reader is neither a moderator nor a coordinator here.
    assert_eq!(
        reader.get("/en/moderation").await.status,
        StatusCode::FORBIDDEN
    );
    let r = reader
        .post(&format!("/en/posts/{post}/hide"), &[("reason", "x")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // The coalition's coordinator sees the flag and hides the post.
    let mut coord = app.client();
    coord
        .post(
            "/en/signin",
            &[
                ("email", "coord@example.org"),
                ("password", common::PASSWORD),
            ],
        )
        .await;
    let queue = coord.get("/en/moderation").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert!(queue.body.contains("insulting"));
    let r = coord
        .post(
            &format!("/en/posts/{post}/hide"),
            &[("reason", "breaks the Code of Conduct")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = app.client().get(&thread).await.body;
    assert!(!page.contains("Nasty insult"));
    assert!(
        page.contains("breaks the Code of Conduct"),
        "the reason is shown in its place"
    );
    assert!(app.store().open_flags(10).await.unwrap().is_empty());
    let log = app.store().audit_log(i64::MAX, 10).await.unwrap();
    assert!(log
        .iter()
        .any(|e| e.action == "hide-post" && e.reason.contains("Code of Conduct")));
    let r = coord
        .post(
            &format!("/en/posts/{post}/restore"),
            &[("reason", "appeal")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app
        .client()
        .get(&thread)
        .await
        .body
        .contains("Nasty insult"));
    app.finish().await;
}

#[tokio::test]
async fn first_posts_of_new_accounts_are_held_when_the_setting_is_on() {
    let app = TestApp::new().await;
    let (_, thread) = setup(&app).await;
    let mut boss = app.client();
    let b = register(&mut boss, "Boss", "boss@example.org").await;
    app.store()
        .set_role(b, Role::Secretariat, None)
        .await
        .unwrap();
    let mut newcomer = app.client();
    register(&mut newcomer, "Newcomer", "new@example.org").await;
    assert_eq!(
        newcomer.get("/en/admin/settings").await.status,
        StatusCode::FORBIDDEN
    );
    let r = boss
        .post("/en/admin/settings", &[("hold_first_posts", "on")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    let r = newcomer
        .post(&format!("{thread}/reply"), &[("body", "My first words")])
        .await;
    assert!(r.location().contains("held=1"));
    let post: i64 = r
        .location()
        .rsplit("#post-")
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        !app.client()
            .get(&thread)
            .await
            .body
            .contains("My first words"),
        "hidden from readers"
    );
    assert!(
        newcomer.get(&thread).await.body.contains("My first words"),
        "shown to its author"
    );
    let queue = boss.get("/en/moderation").await.body;
    assert!(queue.contains(&format!("#post-{post}")));
    boss.post(&format!("/en/posts/{post}/release"), &[]).await;
    assert!(app
        .client()
        .get(&thread)
        .await
        .body
        .contains("My first words"));
    app.finish().await;
}

#[tokio::test]
async fn removing_posting_rights_keeps_membership() {
    let app = TestApp::new().await;
    let (_, thread) = setup(&app).await;
    let mut moderator = app.client();
    let m = register(&mut moderator, "Mod", "mod@example.org").await;
    app.store()
        .set_role(m, Role::Moderator, None)
        .await
        .unwrap();
    let mut abuser = app.client();
    let a = register(&mut abuser, "Abuser", "abuse@example.org").await;
    abuser.post("/en/coalitions/dc/join", &[]).await;
    let r = moderator
        .post(
            &format!("/en/people/{a}/posting"),
            &[("reason", "repeated abuse")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = abuser
        .post(&format!("{thread}/reply"), &[("body", "more abuse")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let c = app
        .store()
        .coalition_by_slug("dc", "en")
        .await
        .unwrap()
        .unwrap();
    assert!(
        app.store()
            .member_role(CoalitionId(c.id), ParticipantId(a))
            .await
            .unwrap()
            .is_some(),
        "still a member"
    );
    moderator
        .post(
            &format!("/en/people/{a}/posting"),
            &[("reason", "served the time")],
        )
        .await;
    let r = abuser
        .post(&format!("{thread}/reply"), &[("body", "sorry")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    app.finish().await;
}

#[tokio::test]
async fn authors_edit_with_visible_history_and_people_follow_what_matters_to_them() {
    let app = TestApp::new().await;
    let (_, thread) = setup(&app).await;
    let mut author = app.client();
    register(&mut author, "Author", "author@example.org").await;
    let r = author
        .post(&format!("{thread}/reply"), &[("body", "First wording")])
        .await;
    let post: i64 = r
        .location()
        .rsplit("#post-")
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let mut other = app.client();
    register(&mut other, "Other", "other@example.org").await;
    assert_eq!(
        other.get(&format!("/en/posts/{post}/edit")).await.status,
        StatusCode::FORBIDDEN
    );
    let r = other
        .post(&format!("/en/posts/{post}/edit"), &[("body", "vandalised")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    let r = author
        .post(
            &format!("/en/posts/{post}/edit"),
            &[("body", "Better wording")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = app.client().get(&thread).await.body;
    assert!(page.contains("Better wording") && !page.contains("First wording"));
    assert!(page.contains(&format!("/en/posts/{post}/history")));
    let history = app
        .client()
        .get(&format!("/en/posts/{post}/history"))
        .await
        .body;
    assert!(
        history.contains("First wording"),
        "the earlier version stays readable"
    );

    // Following the coalition brings its discussions into one's list.
    assert!(other
        .get("/en/following")
        .await
        .body
        .contains(&convene_i18n::tr("en", "following-none", None)));
    let c = app
        .store()
        .coalition_by_slug("dc", "en")
        .await
        .unwrap()
        .unwrap();
    let r = other
        .post(
            "/en/follow",
            &[
                ("kind", "coalition"),
                ("id", &c.id.to_string()),
                ("follow", "1"),
                ("back", "/en/coalitions/dc"),
            ],
        )
        .await;
    assert_eq!(r.location(), "/en/coalitions/dc");
    assert!(other.get("/en/following").await.body.contains(&thread));
    other
        .post(
            "/en/follow",
            &[
                ("kind", "coalition"),
                ("id", &c.id.to_string()),
                ("follow", "0"),
                ("back", "//evil.example"),
            ],
        )
        .await;
    assert!(!other.get("/en/following").await.body.contains(&thread));
    let r = other
        .post(
            "/en/follow",
            &[("kind", "planet"), ("id", "1"), ("follow", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    app.finish().await;
}

#[tokio::test]
async fn repeated_upheld_flags_remove_posting_rights_automatically_but_not_membership() {
    let app = TestApp::new().await;
    let (_, thread) = setup(&app).await;
    let mut boss = app.client();
    let b = register(&mut boss, "Boss", "boss@example.org").await;
    app.store()
        .set_role(b, Role::Secretariat, None)
        .await
        .unwrap();
    // The secretariat sets the threshold; nonsense is refused with a message.
    let page = boss.get("/en/admin/settings").await.body;
    assert!(page.contains("name=\"abuse-threshold\""));
    assert!(page.contains("value=\"3\""), "the default");
    let r = boss
        .post("/en/admin/settings", &[("abuse-threshold", "lots")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .body
        .contains(&convene_i18n::tr("en", "form-error-threshold", None)));
    let r = boss
        .post("/en/admin/settings", &[("abuse-threshold", "2")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(boss
        .get("/en/admin/settings")
        .await
        .body
        .contains("value=\"2\""));

    let mut moderator = app.client();
    let m = register(&mut moderator, "Mod", "mod@example.org").await;
    app.store()
        .set_role(m, Role::Moderator, None)
        .await
        .unwrap();
    let mut reader = app.client();
    register(&mut reader, "Reader", "reader@example.org").await;
    let mut abuser = app.client();
    let a = register(&mut abuser, "Abuser", "abuse@example.org").await;
    abuser.post("/en/coalitions/dc/join", &[]).await;
    let mut posts = Vec::new();
    for body in ["insult one", "off-topic", "insult two"] {
        let r = abuser
            .post(&format!("{thread}/reply"), &[("body", body)])
            .await;
        posts.push(
            r.location()
                .rsplit("#post-")
                .next()
                .unwrap()
                .parse::<i64>()
                .unwrap(),
        );
    }
    let blocked = || async {
        app.store()
            .participant(a)
            .await
            .unwrap()
            .unwrap()
            .posting_blocked
    };
    for p in [posts[0], posts[2]] {
        reader
            .post(&format!("/en/posts/{p}/flag"), &[("reason", "insulting")])
            .await;
    }
    // One upheld flag, and a post hidden without any flag: below the threshold.
    for p in [posts[0], posts[1]] {
        let r = moderator
            .post(&format!("/en/posts/{p}/hide"), &[("reason", "abuse")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    assert!(!blocked().await);
    // The second upheld flag crosses it.
    moderator
        .post(
            &format!("/en/posts/{}/hide", posts[2]),
            &[("reason", "abuse")],
        )
        .await;
    assert!(blocked().await, "posting rights removed by the rule");
    let c = app
        .store()
        .coalition_by_slug("dc", "en")
        .await
        .unwrap()
        .unwrap();
    assert!(
        app.store()
            .member_role(CoalitionId(c.id), ParticipantId(a))
            .await
            .unwrap()
            .is_some(),
        "still a member"
    );
    let r = abuser
        .post(&format!("{thread}/reply"), &[("body", "more")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // Audited as the rule's doing, with its reason; the author is told.
    let entry = app
        .store()
        .audit_log(i64::MAX, 20)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.action == "auto-block-posting")
        .unwrap();
    assert_eq!((entry.actor_id, entry.target_id), (None, Some(a)));
    assert!(entry.reason.contains("2 flagged posts"), "{}", entry.reason);
    assert!(boss
        .get("/en/admin/audit")
        .await
        .body
        .contains(&convene_i18n::tr(
            "en",
            "audit-action-auto-block-posting",
            None
        )));
    let page = abuser.get("/en/notifications").await.body;
    assert!(page.contains("Your posting rights were removed"), "{page}");
    assert!(page.contains("href=\"/en/pages/code-of-conduct\""));

    // With the rule off, upheld flags remove nothing.
    moderator
        .post(
            &format!("/en/people/{a}/posting"),
            &[("reason", "second chance")],
        )
        .await;
    assert!(!blocked().await);
    boss.post("/en/admin/settings", &[("abuse-threshold", "0")])
        .await;
    for body in ["again", "and again"] {
        let r = abuser
            .post(&format!("{thread}/reply"), &[("body", body)])
            .await;
        let p: i64 = r
            .location()
            .rsplit("#post-")
            .next()
            .unwrap()
            .parse()
            .unwrap();
        reader
            .post(&format!("/en/posts/{p}/flag"), &[("reason", "insulting")])
            .await;
        moderator
            .post(&format!("/en/posts/{p}/hide"), &[("reason", "abuse")])
            .await;
    }
    assert!(!blocked().await);
    app.finish().await;
}
