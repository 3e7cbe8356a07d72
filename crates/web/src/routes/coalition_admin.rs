//! The coalition directory (every coalition, its standing and why: the secretariat's
//! dashboard, public for transparency), proposing a coalition, naming co-coordinators,
//! and recognition by the secretariat once the criteria are met.

use crate::display;
use crate::error::{AppError, OrPage, PageError};
use crate::extract::Form;
use crate::extract::Me;
use crate::form::{self, csrf_field, error_summary, Input};
use crate::layout::{Alternates, Head};
use crate::locale::FluentValueArg;
use crate::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::account::FieldError;
use convene_core::coalition;
use convene_core::model::{CoalitionId, CoalitionProposal, NewCoalition, NewText, ParticipantId};
use convene_core::permissions::{decide, Action, Decision};
use convene_i18n::LOCALES;
use convene_store::StoreError;
use maud::html;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/coalitions", get(directory))
        .route("/{lang}/coalitions/new", get(propose_form).post(propose))
        .route("/{lang}/coalitions/{slug}/recognize", post(recognize))
        .route(
            "/{lang}/coalitions/{slug}/coordinators",
            post(add_coordinator),
        )
}

fn current_year() -> i64 {
    convene_core::date::civil_from_unix(convene_core::date::now()).0
}

async fn directory(ctx: Ctx, State(app): State<AppState>) -> Result<Response, PageError> {
    let coalitions = app.store.coalitions(ctx.code()).await.or_page(&ctx)?;
    let can_recognize = decide(ctx.actor(), Action::RecognizeCoalition) == Decision::Allow;
    // Every coalition's facts at once: two queries, not two per coalition.
    let mut all_facts: std::collections::HashMap<i64, _> = app
        .store
        .listed_coalition_facts()
        .await
        .or_page(&ctx)?
        .into_iter()
        .collect();
    let mut rows = Vec::with_capacity(coalitions.len());
    for c in &coalitions {
        let Some(facts) = all_facts.remove(&c.id) else {
            continue;
        };
        let standing_facts = facts.standing_facts(current_year());
        let (standing, reasons) = coalition::standing(&standing_facts);
        let (met, _) = coalition::criteria(&standing_facts);
        rows.push((c, facts, standing, reasons, met));
    }
    let title = ctx.t("coalitions-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("coalitions-intro")) }
        p { a href=(ctx.href("/coalitions/new")) { (ctx.t("coalitions-propose")) } }
        ul.list {
            @for (c, facts, standing, reasons, met) in &rows {
                li data-standing=(standing.code()) {
                    a href=(ctx.href(&format!("/coalitions/{}", c.slug))) { (display::title(&ctx, &c.name)) }
                    " " span.meta { (display::count(&ctx, "coalition-members", c.member_count)) }
                    br;
                    b { (ctx.t(&format!("standing-{}", standing.code()))) } " · "
                    @match facts.recognized_at {
                        Some(at) => span.meta { (ctx.t_args("standing-recognized", &[("date", FluentValueArg::Str(display::date(&ctx, at)))])) },
                        None => span.meta { (ctx.t("standing-not-recognized")) },
                    }
                    ul {
                        @for r in reasons {
                            li { (ctx.t_args(r.message, &[("value", FluentValueArg::Str(r.value.map(|v| v.to_string()).unwrap_or_default()))])) }
                        }
                    }
                    @if can_recognize && *met && facts.recognized_at.is_none() {
                        form method="post" action=(ctx.href(&format!("/coalitions/{}/recognize", c.slug))) {
                            (csrf_field(&ctx))
                            button type="submit" { (ctx.t("coalition-recognize")) }
                        }
                    }
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

struct Proposal<'a> {
    name: &'a str,
    mission: &'a str,
    plan: &'a str,
    lang: &'a str,
    topics: Vec<String>,
}

fn propose_page(
    ctx: &Ctx,
    p: &Proposal<'_>,
    topics: &[convene_core::model::Topic],
    errors: &[FieldError],
    status: StatusCode,
) -> Response {
    let title = ctx.t("coalition-propose-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("coalition-propose-intro")) }
        (error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href("/coalitions/new")) novalidate {
            (csrf_field(ctx))
            (form::input(ctx, Input::new("name", "text", p.name), errors))
            (form::textarea(ctx, "mission", p.mission, true, errors))
            (form::textarea(ctx, "action_plan", p.plan, false, errors))
            div.field {
                label for="lang" { (ctx.t("field-lang")) }
                select #lang name="lang" {
                    @for (code, name) in LOCALES {
                        option value=(code) lang=(code) selected[*code == p.lang] { (name) }
                    }
                }
            }
            (crate::routes::topics::topic_choices(ctx, topics, &p.topics))
            button type="submit" { (ctx.t("coalition-propose-submit")) }
        }
    };
    let head = Head {
        title: &title,
        noindex: true,
        alternates: Alternates::AllLocales,
        description: None,
    };
    ctx.page_with(status, head, body)
}

async fn propose_form(ctx: Ctx, State(app): State<AppState>) -> Result<Response, PageError> {
    ctx.require(Action::ProposeCoalition)?;
    let topics = app.store.topics(ctx.code()).await.or_page(&ctx)?;
    let empty = Proposal {
        name: "",
        mission: "",
        plan: "",
        lang: ctx.code(),
        topics: Vec::new(),
    };
    Ok(propose_page(&ctx, &empty, &topics, &[], StatusCode::OK))
}

async fn propose(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::ProposeCoalition)?;
    let lang = if LOCALES.iter().any(|(c, _)| *c == form.get("lang")) {
        form.get("lang")
    } else {
        ctx.code()
    };
    let p = Proposal {
        name: form.get("name").trim(),
        mission: form.get("mission").trim(),
        plan: form.get("action_plan").trim(),
        lang,
        topics: form.all("topics"),
    };
    let topics = app.store.topics(ctx.code()).await.or_page(&ctx)?;
    let mut errors = Vec::new();
    for (field, value, max) in [("name", p.name, 200), ("mission", p.mission, 20_000)] {
        if value.is_empty() {
            errors.push(FieldError {
                field,
                message: "form-error-required",
            });
        } else if value.chars().count() > max {
            errors.push(FieldError {
                field,
                message: "form-error-too-long",
            });
        }
    }
    if !errors.is_empty() {
        return Ok(propose_page(
            &ctx,
            &p,
            &topics,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let base = match coalition::slug(p.name) {
        s if s.is_empty() => "coalition".to_string(),
        s => s,
    };
    // A new account's coalition waits for review, like its first posts.
    let held = crate::routes::moderation::should_hold(&ctx, &app).await?;
    // The first free slug: base, base-2, base-3…
    let mut created = None;
    for n in 1..50 {
        let slug = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let proposal = CoalitionProposal {
            coalition: NewCoalition {
                slug: slug.clone(),
                text: NewText {
                    lang: lang.to_string(),
                    title: p.name.to_string(),
                    body_md: p.mission.to_string(),
                },
                founder_id: me.id,
                founded_year: None,
            },
            held,
            topic_ids: topics
                .iter()
                .filter(|t| p.topics.contains(&t.slug))
                .map(|t| t.id)
                .collect(),
            action_plan_md: p.plan.to_string(),
        };
        // One transaction: a taken slug leaves nothing behind, and the next is tried.
        match app.store.propose_coalition(&proposal).await {
            Ok(id) => {
                created = Some((id, slug));
                break;
            }
            Err(StoreError::Conflict(_)) => continue,
            Err(e) => return Err(ctx.fail(e.into())),
        }
    }
    let (_, slug) = created.ok_or_else(|| ctx.fail(AppError::Internal("no free slug".into())))?;
    let held = if held { "?held=1" } else { "" };
    Ok(Redirect::to(&ctx.href(&format!("/coalitions/{slug}{held}"))).into_response())
}

async fn recognize(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    Form(_form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::RecognizeCoalition)?;
    let c = app
        .store
        .coalition_by_slug(&slug, ctx.code())
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let facts = app
        .store
        .coalition_facts(c.id)
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    // Recognition follows the rules: a coalition that does not meet them is refused.
    if !coalition::criteria(&facts.standing_facts(current_year())).0 {
        return Err(ctx.fail(AppError::Conflict));
    }
    app.store.recognize(c.id, me.id).await.or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href("/coalitions")).into_response())
}

async fn add_coordinator(
    Me { ctx, .. }: Me,
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
    let who: i64 = form
        .get("participant")
        .parse()
        .map_err(|_| ctx.fail(AppError::BadRequest))?;
    let member = app
        .store
        .member_role(CoalitionId(c.id), ParticipantId(who))
        .await
        .or_page(&ctx)?;
    let blocked = app
        .store
        .coalition_posting_blocked(CoalitionId(c.id), ParticipantId(who))
        .await
        .or_page(&ctx)?;
    if !coalition::may_become_coordinator(member, blocked) {
        return Err(ctx.fail(AppError::BadRequest));
    }
    app.store
        .add_coordinator(CoalitionId(c.id), ParticipantId(who))
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/coalitions/{slug}"))).into_response())
}
