//! The guards every request passes through, whatever its handler remembers: CSRF bound
//! to the session, cookies and HSTS over TLS, the client address behind a proxy.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{register, TestApp};

const PLANTED: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

#[tokio::test]
async fn a_planted_csrf_cookie_does_not_pass_for_a_signed_in_reader() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let id = register(&mut c, "Amina Diallo", "amina@example.org").await;
    // An attacker who can set a cookie on the victim's browser (a sibling subdomain, a
    // plain-HTTP hop) sends a form with the same value: double submit would accept it.
    c.cookies.insert("convene_csrf".into(), PLANTED.into());
    let r = c
        .post_raw(
            "/en/account",
            &[
                ("csrf", PLANTED),
                ("display_name", "Hijacked"),
                ("country", "KE"),
                ("stakeholder_group", "civil-society"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    let p = app.store().participant(id).await.unwrap().unwrap();
    assert_eq!(p.display_name, "Amina Diallo");
    // The page the reader sees carries the token bound to the session, which works.
    let page = c.get("/en/account").await;
    let token = page
        .body
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    assert_ne!(token, PLANTED);
    let r = c.post_raw("/en/signout", &[("csrf", &token)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!c.signed_in());
    app.finish().await;
}

#[tokio::test]
async fn every_state_changing_request_needs_the_token_even_where_no_handler_checks() {
    let app = TestApp::new().await;
    let mut c = app.client();
    register(&mut c, "Amina Diallo", "amina@example.org").await;
    // No route answers this; the layer refuses it before routing could.
    let r = c.post_raw("/en/no-such-form", &[("x", "1")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.body.contains("<html"), "localized page: {}", r.body);
    // The same request with the token reaches the router, which has nothing there.
    let r = c.post("/en/no-such-form", &[("x", "1")]).await;
    assert_ne!(r.status, StatusCode::FORBIDDEN);
    app.finish().await;
}

#[tokio::test]
async fn over_tls_cookies_are_host_bound_and_hsts_is_sent() {
    let app = TestApp::with_url("https://forum.test").await;
    let mut c = app.client();
    let r = c.get("/en/register").await;
    assert!(
        r.headers
            .get(header::STRICT_TRANSPORT_SECURITY)
            .is_some_and(|v| v.to_str().unwrap().contains("max-age=")),
        "{:?}",
        r.headers
    );
    register(&mut c, "Amina Diallo", "amina@example.org").await;
    assert!(c.cookies.contains_key("__Host-convene_session"));
    assert!(!c.cookies.contains_key("convene_session"));
    let account = c.get("/en/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains("amina@example.org"));

    let plain = TestApp::new().await;
    let r = plain.client().get("/en/register").await;
    assert!(r.headers.get(header::STRICT_TRANSPORT_SECURITY).is_none());
    plain.finish().await;
    app.finish().await;
}

async fn sign_in_from(c: &mut common::Client<'_>, forwarded: &str, email: &str) -> StatusCode {
    if c.csrf().is_empty() {
        c.get("/en/signin").await;
    }
    let body: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("csrf", c.csrf().as_str()),
            ("email", email),
            ("password", "wrong password, again"),
        ])
        .finish();
    let r = c
        .send(
            Request::post("/en/signin")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("x-forwarded-for", forwarded),
            Body::from(body),
        )
        .await;
    r.status
}

#[tokio::test]
async fn behind_a_proxy_the_client_cannot_choose_its_address() {
    let mut app = TestApp::new().await;
    app.trust_proxy = true;
    let mut c = app.client();
    // The proxy appends the real peer (203.0.113.9); the client rotates what it writes
    // to the left. Each try names another account, so only the per-address limit counts.
    let mut limited = false;
    for i in 0..40 {
        let status = sign_in_from(
            &mut c,
            &format!("198.51.100.{i}, 203.0.113.9"),
            &format!("nobody{i}@example.org"),
        )
        .await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            limited = true;
            break;
        }
    }
    assert!(
        limited,
        "rotating X-Forwarded-For escaped the per-address limit"
    );
    // Another real client behind the same proxy is not affected.
    let mut other = app.client();
    let status = sign_in_from(&mut other, "203.0.113.10", "someone@example.org").await;
    assert_ne!(status, StatusCode::TOO_MANY_REQUESTS);
    app.finish().await;
}
