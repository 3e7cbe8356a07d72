//! The reader's language. Every page lives under `/{lang}/…`; a request for a path
//! without a supported language is redirected (303) to one chosen by cookie, then
//! Accept-Language, then the site default.

use axum::extract::FromRequestParts;
use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, COOKIE, LOCATION, SET_COOKIE, VARY};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use convene_i18n::{direction_of, is_supported, negotiate, tr, Direction, FluentArgs, LOCALES};

/// The cookie that remembers the last interface language a reader chose.
pub const LANG_COOKIE: &str = "convene_lang";

#[derive(Debug, Clone)]
pub struct Locale {
    /// A supported interface locale code.
    pub code: &'static str,
    /// The request path after the language segment, starting with `/`.
    pub rest: String,
    /// Whether the reader's cookie already names this language.
    remembered: bool,
}

impl Locale {
    pub fn dir(&self) -> Direction {
        direction_of(self.code)
    }

    pub fn t(&self, id: &str) -> String {
        tr(self.code, id, None)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, FluentValueArg)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v {
                FluentValueArg::Str(s) => fa.set(*k, s.clone()),
                FluentValueArg::Num(n) => fa.set(*k, *n),
            }
        }
        tr(self.code, id, Some(&fa))
    }

    /// A language's name in this locale.
    pub fn language_name(&self, code: &str) -> String {
        self.t_args(
            "language-name",
            &[("code", FluentValueArg::Str(code.to_string()))],
        )
    }

    /// A path in this locale.
    pub fn href(&self, rest: &str) -> String {
        format!("/{}{}", self.code, rest)
    }

    /// Headers every localized page carries; remembers the language when it changed.
    pub fn finish(&self, mut response: Response) -> Response {
        let headers = response.headers_mut();
        headers.insert(CONTENT_LANGUAGE, HeaderValue::from_static(self.code));
        if !self.remembered {
            if let Some(v) = lang_cookie(self.code) {
                headers.append(SET_COOKIE, v);
            }
        }
        response
    }
}

/// Remembers the reader's language for a year.
pub fn lang_cookie(code: &str) -> Option<HeaderValue> {
    HeaderValue::from_str(&format!(
        "{LANG_COOKIE}={code}; Path=/; Max-Age=31536000; SameSite=Lax"
    ))
    .ok()
}

/// An argument for a message: text or a number (numbers select plural forms).
#[derive(Debug, Clone)]
pub enum FluentValueArg {
    Str(String),
    Num(i64),
}

fn cookie_lang(parts: &Parts) -> Option<&str> {
    parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == LANG_COOKIE)
        .map(|(_, v)| v)
}

fn first_segment(path: &str) -> (&str, &str) {
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    match trimmed.find('/') {
        Some(i) => (&trimmed[..i], &trimmed[i..]),
        None => (trimmed, ""),
    }
}

/// A segment shaped like a language code we do not serve (`pt`, `pt-BR`), which is
/// replaced rather than kept when redirecting.
fn looks_like_language(segment: &str) -> bool {
    let mut parts = segment.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Where a request without a (supported) language should go.
pub fn redirect_to_language(parts: &Parts) -> Response {
    let accept = parts
        .headers
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = negotiate(cookie_lang(parts), accept);
    let path = parts.uri.path();
    let (first, rest) = first_segment(path);
    let rest = if looks_like_language(first) {
        if rest.is_empty() {
            "/"
        } else {
            rest
        }
    } else {
        path
    };
    let mut target = format!("/{lang}{rest}");
    if let Some(q) = parts.uri.query() {
        target.push('?');
        target.push_str(q);
    }
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&target) {
        headers.insert(LOCATION, v);
    }
    headers.insert(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    response
}

impl<S: Send + Sync> FromRequestParts<S> for Locale {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Response> {
        let (first, rest) = first_segment(parts.uri.path());
        match LOCALES.iter().find(|(code, _)| *code == first) {
            Some((code, _)) if is_supported(code) => Ok(Locale {
                code,
                rest: if rest.is_empty() {
                    "/".into()
                } else {
                    rest.into()
                },
                remembered: cookie_lang(parts) == Some(*code),
            }),
            _ => Err(redirect_to_language(parts)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments() {
        assert_eq!(first_segment("/en/pages/about"), ("en", "/pages/about"));
        assert_eq!(first_segment("/en"), ("en", ""));
        assert_eq!(first_segment("/"), ("", ""));
        assert!(looks_like_language("pt"));
        assert!(looks_like_language("pt-BR"));
        assert!(!looks_like_language("pages"));
        assert!(!looks_like_language("healthz"));
    }
}
