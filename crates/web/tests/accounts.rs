//! Registration, sign-in, sessions, CSRF, rate limits, reset by mail, profiles, export,
//! deletion and suspension, all through the real router over a fresh database.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{register, registration, TestApp, PASSWORD};
use convene_core::model::Role;

#[tokio::test]
async fn register_then_sign_out_and_back_in() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let form = c.get("/en/register").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("name=\"csrf\""));
    let id = register(&mut c, "Amina Diallo", "amina@example.org").await;
    assert!(c.signed_in());

    // The password is stored as an argon2id hash, and the Code of Conduct acceptance is kept.
    let (p, hash) = app
        .store()
        .credentials("amina@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(p.id, id);
    assert!(hash.unwrap().starts_with("$argon2id$"));
    assert!(p.coc_accepted_at.is_some());
    assert_eq!(p.profile.languages, vec!["en", "fr", "sw"]);

    let account = c.get("/en/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains("amina@example.org"));

    let out = c.post("/en/signout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(!c.signed_in());
    let r = c.get("/en/account").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/en/signin?next=%2Fen%2Faccount");

    let r = c
        .post(
            "/en/signin",
            &[
                ("email", "AMINA@example.org"),
                ("password", PASSWORD),
                ("next", "/en/account"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/en/account");
    assert!(c.signed_in());
    app.finish().await;
}

#[tokio::test]
async fn session_cookies_are_httponly_samesite_and_secure_over_tls() {
    let app = TestApp::with_url("https://forum.example.org").await;
    let mut c = app.client();
    c.get("/en/register").await;
    c.post("/en/register", &registration("A", "a@example.org", "media"))
        .await;
    let token = common::confirmation_token(&app, "a@example.org").unwrap();
    let r = c.post(&format!("/en/confirm/{token}"), &[]).await;
    let session = r
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("__Host-convene_session="))
        .unwrap();
    for flag in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
        assert!(session.contains(flag), "{session}");
    }
    app.finish().await;
    let plain = TestApp::new().await;
    let mut c = plain.client();
    let r = c.get("/en/").await;
    assert!(r.set_cookies().iter().all(|c| !c.contains("Secure")));
    plain.finish().await;
}

#[tokio::test]
async fn a_bad_registration_keeps_what_was_typed_and_speaks_french() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let mut fields = registration("Sophie", "not-an-email", "aliens");
    fields.retain(|(k, _)| *k != "password" && *k != "coc");
    fields.push(("password", "short"));
    let r = c.post("/fr/register", &fields).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("<html lang=\"fr\""));
    for id in [
        "form-error-email",
        "form-error-password-short",
        "form-error-coc",
        "form-error-choose",
    ] {
        let msg = convene_i18n::tr("fr", id, None);
        assert!(r.body.contains(&msg), "missing {id}: {msg}");
    }
    // What was typed is still there, except the password.
    assert!(r.body.contains("value=\"Sophie\""));
    assert!(r.body.contains("value=\"not-an-email\""));
    assert!(r.body.contains("value=\"sw\""));
    assert!(!r.body.contains("value=\"short\""));
    assert!(r.body.contains("aria-invalid=\"true\""));
    assert!(app.store().is_empty().await.unwrap());
    app.finish().await;
}

#[tokio::test]
async fn a_taken_email_is_not_disclosed_and_signs_nobody_in() {
    let app = TestApp::new().await;
    register(&mut app.client(), "First", "same@example.org").await;
    let mut c = app.client();
    let r = c
        .post(
            "/en/register",
            &registration("Second", "Same@Example.org", "academia"),
        )
        .await;
    // The owner is told by mail (see trust_accounts.rs); the page says nothing.
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!c.signed_in());
    assert!(!r.body.contains("already exists"));
    app.finish().await;
}

#[tokio::test]
async fn every_form_refuses_a_missing_or_wrong_csrf_token_and_changes_nothing() {
    let app = TestApp::new().await;
    let page = app
        .store()
        .create_page(
            "about",
            &convene_core::model::NewText {
                lang: "en".into(),
                title: "About".into(),
                body_md: "Text".into(),
            },
        )
        .await
        .unwrap();
    assert_eq!(page.text_id, 1);
    let mut c = app.client();
    c.get("/en/").await;
    let fields = registration("X", "x@example.org", "media");
    for path in [
        "/en/register",
        "/en/signin",
        "/en/signout",
        "/en/password-reset",
        "/en/password-reset/abc",
        "/en/account",
        "/en/account/delete",
        "/en/people/1/suspend",
        "/en/people/1/reinstate",
        "/en/people/1/role",
        "/en/people/1/translator",
        "/en/translate/1",
        "/en/translations/1/approve",
        "/en/texts/1/edit",
        "/en/coalitions/x/join",
        "/en/coalitions/x/leave",
        "/en/coalitions/x/threads/new",
        "/en/threads/1/reply",
    ] {
        let r = c.post_raw(path, &fields).await;
        assert!(
            r.status == StatusCode::FORBIDDEN || r.status == StatusCode::SEE_OTHER,
            "{path}: {}",
            r.status
        );
        let mut wrong = fields.clone();
        wrong.push((
            "csrf",
            "0000000000000000000000000000000000000000000000000000000000000000",
        ));
        let r = c.post_raw(path, &wrong).await;
        assert_ne!(r.status, StatusCode::OK, "{path}");
        assert!(!r.status.is_server_error(), "{path}");
    }
    let r = c.post_raw("/fr/register", &fields).await;
    assert!(r
        .body
        .contains(&convene_i18n::tr("fr", "error-csrf-title", None)));
    assert!(app.store().is_empty().await.unwrap());
    app.finish().await;
}

#[tokio::test]
async fn sign_in_attempts_are_rate_limited_with_a_clear_page() {
    let app = TestApp::new().await;
    register(&mut app.client(), "Target", "target@example.org").await;
    let mut c = app.client();
    let mut statuses = Vec::new();
    for _ in 0..11 {
        let r = c
            .post(
                "/es/signin",
                &[
                    ("email", "target@example.org"),
                    ("password", "wrong password!"),
                ],
            )
            .await;
        statuses.push(r.status);
        if r.status == StatusCode::TOO_MANY_REQUESTS {
            assert!(r
                .body
                .contains(&convene_i18n::tr("es", "error-too-many-title", None)));
        }
    }
    assert!(statuses[..10]
        .iter()
        .all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY));
    assert_eq!(statuses[10], StatusCode::TOO_MANY_REQUESTS);
    // Even the right password is refused while the limit holds.
    let r = c
        .post(
            "/es/signin",
            &[("email", "target@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(!c.signed_in());
    app.finish().await;
}

#[tokio::test]
async fn password_reset_by_emailed_single_use_link() {
    let app = TestApp::new().await;
    register(&mut app.client(), "Forgetful", "forgetful@example.org").await;
    let mut c = app.client();
    let r = c
        .post("/en/password-reset", &[("email", "forgetful@example.org")])
        .await;
    assert_eq!(r.status, StatusCode::OK);
    // Same answer for an unknown address: nobody learns who has an account.
    let unknown = c
        .post("/en/password-reset", &[("email", "nobody@example.org")])
        .await;
    assert_eq!(
        unknown.body.replace(&c.csrf(), ""),
        r.body.replace(&c.csrf(), "")
    );

    // The registration's confirmation, then the reset link.
    let mails = app.mails();
    assert_eq!(mails.len(), 2);
    let mail = &mails[1];
    assert!(mail.contains("To: forgetful@example.org"));
    let start = mail.find("http://forum.test/en/password-reset/").unwrap();
    let link: String = mail[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    let path = link.trim_start_matches("http://forum.test");

    assert_eq!(c.get(path).await.status, StatusCode::OK);
    let r = c.post(path, &[("password", "short")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = c
        .post(path, &[("password", "a brand new passphrase")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/en/signin?done=reset");
    assert_eq!(c.get(path).await.status, StatusCode::GONE);

    let old = c
        .post(
            "/en/signin",
            &[("email", "forgetful@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
    let new = c
        .post(
            "/en/signin",
            &[
                ("email", "forgetful@example.org"),
                ("password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(new.status, StatusCode::SEE_OTHER);
    app.finish().await;
}

#[tokio::test]
async fn public_profile_shows_who_someone_speaks_for_but_never_gender() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let id = register(&mut c, "Amina Diallo", "amina@example.org").await;
    let mut anon = app.client();
    let r = anon.get(&format!("/en/people/{id}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Amina Diallo"));
    assert!(r.body.contains("Civil society"));
    assert!(r.body.contains("Kenya"));
    assert!(r.body.contains("Example Org"));
    assert!(!r.body.contains("woman"));
    assert!(!r.body.contains("amina@example.org"));
    assert_eq!(
        anon.get("/en/people/999").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        anon.get("/en/people/abc").await.status,
        StatusCode::NOT_FOUND
    );
    app.finish().await;
}

#[tokio::test]
async fn profile_edits_are_validated_and_saved() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let id = register(&mut c, "Old Name", "me@example.org").await;
    let mut fields = registration("New Name", "ignored@example.org", "academia");
    fields.retain(|(k, _)| !["password", "coc", "email"].contains(k));
    let r = c.post("/en/account", &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let p = app.store().participant(id).await.unwrap().unwrap();
    assert_eq!(p.display_name, "New Name");
    assert_eq!(
        p.email, "me@example.org",
        "email is not changed by this form"
    );
    let bad = c.post("/en/account", &[("display_name", "")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.store()
            .participant(id)
            .await
            .unwrap()
            .unwrap()
            .display_name,
        "New Name"
    );
    app.finish().await;
}

#[tokio::test]
async fn export_then_delete_keeps_posts_as_a_former_participant() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let id = register(&mut c, "Leaving Soon", "leaving@example.org").await;
    let thread = app
        .store()
        .create_thread(&convene_core::model::NewThread {
            coalition_id: None,
            title: "A thread".into(),
            lang: "en".into(),
            author_id: id,
            body_md: "my contribution".into(),
            held: false,
        })
        .await
        .unwrap();

    app.store()
        .notify(&convene_core::model::NewNotification {
            participant_id: id,
            kind: "new-post".into(),
            args: vec![("title".into(), "A thread".into())],
            link: format!("/threads/{thread}"),
        })
        .await
        .unwrap();
    let export = c.get("/en/account/export").await;
    assert_eq!(export.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(json["notifications"][0]["kind"], "new-post");
    assert_eq!(json["session_proposals"], serde_json::json!([]));
    assert_eq!(json["participant"]["email"], "leaving@example.org");
    assert_eq!(json["participant"]["gender"], "woman");
    assert_eq!(json["posts"][0]["markdown"], "my contribution");

    let wrong = c
        .post("/en/account/delete", &[("password", "not my password")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = c
        .post("/en/account/delete", &[("password", PASSWORD)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!c.signed_in());
    // Their notifications go with them.
    assert!(app
        .store()
        .notifications(id, i64::MAX, 10)
        .await
        .unwrap()
        .is_empty());

    let page = c.get(&format!("/en/threads/{thread}")).await;
    assert!(page.body.contains("my contribution"));
    assert!(page
        .body
        .contains(&convene_i18n::tr("en", "former-participant", None)));
    assert!(!page.body.contains("Leaving Soon"));
    let again = c
        .post(
            "/en/signin",
            &[("email", "leaving@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.finish().await;
}

#[tokio::test]
async fn a_suspended_account_cannot_sign_in_and_the_audit_log_says_why() {
    let app = TestApp::new().await;
    let target = register(&mut app.client(), "Spammer", "spam@example.org").await;
    let mut moderator = app.client();
    let mod_id = register(&mut moderator, "Mod", "mod@example.org").await;
    app.store()
        .set_role(mod_id, Role::Moderator, None)
        .await
        .unwrap();

    let empty = moderator
        .post(&format!("/en/people/{target}/suspend"), &[("reason", " ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = moderator
        .post(
            &format!("/en/people/{target}/suspend"),
            &[("reason", "posted spam links")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    let mut spammer = app.client();
    let r = spammer
        .post(
            "/en/signin",
            &[("email", "spam@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .body
        .contains(&convene_i18n::tr("en", "form-error-suspended", None)));

    let log = moderator.get("/en/admin/audit").await;
    assert_eq!(log.status, StatusCode::OK);
    assert!(log.body.contains("posted spam links"));
    assert!(log.body.contains("Spammer"));

    moderator
        .post(
            &format!("/en/people/{target}/reinstate"),
            &[("reason", "appeal accepted")],
        )
        .await;
    let r = spammer
        .post(
            "/en/signin",
            &[("email", "spam@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    app.finish().await;
}

#[tokio::test]
async fn malformed_and_oversized_requests_never_cause_a_500() {
    let app = TestApp::new().await;
    let mut c = app.client();
    c.get("/en/").await;
    let csrf = c.csrf();
    let weird = format!("csrf={csrf}&display_name=%FF%FE%00&email=%E0%A4%A&&&==&country=%");
    let r = c
        .send(
            axum::http::Request::post("/en/register")
                .header("content-type", "application/x-www-form-urlencoded"),
            axum::body::Body::from(weird),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = c
        .send(
            axum::http::Request::post("/en/register").header("content-type", "text/plain"),
            axum::body::Body::from(vec![b'x'; 2 * 1024 * 1024]),
        )
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(r
        .body
        .contains(&convene_i18n::tr("en", "error-too-large-title", None)));
    // Router rejections are pages in the reader's language too (with the token, so the
    // CSRF layer lets the request reach the router).
    let r = c.post("/fr/", &[]).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(r.body.contains("<html lang=\"fr\""));
    assert!(r
        .body
        .contains(&convene_i18n::tr("fr", "error-bad-request-title", None)));
    let r = c.get("/en/signin?next=%FF%00").await;
    assert_eq!(r.status, StatusCode::OK);
    let r = c.get("/fr/password-reset/%00%FF").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r
        .body
        .contains(&convene_i18n::tr("fr", "error-bad-request-title", None)));
    let r = c.get("/en/password-reset/%00").await;
    assert_eq!(r.status, StatusCode::GONE);
    app.finish().await;
}
