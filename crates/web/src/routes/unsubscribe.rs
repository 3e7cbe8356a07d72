//! Stopping mail from a link in it, without signing in (RFC 2369 `List-Unsubscribe`,
//! RFC 8058 one-click). The token in the address names the person and the watch (or
//! their digests) and is signed with the forum's secret: it is the only proof needed, so
//! the POST is the one state-changing request the CSRF layer lets through without a form
//! token (see `csrf::exempt`). GET only shows a confirming button, since mail scanners
//! follow links; POST, from that button or a mail client's one click, stops the mail.
//! The watch itself stays: the person still sees it on the forum.

use crate::error::{OrPage, PageError};
use crate::layout::{Alternates, Head};
use crate::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use convene_core::mail::{MailFrequency, Unsubscribe};
use maud::html;

pub fn routes() -> Router<AppState> {
    Router::new().route(
        "/{lang}/unsubscribe/{token}",
        get(confirm).post(unsubscribe),
    )
}

/// The path segment after `unsubscribe/` can only be a token of this shape: digits,
/// lower-case letters and `-`.
pub fn token_shaped(token: &str) -> bool {
    !token.is_empty()
        && token.len() <= 200
        && token
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'-')
}

async fn parse(ctx: &Ctx, app: &AppState, token: &str) -> Result<Option<Unsubscribe>, PageError> {
    if !token_shaped(token) {
        return Ok(None);
    }
    let secret = app.store.mail_secret().await.or_page(ctx)?;
    Ok(Unsubscribe::from_token(&secret, token))
}

fn invalid(ctx: &Ctx) -> Response {
    let title = ctx.t("unsubscribe-title");
    let body = html! {
        h1 { (title) }
        p.notice role="alert" { (ctx.t("unsubscribe-invalid")) }
    };
    ctx.page_with(StatusCode::NOT_FOUND, head(&title), body)
}

fn head(title: &str) -> Head<'_> {
    Head {
        title,
        noindex: true,
        alternates: Alternates::None,
        description: None,
    }
}

fn what(ctx: &Ctx, u: &Unsubscribe) -> String {
    match u {
        Unsubscribe::Watch { .. } => ctx.t("unsubscribe-confirm"),
        Unsubscribe::Digests {
            frequency: MailFrequency::Weekly,
            ..
        } => ctx.t("unsubscribe-confirm-weekly"),
        Unsubscribe::Digests { .. } => ctx.t("unsubscribe-confirm-daily"),
    }
}

async fn confirm(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let Some(u) = parse(&ctx, &app, &token).await? else {
        return Ok(invalid(&ctx));
    };
    let title = ctx.t("unsubscribe-title");
    let body = html! {
        h1 { (title) }
        p { (what(&ctx, &u)) }
        // The token in the address is the proof: no form token, no sign-in.
        form.stack method="post" action=(ctx.href(&format!("/unsubscribe/{token}"))) {
            input type="hidden" name="List-Unsubscribe" value="One-Click";
            button type="submit" { (ctx.t("unsubscribe-button")) }
        }
    };
    Ok(ctx.page(head(&title), body))
}

async fn unsubscribe(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let Some(u) = parse(&ctx, &app, &token).await? else {
        return Ok(invalid(&ctx));
    };
    app.store.unsubscribe(&u).await.or_page(&ctx)?;
    let title = ctx.t("unsubscribe-title");
    let body = html! {
        h1 { (title) }
        p.notice role="status" { (ctx.t("unsubscribe-done")) }
        p { a href=(ctx.href("/following")) { (ctx.t("following-title")) } }
    };
    Ok(ctx.page(head(&title), body))
}
