//! Coalition outputs: yearly reports, thematic papers and statements, published by the
//! coordinators in versions, each carrying the dissenting views members sign. A dissent
//! by a new account may wait for review; moderators and the coalition's coordinators may
//! hide one with a logged reason, but a hidden dissent still shows that it existed and why.

use crate::display;
use crate::error::{AppError, OrPage, PageError};
use crate::extract::Form;
use crate::extract::Me;
use crate::form::{self, csrf_field, error_summary, FormData, Input};
use crate::layout::{Alternates, Head};
use crate::locale::FluentValueArg;
use crate::routes::pages::{content, content_tools, notice};
use crate::{AppState, Ctx};
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::account::FieldError;
use convene_core::markdown::to_safe_html;
use convene_core::model::{CoalitionId, ParticipantId};
use convene_core::model::{NewOutput, NewText, Topic};
use convene_core::permissions::{decide, Action, Decision};
use convene_i18n::direction_of;
use maud::{html, Markup, PreEscaped};

pub const KINDS: &[&str] = &["yearly-report", "thematic-paper", "statement"];

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/coalitions/{slug}/outputs", post(publish))
        .route("/{lang}/outputs/{id}", get(output))
        .route("/{lang}/outputs/{id}/dissent", post(dissent))
}

/// The publishing form shown to a coalition's coordinators, with every topic to tag the
/// output with and the coalition's own topics chosen.
pub fn publish_form(
    ctx: &Ctx,
    slug: &str,
    topics: &[Topic],
    chosen: &[Topic],
    errors: &[FieldError],
) -> Markup {
    let chosen: Vec<String> = chosen.iter().map(|t| t.slug.clone()).collect();
    let year = convene_core::date::civil_from_unix(convene_core::date::now()).0;
    html! {
        details.publish {
            summary { (ctx.t("output-publish-title")) }
            (error_summary(ctx, errors))
            form.stack method="post" action=(ctx.href(&format!("/coalitions/{slug}/outputs"))) novalidate {
                (csrf_field(ctx))
                div.field {
                    label for="kind" { (ctx.t("field-kind")) }
                    select #kind name="kind" {
                        @for k in KINDS { option value=(k) { (ctx.t(&format!("output-kind-{k}"))) } }
                    }
                }
                (form::input(ctx, Input::new("year", "number", &year.to_string()), errors))
                (form::input(ctx, Input::new("title", "text", ""), errors))
                (form::textarea(ctx, "body", "", true, errors))
                @if !topics.is_empty() { (crate::routes::topics::topic_choices(ctx, topics, &chosen)) }
                button type="submit" { (ctx.t("output-publish-submit")) }
            }
        }
    }
}

async fn publish(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    let c = app
        .store
        .coalition_by_slug(&slug, ctx.code())
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let coordinators = app.store.text_coordinators(c.text_id).await.or_page(&ctx)?;
    ctx.require(Action::ManageCoalition {
        coordinators: &coordinators,
    })?;
    let kind = form.get("kind");
    let year: Option<i64> = form
        .get("year")
        .trim()
        .parse()
        .ok()
        .filter(|y| (1990..=2200).contains(y));
    let (title, text) = (form.get("title").trim(), form.get("body").trim());
    if !KINDS.contains(&kind) || year.is_none() || title.is_empty() || text.is_empty() {
        return Err(ctx.fail(AppError::BadRequest));
    }
    let chosen = form.all("topics");
    let topic_ids: Vec<i64> = app
        .store
        .topics(ctx.code())
        .await
        .or_page(&ctx)?
        .iter()
        .filter(|t| chosen.contains(&t.slug))
        .map(|t| t.id)
        .collect();
    // One transaction, so watchers of its topics hear of it with its topics in place.
    let new = NewOutput {
        coalition_id: c.id,
        kind: kind.to_string(),
        year: year.unwrap_or_default(),
        text: NewText {
            lang: ctx.code().to_string(),
            title: title.to_string(),
            body_md: text.to_string(),
        },
        created_by: Some(me.id),
    };
    let id = app
        .store
        .publish_output(&new, &topic_ids)
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/outputs/{id}"))).into_response())
}

async fn output_page(
    ctx: &Ctx,
    app: &AppState,
    id: i64,
    version: Option<i64>,
    draft: &str,
    errors: &[FieldError],
    status: StatusCode,
) -> Result<Response, PageError> {
    let o = app
        .store
        .output(id, ctx.code())
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let text = app
        .store
        .localized(o.text_id, ctx.code())
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let revisions = app.store.revisions(o.text_id).await.or_page(ctx)?;
    let coordinators = app
        .store
        .coalition_coordinators(o.coalition_id)
        .await
        .or_page(ctx)?;
    let can_moderate = decide(
        ctx.actor(),
        Action::HideDissent {
            coordinators: &coordinators,
        },
    ) == Decision::Allow;
    let me = ctx.viewer.as_ref().map(|v| v.id);
    // Held dissents are seen by their authors and those who may release them.
    let dissents: Vec<_> = app
        .store
        .dissents(o.id)
        .await
        .or_page(ctx)?
        .into_iter()
        .filter(|d| !d.held || can_moderate || me == Some(d.author.id))
        .collect();
    let topics = app
        .store
        .output_topics(o.id, ctx.code())
        .await
        .or_page(ctx)?;
    let member = match &ctx.viewer {
        Some(me) => app
            .store
            .member_role(CoalitionId(o.coalition_id), ParticipantId(me.id))
            .await
            .or_page(ctx)?
            .is_some(),
        None => false,
    };
    let tools = content_tools(ctx, app, &text).await?;
    let old = version
        .filter(|v| *v != text.original.revision)
        .and_then(|v| revisions.iter().find(|r| r.revision == v));
    let here = ctx.href(&format!("/outputs/{id}"));
    let lang = &text.original.original_lang;
    let body = html! {
        p.meta { (ctx.t(&format!("output-kind-{}", o.kind))) " · " (o.year) }
        @if let Some(r) = old {
            aside.notice role="note" {
                p { (ctx.t_args("output-old-version", &[("value", FluentValueArg::Str(r.revision.to_string()))])) }
                p { a href=(here) { (ctx.t("output-read-current")) } }
            }
            div.content lang=(lang) dir=(direction_of(lang).as_str()) {
                h1 { (r.title) }
                (PreEscaped(to_safe_html(&r.body_md)))
            }
        } @else {
            (notice(ctx, &text, &format!("/outputs/{id}")))
            (content(&text))
            (tools)
        }
        (crate::routes::topics::topic_links(ctx, &topics))
        section.dissents aria-labelledby="dissents-heading" {
            h2 #dissents-heading { (ctx.t("dissents-title")) }
            p { (ctx.t("dissents-intro")) }
            @if dissents.is_empty() { p { (ctx.t("dissents-none")) } }
            @for d in &dissents {
                article.post.dissent id=(format!("dissent-{}", d.id)) {
                    p { (display::voice(ctx, &d.author)) " · " (display::date(ctx, d.created_at)) }
                    @if d.held { p.meta { (ctx.t("dissent-held-notice")) } }
                    @if let Some(reason) = &d.hidden {
                        aside.notice role="note" {
                            p { (ctx.t("dissent-hidden-notice")) }
                            p { strong { (ctx.t("field-reason")) ": " } (reason) }
                        }
                    } @else {
                        div lang=(d.lang) dir=(direction_of(&d.lang).as_str()) { (PreEscaped(&d.body_html)) }
                    }
                    (crate::routes::moderation::dissent_controls(ctx, d, can_moderate))
                }
            }
            @if member {
                (error_summary(ctx, errors))
                form.stack method="post" action=(format!("{here}/dissent")) novalidate {
                    (csrf_field(ctx))
                    (form::textarea(ctx, "dissent", draft, true, errors))
                    button type="submit" { (ctx.t("dissent-submit")) }
                }
            } @else {
                p.meta { (ctx.t("dissent-members-only")) }
            }
        }
        h2 { (ctx.t("output-versions")) }
        ol.versions reversed {
            @for r in &revisions {
                li { a href=(format!("{here}?version={}", r.revision)) {
                    (ctx.t_args("output-version", &[
                        ("value", FluentValueArg::Str(r.revision.to_string())),
                        ("date", FluentValueArg::Str(display::date(ctx, r.created_at))),
                    ]))
                } }
            }
        }
    };
    let summary = text.summary();
    let head = Head {
        title: text.title(),
        noindex: old.is_some() || !text.state().indexable(),
        alternates: Alternates::Only(&text.available),
        description: Some(&summary),
    };
    Ok(ctx.page_with(status, head, body))
}

async fn output(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    let version = FormData::parse(q.unwrap_or_default().as_bytes())
        .get("version")
        .parse()
        .ok();
    output_page(&ctx, &app, id, version, "", &[], StatusCode::OK).await
}

async fn dissent(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    let o = app
        .store
        .output(id, ctx.code())
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let member = app
        .store
        .member_role(CoalitionId(o.coalition_id), ParticipantId(me.id))
        .await
        .or_page(&ctx)?
        .is_some();
    let blocked_here =
        crate::routes::moderation::blocked_in(&ctx, &app, Some(o.coalition_id)).await?;
    ctx.require(Action::SignDissent {
        member,
        blocked_here,
    })?;
    let text = form.get("dissent").trim();
    if text.is_empty() || text.chars().count() > 20_000 {
        let message = if text.is_empty() {
            "form-error-required"
        } else {
            "form-error-too-long"
        };
        let errors = [FieldError {
            field: "dissent",
            message,
        }];
        return output_page(
            &ctx,
            &app,
            id,
            None,
            text,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let held = crate::routes::moderation::should_hold(&ctx, &app).await?;
    let d = app
        .store
        .add_dissent_held(id, me.id, ctx.code(), text, held)
        .await
        .or_page(&ctx)?;
    let held = if held { "?held=1" } else { "" };
    Ok(Redirect::to(&ctx.href(&format!("/outputs/{id}{held}#dissent-{d}"))).into_response())
}
