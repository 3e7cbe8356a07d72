//! Policy topics: the taxonomy, and per topic everything tagged with it, so that a
//! watcher following (say) patents sees every coalition and discussion, year by year.

use crate::display;
use crate::error::{OrPage, PageError};
use crate::layout::{Alternates, Head};
use crate::routes::pages::{content, content_tools_for, notice};
use crate::shared_reads::SharedBody;
use crate::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use convene_core::model::{FollowKind, Topic};
use maud::{html, Markup};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/topics", get(index))
        .route("/{lang}/topics/{slug}", get(topic))
}

/// The mandate points a topic serves, in the reader's language.
fn mandate(ctx: &Ctx, t: &Topic) -> Markup {
    html! {
        ul.mandate {
            @for p in &t.mandate_points {
                li { (ctx.t(&format!("mandate-{p}"))) }
            }
        }
    }
}

/// Links to topics, for coalition and thread pages.
pub fn topic_links(ctx: &Ctx, topics: &[Topic]) -> Markup {
    html! {
        @if !topics.is_empty() {
            p.topics {
                (ctx.t("topics-label")) " "
                @for (i, t) in topics.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(ctx.href(&format!("/topics/{}", t.slug))) { (display::title(ctx, &t.name)) }
                }
            }
        }
    }
}

/// Checkboxes for tagging, in forms.
pub fn topic_choices(ctx: &Ctx, topics: &[Topic], chosen: &[String]) -> Markup {
    html! {
        fieldset.field {
            legend { (ctx.t("field-topics")) }
            ul.checks {
                @for t in topics {
                    li { label {
                        input type="checkbox" name="topics" value=(t.slug) checked[chosen.contains(&t.slug)];
                        " " (display::title(ctx, &t.name))
                    } }
                }
            }
        }
    }
}

async fn index(ctx: Ctx, State(app): State<AppState>) -> Result<Response, PageError> {
    let topics = app.store.topics(ctx.code()).await.or_page(&ctx)?;
    let title = ctx.t("topics-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("topics-intro")) }
        ul.list {
            @for t in &topics {
                li {
                    a href=(ctx.href(&format!("/topics/{}", t.slug))) { b { (display::title(&ctx, &t.name)) } }
                    (mandate(&ctx, t))
                }
            }
        }
    };
    let head = Head {
        title: &title,
        noindex: false,
        alternates: Alternates::AllLocales,
        description: None,
    };
    Ok(ctx.page(head, body))
}

async fn topic(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> Result<Response, PageError> {
    // The same for every reader: rendered once per change (see shared_reads.rs).
    let key = format!("topic/{slug}/{}", ctx.code());
    let shared = app
        .bodies
        .get(&app, key, || topic_body(&ctx, &app, &slug))
        .await?;
    // Above it, what is the reader's own: the translation tools (editing by role) and the
    // watch form, the watcher's main use of the forum.
    let Some((topic, text)) = &shared.subject else {
        return Err(ctx.not_found());
    };
    // No coalition owns a topic's text.
    let tools = content_tools_for(&ctx, text, &[]);
    let level = match &ctx.viewer {
        Some(me) => app
            .store
            .watch(me.id, FollowKind::Topic, *topic)
            .await
            .or_page(&ctx)?,
        None => None,
    };
    let watch = crate::routes::follow::watch_form(&ctx, FollowKind::Topic, *topic, level);
    Ok(shared.page_with(&ctx, html! { (tools) (watch) }))
}

async fn topic_body(ctx: &Ctx, app: &AppState, slug: &str) -> Result<SharedBody, PageError> {
    let t = app
        .store
        .topic_by_slug(slug, ctx.code())
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let text = app
        .store
        .localized(t.text_id, ctx.code())
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let coalitions = app
        .store
        .topic_coalitions(t.id, ctx.code())
        .await
        .or_page(ctx)?;
    let threads = app.store.topic_threads(t.id, 60).await.or_page(ctx)?;
    let outputs = app
        .store
        .topic_outputs(t.id, ctx.code())
        .await
        .or_page(ctx)?;
    // Outputs by the year they report on, newest first.
    let mut output_years: Vec<(i64, Vec<&convene_core::model::Output>)> = Vec::new();
    for o in &outputs {
        match output_years.last_mut() {
            Some((y, list)) if *y == o.year => list.push(o),
            _ => output_years.push((o.year, vec![o])),
        }
    }
    let sessions = app
        .store
        .topic_sessions(t.id, ctx.code(), 60)
        .await
        .or_page(ctx)?;
    let mut session_years: Vec<(i64, Vec<&convene_core::programme::Proposal>)> = Vec::new();
    for s in &sessions {
        match session_years.last_mut() {
            Some((y, list)) if *y == s.year => list.push(s),
            _ => session_years.push((s.year, vec![s])),
        }
    }
    // Discussions grouped by the year they started: the topic followed across the years.
    let mut years: Vec<(i64, Vec<&convene_core::model::Thread>)> = Vec::new();
    for th in &threads {
        let year = convene_core::date::civil_from_unix(th.created_at).0;
        match years.last_mut() {
            Some((y, list)) if *y == year => list.push(th),
            _ => years.push((year, vec![th])),
        }
    }
    let body = html! {
        (notice(ctx, &text, &format!("/topics/{slug}")))
        (content(&text))
        h2 { (ctx.t("topic-mandate")) }
        (mandate(ctx, &t))
        h2 { (ctx.t("home-coalitions")) }
        @if coalitions.is_empty() { p { (ctx.t("home-coalitions-empty")) } }
        ul.list {
            @for c in &coalitions {
                li { a href=(ctx.href(&format!("/coalitions/{}", c.slug))) { (display::title(ctx, &c.name)) } }
            }
        }
        h2 { (ctx.t("outputs-title")) }
        @if outputs.is_empty() { p { (ctx.t("outputs-none")) } }
        @for (year, list) in &output_years {
            h3 { (year) }
            ul.list {
                @for o in list {
                    li {
                        a href=(ctx.href(&format!("/outputs/{}", o.id))) { (display::title(ctx, &o.title)) }
                        " " span.meta { (ctx.t(&format!("output-kind-{}", o.kind))) }
                    }
                }
            }
        }
        h2 { (ctx.t("topic-sessions")) }
        @if sessions.is_empty() { p { (ctx.t("topic-sessions-none")) } }
        @for (year, list) in &session_years {
            h3 { a href=(ctx.href(&format!("/meetings/{year}/agenda?topic={slug}"))) { (ctx.t("meeting-label")) " " (year) } }
            ul.list {
                @for s in list {
                    li {
                        a href=(ctx.href(&format!("/sessions/{}", s.id))) { (display::title(ctx, &s.title)) }
                        @if let Some(k) = s.fields.session_type { " " span.meta { (ctx.t(&format!("session-type-{}", k.code()))) } }
                    }
                }
            }
        }
        h2 { (ctx.t("coalition-discussions")) }
        @if threads.is_empty() { p { (ctx.t("home-threads-empty")) } }
        @for (year, list) in &years {
            h3 { (year) }
            ul.list {
                @for th in list {
                    li {
                        a href=(ctx.href(&format!("/threads/{}", th.id))) lang=(th.lang) { (th.title) }
                        " " span.meta { (display::count(ctx, "thread-posts", th.post_count)) }
                    }
                }
            }
        }
    };
    Ok(SharedBody {
        title: text.title().to_string(),
        noindex: !text.state().indexable(),
        langs: Some(text.available.clone()),
        description: Some(text.summary()),
        subject: Some((t.id, text.clone())),
        body,
    })
}
