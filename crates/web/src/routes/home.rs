//! The home page: what the forum is, its yearly meetings, coalitions and discussions.

use super::to_language;
use crate::display;
use crate::error::{OrPage, PageError};
use crate::locale::FluentValueArg;
use crate::shared_reads::SharedBody;
use crate::{AppState, Ctx};
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use maud::html;

/// Coalitions on the home page, largest first; the directory lists them all.
const HOME_COALITIONS: i64 = 12;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(to_language))
        .route("/{lang}/", get(home))
}

async fn home(ctx: Ctx, State(app): State<AppState>) -> Result<Response, PageError> {
    // The same for every reader: rendered once per change (see shared_reads.rs).
    let key = format!("home/{}", ctx.code());
    let shared = app.bodies.get(&app, key, || home_body(&ctx, &app)).await?;
    Ok(shared.page(&ctx))
}

async fn home_body(ctx: &Ctx, app: &AppState) -> Result<SharedBody, PageError> {
    let editions = app.store.editions(ctx.code()).await.or_page(ctx)?;
    let coalitions = app
        .store
        .largest_coalitions(ctx.code(), HOME_COALITIONS + 1)
        .await
        .or_page(ctx)?;
    let more = coalitions.len() as i64 > HOME_COALITIONS;
    let threads = app.store.recent_threads(None, 10).await.or_page(ctx)?;
    let title = ctx.t("home-title");
    let body = html! {
        h1 { (ctx.t("site-tagline")) }
        p { (ctx.t("home-intro")) }
        p { a href=(ctx.href("/pages/about")) { (ctx.t("home-read-about")) } }

        h2 { (ctx.t("home-meetings")) }
        @if editions.is_empty() { p { (ctx.t("home-meetings-empty")) } }
        ul.list {
            @for e in &editions {
                li {
                    a href=(ctx.href(&format!("/meetings/{}", e.year))) { b { (e.year) } " · " (display::title(ctx, &e.theme)) } br;
                    span.meta {
                        (ctx.t_args("meeting-place", &[
                            ("city", FluentValueArg::Str(e.city.clone())),
                            ("country", FluentValueArg::Str(display::country(ctx, &e.host_country))),
                        ]))
                        " · "
                        (ctx.t_args("meeting-dates", &[
                            ("start", FluentValueArg::Str(convene_i18n::format::date(ctx.code(), &e.starts_on))),
                            ("end", FluentValueArg::Str(convene_i18n::format::date(ctx.code(), &e.ends_on))),
                        ]))
                    }
                }
            }
        }

        h2 { (ctx.t("home-coalitions")) }
        p { (ctx.t("home-coalitions-intro")) }
        @if coalitions.is_empty() { p { (ctx.t("home-coalitions-empty")) } }
        ul.list {
            @for c in coalitions.iter().take(HOME_COALITIONS as usize) {
                li {
                    a href=(ctx.href(&format!("/coalitions/{}", c.slug))) { (display::title(ctx, &c.name)) }
                    " " span.meta { (display::count(ctx, "coalition-members", c.member_count)) }
                }
            }
        }
        @if more { p { a href=(ctx.href("/coalitions")) { (ctx.t("home-coalitions-all")) } } }

        h2 { (ctx.t("home-threads")) }
        @if threads.is_empty() { p { (ctx.t("home-threads-empty")) } }
        ul.list {
            @for t in &threads {
                li {
                    a href=(ctx.href(&format!("/threads/{}", t.id))) lang=(t.lang) { (t.title) }
                    " " span.meta { (display::count(ctx, "thread-posts", t.post_count)) " · " (display::date(ctx, t.last_post_at)) }
                }
            }
        }
    };
    Ok(SharedBody {
        title,
        noindex: false,
        langs: None,
        description: None,
        subject: None,
        body,
    })
}
