//! A test client over the real router and a fresh database: keeps cookies like a
//! browser, fills in the CSRF token, reads mail the app "sent".
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use convene_store::testing::{ScratchDir, TestStore};
use http_body_util::BodyExt;
use std::collections::BTreeMap;
use tower::ServiceExt;

pub struct TestApp {
    pub db: TestStore,
    pub mail: ScratchDir,
    pub public_url: String,
    /// Serve as if behind the operator's proxy (`--trust-proxy`).
    pub trust_proxy: bool,
    /// Who may read `/metrics`.
    pub metrics_allow: Vec<ipnet::IpNet>,
    /// How often the page cache reads the change log (zero: on every request).
    pub cache_check: std::time::Duration,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_string))
            .collect()
    }
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_url("http://forum.test").await
    }

    pub async fn with_url(public_url: &str) -> Self {
        TestApp {
            db: TestStore::sqlite().await.unwrap(),
            mail: ScratchDir::new().unwrap(),
            public_url: public_url.into(),
            trust_proxy: false,
            metrics_allow: Vec::new(),
            cache_check: std::time::Duration::ZERO,
        }
    }

    pub fn store(&self) -> &dyn convene_store::Store {
        &*self.db.store
    }

    pub fn router(&self) -> Router {
        let options = convene_web::Options {
            public_url: self.public_url.clone(),
            trust_proxy: self.trust_proxy,
            mailer: convene_web::Mailer::folder(self.mail.0.clone(), "Convene <forum@test>")
                .unwrap(),
            bench_ceiling: false,
            page_cache: Some(self.cache_check),
            metrics_allow: self.metrics_allow.clone(),
        };
        convene_web::app(self.db.store.clone(), options)
    }

    pub fn client(&self) -> Client<'_> {
        Client {
            app: self,
            cookies: BTreeMap::new(),
            router: None,
        }
    }

    /// Bodies of every mail written so far.
    pub fn mails(&self) -> Vec<String> {
        let mut files: Vec<_> = std::fs::read_dir(&self.mail.0)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        files
            .iter()
            .map(|p| decode_quoted_printable(&std::fs::read_to_string(p).unwrap()))
            .collect()
    }

    pub async fn finish(self) {
        self.db.finish().await;
    }
}

/// Undo quoted-printable soft line breaks and escapes, as a mail client would.
fn decode_quoted_printable(raw: &str) -> String {
    let joined = raw.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub struct Client<'a> {
    app: &'a TestApp,
    pub cookies: BTreeMap<String, String>,
    /// One router kept across requests (as a server keeps its state); by default each
    /// request gets a fresh one.
    router: Option<Router>,
}

impl Client<'_> {
    pub fn with_router(mut self, router: Router) -> Self {
        self.router = Some(router);
        self
    }

    pub async fn send(&mut self, req: axum::http::request::Builder, body: Body) -> Reply {
        let cookie: Vec<String> = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let req = req.header(header::COOKIE, cookie.join("; "));
        let router = self.router.clone().unwrap_or_else(|| self.app.router());
        let res = router.oneshot(req.body(body).unwrap()).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        let reply = Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        };
        for c in reply.set_cookies() {
            let pair = c.split(';').next().unwrap_or("");
            if let Some((k, v)) = pair.split_once('=') {
                if v.is_empty() || c.contains("Max-Age=0") {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_string(), v.to_string());
                }
            }
        }
        reply
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        self.send(Request::get(path), Body::empty()).await
    }

    /// The token this client's forms carry: the CSRF cookie mirrors it (under its
    /// `__Host-` name over TLS).
    pub fn csrf(&self) -> String {
        self.cookies
            .get("convene_csrf")
            .or_else(|| self.cookies.get("__Host-convene_csrf"))
            .cloned()
            .unwrap_or_default()
    }

    /// Post a form as a browser would, with this client's CSRF token.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        if self.csrf().is_empty() {
            self.get("/en/").await;
        }
        let csrf = self.csrf();
        let mut all = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Post exactly these fields (no token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        self.send(
            Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
            Body::from(body),
        )
        .await
    }

    pub fn signed_in(&self) -> bool {
        self.cookies.contains_key("convene_session")
            || self.cookies.contains_key("__Host-convene_session")
    }
}

pub const PASSWORD: &str = "a long enough password";

pub fn registration<'a>(name: &'a str, email: &'a str, group: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("display_name", name),
        ("email", email),
        ("stakeholder_group", group),
        ("country", "KE"),
        ("affiliation", "Example Org"),
        ("gender", "woman"),
        ("languages", "en"),
        ("languages", "fr"),
        ("languages_other", "sw"),
        ("ui_lang", "en"),
        ("password", PASSWORD),
        ("coc", "yes"),
    ]
}

/// Register through the form and return the new participant's id.
pub async fn register(client: &mut Client<'_>, name: &str, email: &str) -> i64 {
    let r = client
        .post("/en/register", &registration(name, email, "civil-society"))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        r.location().ends_with("done=check-mail"),
        "{}",
        r.location()
    );
    confirm_from_mail(client, email).await
}

/// The token of the newest confirmation link mailed to `email`, if any.
pub fn confirmation_token(app: &TestApp, email: &str) -> Option<String> {
    app.mails()
        .into_iter()
        .rev()
        .filter(|m| m.contains(email))
        .find_map(|m| {
            let (_, rest) = m.split_once("/confirm/")?;
            let token: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            Some(token)
        })
}

/// Follow the confirmation link mailed to `email` and return the account's id; the
/// client is then signed in.
pub async fn confirm_from_mail(client: &mut Client<'_>, email: &str) -> i64 {
    let token = confirmation_token(client.app, email).expect("a confirmation mail");
    let r = client.post(&format!("/en/confirm/{token}"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location().rsplit('/').next().unwrap().parse().unwrap()
}

/// A coalition made straight in the store, titled after its slug and founded (so
/// coordinated) by `founder`; returns its id.
pub async fn coalition(app: &TestApp, slug: &str, founder: i64) -> i64 {
    app.store()
        .create_coalition(&convene_core::model::NewCoalition {
            slug: slug.into(),
            text: convene_core::model::NewText {
                lang: "en".into(),
                title: slug.to_uppercase(),
                body_md: "x".into(),
            },
            founder_id: founder,
            founded_year: None,
        })
        .await
        .unwrap()
}
