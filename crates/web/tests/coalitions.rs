//! Coalitions and discussions through the real router: standing with its reasons, one-click
//! membership, starting threads, replying and quoting, and the posting limit.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{register, TestApp};
use convene_core::model::{CoalitionId, ParticipantId};
use convene_core::model::{NewCoalition, NewText};

async fn coalition(app: &TestApp, founder: i64) -> i64 {
    app.store()
        .create_coalition(&NewCoalition {
            slug: "open-standards".into(),
            text: NewText {
                lang: "en".into(),
                title: "Open Standards".into(),
                body_md: "Royalty-free standards.".into(),
            },
            founder_id: founder,
            founded_year: None,
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn standing_is_shown_with_its_reasons_in_the_readers_language() {
    let app = TestApp::new().await;
    let founder = register(&mut app.client(), "Founder", "founder@example.org").await;
    coalition(&app, founder).await;
    let r = app.client().get("/fr/coalitions/open-standards").await;
    assert!(r.body.contains("data-standing=\"forming\""));
    for id in [
        "standing-needs-action-plan",
        "standing-needs-contact",
        "standing-not-recognized",
    ] {
        assert!(r.body.contains(&convene_i18n::tr("fr", id, None)), "{id}");
    }
    app.finish().await;
}

#[tokio::test]
async fn joining_and_leaving_take_one_click() {
    let app = TestApp::new().await;
    let founder = register(&mut app.client(), "Founder", "founder@example.org").await;
    let id = coalition(&app, founder).await;
    let anon = app.client().get("/en/coalitions/open-standards").await.body;
    assert!(anon.contains("/en/signin?next=/en/coalitions/open-standards"));

    let mut c = app.client();
    let me = register(&mut c, "Joiner", "joiner@example.org").await;
    let page = c.get("/en/coalitions/open-standards").await.body;
    assert!(page.contains("/en/coalitions/open-standards/join"));
    let r = c.post("/en/coalitions/open-standards/join", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app
        .store()
        .member_role(CoalitionId(id), ParticipantId(me))
        .await
        .unwrap()
        .is_some());
    let page = c.get("/en/coalitions/open-standards").await.body;
    assert!(page.contains("/en/coalitions/open-standards/leave"));
    assert!(page.contains("Joiner"));
    c.post("/en/coalitions/open-standards/leave", &[]).await;
    assert!(app
        .store()
        .member_role(CoalitionId(id), ParticipantId(me))
        .await
        .unwrap()
        .is_none());
    assert_eq!(
        app.store()
            .coalition_by_slug("open-standards", "en")
            .await
            .unwrap()
            .unwrap()
            .member_count,
        1
    );
    // Without a token nothing changes.
    let r = c.post_raw("/en/coalitions/open-standards/join", &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(app
        .store()
        .member_role(CoalitionId(id), ParticipantId(me))
        .await
        .unwrap()
        .is_none());
    app.finish().await;
}

#[tokio::test]
async fn start_a_thread_reply_and_quote() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let me = register(&mut c, "Amina", "amina@example.org").await;
    coalition(&app, me).await;

    let bad = c
        .post(
            "/fr/coalitions/open-standards/threads/new",
            &[("title", " "), ("body", "kept text")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("kept text"));
    assert!(bad
        .body
        .contains(&convene_i18n::tr("fr", "form-error-required", None)));

    let r = c
        .post(
            "/en/coalitions/open-standards/threads/new",
            &[
                ("title", "Procurement rules"),
                ("body", "Who has **examples**?"),
                ("lang", "en"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let thread_path = r.location().to_string();
    let page = c.get(&thread_path).await.body;
    assert!(page.contains("<strong>examples</strong>"));
    assert!(page.contains("Civil society"));

    let first = app
        .store()
        .posts(
            thread_path.rsplit('/').next().unwrap().parse().unwrap(),
            0,
            1,
        )
        .await
        .unwrap()[0]
        .id;
    let quote = c.get(&format!("{thread_path}?quote={first}")).await.body;
    assert!(
        quote.contains("&gt; Who has **examples**?"),
        "the reply box holds the quote"
    );
    assert!(quote.contains(&format!("name=\"reply_to\" value=\"{first}\"")));

    let r = c
        .post(
            &format!("{thread_path}/reply"),
            &[
                ("body", "> Who has examples?\n\nHere is one."),
                ("reply_to", &first.to_string()),
                ("lang", "fr"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = c.get(&thread_path).await.body;
    assert!(page.contains("<blockquote>"));
    assert!(page.contains("<div lang=\"fr\" dir=\"ltr\">"));
    assert!(page.contains(&convene_i18n::tr("en", "thread-in-reply", None)));
    let empty = c
        .post(&format!("{thread_path}/reply"), &[("body", "   ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Anonymous readers are sent to sign in; the thread stays readable.
    let mut anon = app.client();
    let r = anon
        .post(&format!("{thread_path}/reply"), &[("body", "hi")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().contains("/signin"));
    assert_eq!(anon.get(&thread_path).await.status, StatusCode::OK);
    app.finish().await;
}

#[tokio::test]
async fn a_flood_of_posts_is_stopped() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let me = register(&mut c, "Flooder", "flood@example.org").await;
    coalition(&app, me).await;
    let r = c
        .post(
            "/en/coalitions/open-standards/threads/new",
            &[("title", "t"), ("body", "b")],
        )
        .await;
    let reply = format!("{}/reply", r.location());
    let mut last = StatusCode::OK;
    for n in 0..30 {
        last = c
            .post(&reply, &[("body", &format!("post {n}"))])
            .await
            .status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    app.finish().await;
}

#[tokio::test]
async fn propose_a_coalition_then_the_secretariat_recognises_it_when_the_rules_are_met() {
    let app = TestApp::new().await;
    let mut founder = app.client();
    let f = register(&mut founder, "Founder", "founder@example.org").await;
    let bad = founder
        .post("/en/coalitions/new", &[("name", ""), ("mission", "kept")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("kept"));
    let r = founder
        .post(
            "/en/coalitions/new",
            &[
                ("name", "Net Neutrality Now"),
                ("mission", "Why."),
                ("action_plan", "1. Meet."),
                ("lang", "en"),
            ],
        )
        .await;
    assert_eq!(r.location(), "/en/coalitions/net-neutrality-now");
    let again = founder
        .post(
            "/en/coalitions/new",
            &[("name", "Net Neutrality Now!"), ("mission", "Again.")],
        )
        .await;
    assert_eq!(again.location(), "/en/coalitions/net-neutrality-now-2");
    let arabic = founder
        .post(
            "/ar/coalitions/new",
            &[
                ("name", "ائتلاف الحياد"),
                ("mission", "لماذا"),
                ("lang", "ar"),
            ],
        )
        .await;
    assert_eq!(arabic.location(), "/ar/coalitions/coalition");
    let c = app
        .store()
        .coalition_by_slug("net-neutrality-now", "en")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        app.store()
            .member_role(CoalitionId(c.id), ParticipantId(f))
            .await
            .unwrap(),
        Some(convene_core::model::MemberRole::Coordinator)
    );

    let mut boss = app.client();
    let b = register(&mut boss, "Boss", "boss@example.org").await;
    app.store()
        .set_role(b, convene_core::model::Role::Secretariat, None)
        .await
        .unwrap();
    // Only civil society so far: recognition is refused by the rules.
    let r = boss
        .post("/en/coalitions/net-neutrality-now/recognize", &[])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);

    // Two members from other groups join; the founder names one co-coordinator.
    for (name, email, group) in [
        ("Gov", "gov@example.org", "government"),
        ("Tech", "tech@example.org", "technical-community"),
    ] {
        let mut m = app.client();
        let mut fields = common::registration(name, email, group);
        fields.retain(|(k, _)| *k != "coc");
        fields.push(("coc", "yes"));
        m.post("/en/register", &fields).await;
        common::confirm_from_mail(&mut m, email).await;
        m.post("/en/coalitions/net-neutrality-now/join", &[]).await;
    }
    let (gov, _) = app
        .store()
        .credentials("gov@example.org")
        .await
        .unwrap()
        .unwrap();
    let mut outsider = app.client();
    register(&mut outsider, "Outsider", "out@example.org").await;
    let r = outsider
        .post(
            "/en/coalitions/net-neutrality-now/coordinators",
            &[("participant", &gov.id.to_string())],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = founder
        .post(
            "/en/coalitions/net-neutrality-now/coordinators",
            &[("participant", &gov.id.to_string())],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.store()
            .member_role(CoalitionId(c.id), ParticipantId(gov.id))
            .await
            .unwrap(),
        Some(convene_core::model::MemberRole::Coordinator)
    );

    let dashboard = boss.get("/en/coalitions").await.body;
    assert!(dashboard.contains("/en/coalitions/net-neutrality-now/recognize"));
    let r = outsider
        .post("/en/coalitions/net-neutrality-now/recognize", &[])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = boss
        .post("/en/coalitions/net-neutrality-now/recognize", &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app
        .store()
        .coalition_facts(c.id)
        .await
        .unwrap()
        .unwrap()
        .recognized_at
        .is_some());
    let public = app.client().get("/en/coalitions").await.body;
    assert!(
        public.contains("data-standing=\"active\""),
        "a new coalition meeting the criteria is active"
    );
    assert!(
        !public.contains("/recognize"),
        "only the secretariat sees the button"
    );
    app.finish().await;
}

#[tokio::test]
async fn balance_charts_count_members_and_posts_by_group_and_region() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let me = register(&mut c, "Amina", "amina@example.org").await;
    coalition(&app, me).await;
    let page = app.client().get("/en/coalitions/open-standards").await.body;
    assert!(page.contains("<table class=\"balance\"><caption>By stakeholder group</caption>"));
    // One civil-society member from Kenya (African Group): a full bar there, empty elsewhere.
    assert!(page.contains("<th scope=\"row\">Civil society</th><td class=\"num\">1</td>"));
    assert!(page.contains("<th scope=\"row\">African Group</th><td class=\"num\">1</td>"));
    assert!(page.contains("<th scope=\"row\">Government</th><td class=\"num\">0</td>"));
    assert!(page.contains("width=\"100\" height=\"10\"></rect>"));
    // Right to left, the bars grow from the right.
    let ar = app.client().get("/ar/coalitions/open-standards").await.body;
    assert!(ar.contains("<rect x=\"0\" y=\"0\" width=\"100\""));
    assert!(ar.contains("<rect x=\"100\" y=\"0\" width=\"0\""));
    app.finish().await;
}

#[tokio::test]
async fn coordinators_publish_outputs_in_versions_and_members_sign_dissents_that_stay() {
    let app = TestApp::new().await;
    let mut coord = app.client();
    let me = register(&mut coord, "Coordinator", "coord@example.org").await;
    let c = coalition(&app, me).await;
    let r = coord
        .post(
            "/en/coalitions/open-standards/outputs",
            &[
                ("kind", "thematic-paper"),
                ("year", "2026"),
                ("title", "Paper"),
                ("body", "First draft."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let path = r.location().to_string();
    let bad = coord
        .post(
            "/en/coalitions/open-standards/outputs",
            &[
                ("kind", "novel"),
                ("year", "2026"),
                ("title", "x"),
                ("body", "y"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);

    // A member who is not a coordinator cannot publish, but can dissent.
    let mut member = app.client();
    let m = register(&mut member, "Dissenter", "dissent@example.org").await;
    member.post("/en/coalitions/open-standards/join", &[]).await;
    let r = member
        .post(
            "/en/coalitions/open-standards/outputs",
            &[
                ("kind", "statement"),
                ("year", "2026"),
                ("title", "x"),
                ("body", "y"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let empty = member
        .post(&format!("{path}/dissent"), &[("dissent", " ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = member
        .post(
            &format!("{path}/dissent"),
            &[("dissent", "I *disagree* with point 2.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // An outsider cannot.
    let mut outsider = app.client();
    register(&mut outsider, "Outsider", "out@example.org").await;
    let r = outsider
        .post(&format!("{path}/dissent"), &[("dissent", "drive-by")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // A new version keeps the old one readable and the dissent shown.
    let o = app.store().outputs(c, "en").await.unwrap()[0].clone();
    app.store()
        .revise_text(o.text_id, "Paper", "Second draft.")
        .await
        .unwrap();
    let page = app.client().get(&path).await.body;
    assert!(page.contains("Second draft."));
    assert!(page.contains("<em>disagree</em>"));
    assert!(page.contains("Dissenter"));
    let old = app.client().get(&format!("{path}?version=1")).await.body;
    assert!(old.contains("First draft."));
    assert!(old.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(
        old.contains("<em>disagree</em>"),
        "dissent shown with every version"
    );
    assert_eq!(app.store().dissents(o.id).await.unwrap()[0].author.id, m);
    let listing = app.client().get("/en/coalitions/open-standards").await.body;
    assert!(listing.contains(&path));
    app.finish().await;
}

#[tokio::test]
async fn outputs_are_tagged_with_topics_when_published_and_listed_by_year_on_topic_pages() {
    let app = TestApp::new().await;
    let mut coord = app.client();
    let me = register(&mut coord, "Coordinator", "coord@example.org").await;
    let c = coalition(&app, me).await;
    let text = |title: &str| NewText {
        lang: "en".into(),
        title: title.into(),
        body_md: "About it.".into(),
    };
    let patents = app
        .store()
        .create_topic("patents", &text("Patents"), &[1])
        .await
        .unwrap();
    app.store()
        .create_topic("spam", &text("Spam"), &[11])
        .await
        .unwrap();
    app.store().tag_coalition(c, patents).await.unwrap();
    // The form offers every topic, the coalition's own already chosen.
    let page = coord.get("/en/coalitions/open-standards").await.body;
    assert!(page.contains("name=\"topics\" value=\"patents\" checked"));
    assert!(page.contains("name=\"topics\" value=\"spam\""));
    assert!(!page.contains("name=\"topics\" value=\"spam\" checked"));

    for (year, title) in [("2025", "Pledges paper"), ("2026", "Procurement report")] {
        let r = coord
            .post(
                "/en/coalitions/open-standards/outputs",
                &[
                    ("kind", "thematic-paper"),
                    ("year", year),
                    ("title", title),
                    ("body", "Text."),
                    ("topics", "patents"),
                    ("topics", "no-such-topic"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let outputs = app.store().outputs(c, "en").await.unwrap();
    let newest = format!("/en/outputs/{}", outputs[0].id);
    assert!(app
        .client()
        .get(&newest)
        .await
        .body
        .contains("href=\"/en/topics/patents\""));

    let topic = app.client().get("/en/topics/patents").await.body;
    let (y2026, y2025) = (
        topic.find("<h3>2026</h3>").unwrap(),
        topic.find("<h3>2025</h3>").unwrap(),
    );
    let (report, paper) = (
        topic.find("Procurement report").unwrap(),
        topic.find("Pledges paper").unwrap(),
    );
    assert!(
        y2026 < report && report < y2025 && y2025 < paper,
        "by year, newest first"
    );
    assert!(!app
        .client()
        .get("/en/topics/spam")
        .await
        .body
        .contains("Pledges paper"));
    app.finish().await;
}

#[tokio::test]
async fn members_are_listed_in_the_readers_alphabetical_order() {
    let app = TestApp::new().await;
    let founder = register(&mut app.client(), "Zoë Zed", "zoe@example.org").await;
    coalition(&app, founder).await;
    for (name, mail) in [
        ("Élodie Blanc", "elodie@example.org"),
        ("Adam Abel", "adam@example.org"),
    ] {
        let mut c = app.client();
        register(&mut c, name, mail).await;
        let r = c.post("/en/coalitions/open-standards/join", &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let page = app.client().get("/en/coalitions/open-standards").await.body;
    let list = &page[page.find("<h2>Members").unwrap()..];
    let at = |name: &str| list.find(name).unwrap();
    // By code point, "É" would come after "Z".
    assert!(at("Adam Abel") < at("Élodie Blanc"), "{list}");
    assert!(at("Élodie Blanc") < at("Zoë Zed"), "{list}");
    app.finish().await;
}
