//! Visibility through the real router: private proposals' texts stay out of the
//! translation tools, held and hidden posts out of histories, quotes and edits, and held
//! threads out of every list until a moderator releases them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{register, Client, TestApp};
use convene_core::meeting::Status;
use convene_core::model::{NewCoalition, NewEdition, NewPost, NewText, NewThread, Role};
use convene_core::programme::{NewProposal, ProposalFields};

async fn sign_in<'a>(app: &'a TestApp, email: &str) -> Client<'a> {
    let mut c = app.client();
    let r = c
        .post(
            "/en/signin",
            &[("email", email), ("password", common::PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    c
}

async fn edition(app: &TestApp) -> i64 {
    app.store()
        .create_edition(&NewEdition {
            year: 2031,
            host_country: "KE".into(),
            city: "Nairobi".into(),
            starts_on: "2031-06-14".into(),
            ends_on: "2031-06-18".into(),
            time_zone: "Africa/Nairobi".into(),
            theme: NewText {
                lang: "en".into(),
                title: "Theme 2031".into(),
                body_md: "Everyone governs.".into(),
            },
        })
        .await
        .unwrap()
}

/// A proposal in `status`; returns `(proposal id, text id)`.
async fn proposal(
    app: &TestApp,
    edition: i64,
    organiser: i64,
    title: &str,
    status: Status,
) -> (i64, i64) {
    let m = app.store();
    let id = m
        .create_proposal(&NewProposal {
            edition_id: edition,
            created_by: organiser,
            text: NewText {
                lang: "en".into(),
                title: title.into(),
                body_md: format!("Secret plans of {title}"),
            },
            fields: ProposalFields {
                policy_questions: "Why?".into(),
                lang: "en".into(),
                ..Default::default()
            },
        })
        .await
        .unwrap();
    if status != Status::Draft {
        m.set_status(id, Status::Submitted, None, None)
            .await
            .unwrap();
        if status != Status::Submitted {
            m.set_status(id, status, None, None).await.unwrap();
        }
    }
    let text = m.proposal(id, "en").await.unwrap().unwrap().text_id;
    (id, text)
}

#[tokio::test]
async fn translation_status_lists_no_private_proposal_titles() {
    let app = TestApp::new().await;
    let mut organiser = app.client();
    let o = register(&mut organiser, "Organiser", "org@example.org").await;
    let e = edition(&app).await;
    proposal(&app, e, o, "Draft Dreams", Status::Draft).await;
    proposal(&app, e, o, "Declined Designs", Status::Declined).await;
    proposal(&app, e, o, "Reviewed Riddles", Status::InReview).await;
    let (accepted, _) = proposal(&app, e, o, "Accepted Answers", Status::Accepted).await;
    for mut reader in [app.client(), organiser] {
        let page = reader.get("/fr/translations").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("Draft Dreams"));
        assert!(!page.body.contains("Declined Designs"));
        assert!(!page.body.contains("Reviewed Riddles"));
        assert!(
            page.body.contains("Accepted Answers"),
            "public sessions stay"
        );
        assert!(page.body.contains(&format!("/fr/sessions/{accepted}")));
    }
    app.finish().await;
}

#[tokio::test]
async fn translating_or_editing_a_private_proposal_is_not_found_for_others() {
    let app = TestApp::new().await;
    let mut organiser = app.client();
    let o = register(&mut organiser, "Organiser", "org@example.org").await;
    let mut stranger = app.client();
    let s = register(&mut stranger, "Stranger", "stranger@example.org").await;
    let mut boss = app.client();
    let b = register(&mut boss, "Boss", "boss@example.org").await;
    app.store()
        .set_role(b, Role::Secretariat, None)
        .await
        .unwrap();
    // Even a trusted translator who is no organiser.
    app.store().set_translator(s, true, b).await.unwrap();
    let e = edition(&app).await;
    let (_, draft) = proposal(&app, e, o, "Draft Dreams", Status::Draft).await;
    let (_, declined) = proposal(&app, e, o, "Declined Designs", Status::Declined).await;

    for text in [draft, declined] {
        let editor = format!("/en/translate/{text}?to=fr");
        let r = stranger.get(&editor).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(!r.body.contains("Secret plans"));
        let r = stranger
            .post(
                &format!("/en/translate/{text}"),
                &[("to", "fr"), ("title", "Rêves"), ("body", "Plans")],
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let r = stranger.get(&format!("/en/texts/{text}/edit")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(!r.body.contains("Secret plans"));
        let r = stranger
            .post(
                &format!("/en/texts/{text}/edit"),
                &[("title", "Mine now"), ("body", "x")],
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        // Those who may see the proposal still translate it.
        let r = organiser.get(&editor).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("Secret plans"));
        assert_eq!(boss.get(&editor).await.status, StatusCode::OK);
    }
    assert_eq!(
        app.client()
            .get(&format!("/en/translate/{draft}?to=fr"))
            .await
            .status,
        StatusCode::SEE_OTHER,
        "anonymous readers are sent to sign in, as everywhere"
    );

    // The organiser proposes a translation; a translator who may not see the draft
    // cannot approve it.
    let r = organiser
        .post(
            &format!("/en/translate/{draft}"),
            &[("to", "fr"), ("title", "Rêves"), ("body", "Plans secrets")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let pending = app.store().pending_translations(draft, "fr").await.unwrap();
    assert_eq!(pending.len(), 1);
    let r = stranger
        .post(&format!("/en/translations/{}/approve", pending[0].id), &[])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.store()
            .pending_translations(draft, "fr")
            .await
            .unwrap()
            .len(),
        1,
        "still waiting"
    );
    app.finish().await;
}

/// A coalition "dc" coordinated by "coord@example.org" and a thread in it; returns the
/// coordinator's id, the thread id and its path.
async fn discussion(app: &TestApp) -> (i64, i64, String) {
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
            &[("title", "Open thread"), ("body", "Opening words")],
        )
        .await;
    let path = r.location().to_string();
    let id = path.rsplit('/').next().unwrap().parse().unwrap();
    (f, id, path)
}

async fn post(app: &TestApp, thread: i64, author: i64, body: &str, held: bool) -> i64 {
    app.store()
        .add_post(&NewPost {
            thread_id: thread,
            author_id: author,
            lang: "en".into(),
            body_md: body.into(),
            reply_to: None,
            held,
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn history_of_held_and_hidden_posts_is_not_public() {
    let app = TestApp::new().await;
    let (coord, thread, _) = discussion(&app).await;
    let mut author = app.client();
    let a = register(&mut author, "Author", "author@example.org").await;
    let mut reader = app.client();
    register(&mut reader, "Reader", "reader@example.org").await;
    let mut coordinator = sign_in(&app, "coord@example.org").await;

    // A held post, edited by its author: the first version must not leak.
    let held = post(&app, thread, a, "Held first draft", true).await;
    app.store()
        .edit_post(held, "Held second draft")
        .await
        .unwrap();
    let history = format!("/en/posts/{held}/history");
    for mut other in [app.client(), reader] {
        let r = other.get(&history).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(!r.body.contains("Held first draft"));
    }
    assert!(author.get(&history).await.body.contains("Held first draft"));
    assert!(coordinator
        .get(&history)
        .await
        .body
        .contains("Held first draft"));

    // A hidden post's earlier versions are the moderators' only.
    let hidden = post(&app, thread, a, "Rude first words", false).await;
    app.store()
        .edit_post(hidden, "Rude second words")
        .await
        .unwrap();
    app.store()
        .set_post_hidden(hidden, true, "insults", coord)
        .await
        .unwrap();
    let history = format!("/en/posts/{hidden}/history");
    for mut other in [app.client(), author] {
        let r = other.get(&history).await;
        assert!(!r.body.contains("Rude first words"), "{}", r.body);
        assert!(r.body.contains("insults"), "the hidden notice instead");
    }
    assert!(coordinator
        .get(&history)
        .await
        .body
        .contains("Rude first words"));
    app.finish().await;
}

#[tokio::test]
async fn quoting_copies_nothing_from_held_or_hidden_posts() {
    let app = TestApp::new().await;
    let (coord, thread, path) = discussion(&app).await;
    let mut author = app.client();
    let a = register(&mut author, "Author", "author@example.org").await;
    let mut reader = app.client();
    register(&mut reader, "Reader", "reader@example.org").await;
    let held = post(&app, thread, a, "Waiting words", true).await;
    let hidden = post(&app, thread, a, "Removed words", false).await;
    app.store()
        .set_post_hidden(hidden, true, "insults", coord)
        .await
        .unwrap();
    let page = reader.get(&format!("{path}?quote={held}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("Waiting words"));
    let page = reader.get(&format!("{path}?quote={hidden}")).await;
    assert!(!page.body.contains("Removed words"));
    let page = author.get(&format!("{path}?quote={hidden}")).await;
    assert!(!page.body.contains("Removed words"), "not even its author");
    // Ordinary posts are still quoted, and the author may quote a held post of theirs.
    let fine = post(&app, thread, a, "Fine words", false).await;
    let page = reader.get(&format!("{path}?quote={fine}")).await;
    assert!(page.body.contains("&gt; Fine words"));
    let page = author.get(&format!("{path}?quote={held}")).await;
    assert!(page.body.contains("&gt; Waiting words"));
    app.finish().await;
}

#[tokio::test]
async fn authors_cannot_edit_hidden_posts() {
    let app = TestApp::new().await;
    let (coord, thread, _) = discussion(&app).await;
    let mut author = app.client();
    let a = register(&mut author, "Author", "author@example.org").await;
    let hidden = post(&app, thread, a, "Rude words", false).await;
    app.store()
        .set_post_hidden(hidden, true, "insults", coord)
        .await
        .unwrap();
    let r = author.get(&format!("/en/posts/{hidden}/edit")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(!r.body.contains("Rude words"));
    let r = author
        .post(&format!("/en/posts/{hidden}/edit"), &[("body", "Nice now")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(app.store().post_versions(hidden).await.unwrap().is_empty());
    // Held posts may still be corrected by their author.
    let held = post(&app, thread, a, "Held words", true).await;
    let r = author
        .post(
            &format!("/en/posts/{held}/edit"),
            &[("body", "Held, corrected")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    app.finish().await;
}

#[tokio::test]
async fn held_threads_are_neither_listed_nor_readable_by_others() {
    let app = TestApp::new().await;
    let (_, _, _) = discussion(&app).await;
    let c = app
        .store()
        .coalition_by_slug("dc", "en")
        .await
        .unwrap()
        .unwrap()
        .id;
    let topic = app
        .store()
        .create_topic(
            "access",
            &NewText {
                lang: "en".into(),
                title: "Access".into(),
                body_md: "x".into(),
            },
            &[1],
        )
        .await
        .unwrap();
    let mut newcomer = app.client();
    let n = register(&mut newcomer, "Newcomer", "new@example.org").await;
    let mut follower = app.client();
    let f = register(&mut follower, "Follower", "follower@example.org").await;
    follower
        .post(
            "/en/follow",
            &[
                ("kind", "coalition"),
                ("id", &c.to_string()),
                ("follow", "1"),
            ],
        )
        .await;
    let mut coordinator = sign_in(&app, "coord@example.org").await;
    let thread = app
        .store()
        .create_thread(&NewThread {
            coalition_id: Some(c),
            title: "Spammy Title".into(),
            lang: "en".into(),
            author_id: n,
            body_md: "Buy now".into(),
            held: true,
        })
        .await
        .unwrap();
    app.store().tag_thread(thread, topic).await.unwrap();
    // The author adds a reply that is not held; still nothing may show the title.
    post(&app, thread, n, "More spam", false).await;
    convene_web::notifier::catch_up(app.store()).await.unwrap();

    let path = format!("/en/threads/{thread}");
    for page in ["/en/", "/en/coalitions/dc", "/en/topics/access"] {
        let r = app.client().get(page).await;
        assert_eq!(r.status, StatusCode::OK, "{page}");
        assert!(!r.body.contains("Spammy Title"), "{page}");
    }
    let r = follower.get("/en/following").await;
    assert!(!r.body.contains("Spammy Title"));
    let r = follower.get("/en/notifications").await;
    assert!(!r.body.contains("Spammy Title"), "no notification names it");
    let held_link = format!("/threads/{thread}");
    assert!(app
        .store()
        .notifications(f, i64::MAX, 50)
        .await
        .unwrap()
        .iter()
        .all(
            |n| !n.link.starts_with(&held_link) && n.args.iter().all(|(_, v)| v != "Spammy Title")
        ));
    let r = app.client().get(&path).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(!r.body.contains("Spammy Title"));
    let r = follower.get(&path).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = follower
        .post(&format!("{path}/reply"), &[("body", "Me too")])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = newcomer.get(&path).await;
    assert_eq!(r.status, StatusCode::OK, "its author sees it");
    assert!(r.body.contains("Spammy Title"));
    let r = coordinator.get(&path).await;
    assert_eq!(r.status, StatusCode::OK, "moderators there see it");
    app.finish().await;
}

#[tokio::test]
async fn public_profiles_list_no_held_or_hidden_posts() {
    let app = TestApp::new().await;
    let (coord, thread, _) = discussion(&app).await;
    let mut author = app.client();
    let a = register(&mut author, "Author", "author@example.org").await;
    let held = post(&app, thread, a, "Waiting words", true).await;
    let hidden = post(&app, thread, a, "Removed words", false).await;
    app.store()
        .set_post_hidden(hidden, true, "insults", coord)
        .await
        .unwrap();
    let fine = post(&app, thread, a, "Fine words", false).await;
    app.store()
        .create_thread(&NewThread {
            coalition_id: None,
            title: "Spammy Title".into(),
            lang: "en".into(),
            author_id: a,
            body_md: "Buy now".into(),
            held: true,
        })
        .await
        .unwrap();
    let r = app.client().get(&format!("/en/people/{a}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.body.contains("Spammy Title"));
    assert!(!r.body.contains(&format!("#post-{held}\"")));
    assert!(!r.body.contains(&format!("#post-{hidden}\"")));
    assert!(r.body.contains(&format!("#post-{fine}\"")));
    app.finish().await;
}
