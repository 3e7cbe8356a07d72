//! The home page: what the forum is, its yearly meetings, coalitions and discussions.

use super::to_language;
use crate::display;
use crate::error::{OrPage, PageError};
use crate::layout::{self, Alternates, Head};
use crate::locale::FluentValueArg;
use crate::{AppState, Locale};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use maud::html;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(to_language))
        .route("/{lang}/", get(home))
}

async fn home(loc: Locale, State(app): State<AppState>) -> Result<Response, PageError> {
    let editions = app.store.editions(loc.code).await.or_page(&loc)?;
    let coalitions = app.store.coalitions(loc.code).await.or_page(&loc)?;
    let threads = app.store.recent_threads(None, 10).await.or_page(&loc)?;
    let title = loc.t("home-title");
    let body = html! {
        h1 { (loc.t("site-tagline")) }
        p { (loc.t("home-intro")) }
        p { a href=(loc.href("/pages/about")) { (loc.t("home-read-about")) } }

        h2 { (loc.t("home-meetings")) }
        @if editions.is_empty() { p { (loc.t("home-meetings-empty")) } }
        ul.list {
            @for e in &editions {
                li {
                    b { (e.year) } " · " (display::title(&loc, &e.theme)) br;
                    span.meta {
                        (loc.t_args("meeting-place", &[
                            ("city", FluentValueArg::Str(e.city.clone())),
                            ("country", FluentValueArg::Str(display::country(&e.host_country))),
                        ]))
                        " · "
                        (loc.t_args("meeting-dates", &[
                            ("start", FluentValueArg::Str(e.starts_on.clone())),
                            ("end", FluentValueArg::Str(e.ends_on.clone())),
                        ]))
                    }
                }
            }
        }

        h2 { (loc.t("home-coalitions")) }
        p { (loc.t("home-coalitions-intro")) }
        @if coalitions.is_empty() { p { (loc.t("home-coalitions-empty")) } }
        ul.list {
            @for c in &coalitions {
                li {
                    a href=(loc.href(&format!("/coalitions/{}", c.slug))) { (display::title(&loc, &c.name)) }
                    " " span.meta { (display::count(&loc, "coalition-members", c.member_count)) }
                }
            }
        }

        h2 { (loc.t("home-threads")) }
        @if threads.is_empty() { p { (loc.t("home-threads-empty")) } }
        ul.list {
            @for t in &threads {
                li {
                    a href=(loc.href(&format!("/threads/{}", t.id))) lang=(t.lang) { (t.title) }
                    " " span.meta { (display::count(&loc, "thread-posts", t.post_count)) " · " (display::date(t.last_post_at)) }
                }
            }
        }
    };
    let head = Head {
        title: &title,
        noindex: false,
        alternates: Alternates::AllLocales,
    };
    Ok(loc.finish(layout::page(&loc, head, body).into_response()))
}
