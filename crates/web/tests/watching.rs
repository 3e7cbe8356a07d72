//! Watching a policy topic or a coalition, at a level, through the real forms: new
//! discussions and outputs tagged with a watched topic reach its watchers from any
//! coalition; replies only those who watch "everything"; nothing once they stop.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{register, Client, TestApp};
use convene_core::model::{FollowKind, NewText, WatchLevel};
use convene_web::notifier::catch_up;

async fn watch(client: &mut Client<'_>, kind: &str, id: i64, level: &str) {
    let id = id.to_string();
    let r = client
        .post(
            "/en/follow",
            &[
                ("kind", kind),
                ("id", &id),
                ("level", level),
                ("back", "/en/topics"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

/// The notification sentences someone has, newest first.
async fn told(app: &TestApp, who: i64) -> Vec<String> {
    app.store()
        .notifications(who, i64::MAX, 50)
        .await
        .unwrap()
        .into_iter()
        .map(|n| format!("{} {}", n.kind, n.link))
        .collect()
}

#[tokio::test]
async fn topic_watchers_hear_of_new_discussions_and_outputs_from_any_coalition() {
    let app = TestApp::new().await;
    let mut founder = app.client();
    let f = register(&mut founder, "Founder", "founder@example.org").await;
    let mut watcher = app.client();
    let w = register(&mut watcher, "Watcher", "watcher@example.org").await;
    let mut close = app.client();
    let c = register(&mut close, "Close Watcher", "close@example.org").await;
    let s = app.store();
    let spam = s
        .create_topic(
            "spam",
            &NewText {
                lang: "en".into(),
                title: "Spam".into(),
                body_md: "Unsolicited mail.".into(),
            },
            &[5],
        )
        .await
        .unwrap();
    common::coalition(&app, "dc", f).await;
    // The topic page offers the watch form to signed-in readers only.
    let page = watcher.get("/en/topics/spam").await;
    assert!(page.body.contains("name=\"level\""));
    assert!(!app
        .client()
        .get("/en/topics/spam")
        .await
        .body
        .contains("name=\"level\""));
    watch(&mut watcher, "topic", spam, "new").await;
    watch(&mut close, "topic", spam, "all").await;
    assert_eq!(
        s.watch_level(w, FollowKind::Topic, spam).await.unwrap(),
        Some(WatchLevel::NewOnly)
    );
    let page = watcher.get("/en/topics/spam").await;
    assert!(page.body.contains("<option value=\"new\" selected>"));

    // A new discussion tagged with the topic, in a coalition neither watcher joined.
    let r = founder
        .post(
            "/en/coalitions/dc/threads/new",
            &[
                ("title", "Blocklists"),
                ("body", "Who runs them?"),
                ("topics", "spam"),
            ],
        )
        .await;
    let thread = r.location().to_string();
    catch_up(s).await.unwrap();
    for who in [w, c] {
        assert!(
            told(&app, who)
                .await
                .iter()
                .any(|n| n.starts_with("new-thread")),
            "{who}"
        );
    }
    // A reply: only the one watching everything.
    let r = founder
        .post(
            &format!("{thread}/reply"),
            &[("body", "Volunteers, mostly.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    catch_up(s).await.unwrap();
    assert!(told(&app, c)
        .await
        .iter()
        .any(|n| n.starts_with("new-post")));
    assert!(!told(&app, w)
        .await
        .iter()
        .any(|n| n.starts_with("new-post")));

    // An output tagged with the topic reaches both, published in one step with its tags.
    let r = founder
        .post(
            "/en/coalitions/dc/outputs",
            &[
                ("kind", "statement"),
                ("year", "2026"),
                ("title", "On blocklists"),
                ("body", "Be transparent."),
                ("topics", "spam"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let output = r.location().rsplit('/').next().unwrap().to_string();
    catch_up(s).await.unwrap();
    for who in [w, c] {
        let mine = told(&app, who).await;
        assert!(
            mine.contains(&format!("new-output /outputs/{output}")),
            "{who}: {mine:?}"
        );
    }
    assert!(
        !told(&app, f)
            .await
            .iter()
            .any(|n| n.starts_with("new-output")),
        "never of one's own"
    );
    // The notification reads in the watcher's language.
    let page = watcher.get("/fr/notifications").await;
    assert!(page.body.contains("Nouvelle publication"), "{}", page.body);

    // Off: nothing more.
    watch(&mut watcher, "topic", spam, "off").await;
    assert_eq!(
        s.watch_level(w, FollowKind::Topic, spam).await.unwrap(),
        None
    );
    let before = told(&app, w).await.len();
    founder
        .post(
            "/en/coalitions/dc/threads/new",
            &[
                ("title", "More spam"),
                ("body", "Again"),
                ("topics", "spam"),
            ],
        )
        .await;
    catch_up(s).await.unwrap();
    assert_eq!(told(&app, w).await.len(), before);
    // A level that does not exist is refused.
    let r = watcher
        .post(
            "/en/follow",
            &[
                ("kind", "topic"),
                ("id", &spam.to_string()),
                ("level", "loud"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    app.finish().await;
}

#[tokio::test]
async fn coalition_watchers_at_new_only_hear_of_discussions_not_replies() {
    let app = TestApp::new().await;
    let mut founder = app.client();
    let f = register(&mut founder, "Founder", "founder@example.org").await;
    let mut watcher = app.client();
    let w = register(&mut watcher, "Watcher", "watcher@example.org").await;
    let dc = common::coalition(&app, "dc", f).await;
    let page = watcher.get("/en/coalitions/dc").await;
    assert!(page.body.contains("name=\"level\""));
    watch(&mut watcher, "coalition", dc, "new").await;
    let r = founder
        .post(
            "/en/coalitions/dc/threads/new",
            &[("title", "Plans"), ("body", "First")],
        )
        .await;
    let thread = r.location().to_string();
    founder
        .post(&format!("{thread}/reply"), &[("body", "Second")])
        .await;
    catch_up(app.store()).await.unwrap();
    let mine = told(&app, w).await;
    assert_eq!(mine.len(), 1, "{mine:?}");
    assert!(mine[0].starts_with("new-thread"));
    app.finish().await;
}

#[tokio::test]
async fn the_following_page_lists_what_one_watches_and_changes_it() {
    let app = TestApp::new().await;
    let mut watcher = app.client();
    let w = register(&mut watcher, "Watcher", "watcher@example.org").await;
    let spam = app
        .store()
        .create_topic(
            "spam",
            &NewText {
                lang: "en".into(),
                title: "Spam".into(),
                body_md: "x".into(),
            },
            &[5],
        )
        .await
        .unwrap();
    let dc = common::coalition(&app, "dc", w).await;
    app.store()
        .set_watch(w, FollowKind::Coalition, dc, None)
        .await
        .unwrap();
    watch(&mut watcher, "topic", spam, "new").await;
    watch(&mut watcher, "coalition", dc, "all").await;
    let page = watcher.get("/en/following").await;
    assert!(page.body.contains("href=\"/en/topics/spam\""));
    assert!(page.body.contains("href=\"/en/coalitions/dc\""));
    // One form each, with ids of their own.
    assert!(page.body.contains(&format!("id=\"watch-topic-{spam}\"")));
    assert!(page.body.contains(&format!("id=\"watch-coalition-{dc}\"")));
    watch(&mut watcher, "coalition", dc, "off").await;
    let page = watcher.get("/en/following").await;
    assert!(!page.body.contains("href=\"/en/coalitions/dc\""));
    assert_eq!(
        app.store().watches(w, FollowKind::Topic).await.unwrap(),
        [(spam, WatchLevel::NewOnly)]
    );
    app.finish().await;
}
