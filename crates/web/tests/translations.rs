//! The translation workflow through the real router: a participant proposes, only an
//! approver's approval publishes, and the status page tells what needs work.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{register, TestApp};
use convene_core::model::{NewText, Role};

async fn about(app: &TestApp) -> i64 {
    app.store()
        .create_page(
            "about",
            &NewText {
                lang: "en".into(),
                title: "About the forum".into(),
                body_md: "The forum makes no binding decisions.".into(),
            },
        )
        .await
        .unwrap()
        .text_id
}

#[tokio::test]
async fn a_proposal_waits_for_approval_then_is_served() {
    let app = TestApp::new().await;
    let text = about(&app).await;
    let mut anon = app.client();
    let r = anon.get(&format!("/it/translate/{text}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "sign in first");

    let mut helper = app.client();
    register(&mut helper, "Isabella", "isabella@example.org").await;
    let editor = helper.get(&format!("/it/translate/{text}")).await;
    assert_eq!(editor.status, StatusCode::OK);
    // Original on the left in its own language; the translation field in Italian.
    assert!(editor
        .body
        .contains("<pre class=\"source\" lang=\"en\" dir=\"ltr\" tabindex=\"0\">"));
    assert!(editor
        .body
        .contains("name=\"body\" rows=\"18\" lang=\"it\" dir=\"ltr\""));
    let arabic = helper.get(&format!("/en/translate/{text}?to=ar")).await;
    assert!(arabic.body.contains("lang=\"ar\" dir=\"rtl\""));

    let empty = helper
        .post(
            &format!("/it/translate/{text}"),
            &[
                ("to", "it"),
                ("title", ""),
                ("body", "x"),
                ("source_revision", "1"),
            ],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("value=\"\""));

    let r = helper
        .post(
            &format!("/it/translate/{text}"),
            &[
                ("to", "it"),
                ("title", "Il forum"),
                ("body", "Il forum non prende decisioni."),
                ("source_revision", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().contains("done=proposed"));
    // Not served yet.
    let page = anon.get("/it/pages/about").await;
    assert!(page
        .body
        .contains("data-translation-state=\"untranslated\""));
    let pending = app.store().pending_translations(text, "it").await.unwrap();
    assert_eq!(pending.len(), 1);

    // A participant cannot approve it; the secretariat can.
    let r = helper
        .post(&format!("/it/translations/{}/approve", pending[0].id), &[])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut boss = app.client();
    let b = register(&mut boss, "Boss", "boss@example.org").await;
    app.store()
        .set_role(b, Role::Secretariat, None)
        .await
        .unwrap();
    let r = boss
        .post(&format!("/it/translations/{}/approve", pending[0].id), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    let page = anon.get("/it/pages/about").await;
    assert!(!page.body.contains("data-translation-state"));
    assert!(page
        .body
        .contains("<div class=\"content\" lang=\"it\" dir=\"ltr\"><h1>Il forum</h1>"));

    // Editing the original marks the Italian outdated.
    app.store()
        .revise_text(text, "About the forum", "Changed.")
        .await
        .unwrap();
    let page = anon.get("/it/pages/about").await;
    assert!(page.body.contains("data-translation-state=\"outdated\""));
    app.finish().await;
}

#[tokio::test]
async fn trusted_translators_publish_directly_and_the_status_page_counts() {
    let app = TestApp::new().await;
    let text = about(&app).await;
    let mut boss = app.client();
    let b = register(&mut boss, "Boss", "boss@example.org").await;
    app.store()
        .set_role(b, Role::Secretariat, None)
        .await
        .unwrap();
    let mut translator = app.client();
    let t = register(&mut translator, "Trusted", "trusted@example.org").await;
    let r = boss
        .post(&format!("/en/people/{t}/translator"), &[("trusted", "1")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        app.store()
            .participant(t)
            .await
            .unwrap()
            .unwrap()
            .translator
    );
    let mut other = app.client();
    register(&mut other, "Other", "other@example.org").await;
    let r = other
        .post(&format!("/en/people/{t}/translator"), &[("trusted", "0")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    let r = translator
        .post(
            &format!("/de/translate/{text}"),
            &[
                ("to", "de"),
                ("title", "Über das Forum"),
                ("body", "Keine Beschlüsse."),
                ("source_revision", "1"),
            ],
        )
        .await;
    assert!(r.location().contains("done=published"));
    let page = app.client().get("/de/pages/about").await;
    assert!(page.body.contains("Über das Forum"));

    let status = app.client().get("/fr/translations").await;
    assert_eq!(status.status, StatusCode::OK);
    assert!(status.body.contains("<html lang=\"fr\""));
    // German is done, French is not: the French list links to the editor.
    assert!(status
        .body
        .contains(&format!("href=\"/fr/translate/{text}?to=fr\"")));
    assert!(!status
        .body
        .contains(&format!("href=\"/fr/translate/{text}?to=de\"")));
    assert!(status.body.contains("100"));
    app.finish().await;
}

#[tokio::test]
async fn overlong_translations_and_edits_are_refused_keeping_what_was_typed() {
    let app = TestApp::new().await;
    let text = about(&app).await;
    let mut boss = app.client();
    let b = register(&mut boss, "Boss", "boss@example.org").await;
    app.store()
        .set_role(b, Role::Secretariat, None)
        .await
        .unwrap();
    let too_long = convene_i18n::tr("fr", "form-error-too-long", None);
    let huge_body = "mot ".repeat(convene_core::text::MAX_BODY / 4 + 1);
    let huge_title = "t".repeat(convene_core::text::MAX_TITLE + 1);
    for (title, body) in [
        ("Le forum", huge_body.as_str()),
        (huge_title.as_str(), "Court."),
    ] {
        let r = boss
            .post(
                &format!("/fr/translate/{text}"),
                &[
                    ("to", "fr"),
                    ("title", title),
                    ("body", body),
                    ("source_revision", "1"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains(&too_long));
        assert!(r.body.contains("Court.") || r.body.contains("Le forum"));
        let r = boss
            .post(
                &format!("/fr/texts/{text}/edit"),
                &[("title", title), ("body", body)],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains(&too_long));
    }
    assert!(app
        .store()
        .pending_translations(text, "fr")
        .await
        .unwrap()
        .is_empty());
    let page = app.client().get("/fr/pages/about").await;
    assert!(page
        .body
        .contains("data-translation-state=\"untranslated\""));
    let original = app.store().localized(text, "en").await.unwrap().unwrap();
    assert_eq!(original.original.revision, 1);
    app.finish().await;
}
