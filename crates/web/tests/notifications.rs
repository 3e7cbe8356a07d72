//! Notifications through the real router: followers hear of new posts and discussions
//! once each (never of their own, never of held or hidden posts), read them in their own
//! language, and mark them read with a form that needs the CSRF token.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{register, Client, TestApp};
use convene_core::model::{NewCoalition, NewText};
use convene_web::notifier::catch_up;

/// A coalition `dc` and a thread in it started by its founder; returns the thread path.
async fn setup(app: &TestApp, founder: &mut Client<'_>) -> (i64, i64, String) {
    let f = register(founder, "Founder", "founder@example.org").await;
    let c = app
        .store()
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
            &[("title", "Spam filters"), ("body", "Opening words")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    (f, c, r.location().to_string())
}

fn thread_id(path: &str) -> String {
    path.rsplit('/').next().unwrap().to_string()
}

async fn follow(client: &mut Client<'_>, kind: &str, id: &str) {
    let r = client
        .post(
            "/en/follow",
            &[
                ("kind", kind),
                ("id", id),
                ("follow", "1"),
                ("back", "/en/"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

async fn reply(client: &mut Client<'_>, thread: &str, body: &str) -> i64 {
    let r = client
        .post(&format!("{thread}/reply"), &[("body", body)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location()
        .rsplit("#post-")
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn signed_out_readers_are_sent_to_sign_in() {
    let app = TestApp::new().await;
    let mut anon = app.client();
    let r = anon.get("/en/notifications").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        r.location().starts_with("/en/signin?next="),
        "{}",
        r.location()
    );
    let r = anon.post("/en/notifications/read", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with("/en/signin"));
    assert!(!anon.get("/en/").await.body.contains("/en/notifications"));
    app.finish().await;
}

#[tokio::test]
async fn a_follower_hears_of_a_reply_once_and_its_author_not_at_all() {
    let app = TestApp::new().await;
    let mut founder = app.client();
    let (_, coalition, thread) = setup(&app, &mut founder).await;
    let id = thread_id(&thread);
    let mut watcher = app.client();
    let w = register(&mut watcher, "Watcher", "watcher@example.org").await;
    // Following both the discussion and its coalition still means one notification.
    follow(&mut watcher, "thread", &id).await;
    follow(&mut watcher, "coalition", &coalition.to_string()).await;
    let mut author = app.client();
    let a = register(&mut author, "Zoë Author", "author@example.org").await;
    follow(&mut author, "thread", &id).await;
    // What was written before anyone followed (the opening post) is not news; the
    // notifier may have read it already or not.
    catch_up(app.store()).await.unwrap();
    let before = app.store().unread_notifications(w).await.unwrap();
    let author_before = app.store().unread_notifications(a).await.unwrap();

    let post = reply(&mut author, &thread, "A reply worth reading").await;
    assert_eq!(catch_up(app.store()).await.unwrap(), 1);
    assert_eq!(catch_up(app.store()).await.unwrap(), 0, "nothing twice");
    assert_eq!(
        app.store().unread_notifications(w).await.unwrap(),
        before + 1
    );
    assert_eq!(
        app.store().unread_notifications(a).await.unwrap(),
        author_before,
        "nobody is told of their own post"
    );
    let told = app.store().notifications(w, i64::MAX, 10).await.unwrap();
    assert_eq!(told[0].kind, "new-post");
    assert_eq!(
        told[0].link,
        format!("/threads/{id}?after={}#post-{post}", post - 1)
    );

    // Read in the reader's language, with the unread count in the header.
    let page = watcher.get("/fr/notifications").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page
        .body
        .contains(&convene_i18n::tr("fr", "notifications-title", None)));
    assert!(page.body.contains("a répondu dans"), "{}", page.body);
    assert!(page.body.contains("Zoë Author"));
    assert!(page.body.contains(&format!(
        "href=\"/fr/threads/{id}?after={}#post-{post}\"",
        post - 1
    )));
    assert!(
        page.body
            .contains("href=\"/fr/notifications\">Notifications ("),
        "unread count in the header"
    );
    assert!(page.body.contains("action=\"/fr/notifications/read\""));

    // Marking read needs the form's token.
    let r = watcher.post_raw("/fr/notifications/read", &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(app.store().unread_notifications(w).await.unwrap() > 0);
    let r = watcher.post("/fr/notifications/read", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/fr/notifications");
    assert_eq!(app.store().unread_notifications(w).await.unwrap(), 0);
    let page = watcher.get("/fr/notifications").await.body;
    assert!(!page.contains("action=\"/fr/notifications/read\""));
    assert!(page.contains("href=\"/fr/notifications\">Notifications</a>"));
    assert!(page.contains("a répondu dans"), "read ones stay listed");
    app.finish().await;
}

#[tokio::test]
async fn new_discussions_reach_coalition_followers_and_held_or_hidden_posts_wait() {
    let app = TestApp::new().await;
    let mut founder = app.client();
    let (f, coalition, thread) = setup(&app, &mut founder).await;
    catch_up(app.store()).await.unwrap();
    let mut watcher = app.client();
    let w = register(&mut watcher, "Watcher", "watcher@example.org").await;
    follow(&mut watcher, "coalition", &coalition.to_string()).await;

    let r = founder
        .post(
            "/en/coalitions/dc/threads/new",
            &[("title", "Patent pledges"), ("body", "Do they work?")],
        )
        .await;
    let new_thread = r.location().to_string();
    assert_eq!(catch_up(app.store()).await.unwrap(), 1);
    let told = app.store().notifications(w, i64::MAX, 10).await.unwrap();
    assert_eq!(told[0].kind, "new-thread");
    assert_eq!(told[0].link, format!("/threads/{}", thread_id(&new_thread)));
    assert!(watcher
        .get("/en/notifications")
        .await
        .body
        .contains("started a new discussion"));

    // A held first post is news only once released.
    app.store()
        .set_setting("hold_first_posts", "on")
        .await
        .unwrap();
    let mut newcomer = app.client();
    register(&mut newcomer, "Newcomer", "new@example.org").await;
    let held = reply(&mut newcomer, &thread, "My first words").await;
    assert_eq!(catch_up(app.store()).await.unwrap(), 0);
    app.store()
        .set_role(f, convene_core::model::Role::Moderator, None)
        .await
        .unwrap();
    let r = founder
        .post(&format!("/en/posts/{held}/release"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(catch_up(app.store()).await.unwrap(), 1);
    app.store()
        .set_setting("hold_first_posts", "off")
        .await
        .unwrap();

    // A post hidden before the notifier reads it is never announced.
    let rude = reply(&mut newcomer, &thread, "Something rude").await;
    let r = founder
        .post(&format!("/en/posts/{rude}/hide"), &[("reason", "rude")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(catch_up(app.store()).await.unwrap(), 0);
    assert_eq!(app.store().unread_notifications(w).await.unwrap(), 2);
    app.finish().await;
}

#[tokio::test]
async fn nothing_said_in_a_hidden_coalition_reaches_its_watchers() {
    let app = TestApp::new().await;
    let mut founder = app.client();
    let (f, coalition, thread) = setup(&app, &mut founder).await;
    let mut watcher = app.client();
    let w = register(&mut watcher, "Watcher", "watcher@example.org").await;
    follow(&mut watcher, "thread", &thread_id(&thread)).await;
    follow(&mut watcher, "coalition", &coalition.to_string()).await;
    catch_up(app.store()).await.unwrap();
    let before = app.store().unread_notifications(w).await.unwrap();
    reply(
        &mut founder,
        &thread,
        "Said before the coalition was hidden",
    )
    .await;
    // Hidden before the notifier reads the reply: it must not tell anyone of it.
    app.store()
        .set_coalition_hidden(coalition, true, "spam", f)
        .await
        .unwrap();
    catch_up(app.store()).await.unwrap();
    assert_eq!(app.store().unread_notifications(w).await.unwrap(), before);
    app.finish().await;
}
