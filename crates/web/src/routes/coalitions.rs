//! Dynamic Coalitions, read-only for now: mission, members with who they speak for, and
//! the coalition's discussions. Open archives: readable without signing in.

use crate::display;
use crate::error::{OrPage, PageError};
use crate::layout::{Alternates, Head};
use crate::routes::pages::{content, notice};
use crate::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use convene_core::model::MemberRole;
use maud::html;

/// Members shown on the coalition page; a full, paged list comes with the coalitions work.
const MEMBERS_SHOWN: i64 = 100;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/coalitions/{slug}", get(coalition))
}

async fn coalition(
    ctx: Ctx,
    Path((_, slug)): Path<(String, String)>,
    State(app): State<AppState>,
) -> Result<Response, PageError> {
    let c = app
        .store
        .coalition_by_slug(&slug, ctx.code())
        .await
        .or_page(&ctx)?;
    let c = c.ok_or_else(|| ctx.not_found())?;
    let text = app
        .store
        .localized(c.text_id, ctx.code())
        .await
        .or_page(&ctx)?;
    let text = text.ok_or_else(|| ctx.not_found())?;
    let members = app
        .store
        .members(c.id, 0, MEMBERS_SHOWN)
        .await
        .or_page(&ctx)?;
    let threads = app
        .store
        .recent_threads(Some(c.id), 20)
        .await
        .or_page(&ctx)?;
    let tools = crate::routes::pages::content_tools(&ctx, &app, &text).await?;
    let body = html! {
        (notice(&ctx, &text, &format!("/coalitions/{slug}")))
        (content(&text))
        (tools)
        h2 { (ctx.t("coalition-discussions")) }
        @if threads.is_empty() { p { (ctx.t("home-threads-empty")) } }
        ul.list {
            @for t in &threads {
                li {
                    a href=(ctx.href(&format!("/threads/{}", t.id))) lang=(t.lang) { (t.title) }
                    " " span.meta { (display::count(&ctx, "thread-posts", t.post_count)) " · " (display::date(&ctx, t.last_post_at)) }
                }
            }
        }
        h2 { (ctx.t("coalition-members-heading")) " " span.meta { "(" (display::count(&ctx, "coalition-members", c.member_count)) ")" } }
        ul.list {
            @for m in &members {
                li {
                    (display::voice(&ctx, &m.voice))
                    @if m.role == MemberRole::Coordinator { " · " em { (ctx.t("coalition-coordinator")) } }
                }
            }
        }
    };
    let head = Head {
        title: text.title(),
        noindex: !text.state().indexable(),
        alternates: Alternates::Only(&text.available),
    };
    Ok(ctx.page(head, body))
}
