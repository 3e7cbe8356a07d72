//! Findings of an attacker's review of accounts, each driven through the real router:
//! open redirects, costly forms, lockouts, reset links, registration disclosure,
//! hidden characters in names, field lengths and what suspended people may still do.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{register, registration, Client, TestApp, PASSWORD};
use convene_core::model::{NewText, NewThread, Role};

async fn sign_in(c: &mut Client<'_>, email: &str, password: &str, next: &str) -> common::Reply {
    c.post(
        "/en/signin",
        &[("email", email), ("password", password), ("next", next)],
    )
    .await
}

/// The path of the newest reset link mailed so far.
fn last_reset_link(app: &TestApp) -> String {
    let mails = app.mails();
    let mail = mails.last().unwrap();
    let start = mail.find("http://forum.test/en/password-reset/").unwrap();
    mail[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect::<String>()
        .trim_start_matches("http://forum.test")
        .to_string()
}

fn profile_fields<'a>(name: &'a str, other_languages: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut fields = registration(name, "ignored@example.org", "academia");
    fields.retain(|(k, _)| !["password", "coc", "email", "languages_other"].contains(k));
    fields.push(("languages_other", other_languages));
    fields
}

#[tokio::test]
async fn sign_in_never_sends_the_reader_to_another_site() {
    let app = TestApp::new().await;
    let mut c = app.client();
    register(&mut c, "Amina", "amina@example.org").await;
    for next in [
        "/\t/evil.example",
        "/%09/evil.example",
        "/\\evil.example",
        "//evil.example",
        "/%2F%2Fevil.example",
        "/en/\r\nSet-Cookie: x=1",
        "https://evil.example/en/",
    ] {
        c.post("/en/signout", &[]).await;
        let r = sign_in(&mut c, "amina@example.org", PASSWORD, next).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{next:?}: {}", r.status);
        assert_eq!(r.location(), "/en/", "{next:?}");
        assert!(c.signed_in());
    }
    c.post("/en/signout", &[]).await;
    let r = sign_in(&mut c, "amina@example.org", PASSWORD, "/fr/account").await;
    assert_eq!(r.location(), "/fr/account");
    app.finish().await;
}

#[tokio::test]
async fn follow_and_edit_forms_only_go_back_to_this_site() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let id = register(&mut c, "Editor", "editor@example.org").await;
    app.store()
        .set_role(id, Role::Secretariat, None)
        .await
        .unwrap();
    let thread = app
        .store()
        .create_thread(&NewThread {
            coalition_id: None,
            title: "A thread".into(),
            lang: "en".into(),
            author_id: id,
            body_md: "text".into(),
            held: false,
        })
        .await
        .unwrap();
    let thread = thread.to_string();
    for back in ["/\\evil.example", "/%5Cevil.example", "/\t/evil.example"] {
        let r = c
            .post(
                "/en/follow",
                &[
                    ("kind", "thread"),
                    ("id", &thread),
                    ("follow", "1"),
                    ("back", back),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.location(), "/en/following", "{back:?}");
    }
    let good = format!("/en/threads/{thread}");
    let r = c
        .post(
            "/en/follow",
            &[("kind", "thread"), ("id", &thread), ("back", &good)],
        )
        .await;
    assert_eq!(r.location(), good);

    let page = app
        .store()
        .create_page(
            "about",
            &NewText {
                lang: "en".into(),
                title: "About".into(),
                body_md: "Text".into(),
            },
        )
        .await
        .unwrap();
    let path = format!("/en/texts/{}/edit", page.text_id);
    let r = c
        .post(
            &path,
            &[
                ("title", "About us"),
                ("body", "New text"),
                ("back", "/\\evil.example"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/en/translations");
    app.finish().await;
}

#[tokio::test]
async fn thousands_of_language_tags_are_refused_at_once() {
    let app = TestApp::new().await;
    let mut c = app.client();
    register(&mut c, "Polyglot", "poly@example.org").await;
    let tags: Vec<String> = (0..40_000).map(|n| format!("en-x{n}")).collect();
    let tags = tags.join(",");
    let started = std::time::Instant::now();
    let r = c
        .post("/en/account", &profile_fields("Polyglot", &tags))
        .await;
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .body
        .contains(&convene_i18n::tr("en", "form-error-too-long", None)));

    // One endless (but well-formed) tag is too long as well.
    let long_tag = format!("en{}", "-abcdefgh".repeat(50_000));
    let r = c
        .post("/en/account", &profile_fields("Polyglot", &long_tag))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .body
        .contains(&convene_i18n::tr("en", "form-error-too-long", None)));
    app.finish().await;
}

#[tokio::test]
async fn every_profile_field_has_a_maximum_with_a_localized_error() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let huge = "x".repeat(300_000);
    let too_long = convene_i18n::tr("de", "form-error-too-long", None);
    for field in ["display_name", "affiliation", "gender", "languages_other"] {
        let mut fields = registration("Name", "long@example.org", "media");
        fields.retain(|(k, _)| *k != field);
        let value = if field == "languages_other" {
            format!("en{}", "-x".repeat(150_000))
        } else {
            huge.clone()
        };
        fields.push((field, &value));
        let r = c.post("/de/register", &fields).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert!(r.body.contains(&too_long), "{field}");
    }
    // An overlong address is refused, on registration and on signing in.
    let email = format!("{huge}@example.org");
    let r = c
        .post("/de/register", &registration("Name", &email, "media"))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = sign_in(&mut c, &email, PASSWORD, "").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.store().is_empty().await.unwrap());
    app.finish().await;
}

#[tokio::test]
async fn a_reset_link_is_checked_before_any_password_hashing_and_limited_per_address() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let bogus = format!("/en/password-reset/{}", "0".repeat(64));
    // The link is looked up first: a link that does not work answers so, whatever the
    // password (even one that would not pass).
    let r = c.post(&bogus, &[("password", "short")]).await;
    assert_eq!(r.status, StatusCode::GONE);
    let mut statuses = Vec::new();
    for _ in 0..21 {
        let r = c.post(&bogus, &[("password", "a long new password")]).await;
        statuses.push(r.status);
    }
    assert!(statuses[..19].iter().all(|s| *s == StatusCode::GONE));
    assert_eq!(statuses[20], StatusCode::TOO_MANY_REQUESTS);
    app.finish().await;
}

#[tokio::test]
async fn the_owner_still_signs_in_from_their_browser_while_someone_guesses() {
    let app = TestApp::new().await;
    let mut owner = app.client();
    register(&mut owner, "Owner", "owner@example.org").await;
    owner.post("/en/signout", &[]).await;

    let mut attacker = app.client();
    let mut last = StatusCode::OK;
    for _ in 0..11 {
        last = sign_in(&mut attacker, "owner@example.org", "wrong guess!!", "")
            .await
            .status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    // A stranger with the right password is held up too…
    let mut stranger = app.client();
    let r = sign_in(&mut stranger, "owner@example.org", PASSWORD, "").await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    // …but not the browser the owner used before.
    let r = sign_in(&mut owner, "owner@example.org", PASSWORD, "").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(owner.signed_in());
    // A forged mark does not help.
    attacker
        .cookies
        .insert("convene_known".into(), "1.".to_string() + &"0".repeat(64));
    let r = sign_in(&mut attacker, "owner@example.org", PASSWORD, "").await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    app.finish().await;
}

#[tokio::test]
async fn asking_for_many_resets_never_blocks_the_owners_recovery() {
    let app = TestApp::new().await;
    register(&mut app.client(), "Owner", "owner@example.org").await;
    let mut stranger = app.client();
    for _ in 0..3 {
        let r = stranger
            .post("/en/password-reset", &[("email", "owner@example.org")])
            .await;
        assert_eq!(r.status, StatusCode::OK);
    }
    let first = last_reset_link(&app);
    let mut owner = app.client();
    let r = owner
        .post("/en/password-reset", &[("email", "owner@example.org")])
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r
        .body
        .contains(&convene_i18n::tr("en", "reset-sent-title", None)));
    // The registration's confirmation and three reset links.
    assert_eq!(app.mails().len(), 4, "no more mail past the limit");
    // The links already sent still work.
    assert_eq!(owner.get(&first).await.status, StatusCode::OK);
    let r = owner
        .post(&first, &[("password", "a brand new passphrase")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    app.finish().await;
}

#[tokio::test]
async fn using_one_reset_link_voids_the_others() {
    let app = TestApp::new().await;
    register(&mut app.client(), "Owner", "owner@example.org").await;
    let mut c = app.client();
    let mut links = Vec::new();
    for _ in 0..2 {
        c.post("/en/password-reset", &[("email", "owner@example.org")])
            .await;
        links.push(last_reset_link(&app));
    }
    assert_ne!(links[0], links[1]);
    let r = c
        .post(&links[1], &[("password", "a brand new passphrase")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(c.get(&links[0]).await.status, StatusCode::GONE);
    let r = c
        .post(&links[0], &[("password", "the attacker's passphrase")])
        .await;
    assert_eq!(r.status, StatusCode::GONE);
    let r = sign_in(&mut c, "owner@example.org", "a brand new passphrase", "").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    app.finish().await;
}

#[tokio::test]
async fn registering_a_taken_address_tells_only_its_owner() {
    let app = TestApp::new().await;
    let first = register(&mut app.client(), "First", "same@example.org").await;
    let mut c = app.client();
    let r = c
        .post(
            "/en/register",
            &registration("Second", "Same@Example.org", "academia"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/en/signin?done=check-mail");
    assert!(!c.signed_in());
    let page = c.get(r.location()).await;
    assert!(page
        .body
        .contains(&convene_i18n::tr("en", "signin-check-mail", None)));
    assert!(!page.body.contains("already exists"));
    let (owner, _) = app
        .store()
        .credentials("same@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((owner.id, owner.display_name.as_str()), (first, "First"));
    // The first mail confirmed the owner's registration; the second tells them of this one.
    let mails = app.mails();
    assert_eq!(mails.len(), 2);
    assert!(mails[1].contains("To: same@example.org"));
    assert!(mails[1].contains("http://forum.test/en/password-reset"));
    assert!(!mails[1].contains("/confirm/"));
    // A new address registers and signs in once its link is followed.
    let mut fresh = app.client();
    register(&mut fresh, "Third", "third@example.org").await;
    assert!(fresh.signed_in());
    app.finish().await;
}

#[tokio::test]
async fn names_cannot_hide_direction_overrides_or_control_characters() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let message = convene_i18n::tr("fr", "form-error-control-chars", None);
    for name in ["Amina\u{202E}nimdA", "\u{2067}Admin\u{2069}", "Ami\u{7}na"] {
        let r = c
            .post(
                "/fr/register",
                &registration(name, "amina@example.org", "media"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{name:?}");
        assert!(r.body.contains(&message), "{name:?}");
    }
    assert!(app.store().is_empty().await.unwrap());
    let id = register(&mut c, "Amina", "amina@example.org").await;
    let r = c
        .post("/fr/account", &profile_fields("Am\u{202D}ina", ""))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(&message));
    let p = app.store().participant(id).await.unwrap().unwrap();
    assert_eq!(p.display_name, "Amina");
    app.finish().await;
}

#[tokio::test]
async fn suspended_people_can_still_export_and_delete_their_account() {
    let app = TestApp::new().await;
    let target = register(&mut app.client(), "Suspended", "sus@example.org").await;
    let mut moderator = app.client();
    let mod_id = register(&mut moderator, "Mod", "mod@example.org").await;
    app.store()
        .set_role(mod_id, Role::Moderator, None)
        .await
        .unwrap();
    app.store().suspend(target, "spam", mod_id).await.unwrap();

    let mut c = app.client();
    let r = sign_in(&mut c, "sus@example.org", PASSWORD, "").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!c.signed_in());
    assert!(r
        .body
        .contains(&convene_i18n::tr("en", "suspended-own-data", None)));
    assert!(r.body.contains("action=\"/en/account/export\""));
    assert!(r.body.contains("formaction=\"/en/account/delete\""));

    let fields = [("email", "sus@example.org"), ("password", PASSWORD)];
    let export = c.post("/en/account/export", &fields).await;
    assert_eq!(export.status, StatusCode::OK, "{}", export.body);
    let json: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(json["participant"]["email"], "sus@example.org");
    assert_eq!(json["participant"]["suspension"]["reason"], "spam");

    // The password is needed, and someone else's account is not reachable this way.
    let wrong = [
        ("email", "sus@example.org"),
        ("password", "not the password"),
    ];
    let r = c.post("/en/account/export", &wrong).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = c.post("/en/account/delete", &wrong).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.store().participant(target).await.unwrap().is_some());

    let r = c.post("/en/account/delete", &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app
        .store()
        .credentials("sus@example.org")
        .await
        .unwrap()
        .is_none());
    app.finish().await;
}

#[tokio::test]
async fn registration_answers_alike_for_new_and_taken_addresses_until_the_mail_is_followed() {
    let app = TestApp::new().await;
    register(&mut app.client(), "Owner", "owner@example.org").await;
    // A stranger probing two addresses, one taken and one free, sees the same answer.
    let mut stranger = app.client();
    let taken = stranger
        .post(
            "/en/register",
            &registration("Probe", "owner@example.org", "media"),
        )
        .await;
    let free = stranger
        .post(
            "/en/register",
            &registration("Probe", "free@example.org", "media"),
        )
        .await;
    assert_eq!(taken.status, free.status);
    assert_eq!(taken.location(), free.location());
    assert_eq!(taken.body, free.body);
    assert!(!stranger.signed_in());
    // Signing in with the password just chosen does not tell either: the new account
    // waits for its owner, and the answer is the one for a wrong password.
    let wrong = sign_in(&mut stranger, "owner@example.org", "Probe password 1", "").await;
    let unconfirmed = sign_in(&mut stranger, "free@example.org", PASSWORD, "").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unconfirmed.status, wrong.status);
    let message = convene_i18n::tr("en", "form-error-signin", None);
    assert!(wrong.body.contains(&message) && unconfirmed.body.contains(&message));
    assert!(!stranger.signed_in());
    // Until confirmed the account has no profile and cannot be found by its address.
    assert!(app
        .store()
        .credentials("free@example.org")
        .await
        .unwrap()
        .is_none());
    let first_link = common::confirmation_token(&app, "free@example.org").unwrap();
    // Registering the address again replaces the waiting account and voids its link.
    let mut owner = app.client();
    owner
        .post(
            "/en/register",
            &registration("Real Owner", "free@example.org", "academia"),
        )
        .await;
    let second_link = common::confirmation_token(&app, "free@example.org").unwrap();
    assert_ne!(first_link, second_link);
    let r = owner.get(&format!("/en/confirm/{first_link}")).await;
    assert_eq!(r.status, StatusCode::GONE);
    // Opening the link shows a button; only pressing it confirms and signs in.
    let r = owner.get(&format!("/en/confirm/{second_link}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!owner.signed_in());
    let id = common::confirm_from_mail(&mut owner, "free@example.org").await;
    assert!(owner.signed_in());
    let p = app.store().participant(id).await.unwrap().unwrap();
    assert_eq!(p.display_name, "Real Owner");
    // A link works once.
    let r = app
        .client()
        .post(&format!("/en/confirm/{second_link}"), &[])
        .await;
    assert_eq!(r.status, StatusCode::GONE);
    app.finish().await;
}

#[tokio::test]
async fn registrations_of_one_address_send_a_few_mails_at_most() {
    let app = TestApp::new().await;
    let mut c = app.client();
    for _ in 0..6 {
        let r = c
            .post(
                "/en/register",
                &registration("Flood", "victim@example.org", "media"),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let to_victim = app
        .mails()
        .iter()
        .filter(|m| m.contains("victim@example.org"))
        .count();
    assert_eq!(to_victim, 3);
    app.finish().await;
}
