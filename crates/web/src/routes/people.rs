//! Public profiles: who someone is, whom they speak for, their coalitions and posts.
//! Staff see the moderation controls here.

use crate::error::{OrPage, PageError};
use crate::extract::{Form, Id, Me};
use crate::form::{self, csrf_field};
use crate::layout::{Alternates, Head};
use crate::{display, AppState, Ctx};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::account::FieldError;
use convene_core::model::{Participant, Role};
use convene_core::permissions::{decide, Action, Decision};
use convene_core::StakeholderGroup;
use maud::html;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/people/{id}", get(profile))
        .route("/{lang}/people/{id}/suspend", post(suspend))
        .route("/{lang}/people/{id}/reinstate", post(reinstate))
        .route("/{lang}/people/{id}/role", post(set_role))
        .route("/{lang}/people/{id}/translator", post(set_translator))
}

async fn load(ctx: &Ctx, app: &AppState, id: &str) -> Result<Participant, PageError> {
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    app.store
        .participant(id)
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())
}

fn suspend_action(p: &Participant) -> Action<'static> {
    Action::Suspend {
        target: p.id,
        target_role: p.role,
    }
}

async fn profile(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let p = load(&ctx, &app, &id).await?;
    profile_page(&ctx, &app, &p, "", &[], StatusCode::OK).await
}

async fn profile_page(
    ctx: &Ctx,
    app: &AppState,
    p: &Participant,
    reason: &str,
    errors: &[FieldError],
    status: StatusCode,
) -> Result<Response, PageError> {
    let coalitions = app
        .store
        .participant_coalitions(p.id, ctx.code())
        .await
        .or_page(ctx)?;
    let posts = app
        .store
        .public_participant_posts(p.id, 20)
        .await
        .or_page(ctx)?;
    let can_moderate = decide(ctx.actor(), suspend_action(p)) == Decision::Allow;
    let can_block = decide(
        ctx.actor(),
        Action::BlockPosting {
            target: p.id,
            target_role: p.role,
        },
    ) == Decision::Allow;
    let can_set_role = decide(ctx.actor(), Action::SetRole { target: p.id }) == Decision::Allow;
    let name = if p.deleted {
        ctx.t("former-participant")
    } else {
        p.display_name.clone()
    };
    let body = html! {
        h1 { (name) }
        @if !p.deleted {
            dl.facts {
                dt { (ctx.t("field-stakeholder_group")) } dd { (display::stakeholder(ctx, p.stakeholder_group)) }
                dt { (ctx.t("field-country")) } dd { (display::country(ctx, &p.country)) }
                @if p.stakeholder_group != StakeholderGroup::Government && !p.affiliation.is_empty() {
                    dt { (ctx.t("field-affiliation")) } dd { (p.affiliation) }
                }
            }
        }
        @if p.translator && !p.deleted { p { span.badge { (ctx.t("translator-badge")) } } }
        @if let Some(s) = &p.suspension {
            p.notice.strong { (ctx.t("profile-suspended")) }
            @if can_moderate { p.meta { (ctx.t("field-reason")) ": " (s.reason) } }
        }
        h2 { (ctx.t("profile-coalitions")) }
        @if coalitions.is_empty() { p { (ctx.t("profile-no-coalitions")) } }
        ul.list {
            @for c in &coalitions {
                li { a href=(ctx.href(&format!("/coalitions/{}", c.slug))) { (display::title(ctx, &c.name)) } }
            }
        }
        h2 { (ctx.t("profile-posts")) }
        @if posts.is_empty() { p { (ctx.t("home-threads-empty")) } }
        ul.list {
            @for post in &posts {
                li {
                    a href=(ctx.href(&format!("/threads/{}#post-{}", post.thread_id, post.post_id))) lang=(post.thread_lang) { (post.thread_title) }
                    " " span.meta { (display::date(ctx, post.created_at)) }
                }
            }
        }
        @if can_moderate && !p.deleted {
            h2 { (ctx.t("moderation-title")) }
            @let (path, label) = if p.suspension.is_some() { ("reinstate", "moderation-reinstate") } else { ("suspend", "moderation-suspend") };
            form.stack method="post" action=(ctx.href(&format!("/people/{}/{path}", p.id))) novalidate {
                (csrf_field(ctx))
                (form::textarea(ctx, "reason", reason, true, errors))
                button.danger[path == "suspend"] type="submit" { (ctx.t(label)) }
            }
        }
        @if can_block && !p.deleted {
            h2 { (ctx.t("posting-rights-title")) }
            @if p.posting_blocked { p.notice { (ctx.t("posting-rights-removed")) } }
            form.stack method="post" action=(ctx.href(&format!("/people/{}/posting", p.id))) {
                (csrf_field(ctx))
                label for="posting-reason" { (ctx.t("field-reason")) }
                textarea #posting-reason name="reason" rows="2" required {}
                button.danger[!p.posting_blocked] type="submit" {
                    (ctx.t(if p.posting_blocked { "posting-rights-restore" } else { "posting-rights-remove" }))
                }
            }
        }
        @if can_set_role && !p.deleted {
            form.stack method="post" action=(ctx.href(&format!("/people/{}/role", p.id))) {
                (csrf_field(ctx))
                div.field {
                    label for="role" { (ctx.t("field-role")) }
                    select #role name="role" {
                        @for role in ROLES {
                            option value=(role.code()) selected[*role == p.role] { (ctx.t(&format!("role-{}", role.code()))) }
                        }
                    }
                }
                button type="submit" { (ctx.t("role-save")) }
            }
            form.stack method="post" action=(ctx.href(&format!("/people/{}/translator", p.id))) {
                (csrf_field(ctx))
                input type="hidden" name="trusted" value=(if p.translator { "0" } else { "1" });
                button type="submit" { (ctx.t(if p.translator { "translator-untrust" } else { "translator-trust" })) }
            }
        }
    };
    let head = Head {
        title: &name,
        noindex: p.deleted,
        alternates: Alternates::AllLocales,
        description: None,
    };
    Ok(ctx.page_with(status, head, body))
}

async fn moderate(
    Me { ctx, me }: Me,
    app: AppState,
    id: String,
    Form(form): Form,
    suspend: bool,
) -> Result<Response, PageError> {
    let target = load(&ctx, &app, &id).await?;
    ctx.require(suspend_action(&target))?;
    let reason = form.get("reason").trim();
    if reason.is_empty() {
        let errors = [FieldError {
            field: "reason",
            message: "form-error-required",
        }];
        return profile_page(
            &ctx,
            &app,
            &target,
            reason,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    if suspend {
        app.store
            .suspend(target.id, reason, me.id)
            .await
            .or_page(&ctx)?;
    } else {
        app.store
            .reinstate(target.id, reason, me.id)
            .await
            .or_page(&ctx)?;
    }
    Ok(Redirect::to(&ctx.href(&format!("/people/{}", target.id))).into_response())
}

async fn set_translator(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Id(id): Id,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::SetTranslator)?;
    let target = load(&ctx, &app, &id.to_string()).await?;
    app.store
        .set_translator(target.id, form.get("trusted") == "1", me.id)
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/people/{}", target.id))).into_response())
}

const ROLES: &[Role] = &[
    Role::Participant,
    Role::Reviewer,
    Role::Moderator,
    Role::Secretariat,
];

async fn set_role(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Id(id): Id,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::SetRole { target: id })?;
    let target = load(&ctx, &app, &id.to_string()).await?;
    let role =
        Role::from_code(form.get("role")).ok_or_else(|| ctx.fail(crate::AppError::BadRequest))?;
    app.store
        .set_role(target.id, role, Some(me.id))
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/people/{}", target.id))).into_response())
}

async fn suspend(
    me: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    form: Form,
) -> Result<Response, PageError> {
    moderate(me, app, id, form, true).await
}

async fn reinstate(
    me: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    form: Form,
) -> Result<Response, PageError> {
    moderate(me, app, id, form, false).await
}
