//! Everything a page handler knows about the request: the reader's language, who they
//! are (from the session cookie, checked against the database), their CSRF token and
//! their address for rate limits. Permission checks go through here to the core rules.

use crate::error::{AppError, PageError};
use crate::layout::{self, Head};
use crate::locale::{FluentValueArg, Locale};
use crate::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use convene_core::model::Participant;
use convene_core::permissions::{decide, Action, Actor, Decision};
use convene_core::secrets::{new_token, token_hash};
use maud::Markup;
use std::net::SocketAddr;

pub const SESSION_COOKIE: &str = "convene_session";
pub const CSRF_COOKIE: &str = "convene_csrf";

/// A cookie's name as set and read: over TLS with the `__Host-` prefix, which browsers
/// accept only from a secure origin, for the whole host, with no Domain, so a sibling
/// subdomain cannot plant one.
pub fn cookie_name(name: &'static str, secure: bool) -> std::borrow::Cow<'static, str> {
    if secure {
        format!("__Host-{name}").into()
    } else {
        name.into()
    }
}

/// The CSRF token of a signed-in reader, derived from their session's secret: a token
/// planted in a cookie, or taken from another session, never matches it.
pub fn session_csrf(session_token: &str) -> String {
    token_hash(&format!("csrf:{session_token}"))
}

/// The token a request's forms must carry: bound to the session when there is one,
/// else the anonymous reader's own random cookie (sign-in and registration forms).
pub fn expected_csrf(headers: &HeaderMap, secure: bool) -> Option<String> {
    match cookie_in(headers, &cookie_name(SESSION_COOKIE, secure)).filter(|t| is_token(t)) {
        Some(session) => Some(session_csrf(session)),
        None => cookie_in(headers, &cookie_name(CSRF_COOKIE, secure))
            .filter(|t| is_token(t))
            .map(str::to_string),
    }
}
/// Sessions last thirty days.
pub const SESSION_SECONDS: i64 = 30 * 24 * 3600;

#[derive(Debug, Clone)]
pub struct Ctx {
    pub loc: Locale,
    pub viewer: Option<Participant>,
    pub csrf: String,
    fresh_csrf: bool,
    pub client_ip: String,
    pub secure: bool,
    /// The session cookie's token, needed to end the session on sign-out.
    pub session_token: Option<String>,
    /// Unread notifications of the signed-in reader, for the header.
    pub unread: i64,
    /// The forum's public address without a trailing slash, for absolute links.
    pub base: std::sync::Arc<str>,
}

pub fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    cookie_in(&parts.headers, name)
}

fn cookie_in<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn is_token(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn cookie_value(
    name: &'static str,
    value: &str,
    max_age: Option<i64>,
    secure: bool,
) -> Option<HeaderValue> {
    let name = cookie_name(name, secure);
    let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        c.push_str("; Secure");
    }
    HeaderValue::from_str(&c).ok()
}

/// The cookies a rendered page would give this reader: a CSRF token if they have none,
/// and the page's language if it is not the one remembered. For pages served from the
/// page cache, which keeps no one's cookies.
pub fn reader_cookies(headers: &HeaderMap, path: &str, secure: bool) -> Vec<HeaderValue> {
    let mut out = Vec::new();
    if !cookie_in(headers, &cookie_name(CSRF_COOKIE, secure)).is_some_and(is_token) {
        out.extend(cookie_value(CSRF_COOKIE, &new_token(), None, secure));
    }
    let lang = path.trim_start_matches('/').split('/').next().unwrap_or("");
    if convene_i18n::is_supported(lang)
        && cookie_in(headers, crate::locale::LANG_COOKIE) != Some(lang)
    {
        out.extend(crate::locale::lang_cookie(lang));
    }
    out
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Response> {
        // Several extractors of one request need it: look the session up once.
        if let Some(ctx) = parts.extensions.get::<Ctx>() {
            return Ok(ctx.clone());
        }
        let ctx = Self::read(parts, app).await?;
        parts.extensions.insert(ctx.clone());
        Ok(ctx)
    }
}

impl Ctx {
    async fn read(parts: &mut Parts, app: &AppState) -> Result<Self, Response> {
        let loc = Locale::from_request_parts(parts, app).await?;
        let secure = app.options.secure_cookies();
        let mut viewer = None;
        let session_token = cookie(parts, &cookie_name(SESSION_COOKIE, secure))
            .filter(|t| is_token(t))
            .map(str::to_string);
        let mut unread = 0;
        if let Some(token) = session_token.as_deref() {
            // The reader and their unread count in one query: every signed-in page needs both.
            match app
                .store
                .session_reader(&token_hash(token), convene_core::date::now())
                .await
            {
                Ok(found) => {
                    if let Some((p, n)) = found {
                        viewer = Some(p);
                        unread = n;
                    }
                }
                // Reading pages must not fail because sessions cannot be checked.
                Err(e) => tracing::warn!(error = %e, "session lookup failed"),
            }
        }
        let (csrf, fresh_csrf) = match expected_csrf(&parts.headers, secure) {
            Some(t) => (t, false),
            None => (new_token(), true),
        };
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        let client_ip = client_address(&parts.headers, peer, app.options.trust_proxy)
            .map_or_else(|| "unknown".into(), |ip| ip.to_string());
        Ok(Ctx {
            loc,
            viewer,
            csrf,
            fresh_csrf,
            client_ip,
            secure,
            session_token,
            unread,
            base: app.base.clone(),
        })
    }
}

/// The address a request came from, for rate limits. Behind the operator's own proxy
/// (`--trust-proxy`), it is the right-most `X-Forwarded-For` entry: the one that proxy
/// appended. Entries to its left were written by the client and prove nothing.
pub fn client_address(
    headers: &HeaderMap,
    peer: Option<std::net::IpAddr>,
    trust_proxy: bool,
) -> Option<std::net::IpAddr> {
    if trust_proxy {
        // The last entry of the last header; if the proxy wrote something unreadable
        // there, fall back to the peer rather than trust an entry further left.
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .next_back()
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|v| v.trim().parse::<std::net::IpAddr>().ok());
        if forwarded.is_some() {
            return forwarded;
        }
    }
    peer
}

impl Ctx {
    pub fn code(&self) -> &'static str {
        self.loc.code
    }

    pub fn t(&self, id: &str) -> String {
        self.loc.t(id)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, FluentValueArg)]) -> String {
        self.loc.t_args(id, args)
    }

    pub fn href(&self, rest: &str) -> String {
        self.loc.href(rest)
    }

    pub fn actor(&self) -> Actor {
        self.viewer
            .as_ref()
            .map_or(Actor::Anonymous, Participant::actor)
    }

    pub fn fail(&self, error: AppError) -> PageError {
        PageError {
            ctx: Box::new(self.clone()),
            error,
        }
    }

    pub fn not_found(&self) -> PageError {
        self.fail(AppError::NotFound)
    }

    /// Check a permission in the core; anonymous readers are sent to sign in first.
    pub fn require(&self, action: Action<'_>) -> Result<(), PageError> {
        match decide(self.actor(), action) {
            Decision::Allow => Ok(()),
            Decision::SignInFirst => Err(self.fail(AppError::SignIn)),
            Decision::Forbidden => Err(self.fail(AppError::Forbidden)),
        }
    }

    /// The signed-in participant, or a redirect to sign in.
    pub fn signed_in(&self) -> Result<&Participant, PageError> {
        self.viewer
            .as_ref()
            .ok_or_else(|| self.fail(AppError::SignIn))
    }

    fn cookie_header(
        &self,
        name: &'static str,
        value: &str,
        max_age: Option<i64>,
    ) -> Option<HeaderValue> {
        cookie_value(name, value, max_age, self.secure)
    }

    /// Language and CSRF cookies every page needs.
    pub fn finish(&self, response: Response) -> Response {
        let mut response = self.loc.finish(response);
        if self.fresh_csrf {
            if let Some(v) = self.cookie_header(CSRF_COOKIE, &self.csrf, None) {
                response.headers_mut().append(SET_COOKIE, v);
            }
        }
        response
    }

    /// A new session cookie (signing in), or its removal (signing out).
    pub fn with_session(&self, mut response: Response, token: Option<&str>) -> Response {
        let header = match token {
            Some(t) => self.cookie_header(SESSION_COOKIE, t, Some(SESSION_SECONDS)),
            None => self.cookie_header(SESSION_COOKIE, "", Some(0)),
        };
        if let Some(v) = header {
            response.headers_mut().append(SET_COOKIE, v);
        }
        // A fresh CSRF token with every change of identity; while signed in, forms carry
        // the one derived from the session, mirrored here.
        let csrf = token.map_or_else(new_token, session_csrf);
        if let Some(v) = self.cookie_header(CSRF_COOKIE, &csrf, None) {
            response.headers_mut().append(SET_COOKIE, v);
        }
        response
    }

    /// A page; one rendered for nobody in particular, with no form token in it, is
    /// marked so the page cache may share it with other anonymous readers.
    pub fn page(&self, head: Head<'_>, body: Markup) -> Response {
        self.page_with(axum::http::StatusCode::OK, head, body)
    }

    /// A page with a status other than 200 (a form with errors answers 422).
    pub fn page_with(
        &self,
        status: axum::http::StatusCode,
        head: Head<'_>,
        body: Markup,
    ) -> Response {
        let html = layout::page(self, head, body).into_string();
        let shareable = self.viewer.is_none() && !html.contains(&self.csrf);
        let mut response = self.finish((status, maud::PreEscaped(html)).into_response());
        if shareable {
            response
                .extensions_mut()
                .insert(crate::page_cache::Shareable);
        }
        response
    }
}
