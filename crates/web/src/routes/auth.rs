//! Registration, signing in and out, and password reset by emailed link.

use crate::ctx::SESSION_SECONDS;
use crate::error::{AppError, OrPage, PageError};
use crate::form::{self, csrf_field, error_summary, FormData, Input};
use crate::layout::{Alternates, Head};
use crate::limits::{
    self, REGISTER_PER_IP, RESET_PER_ACCOUNT, RESET_PER_IP, SIGNIN_PER_ACCOUNT, SIGNIN_PER_IP,
};
use crate::routes::account::{profile_fields, profile_input};
use crate::{AppState, Ctx};
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use convene_core::account::{validate_password, validate_profile, FieldError, ProfileInput};
use convene_core::date::now;
use convene_core::model::NewAccount;
use convene_core::secrets::{decoy_hash, hash_password, new_token, token_hash, verify_password};
use convene_store::StoreError;
use maud::{html, Markup};

/// Reset links work for one hour.
const RESET_SECONDS: i64 = 3600;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/register", get(register_form).post(register))
        .route("/{lang}/signin", get(signin_form).post(signin))
        .route("/{lang}/signout", axum::routing::post(signout))
        .route(
            "/{lang}/password-reset",
            get(reset_form).post(reset_request),
        )
        .route(
            "/{lang}/password-reset/{token}",
            get(new_password_form).post(new_password),
        )
}

fn head(title: &str) -> Head<'_> {
    Head {
        title,
        noindex: true,
        alternates: Alternates::AllLocales,
    }
}

/// Hash off the async executor: argon2id is slow on purpose.
pub async fn hash(ctx: &Ctx, password: &str) -> Result<String, PageError> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| ctx.fail(AppError::Internal(e.to_string())))?
        .map_err(|e| ctx.fail(AppError::Internal(e.to_string())))
}

async fn verify(password: &str, stored: Option<String>) -> bool {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || {
        let stored = stored.as_deref().unwrap_or(decoy_hash());
        verify_password(&password, stored)
    })
    .await
    .unwrap_or(false)
}

/// Start a session for `who` and send them on to `to`.
async fn start_session(
    app: &AppState,
    ctx: &Ctx,
    who: i64,
    to: &str,
) -> Result<Response, PageError> {
    let token = new_token();
    app.store
        .create_session(&token_hash(&token), who, now() + SESSION_SECONDS)
        .await
        .or_page(ctx)?;
    Ok(ctx.with_session(Redirect::to(to).into_response(), Some(&token)))
}

/// Only paths on this site, never another host.
fn safe_next(next: &str) -> Option<&str> {
    (next.starts_with('/') && !next.starts_with("//") && !next.contains('\\')).then_some(next)
}

fn query_value(query: Option<&str>, key: &str) -> String {
    form::FormData::parse(query.unwrap_or("").as_bytes())
        .get(key)
        .to_string()
}

// ---- registration

fn register_page(
    ctx: &Ctx,
    input: &ProfileInput,
    coc: bool,
    errors: &[FieldError],
    status: StatusCode,
) -> Response {
    let title = ctx.t("register-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("register-intro")) }
        (error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href("/register")) novalidate {
            (csrf_field(ctx))
            (profile_fields(ctx, input, errors, true))
            (form::input(ctx, Input::new("password", "password", "").autocomplete("new-password").hint("hint-password"), errors))
            div.field.has-error[errors.iter().any(|e| e.field == "coc")] {
                @if let Some(e) = errors.iter().find(|e| e.field == "coc") { p.error id="coc-error" { (ctx.t(e.message)) } }
                label.check {
                    input #coc type="checkbox" name="coc" value="yes" checked[coc] required;
                    " " (ctx.t("field-coc")) " "
                    a href=(ctx.href("/pages/code-of-conduct")) { (ctx.t("register-read-coc")) }
                }
            }
            button type="submit" { (ctx.t("register-submit")) }
        }
        p { (ctx.t("register-have-account")) " " a href=(ctx.href("/signin")) { (ctx.t("nav-signin")) } }
    };
    ctx.page_with(status, head(&title), body)
}

async fn register_form(ctx: Ctx) -> Response {
    let input = ProfileInput {
        ui_lang: ctx.code().to_string(),
        languages: vec![ctx.code().to_string()],
        ..ProfileInput::default()
    };
    register_page(&ctx, &input, false, &[], StatusCode::OK)
}

async fn register(
    ctx: Ctx,
    State(app): State<AppState>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = FormData::parse(&body);
    ctx.check_csrf(&form)?;
    limits::check(&app, &ctx, &REGISTER_PER_IP, &ctx.client_ip).await?;
    let input = profile_input(&form);
    let password = form.get("password");
    let coc = form.checked("coc");
    let mut errors = Vec::new();
    let valid = validate_profile(&input, convene_i18n::is_supported)
        .map_err(|e| errors.extend(e))
        .ok();
    if let Err(e) = validate_password(password, &input.email) {
        errors.push(e);
    }
    if !coc {
        errors.push(FieldError {
            field: "coc",
            message: "form-error-coc",
        });
    }
    if let (Some(valid), true) = (valid, errors.is_empty()) {
        let account = NewAccount {
            participant: valid.participant,
            password_hash: hash(&ctx, password).await?,
            profile: valid.profile,
            coc_accepted: true,
        };
        match app.store.create_account(&account).await {
            Ok(id) => {
                return start_session(&app, &ctx, id, &ctx.href(&format!("/people/{id}"))).await
            }
            Err(StoreError::Conflict(_)) => errors.push(FieldError {
                field: "email",
                message: "form-error-email-taken",
            }),
            Err(e) => return Err(ctx.fail(e.into())),
        }
    }
    Ok(register_page(
        &ctx,
        &input,
        coc,
        &errors,
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

// ---- signing in and out

fn signin_page(
    ctx: &Ctx,
    email: &str,
    next: &str,
    notice: Option<&str>,
    errors: &[FieldError],
    status: StatusCode,
) -> Response {
    let title = ctx.t("signin-title");
    let body = html! {
        h1 { (title) }
        @if let Some(n) = notice { p.notice role="status" { (ctx.t(n)) } }
        (error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href("/signin")) novalidate {
            (csrf_field(ctx))
            input type="hidden" name="next" value=(next);
            (form::input(ctx, Input::new("email", "email", email).autocomplete("email"), errors))
            (form::input(ctx, Input::new("password", "password", "").autocomplete("current-password"), errors))
            button type="submit" { (ctx.t("signin-submit")) }
        }
        p { a href=(ctx.href("/password-reset")) { (ctx.t("signin-forgot")) } }
        p { (ctx.t("signin-no-account")) " " a href=(ctx.href("/register")) { (ctx.t("nav-register")) } }
    };
    ctx.page_with(status, head(&title), body)
}

async fn signin_form(ctx: Ctx, RawQuery(q): RawQuery) -> Response {
    let next = query_value(q.as_deref(), "next");
    let notice = match query_value(q.as_deref(), "done").as_str() {
        "reset" => Some("signin-after-reset"),
        _ => None,
    };
    signin_page(&ctx, "", &next, notice, &[], StatusCode::OK)
}

async fn signin(ctx: Ctx, State(app): State<AppState>, body: Bytes) -> Result<Response, PageError> {
    let form = FormData::parse(&body);
    ctx.check_csrf(&form)?;
    let email = form.get("email").trim().to_lowercase();
    limits::check(&app, &ctx, &SIGNIN_PER_IP, &ctx.client_ip).await?;
    limits::check(&app, &ctx, &SIGNIN_PER_ACCOUNT, &email).await?;
    let found = app.store.credentials(&email).await.or_page(&ctx)?;
    let (participant, stored) = match found {
        Some((p, h)) => (Some(p), h),
        None => (None, None),
    };
    let matches = verify(form.get("password"), stored).await;
    let message = match participant {
        Some(p) if matches && p.suspension.is_none() => {
            let next = safe_next(form.get("next")).map_or_else(|| ctx.href("/"), str::to_string);
            return start_session(&app, &ctx, p.id, &next).await;
        }
        Some(_) if matches => "form-error-suspended",
        _ => "form-error-signin",
    };
    let errors = [FieldError {
        field: "email",
        message,
    }];
    Ok(signin_page(
        &ctx,
        &email,
        form.get("next"),
        None,
        &errors,
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

async fn signout(
    ctx: Ctx,
    State(app): State<AppState>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = FormData::parse(&body);
    ctx.check_csrf(&form)?;
    if let Some(token) = &ctx.session_token {
        app.store
            .end_session(&token_hash(token))
            .await
            .or_page(&ctx)?;
    }
    Ok(ctx.with_session(Redirect::to(&ctx.href("/")).into_response(), None))
}

// ---- password reset

fn reset_page(ctx: &Ctx, email: &str, errors: &[FieldError]) -> Response {
    let title = ctx.t("reset-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("reset-intro")) }
        (error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href("/password-reset")) novalidate {
            (csrf_field(ctx))
            (form::input(ctx, Input::new("email", "email", email).autocomplete("email"), errors))
            button type="submit" { (ctx.t("reset-submit")) }
        }
    };
    ctx.page(head(&title), body)
}

async fn reset_form(ctx: Ctx) -> Response {
    reset_page(&ctx, "", &[])
}

fn message_page(ctx: &Ctx, title_id: &str, body_id: &str, status: StatusCode) -> Response {
    let title = ctx.t(title_id);
    let body: Markup = html! { h1 { (title) } p { (ctx.t(body_id)) } };
    ctx.page_with(status, head(&title), body)
}

async fn reset_request(
    ctx: Ctx,
    State(app): State<AppState>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = FormData::parse(&body);
    ctx.check_csrf(&form)?;
    let email = form.get("email").trim().to_lowercase();
    if !convene_core::account::plausible_email(&email) {
        let errors = [FieldError {
            field: "email",
            message: "form-error-email",
        }];
        return Ok(reset_page(&ctx, &email, &errors));
    }
    limits::check(&app, &ctx, &RESET_PER_IP, &ctx.client_ip).await?;
    limits::check(&app, &ctx, &RESET_PER_ACCOUNT, &email).await?;
    // The answer is the same whether or not the account exists.
    if let Some((p, _)) = app.store.credentials(&email).await.or_page(&ctx)? {
        if p.suspension.is_none() {
            let token = new_token();
            app.store
                .create_password_reset(&token_hash(&token), p.id, now() + RESET_SECONDS)
                .await
                .or_page(&ctx)?;
            let lang = if convene_i18n::is_supported(&p.profile.ui_lang) {
                p.profile.ui_lang.as_str()
            } else {
                ctx.code()
            };
            let link = format!(
                "{}/{lang}/password-reset/{token}",
                app.options.public_url.trim_end_matches('/')
            );
            let mut args = convene_i18n::FluentArgs::new();
            args.set("name", p.display_name.clone());
            args.set("link", link);
            let subject = convene_i18n::tr(lang, "reset-mail-subject", None);
            let text = convene_i18n::tr(lang, "reset-mail-body", Some(&args));
            // Isolation marks help in pages but not in a plain-text mail's link.
            let text = text.replace(['\u{2068}', '\u{2069}'], "");
            if let Err(e) = app.options.mailer.send(&p.email, &subject, &text).await {
                tracing::error!(error = %e, "password reset mail not sent");
            }
        }
    }
    Ok(message_page(
        &ctx,
        "reset-sent-title",
        "reset-sent-body",
        StatusCode::OK,
    ))
}

fn new_password_page(
    ctx: &Ctx,
    token: &str,
    errors: &[FieldError],
    status: StatusCode,
) -> Response {
    let title = ctx.t("reset-new-title");
    let body = html! {
        h1 { (title) }
        (error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href(&format!("/password-reset/{token}"))) novalidate {
            (csrf_field(ctx))
            (form::input(ctx, Input::new("password", "password", "").autocomplete("new-password").hint("hint-password"), errors))
            button type="submit" { (ctx.t("reset-new-submit")) }
        }
    };
    ctx.page_with(status, head(&title), body)
}

async fn new_password_form(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, PageError> {
    if app
        .store
        .password_reset_valid(&token_hash(&token), now())
        .await
        .or_page(&ctx)?
    {
        Ok(new_password_page(&ctx, &token, &[], StatusCode::OK))
    } else {
        Ok(message_page(
            &ctx,
            "reset-expired-title",
            "reset-expired-body",
            StatusCode::GONE,
        ))
    }
}

async fn new_password(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, token)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = FormData::parse(&body);
    ctx.check_csrf(&form)?;
    let password = form.get("password");
    if let Err(e) = validate_password(password, "") {
        return Ok(new_password_page(
            &ctx,
            &token,
            &[e],
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let hashed = hash(&ctx, password).await?;
    match app
        .store
        .use_password_reset(&token_hash(&token), now())
        .await
        .or_page(&ctx)?
    {
        Some(who) => {
            app.store.set_password(who, &hashed).await.or_page(&ctx)?;
            Ok(Redirect::to(&format!("{}?done=reset", ctx.href("/signin"))).into_response())
        }
        None => Ok(message_page(
            &ctx,
            "reset-expired-title",
            "reset-expired-body",
            StatusCode::GONE,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next("/en/account"), Some("/en/account"));
        assert_eq!(safe_next("//evil.example"), None);
        assert_eq!(safe_next("https://evil.example"), None);
        assert_eq!(safe_next("/\\evil.example"), None);
        assert_eq!(safe_next(""), None);
    }
}
