//! A participant's own account: edit the profile, export every piece of their data,
//! delete the account (their posts stay, shown as a former participant's).

use crate::error::{AppError, OrPage, PageError};
use crate::extract::Form;
use crate::extract::Me;
use crate::form::{self, csrf_field, error_summary, FormData, Input};
use crate::layout::{Alternates, Head};
use crate::limits::{self, SIGNIN_PER_ACCOUNT, SIGNIN_PER_IP};
use crate::{display, AppState, Ctx};
use axum::extract::State;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use convene_core::account::{validate_profile, FieldError, ProfileInput};
use convene_core::countries;
use convene_core::model::{Participant, ProfileUpdate};
use convene_core::permissions::{decide, Action, Decision};
use convene_core::StakeholderGroup;
use convene_i18n::LOCALES;
use maud::{html, Markup};
use serde_json::json;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/account", get(edit_form).post(edit))
        .route("/{lang}/account/export", get(export).post(export_again))
        .route("/{lang}/account/delete", get(delete_form).post(delete))
}

/// What a profile form sent, as typed.
pub fn profile_input(form: &FormData) -> ProfileInput {
    let mut languages = form.all("languages");
    languages.push(form.get("languages_other").to_string());
    ProfileInput {
        display_name: form.get("display_name").to_string(),
        email: form.get("email").to_string(),
        stakeholder_group: form.get("stakeholder_group").to_string(),
        country: form.get("country").to_string(),
        affiliation: form.get("affiliation").to_string(),
        gender: form.get("gender").to_string(),
        languages,
        ui_lang: form.get("ui_lang").to_string(),
    }
}

fn input_of(p: &Participant) -> ProfileInput {
    ProfileInput {
        display_name: p.display_name.clone(),
        email: p.email.clone(),
        stakeholder_group: p.stakeholder_group.code().into(),
        country: p.country.clone(),
        affiliation: p.affiliation.clone(),
        gender: p.profile.gender.clone().unwrap_or_default(),
        languages: p.profile.languages.clone(),
        ui_lang: p.profile.ui_lang.clone(),
    }
}

/// The identity fields shared by registration and the account page.
pub fn profile_fields(
    ctx: &Ctx,
    input: &ProfileInput,
    errors: &[FieldError],
    with_email: bool,
) -> Markup {
    let groups: Vec<(String, String)> = StakeholderGroup::ALL
        .iter()
        .map(|g| (g.code().to_string(), display::stakeholder(ctx, *g)))
        .collect();
    let mut countries: Vec<(String, String)> = countries::all()
        .iter()
        .map(|c| (c.code.to_string(), display::country(ctx, c.code)))
        .collect();
    // Alphabetical as readers of this language expect (pinyin in Chinese, umlauts among
    // their letters in German).
    convene_i18n::collate::sort_by(ctx.code(), &mut countries, |(_, name)| name.as_str());
    let ui_langs: Vec<(String, String)> = LOCALES
        .iter()
        .map(|(c, n)| (c.to_string(), n.to_string()))
        .collect();
    let chosen: Vec<&str> = input
        .languages
        .iter()
        .flat_map(|l| l.split([',', ' ']))
        .filter(|l| !l.is_empty())
        .collect();
    let others: Vec<&str> = chosen
        .iter()
        .copied()
        .filter(|l| !LOCALES.iter().any(|(c, _)| c == l))
        .collect();
    let lang_error = errors.iter().find(|e| e.field == "languages");
    html! {
        (form::input(ctx, Input::new("display_name", "text", &input.display_name).autocomplete("name"), errors))
        @if with_email {
            (form::input(ctx, Input::new("email", "email", &input.email).autocomplete("email"), errors))
        }
        (form::select(ctx, "stakeholder_group", &groups, &input.stakeholder_group, errors))
        (form::select(ctx, "country", &countries, &input.country.to_ascii_uppercase(), errors))
        (form::input(ctx, Input::new("affiliation", "text", &input.affiliation).optional().autocomplete("organization").hint("hint-affiliation"), errors))
        (form::input(ctx, Input::new("gender", "text", &input.gender).optional().hint("hint-gender"), errors))
        fieldset #languages.field.has-error[lang_error.is_some()] {
            legend { (ctx.t("field-languages")) }
            @if let Some(e) = lang_error { p.error { (ctx.t(e.message)) } }
            ul.checks {
                @for (code, name) in LOCALES {
                    li { label lang=(code) {
                        input type="checkbox" name="languages" value=(code) checked[chosen.contains(code)];
                        " " (name)
                    } }
                }
            }
            label for="languages_other" { (ctx.t("field-languages_other")) }
            input #languages_other type="text" name="languages_other" value=(others.join(", "));
        }
        (form::select(ctx, "ui_lang", &ui_langs, &input.ui_lang, errors))
    }
}

fn head(title: &str) -> Head<'_> {
    Head {
        title,
        noindex: true,
        alternates: Alternates::AllLocales,
        description: None,
    }
}

fn edit_page(
    ctx: &Ctx,
    me: &Participant,
    input: &ProfileInput,
    notice: Option<&str>,
    errors: &[FieldError],
    status: StatusCode,
) -> Response {
    let title = ctx.t("account-title");
    let body = html! {
        h1 { (title) }
        @if let Some(n) = notice { p.notice role="status" { (ctx.t(n)) } }
        (error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href("/account")) novalidate {
            (csrf_field(ctx))
            (profile_fields(ctx, input, errors, false))
            button type="submit" { (ctx.t("account-save")) }
        }
        h2 { (ctx.t("account-feed-title")) }
        p { (ctx.t("account-feed-intro")) }
        form.inline method="post" action=(ctx.href("/account/feed")) {
            (csrf_field(ctx))
            button type="submit" { (ctx.t("account-feed-make")) }
        }
        " "
        form.inline method="post" action=(ctx.href("/account/feed/revoke")) {
            (csrf_field(ctx))
            button.secondary type="submit" { (ctx.t("account-feed-revoke")) }
        }
        h2 { (ctx.t("account-your-data")) }
        p { (ctx.t("account-export-intro")) " " a href=(ctx.href("/account/export")) download { (ctx.t("account-export")) } }
        p { a href=(ctx.href("/account/delete")) { (ctx.t("account-delete")) } }
        p.meta { (ctx.t("account-email")) ": " (me.email) }
    };
    ctx.page_with(status, head(&title), body)
}

async fn edit_form(
    Me { ctx, me }: Me,
    raw: axum::extract::RawQuery,
) -> Result<Response, PageError> {
    ctx.require(Action::EditProfile { owner: me.id })?;
    let notice = match raw.0.as_deref() {
        Some("saved=1") => Some("account-saved"),
        Some("feed=revoked") => Some("account-feed-revoked"),
        _ => None,
    };
    Ok(edit_page(
        &ctx,
        &me,
        &input_of(&me),
        notice,
        &[],
        StatusCode::OK,
    ))
}

async fn edit(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::EditProfile { owner: me.id })?;
    let mut input = profile_input(&form);
    // The email is not edited here; validate the rest with the one on file.
    input.email = me.email.clone();
    match validate_profile(&input, convene_i18n::is_supported) {
        Ok(valid) => {
            let update = ProfileUpdate {
                display_name: valid.participant.display_name,
                stakeholder_group: valid.participant.stakeholder_group,
                country: valid.participant.country,
                affiliation: valid.participant.affiliation,
                profile: valid.profile,
            };
            app.store
                .update_profile(me.id, &update)
                .await
                .or_page(&ctx)?;
            Ok(Redirect::to(&format!("{}?saved=1", ctx.href("/account"))).into_response())
        }
        Err(errors) => Ok(edit_page(
            &ctx,
            &me,
            &input,
            None,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )),
    }
}

/// What a suspended person sees on signing in: they cannot take part, but may still
/// take their data away or delete the account, by giving their password again.
pub fn suspended_page(
    ctx: &Ctx,
    email: &str,
    errors: &[FieldError],
    status: StatusCode,
) -> Response {
    let title = ctx.t("suspended-title");
    let body = html! {
        h1 { (title) }
        p.error { (ctx.t("form-error-suspended")) }
        p { (ctx.t("suspended-own-data")) }
        p { (ctx.t("delete-explain")) }
        (error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href("/account/export")) novalidate {
            (csrf_field(ctx))
            input type="hidden" name="email" value=(email);
            (form::input(ctx, Input::new("password", "password", "").autocomplete("current-password"), errors))
            button type="submit" { (ctx.t("account-export")) }
            button.danger type="submit" formaction=(ctx.href("/account/delete")) { (ctx.t("delete-submit")) }
        }
    };
    ctx.page_with(status, head(&title), body)
}

/// Who a form acting on an account is from, proven by their password: the signed-in
/// reader, or else (for suspended people, who cannot sign in) the account whose email
/// address the form gives, with the limits of signing in. None if the password is wrong.
async fn by_password(
    ctx: &Ctx,
    app: &AppState,
    form: &FormData,
) -> Result<Option<Participant>, PageError> {
    let email = match &ctx.viewer {
        Some(me) => me.email.clone(),
        None => {
            let email = form.get("email").trim();
            if email.is_empty() || email.len() > convene_core::account::MAX_EMAIL {
                return Err(ctx.fail(AppError::SignIn));
            }
            limits::check(app, ctx, &SIGNIN_PER_IP, &ctx.client_ip).await?;
            limits::check(app, ctx, &SIGNIN_PER_ACCOUNT, email).await?;
            email.to_lowercase()
        }
    };
    let found = app.store.credentials(&email).await.or_page(ctx)?;
    let (who, stored) = match found {
        Some((p, h)) => (Some(p), h),
        None => (None, None),
    };
    let ok = crate::routes::auth::verify(form.get("password"), stored).await;
    Ok(who.filter(|_| ok))
}

/// The permission check for someone who is not (or cannot be) signed in.
fn allow(ctx: &Ctx, who: &Participant, action: Action<'_>) -> Result<(), PageError> {
    match decide(who.actor(), action) {
        Decision::Allow => Ok(()),
        _ => Err(ctx.fail(AppError::Forbidden)),
    }
}

/// The page again with a wrong password: the delete page, or for the suspended theirs.
fn wrong_password(ctx: &Ctx, form: &FormData) -> Response {
    let errors = [FieldError {
        field: "password",
        message: "form-error-password-wrong",
    }];
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    match ctx.viewer {
        Some(_) => delete_page(ctx, &errors, status),
        None => suspended_page(ctx, form.get("email").trim(), &errors, status),
    }
}

/// Everything the forum holds about the signed-in person, as JSON.
async fn export(Me { ctx, me }: Me, State(app): State<AppState>) -> Result<Response, PageError> {
    ctx.require(Action::ExportData { owner: me.id })?;
    export_of(&ctx, &app, &me).await
}

/// The export asked for with a password (from the suspended page).
async fn export_again(
    ctx: Ctx,
    State(app): State<AppState>,
    Form(form): Form,
) -> Result<Response, PageError> {
    let Some(me) = by_password(&ctx, &app, &form).await? else {
        return Ok(wrong_password(&ctx, &form));
    };
    allow(&ctx, &me, Action::ExportData { owner: me.id })?;
    export_of(&ctx, &app, &me).await
}

async fn export_of(ctx: &Ctx, app: &AppState, me: &Participant) -> Result<Response, PageError> {
    let coalitions = app
        .store
        .participant_coalitions(me.id, ctx.code())
        .await
        .or_page(ctx)?;
    let posts = app
        .store
        .participant_posts(me.id, i64::MAX)
        .await
        .or_page(ctx)?;
    let notifications = app
        .store
        .notifications(me.id, i64::MAX, 100_000)
        .await
        .or_page(ctx)?;
    let proposals = app
        .store
        .organised_by(me.id, ctx.code())
        .await
        .or_page(ctx)?;
    let agenda = app.store.interests(me.id, ctx.code()).await.or_page(ctx)?;
    let records = app.store.personal_records(me.id).await.or_page(ctx)?;
    let data = json!({
        "exported_at": convene_core::date::now(),
        "records": records,
        "notifications": notifications.iter().map(|n| json!({
            "kind": n.kind, "arguments": n.args, "link": n.link, "created_at": n.created_at,
        })).collect::<Vec<_>>(),
        "session_proposals": proposals.iter().map(|p| json!({
            "id": p.id, "year": p.year, "title": p.title.text, "status": p.status.code(),
        })).collect::<Vec<_>>(),
        "agenda": agenda.iter().map(|p| json!({"session": p.id, "title": p.title.text})).collect::<Vec<_>>(),
        "participant": {
            "id": me.id,
            "display_name": me.display_name,
            "email": me.email,
            "stakeholder_group": me.stakeholder_group.code(),
            "country": me.country,
            "affiliation": me.affiliation,
            "gender": me.profile.gender,
            "languages": me.profile.languages,
            "interface_language": me.profile.ui_lang,
            "role": me.role.code(),
            "registered_at": me.created_at,
            "code_of_conduct_accepted_at": me.coc_accepted_at,
            "suspension": me.suspension.as_ref().map(|s| json!({"at": s.at, "reason": s.reason})),
        },
        "coalitions": coalitions.iter().map(|c| json!({"slug": c.slug, "name": c.name.text})).collect::<Vec<_>>(),
        "posts": posts.iter().map(|p| json!({
            "id": p.post_id, "thread_id": p.thread_id, "thread_title": p.thread_title,
            "language": p.lang, "markdown": p.body_md, "created_at": p.created_at,
        })).collect::<Vec<_>>(),
    });
    let body = serde_json::to_string_pretty(&data)
        .map_err(|e| ctx.fail(crate::AppError::Internal(e.to_string())))?;
    Ok((
        [
            (CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"convene-my-data.json\"",
            ),
        ],
        body,
    )
        .into_response())
}

fn delete_page(ctx: &Ctx, errors: &[FieldError], status: StatusCode) -> Response {
    let title = ctx.t("delete-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("delete-explain")) }
        (error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href("/account/delete")) novalidate {
            (csrf_field(ctx))
            (form::input(ctx, Input::new("password", "password", "").autocomplete("current-password").hint("hint-delete-password"), errors))
            button.danger type="submit" { (ctx.t("delete-submit")) }
        }
    };
    ctx.page_with(status, head(&title), body)
}

async fn delete_form(ctx: Ctx) -> Result<Response, PageError> {
    let me = ctx.signed_in()?;
    ctx.require(Action::DeleteAccount { owner: me.id })?;
    Ok(delete_page(&ctx, &[], StatusCode::OK))
}

async fn delete(
    ctx: Ctx,
    State(app): State<AppState>,
    Form(form): Form,
) -> Result<Response, PageError> {
    if let Some(me) = &ctx.viewer {
        ctx.require(Action::DeleteAccount { owner: me.id })?;
    }
    let Some(me) = by_password(&ctx, &app, &form).await? else {
        return Ok(wrong_password(&ctx, &form));
    };
    allow(&ctx, &me, Action::DeleteAccount { owner: me.id })?;
    app.store.delete_account(me.id).await.or_page(&ctx)?;
    Ok(ctx.with_session(Redirect::to(&ctx.href("/")).into_response(), None))
}
