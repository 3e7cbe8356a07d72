//! Atom feeds read back by feed-rs, a parser nobody here wrote: what a signed-out reader
//! may see and nothing else, each entry in its real language, discoverable from the page,
//! and answered with 304 when the reader has it already.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{register, TestApp};
use convene_core::model::{NewCoalition, NewOutput, NewPost, NewText, NewThread};

fn text(title: &str, body: &str) -> NewText {
    NewText {
        lang: "en".into(),
        title: title.into(),
        body_md: body.into(),
    }
}

fn parse(body: &str) -> feed_rs::model::Feed {
    feed_rs::parser::parse(body.as_bytes()).expect("a valid Atom feed")
}

#[tokio::test]
async fn feeds_show_what_anyone_may_see_in_its_own_language() {
    let app = TestApp::new().await;
    let mut founder = app.client();
    let f = register(&mut founder, "Fatou Founder", "fatou@example.org").await;
    let s = app.store();
    let dc = s
        .create_coalition(&NewCoalition {
            slug: "open-mail".into(),
            text: text("Open Mail", "Mail for all."),
            founder_id: f,
            founded_year: None,
        })
        .await
        .unwrap();
    let spam = s
        .create_topic("spam", &text("Spam", "Unsolicited mail."), &[5])
        .await
        .unwrap();
    let thread = s
        .start_thread(
            &NewThread {
                coalition_id: Some(dc),
                title: "Listes de blocage".into(),
                lang: "fr".into(),
                author_id: f,
                body_md: "Qui les tient à jour ?".into(),
                held: false,
            },
            &[spam],
        )
        .await
        .unwrap();
    let post = |body: &str, held: bool| NewPost {
        thread_id: thread,
        author_id: f,
        lang: "fr".into(),
        body_md: body.into(),
        reply_to: None,
        held,
    };
    s.add_post(&post("Réponse visible", false)).await.unwrap();
    s.add_post(&post("Réponse en attente", true)).await.unwrap();
    let hidden = s.add_post(&post("Réponse cachée", false)).await.unwrap();
    s.set_post_hidden(hidden, true, "abuse", f).await.unwrap();
    s.create_thread(&NewThread {
        coalition_id: Some(dc),
        title: "Held thread title".into(),
        lang: "en".into(),
        author_id: f,
        body_md: "waiting".into(),
        held: true,
    })
    .await
    .unwrap();
    let out = s
        .add_output(&NewOutput {
            coalition_id: dc,
            kind: "statement".into(),
            year: 2026,
            text: text("Our statement on spam", "We agree."),
            created_by: Some(f),
        })
        .await
        .unwrap();
    s.tag_output(out, spam).await.unwrap();

    let mut reader = app.client();
    let r = reader.get(&format!("/en/threads/{thread}/feed.atom")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("application/atom+xml"));
    let feed = parse(&r.body);
    assert_eq!(feed.title.unwrap().content, "Listes de blocage");
    let bodies: Vec<String> = feed
        .entries
        .iter()
        .filter_map(|e| e.content.as_ref()?.body.clone())
        .collect();
    assert_eq!(bodies.len(), 2, "the opening post and the visible reply");
    assert!(bodies.iter().any(|b| b.contains("Réponse visible")));
    assert!(!r.body.contains("en attente") && !r.body.contains("cachée"));
    let entry = &feed.entries[0];
    assert!(entry.authors[0].name.contains("Fatou Founder"));
    assert!(
        entry.authors[0].name.contains("Civil society"),
        "the group spoken for"
    );
    assert!(entry.authors[0].name.contains("Kenya"), "and the country");
    assert!(
        r.body.contains("xml:lang=\"fr\""),
        "posts in their own language"
    );
    assert!(entry.links[0]
        .href
        .starts_with("http://forum.test/en/threads/"));

    // The coalition's and the topic's feeds: discussions and outputs, no held thread.
    for path in [
        "/en/coalitions/open-mail/feed.atom",
        "/en/topics/spam/feed.atom",
    ] {
        let r = reader.get(path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        let feed = parse(&r.body);
        let titles: Vec<String> = feed
            .entries
            .iter()
            .filter_map(|e| e.title.as_ref().map(|t| t.content.clone()))
            .collect();
        assert!(
            titles.contains(&"Listes de blocage".to_string()),
            "{path}: {titles:?}"
        );
        assert!(
            titles.contains(&"Our statement on spam".to_string()),
            "{path}"
        );
        assert!(!r.body.contains("Held thread title"), "{path}");
    }
    let site = parse(&reader.get("/fr/feed.atom").await.body);
    assert_eq!(site.language.as_deref(), Some("fr"));
    assert_eq!(site.entries.len(), 1, "only the listed thread");

    // Found from the page, and a revisit with the tag costs a 304.
    let page = reader.get(&format!("/en/threads/{thread}")).await;
    assert!(page.body.contains(&format!(
        "type=\"application/atom+xml\" title=\"Atom feed\" href=\"/en/threads/{thread}/feed.atom\""
    )));
    let first = reader.get("/en/coalitions/open-mail/feed.atom").await;
    let etag = first.headers[header::ETAG].to_str().unwrap().to_string();
    let again = reader
        .send(
            Request::get("/en/coalitions/open-mail/feed.atom").header(header::IF_NONE_MATCH, etag),
            Body::empty(),
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    app.finish().await;
}

#[tokio::test]
async fn held_threads_and_held_coalitions_have_no_feed() {
    let app = TestApp::new().await;
    let mut founder = app.client();
    let f = register(&mut founder, "Fatou Founder", "fatou@example.org").await;
    let s = app.store();
    s.create_coalition_held(
        &NewCoalition {
            slug: "waiting".into(),
            text: text("Waiting", "x"),
            founder_id: f,
            founded_year: None,
        },
        true,
    )
    .await
    .unwrap();
    let held = s
        .create_thread(&NewThread {
            coalition_id: None,
            title: "Held thread title".into(),
            lang: "en".into(),
            author_id: f,
            body_md: "waiting".into(),
            held: true,
        })
        .await
        .unwrap();
    // Not even for their author: feeds are what everyone may read.
    for mut client in [app.client(), founder] {
        let r = client.get("/en/coalitions/waiting/feed.atom").await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let r = client.get(&format!("/en/threads/{held}/feed.atom")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(!r.body.contains("Held thread title"));
    }
    app.finish().await;
}

#[tokio::test]
async fn meeting_output_and_person_feeds() {
    use convene_core::meeting::Status;
    use convene_core::programme::{NewProposal, ProposalFields};
    let app = TestApp::new().await;
    let mut founder = app.client();
    let f = register(&mut founder, "Fatou Founder", "fatou@example.org").await;
    let s = app.store();
    let edition = s
        .create_edition(&convene_core::model::NewEdition {
            year: 2031,
            host_country: "KE".into(),
            city: "Nairobi".into(),
            starts_on: "2031-06-14".into(),
            ends_on: "2031-06-18".into(),
            time_zone: "Africa/Nairobi".into(),
            theme: text("Theme", "x"),
        })
        .await
        .unwrap();
    let m = s;
    let proposal = |title: &str| NewProposal {
        edition_id: edition,
        created_by: f,
        text: text(title, "Plans"),
        fields: ProposalFields {
            lang: "en".into(),
            ..Default::default()
        },
    };
    let accepted = m
        .create_proposal(&proposal("Accepted session"))
        .await
        .unwrap();
    let declined = m
        .create_proposal(&proposal("Declined session"))
        .await
        .unwrap();
    for (id, to) in [(accepted, Status::Accepted), (declined, Status::Declined)] {
        m.set_status(id, Status::Submitted, None, None)
            .await
            .unwrap();
        m.set_status(id, to, None, None).await.unwrap();
    }
    let room = m.add_room(edition, "Plenary hall", 500).await.unwrap();
    m.place(accepted, Some((room, "2031-06-15T09:30")), "")
        .await
        .unwrap();
    let mut reader = app.client();
    let r = reader.get("/en/meetings/2031/feed.atom").await;
    assert_eq!(r.status, StatusCode::OK);
    let feed = parse(&r.body);
    assert_eq!(feed.entries.len(), 2, "accepted, then placed");
    assert!(feed
        .entries
        .iter()
        .all(|e| e.title.as_ref().unwrap().content == "Accepted session"));
    assert!(r.body.contains("Plenary hall") && r.body.contains("09:30"));
    assert!(!r.body.contains("Declined session"));

    // An output: its version and its visible dissent, never a hidden one.
    let dc = s
        .create_coalition(&NewCoalition {
            slug: "dc".into(),
            text: text("DC", "x"),
            founder_id: f,
            founded_year: None,
        })
        .await
        .unwrap();
    let out = s
        .add_output(&NewOutput {
            coalition_id: dc,
            kind: "statement".into(),
            year: 2026,
            text: text("Our statement", "We agree."),
            created_by: Some(f),
        })
        .await
        .unwrap();
    s.add_dissent(out, f, "en", "I see it otherwise")
        .await
        .unwrap();
    let hidden = s.add_dissent(out, f, "en", "Rude words").await.unwrap();
    s.set_dissent_hidden(hidden, true, "rude", f).await.unwrap();
    let r = reader.get(&format!("/en/outputs/{out}/feed.atom")).await;
    let feed = parse(&r.body);
    assert_eq!(feed.entries.len(), 2, "{}", r.body);
    assert!(r.body.contains("I see it otherwise") && !r.body.contains("Rude words"));
    assert!(r.body.contains("We agree."));

    // A person's public posts: not the held one.
    let thread = s
        .create_thread(&NewThread {
            coalition_id: Some(dc),
            title: "Open".into(),
            lang: "en".into(),
            author_id: f,
            body_md: "Public words".into(),
            held: false,
        })
        .await
        .unwrap();
    s.add_post(&NewPost {
        thread_id: thread,
        author_id: f,
        lang: "en".into(),
        body_md: "Waiting words".into(),
        reply_to: None,
        held: true,
    })
    .await
    .unwrap();
    let r = reader.get(&format!("/en/people/{f}/feed.atom")).await;
    let feed = parse(&r.body);
    assert_eq!(feed.entries.len(), 1);
    assert!(r.body.contains("Public words") && !r.body.contains("Waiting words"));
    assert!(reader
        .get(&format!("/en/people/{f}"))
        .await
        .body
        .contains(&format!("href=\"/en/people/{f}/feed.atom\"")));
    app.finish().await;
}

/// The private feed address shown on the page after making one.
fn address_token(page: &str) -> String {
    let (_, rest) = page.split_once("/notifications/").expect("an address");
    rest.split('/').next().unwrap().to_string()
}

#[tokio::test]
async fn private_notification_feeds_open_with_a_token_that_can_be_replaced_or_revoked() {
    let app = TestApp::new().await;
    let mut owner = app.client();
    let o = register(&mut owner, "Olu Owner", "olu@example.org").await;
    let mut other = app.client();
    let x = register(&mut other, "Xia Other", "xia@example.org").await;
    for (who, title) in [(o, "Owner's thread"), (x, "Other's thread")] {
        app.store()
            .notify(&convene_core::model::NewNotification {
                participant_id: who,
                kind: "new-post".into(),
                args: vec![
                    ("author".into(), "Someone".into()),
                    ("title".into(), title.into()),
                ],
                link: "/threads/1".into(),
            })
            .await
            .unwrap();
    }
    // Signed out, nothing is made.
    let r = app.client().post("/en/account/feed", &[]).await;
    assert!(r.location().contains("/signin"));

    let page = owner.post("/en/account/feed", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    let first = address_token(&page.body);
    assert!(page.body.contains("http://forum.test/en/notifications/"));
    let mut reader = app.client();
    let r = reader
        .get(&format!("/en/notifications/{first}/feed.atom"))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CACHE_CONTROL], "private, no-cache");
    let feed = parse(&r.body);
    assert_eq!(feed.entries.len(), 1);
    let title = feed.entries[0].title.as_ref().unwrap().content.clone();
    assert!(title.contains("Owner's thread"), "{title}");
    assert!(!r.body.contains("Other's thread") && !r.body.contains(&first));
    // A French reader's copy speaks French.
    let fr = reader
        .get(&format!("/fr/notifications/{first}/feed.atom"))
        .await;
    assert_eq!(parse(&fr.body).language.as_deref(), Some("fr"));

    // A new address replaces the old; revoking ends the new one too.
    let second = address_token(&owner.post("/en/account/feed", &[]).await.body);
    assert_ne!(first, second);
    let old = reader
        .get(&format!("/en/notifications/{first}/feed.atom"))
        .await;
    assert_eq!(old.status, StatusCode::NOT_FOUND);
    let new = reader
        .get(&format!("/en/notifications/{second}/feed.atom"))
        .await;
    assert_eq!(new.status, StatusCode::OK);
    let r = owner.post("/en/account/feed/revoke", &[]).await;
    assert_eq!(r.location(), "/en/account?feed=revoked");
    let gone = reader
        .get(&format!("/en/notifications/{second}/feed.atom"))
        .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    let guessed = reader
        .get(&format!("/en/notifications/{}/feed.atom", "0".repeat(64)))
        .await;
    assert_eq!(guessed.status, StatusCode::NOT_FOUND);
    // A suspended account's feed stops too.
    let third = address_token(&owner.post("/en/account/feed", &[]).await.body);
    app.store().suspend(o, "test", x).await.unwrap();
    let suspended = reader
        .get(&format!("/en/notifications/{third}/feed.atom"))
        .await;
    assert_eq!(suspended.status, StatusCode::NOT_FOUND);
    app.finish().await;
}
