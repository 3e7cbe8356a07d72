//! Registration, signing in and out, and password reset by emailed link.

use crate::ctx::SESSION_SECONDS;
use crate::error::{AppError, OrPage, PageError};
use crate::extract::Form;
use crate::form::{self, csrf_field, error_summary, Input};
use crate::layout::{Alternates, Head};
use crate::limits::{
    self, REGISTER_PER_IP, RESET_PER_ACCOUNT, RESET_PER_IP, RESET_USE_PER_IP, SIGNIN_PER_ACCOUNT,
    SIGNIN_PER_IP, TAKEN_MAIL_PER_ACCOUNT,
};
use crate::redirect::safe_redirect;
use crate::routes::account::{profile_fields, profile_input, suspended_page};
use crate::{AppState, Ctx};
use axum::extract::{Path, RawQuery, State};
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use convene_core::account::{
    validate_password, validate_profile, FieldError, ProfileInput, MAX_EMAIL,
};
use convene_core::date::now;
use convene_core::model::{NewAccount, Participant};
use convene_core::secrets::{
    decoy_hash, hash_password, known_browser_token, new_token, same_secret, token_hash,
    verify_password,
};
use maud::{html, Markup};

/// Reset links work for one hour.
const RESET_SECONDS: i64 = 3600;
/// Links confirming a new account's address work for two days.
const CONFIRM_SECONDS: i64 = 2 * 24 * 3600;
/// Marks a browser its owner signed in from (see `known_browser_token`).
const KNOWN_COOKIE: &str = "convene_known";
/// A year: longer than any attack on an account lasts.
const KNOWN_SECONDS: i64 = 365 * 24 * 3600;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/register", get(register_form).post(register))
        .route("/{lang}/confirm/{token}", get(confirm_form).post(confirm))
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
        description: None,
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

/// Check a password off the executor; with no stored hash, a decoy takes as long.
pub async fn verify(password: &str, stored: Option<String>) -> bool {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || {
        let stored = stored.as_deref().unwrap_or(decoy_hash());
        verify_password(&password, stored)
    })
    .await
    .unwrap_or(false)
}

/// Start a session for `who` (whose password hash is `hash`) and send them on to `to`.
/// The browser is remembered as theirs, for the limits on signing in.
async fn start_session(
    app: &AppState,
    ctx: &Ctx,
    who: i64,
    hash: &str,
    to: &str,
) -> Result<Response, PageError> {
    let token = new_token();
    app.store
        .create_session(&token_hash(&token), who, now() + SESSION_SECONDS)
        .await
        .or_page(ctx)?;
    let mut response = ctx.with_session(Redirect::to(to).into_response(), Some(&token));
    let mut known = format!(
        "{KNOWN_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age={KNOWN_SECONDS}",
        known_browser_token(who, hash)
    );
    if ctx.secure {
        known.push_str("; Secure");
    }
    if let Ok(v) = HeaderValue::from_str(&known) {
        response.headers_mut().append(SET_COOKIE, v);
    }
    Ok(response)
}

/// Mail `p`, in their interface language, a message with a link to `path` on this site.
async fn mail(ctx: &Ctx, app: &AppState, p: &Participant, subject: &str, body: &str, path: &str) {
    let to = Recipient {
        email: &p.email,
        name: &p.display_name,
        ui_lang: &p.profile.ui_lang,
    };
    mail_to(ctx, app, &to, subject, body, path).await;
}

/// Whom a mail goes to: an account, or a registration not yet confirmed.
struct Recipient<'a> {
    email: &'a str,
    name: &'a str,
    ui_lang: &'a str,
}

async fn mail_to(
    ctx: &Ctx,
    app: &AppState,
    p: &Recipient<'_>,
    subject: &str,
    body: &str,
    path: &str,
) {
    let lang = if convene_i18n::is_supported(p.ui_lang) {
        p.ui_lang
    } else {
        ctx.code()
    };
    let link = format!(
        "{}/{lang}{path}",
        app.options.public_url.trim_end_matches('/')
    );
    let mut args = convene_i18n::FluentArgs::new();
    args.set("name", p.name.to_string());
    args.set("link", link);
    let subject = convene_i18n::tr(lang, subject, None);
    let text = convene_i18n::tr(lang, body, Some(&args));
    // Isolation marks help in pages but not in a plain-text mail's link.
    let text = text.replace(['\u{2068}', '\u{2069}'], "");
    if let Err(e) = app.options.mailer.send(p.email, &subject, &text).await {
        tracing::error!(error = %e, subject, "mail not sent");
    }
}

fn request_cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
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
    Form(form): Form,
) -> Result<Response, PageError> {
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
    let (Some(valid), true) = (valid, errors.is_empty()) else {
        return Ok(register_page(
            &ctx,
            &input,
            coc,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    };
    let account = NewAccount {
        participant: valid.participant,
        password_hash: hash(&ctx, password).await?,
        profile: valid.profile,
        coc_accepted: true,
    };
    // The answer is the same whether or not the address has an account, so the page
    // tells a stranger nothing: the address's owner learns what happened by mail, and
    // a new account signs in only once its owner follows the link.
    let token = new_token();
    let registered = app
        .store
        .register_account(&account, &token_hash(&token), now() + CONFIRM_SECONDS)
        .await
        .or_page(&ctx)?;
    let email = &account.participant.email;
    // Mails about registrations with one address are limited, so nobody floods it.
    if limits::allowed(&app, &ctx, &TAKEN_MAIL_PER_ACCOUNT, email).await? {
        match registered {
            Some(_) => {
                let to = Recipient {
                    email,
                    name: &account.participant.display_name,
                    ui_lang: &account.profile.ui_lang,
                };
                let path = format!("/confirm/{token}");
                mail_to(
                    &ctx,
                    &app,
                    &to,
                    "confirm-mail-subject",
                    "confirm-mail-body",
                    &path,
                )
                .await;
            }
            None => {
                if let Some((p, _)) = app.store.credentials(email).await.or_page(&ctx)? {
                    mail(
                        &ctx,
                        &app,
                        &p,
                        "register-taken-mail-subject",
                        "register-taken-mail-body",
                        "/password-reset",
                    )
                    .await;
                }
            }
        }
    }
    let to = format!("{}?done=check-mail", ctx.href("/signin"));
    Ok(Redirect::to(&to).into_response())
}

// ---- confirming the address of a new account

/// The link in the mail shows a button rather than confirming at once, so a mail
/// scanner that follows links neither confirms nor signs anyone in.
async fn confirm_form(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, PageError> {
    if !app
        .store
        .email_confirmation_valid(&token_hash(&token), now())
        .await
        .or_page(&ctx)?
    {
        return Ok(confirm_expired(&ctx));
    }
    let title = ctx.t("confirm-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("confirm-intro")) }
        form.stack method="post" action=(ctx.href(&format!("/confirm/{token}"))) {
            (csrf_field(&ctx))
            button type="submit" { (ctx.t("confirm-submit")) }
        }
    };
    Ok(ctx.page(head(&title), body))
}

async fn confirm(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, PageError> {
    match app
        .store
        .confirm_email(&token_hash(&token), now())
        .await
        .or_page(&ctx)?
    {
        Some((id, hash)) => {
            let to = ctx.href(&format!("/people/{id}"));
            start_session(&app, &ctx, id, &hash, &to).await
        }
        None => Ok(confirm_expired(&ctx)),
    }
}

fn confirm_expired(ctx: &Ctx) -> Response {
    message_page(
        ctx,
        "confirm-expired-title",
        "confirm-expired-body",
        StatusCode::GONE,
    )
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
        "check-mail" => Some("signin-check-mail"),
        _ => None,
    };
    signin_page(&ctx, "", &next, notice, &[], StatusCode::OK)
}

async fn signin(
    ctx: Ctx,
    State(app): State<AppState>,
    headers: HeaderMap,
    Form(form): Form,
) -> Result<Response, PageError> {
    limits::check(&app, &ctx, &SIGNIN_PER_IP, &ctx.client_ip).await?;
    // No address is longer; a longer one is neither looked up nor kept as a counter.
    let email = form.get("email").trim();
    let email = if email.len() <= MAX_EMAIL {
        email.to_lowercase()
    } else {
        String::new()
    };
    let found = app.store.credentials(&email).await.or_page(&ctx)?;
    let (participant, stored) = match found {
        Some((p, h)) => (Some(p), h),
        None => (None, None),
    };
    // The limit per account stops strangers guessing one person's password, but would
    // lock the owner out with them: the browser the owner signed in from before is
    // spared it (the limit per client address above still applies to it).
    let known = match (
        &participant,
        &stored,
        request_cookie(&headers, KNOWN_COOKIE),
    ) {
        (Some(p), Some(h), Some(c)) => same_secret(c, &known_browser_token(p.id, h)),
        _ => false,
    };
    if !known {
        limits::check(&app, &ctx, &SIGNIN_PER_ACCOUNT, &email).await?;
    }
    let matches = verify(form.get("password"), stored.clone()).await;
    let message = match (participant, stored) {
        (Some(p), Some(hash)) if matches && p.suspension.is_none() => {
            let next = safe_redirect(form.get("next"), ctx.href("/"));
            return start_session(&app, &ctx, p.id, &hash, &next).await;
        }
        // Suspended people may still take their data away or delete the account.
        (Some(p), _) if matches => {
            return Ok(suspended_page(
                &ctx,
                &p.email,
                &[],
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
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
    Form(_form): Form,
) -> Result<Response, PageError> {
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
    Form(form): Form,
) -> Result<Response, PageError> {
    let email = form.get("email").trim().to_lowercase();
    if !convene_core::account::plausible_email(&email) {
        let errors = [FieldError {
            field: "email",
            message: "form-error-email",
        }];
        return Ok(reset_page(&ctx, &email, &errors));
    }
    limits::check(&app, &ctx, &RESET_PER_IP, &ctx.client_ip).await?;
    // Past the limit per address no more mail goes out, yet the answer stays the same,
    // so nobody can block the owner's recovery (see RESET_PER_ACCOUNT). The answer is
    // also the same whether or not the account exists.
    if !limits::allowed(&app, &ctx, &RESET_PER_ACCOUNT, &email).await? {
        return Ok(reset_sent(&ctx));
    }
    if let Some((p, _)) = app.store.credentials(&email).await.or_page(&ctx)? {
        if p.suspension.is_none() {
            let token = new_token();
            app.store
                .create_password_reset(&token_hash(&token), p.id, now() + RESET_SECONDS)
                .await
                .or_page(&ctx)?;
            let path = format!("/password-reset/{token}");
            mail(
                &ctx,
                &app,
                &p,
                "reset-mail-subject",
                "reset-mail-body",
                &path,
            )
            .await;
        }
    }
    Ok(reset_sent(&ctx))
}

fn reset_sent(ctx: &Ctx) -> Response {
    message_page(ctx, "reset-sent-title", "reset-sent-body", StatusCode::OK)
}

fn reset_expired(ctx: &Ctx) -> Response {
    message_page(
        ctx,
        "reset-expired-title",
        "reset-expired-body",
        StatusCode::GONE,
    )
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
        Ok(reset_expired(&ctx))
    }
}

async fn new_password(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, token)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    limits::check(&app, &ctx, &RESET_USE_PER_IP, &ctx.client_ip).await?;
    // A cheap look-up before the costly hash: links that do not work cost no argon2.
    let hashed_token = token_hash(&token);
    if !app
        .store
        .password_reset_valid(&hashed_token, now())
        .await
        .or_page(&ctx)?
    {
        return Ok(reset_expired(&ctx));
    }
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
    // Also voids every other reset link of the account (see the store).
    if app
        .store
        .reset_password(&hashed_token, now(), &hashed)
        .await
        .or_page(&ctx)?
    {
        Ok(Redirect::to(&format!("{}?done=reset", ctx.href("/signin"))).into_response())
    } else {
        Ok(reset_expired(&ctx))
    }
}
