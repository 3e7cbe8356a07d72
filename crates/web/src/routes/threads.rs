//! A discussion thread, read-only for now, paged by post id so long threads stay fast.

use crate::display;
use crate::error::{OrPage, PageError};
use crate::layout::{Alternates, Head};
use crate::{AppState, Ctx};
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use convene_i18n::direction_of;
use maud::{html, PreEscaped};

const PAGE_SIZE: i64 = 50;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/threads/{id}", get(thread))
}

/// `?after=N`: the post id the page starts after. Anything unreadable starts at the top.
fn after(query: Option<&str>) -> i64 {
    query
        .unwrap_or("")
        .split('&')
        .find_map(|kv| kv.strip_prefix("after="))
        .and_then(|v| v.parse().ok())
        .filter(|n: &i64| *n >= 0)
        .unwrap_or(0)
}

async fn thread(
    ctx: Ctx,
    Path((_, id)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    State(app): State<AppState>,
) -> Result<Response, PageError> {
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    let t = app.store.thread(id).await.or_page(&ctx)?;
    let t = t.ok_or_else(|| ctx.not_found())?;
    let after = after(query.as_deref());
    // One extra post tells whether a next page exists.
    let mut posts = app
        .store
        .posts(id, after, PAGE_SIZE + 1)
        .await
        .or_page(&ctx)?;
    let more = posts.len() as i64 > PAGE_SIZE;
    posts.truncate(PAGE_SIZE as usize);
    let body = html! {
        h1 lang=(t.lang) dir=(direction_of(&t.lang).as_str()) { (t.title) }
        p.meta { (display::count(&ctx, "thread-posts", t.post_count)) }
        @for p in &posts {
            article.post id=(format!("post-{}", p.id)) {
                p { (display::voice(&ctx, &p.author)) " · " a href=(format!("#post-{}", p.id)) { (display::date(&ctx, p.created_at)) } }
                div lang=(p.lang) dir=(direction_of(&p.lang).as_str()) { (PreEscaped(&p.body_html)) }
            }
        }
        @if more {
            @if let Some(last) = posts.last() {
                p { a rel="next" href=(ctx.href(&format!("/threads/{id}?after={}", last.id))) { (ctx.t("thread-next-page")) } }
            }
        }
    };
    let head = Head {
        title: &t.title,
        noindex: false,
        alternates: Alternates::AllLocales,
    };
    Ok(ctx.page(head, body))
}
