//! The one stylesheet, served at a URL that carries a hash of its content so browsers
//! may keep it forever and still see a new version the moment it changes; the icon and
//! the web app manifest, at the addresses browsers look for them.

use axum::extract::Path;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::sync::OnceLock;

const BASE_CSS: &str = include_str!("../static/convene.css");

/// The stylesheet: the hand-written rules, then the timetable's placement classes.
fn css() -> &'static str {
    static CSS: OnceLock<String> = OnceLock::new();
    CSS.get_or_init(|| format!("{BASE_CSS}{}", grid_rules()))
}

/// Classes that place a timetable cell: `grN` (row N), `gsN` (spans N rows), `gcN`
/// (column N), `gwN` (spans N columns). The policy forbids inline styles, so the page
/// names positions and the stylesheet, cached once, knows them all.
fn grid_rules() -> String {
    use convene_core::timetable::{FIRST_COLUMN, FIRST_ROW, MAX_LANES, MAX_ROWS};
    use std::fmt::Write;
    let mut out = String::from("/* Timetable placement, generated (assets.rs). */\n");
    for n in 1..FIRST_ROW + MAX_ROWS {
        let _ = write!(out, ".gr{n}{{grid-row-start:{n}}}");
    }
    for n in 1..=MAX_ROWS {
        let _ = write!(out, ".gs{n}{{grid-row-end:span {n}}}");
    }
    for n in 1..FIRST_COLUMN + MAX_LANES {
        let _ = write!(out, ".gc{n}{{grid-column-start:{n}}}");
    }
    for n in 1..FIRST_COLUMN + MAX_LANES {
        let _ = write!(out, ".gw{n}{{grid-column-end:span {n}}}");
    }
    out.push('\n');
    out
}

/// FNV-1a: tiny, stable across builds and platforms, enough to tell versions apart.
fn fingerprint(data: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:012x}", h & 0xffff_ffff_ffff)
}

pub fn stylesheet_href() -> &'static str {
    static HREF: OnceLock<String> = OnceLock::new();
    HREF.get_or_init(|| format!("/static/convene-{}.css", fingerprint(css())))
}

pub async fn stylesheet(Path(file): Path<String>) -> Response {
    if format!("/static/{file}") != stylesheet_href() {
        return StatusCode::NOT_FOUND.into_response();
    }
    (
        [
            (CONTENT_TYPE, "text/css; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        css(),
    )
        .into_response()
}

const ICON: &str = include_str!("../static/icon.svg");

/// The forum's icon, at `/favicon.svg` and where browsers ask for one unprompted
/// (`/favicon.ico`: an SVG there is understood, and a 404 would be logged as an error).
pub async fn icon() -> Response {
    (
        [
            (CONTENT_TYPE, "image/svg+xml"),
            (CACHE_CONTROL, "public, max-age=86400"),
        ],
        ICON,
    )
        .into_response()
}

/// The web app manifest: the forum's name and icon for "add to home screen".
pub async fn manifest(headers: axum::http::HeaderMap) -> Response {
    let accept = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = convene_i18n::negotiate(None, accept);
    let body = serde_json::json!({
        "name": convene_i18n::tr(lang, "site-name", None),
        "short_name": convene_i18n::tr(lang, "site-name", None),
        "description": convene_i18n::tr(lang, "site-description", None),
        "lang": lang,
        "dir": convene_i18n::direction_of(lang).as_str(),
        "start_url": format!("/{lang}/"),
        "scope": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": "#1d5c63",
        "icons": [{"src": "/favicon.svg", "sizes": "any", "type": "image/svg+xml"}],
    });
    (
        [
            (CONTENT_TYPE, "application/manifest+json"),
            (CACHE_CONTROL, "public, max-age=86400"),
        ],
        body.to_string(),
    )
        .into_response()
}
