//! Signed-in readers of one thread share the rows behind it (shared_reads.rs) but never
//! each other's parts of the page: names, tokens, edit links, held posts, moderation
//! controls. And whoever writes sees the write at once, even when the change log is read
//! only now and then.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{register, TestApp};
use convene_core::model::{NewPost, NewText, Role};

#[tokio::test]
async fn readers_share_rows_but_not_their_own_parts() {
    let app = TestApp::new().await;
    // One router for all, as one server: its shared reads are shared by these clients.
    let router = app.router();
    let mut author = app.client().with_router(router.clone());
    let a = register(&mut author, "Ada Author", "ada@example.org").await;
    let mut other = app.client().with_router(router.clone());
    register(&mut other, "Otto Other", "otto@example.org").await;
    let mut moderator = app.client().with_router(router.clone());
    let m = register(&mut moderator, "Mia Moderator", "mia@example.org").await;
    app.store()
        .set_role(m, Role::Moderator, None)
        .await
        .unwrap();
    common::coalition(&app, "dc", m).await;
    let r = author
        .post(
            "/en/coalitions/dc/threads/new",
            &[("title", "Shared"), ("body", "Opening words")],
        )
        .await;
    let path = r.location().to_string();
    let thread: i64 = path.rsplit('/').next().unwrap().parse().unwrap();
    let held = app
        .store()
        .add_post(&NewPost {
            thread_id: thread,
            author_id: a,
            lang: "en".into(),
            body_md: "Ada's words waiting for review".into(),
            reply_to: None,
            held: true,
        })
        .await
        .unwrap();

    // Each reads the same page twice: the second time from the shared rows (and posts
    // rendered once for each kind of reader). Then, after a change, the others read
    // first, so the shared parts are rendered for someone other than the author.
    for round in 0..3 {
        if round == 2 {
            app.store()
                .add_post(&NewPost {
                    thread_id: thread,
                    author_id: a,
                    lang: "en".into(),
                    body_md: "Ada again".into(),
                    reply_to: None,
                    held: false,
                })
                .await
                .unwrap();
        }
        let (mine, theirs, staff) = if round < 2 {
            let mine = author.get(&path).await;
            (mine, other.get(&path).await, moderator.get(&path).await)
        } else {
            let theirs = other.get(&path).await;
            let staff = moderator.get(&path).await;
            (author.get(&path).await, theirs, staff)
        };
        for page in [&mine, &theirs, &staff] {
            assert_eq!(page.status, StatusCode::OK);
            assert!(page.body.contains("Opening words"));
        }
        // Names and tokens: each reader's own.
        assert!(mine.body.contains("Ada Author") && !mine.body.contains("Otto Other"));
        assert!(theirs.body.contains("Otto Other"));
        assert!(!theirs.body.contains("Mia Moderator"));
        for (page, client) in [(&mine, &author), (&theirs, &other), (&staff, &moderator)] {
            let token = client.csrf();
            assert!(!token.is_empty());
            assert!(page.body.contains(&format!("value=\"{token}\"")));
        }
        assert!(!theirs.body.contains(&author.csrf()));
        assert!(!mine.body.contains(&other.csrf()));
        // The held post: its author and the moderator only.
        assert!(mine.body.contains("waiting for review"));
        assert!(staff.body.contains("waiting for review"));
        assert!(!theirs.body.contains("waiting for review"));
        // Edit links on one's own posts; moderation controls for the moderator.
        let edit = "/edit\"";
        assert!(mine.body.contains(edit));
        assert!(!theirs.body.contains(edit));
        let release = format!("/en/posts/{held}/release");
        assert!(staff.body.contains(&release));
        assert!(!theirs.body.contains(&release) && !mine.body.contains(&release));
        assert!(!theirs.body.contains("/hide\"") && staff.body.contains("/hide\""));
    }
    app.finish().await;
}

#[tokio::test]
async fn a_writer_sees_their_write_at_once() {
    let mut app = TestApp::new().await;
    // The change log read at most once a minute: only this process's own writes can
    // make the next page fresh.
    app.cache_check = std::time::Duration::from_secs(60);
    let router = app.router();
    let mut writer = app.client().with_router(router.clone());
    let w = register(&mut writer, "Wren Writer", "wren@example.org").await;
    common::coalition(&app, "dc", w).await;
    let r = writer
        .post(
            "/en/coalitions/dc/threads/new",
            &[("title", "Fresh"), ("body", "First words")],
        )
        .await;
    let path = r.location().to_string();
    assert!(writer.get(&path).await.body.contains("First words"));
    let r = writer
        .post(&format!("{path}/reply"), &[("body", "Second words")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = writer.get(&path).await;
    assert!(
        page.body.contains("Second words"),
        "the reply shows at once"
    );
    // An anonymous reader of the same server too.
    let mut reader = app.client().with_router(router.clone());
    assert!(reader.get(&path).await.body.contains("Second words"));
    app.finish().await;
}

#[tokio::test]
async fn coalition_pages_share_rows_but_not_membership_or_controls() {
    let mut app = TestApp::new().await;
    app.cache_check = std::time::Duration::from_secs(60);
    let router = app.router();
    let mut founder = app.client().with_router(router.clone());
    let f = register(&mut founder, "Fay Founder", "fay@example.org").await;
    let mut visitor = app.client().with_router(router.clone());
    register(&mut visitor, "Vic Visitor", "vic@example.org").await;
    common::coalition(&app, "dc", f).await;
    let join = "/en/coalitions/dc/join\"";
    let leave = "/en/coalitions/dc/leave\"";
    let make = "/en/coalitions/dc/coordinators\"";
    for _ in 0..2 {
        let theirs = visitor.get("/en/coalitions/dc").await;
        let mine = founder.get("/en/coalitions/dc").await;
        assert!(theirs.body.contains(join) && !theirs.body.contains(leave));
        assert!(mine.body.contains(leave) && !mine.body.contains(join));
    }
    // The visitor joins: their next page says so, and the founder may now promote them.
    let r = visitor.post("/en/coalitions/dc/join", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let theirs = visitor.get("/en/coalitions/dc").await;
    assert!(theirs.body.contains(leave), "the join shows at once");
    assert!(theirs.body.contains("Vic Visitor"));
    assert!(!theirs.body.contains(make), "only coordinators promote");
    let mine = founder.get("/en/coalitions/dc").await;
    assert!(mine.body.contains(make));
    app.finish().await;
}

#[tokio::test]
async fn pages_rendered_once_carry_each_readers_own_layout() {
    let app = TestApp::new().await;
    let router = app.router();
    let mut first = app.client().with_router(router.clone());
    register(&mut first, "Fran First", "fran@example.org").await;
    let mut second = app.client().with_router(router.clone());
    register(&mut second, "Sol Second", "sol@example.org").await;
    app.store()
        .create_topic(
            "spam",
            &NewText {
                lang: "en".into(),
                title: "Spam".into(),
                body_md: "Unsolicited mail.".into(),
            },
            &[1],
        )
        .await
        .unwrap();
    app.store()
        .create_edition(&convene_core::model::NewEdition {
            year: 2031,
            host_country: "KE".into(),
            city: "Nairobi".into(),
            starts_on: "2031-06-14".into(),
            ends_on: "2031-06-18".into(),
            time_zone: "Africa/Nairobi".into(),
            theme: NewText {
                lang: "en".into(),
                title: "Theme".into(),
                body_md: "x".into(),
            },
        })
        .await
        .unwrap();
    let mut anonymous = app.client().with_router(router.clone());
    for path in ["/en/", "/en/topics/spam", "/en/meetings/2031/agenda"] {
        // Signed out first, so the shared body is rendered without anyone's parts.
        let open = anonymous.get(path).await;
        assert_eq!(open.status, StatusCode::OK, "{path}");
        let a = first.get(path).await;
        let b = second.get(path).await;
        assert_eq!(a.status, StatusCode::OK);
        assert!(
            a.body.contains("Fran First") && !a.body.contains("Sol Second"),
            "{path}"
        );
        assert!(
            b.body.contains("Sol Second") && !b.body.contains("Fran First"),
            "{path}"
        );
        assert!(a.body.contains(&first.csrf()) && !a.body.contains(&second.csrf()));
        assert!(b.body.contains(&second.csrf()) && !b.body.contains(&first.csrf()));
        assert!(!open.body.contains("Fran First") && !open.body.contains("Sol Second"));
    }
    app.finish().await;
}

#[tokio::test]
async fn staff_tools_rendered_for_one_reader_do_not_reach_the_next() {
    let app = TestApp::new().await;
    let router = app.router();
    let mut boss = app.client().with_router(router.clone());
    let b = register(&mut boss, "Bea Boss", "bea@example.org").await;
    app.store()
        .set_role(b, Role::Secretariat, None)
        .await
        .unwrap();
    let mut reader = app.client().with_router(router.clone());
    register(&mut reader, "Rae Reader", "rae@example.org").await;
    app.store()
        .create_topic(
            "spam",
            &NewText {
                lang: "en".into(),
                title: "Spam".into(),
                body_md: "Unsolicited mail.".into(),
            },
            &[1],
        )
        .await
        .unwrap();
    // The secretariat renders the shared body first, with its edit link beside it.
    let staff = boss.get("/en/topics/spam").await;
    assert!(
        staff.body.contains("/edit\""),
        "the secretariat may edit the original"
    );
    let theirs = reader.get("/en/topics/spam").await;
    assert!(!theirs.body.contains("/edit\""));
    let anonymous = app
        .client()
        .with_router(router.clone())
        .get("/en/topics/spam")
        .await;
    assert!(!anonymous.body.contains("/edit\""));
    app.finish().await;
}
