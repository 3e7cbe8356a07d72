//! Routes, one module per part of the site, composed here.

mod account;
mod admin;
mod agenda;
mod auth;
mod coalition_admin;
mod coalitions;
mod exports;
pub(crate) mod feeds;
mod follow;
mod health;
mod home;
mod meetings;
mod moderation;
mod notifications;
mod outputs;
mod pages;
mod people;
mod private_feed;
mod proposals;
mod reports;
mod review;
mod threads;
mod topics;
mod translate;
mod unsubscribe;

pub(crate) use coalitions::SharedCoalition;
pub(crate) use moderation::HOLD_FIRST_POSTS;
pub(crate) use threads::check as check_post;
pub(crate) use threads::SharedThread;
pub(crate) use unsubscribe::token_shaped as unsubscribe_token_shaped;

use crate::locale::redirect_to_language;
use crate::{assets, AppState, Ctx};
use axum::extract::Request;
use axum::extract::{FromRequestParts, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/static/{file}", get(assets::stylesheet))
        .route("/favicon.ico", get(assets::icon))
        .route("/favicon.svg", get(assets::icon))
        .route("/manifest.webmanifest", get(assets::manifest))
        .merge(home::routes())
        .merge(pages::routes())
        .merge(coalitions::routes())
        .merge(coalition_admin::routes())
        .merge(threads::routes())
        .merge(auth::routes())
        .merge(account::routes())
        .merge(people::routes())
        .merge(admin::routes())
        .merge(translate::routes())
        .merge(topics::routes())
        .merge(outputs::routes())
        .merge(moderation::routes())
        .merge(follow::routes())
        .merge(unsubscribe::routes())
        .merge(meetings::routes())
        .merge(proposals::routes())
        .merge(review::routes())
        .merge(agenda::routes())
        .merge(exports::routes())
        .merge(feeds::routes())
        .merge(reports::routes())
        .merge(notifications::routes())
        .merge(private_feed::routes())
        .fallback(fallback)
}

/// No route matched: a path without a language goes to one; `/{lang}` gains its slash;
/// anything else is a page not found, in the reader's language.
async fn fallback(State(app): State<AppState>, request: Request) -> Response {
    let (mut parts, _) = request.into_parts();
    match Ctx::from_request_parts(&mut parts, &app).await {
        Err(redirect) => redirect,
        Ok(ctx) if ctx.loc.rest == "/" && !parts.uri.path().ends_with('/') => {
            axum::response::Redirect::to(&ctx.href("/")).into_response()
        }
        Ok(ctx) => ctx.not_found().into_response(),
    }
}

/// A path whose percent-escapes do not decode to UTF-8 cannot name anything here: answer
/// with a clear 400 page in the reader's language rather than the router's plain text.
pub async fn reject_undecodable_paths(
    State(app): State<AppState>,
    request: Request,
    next: axum::middleware::Next,
) -> Response {
    if percent_encoding::percent_decode_str(request.uri().path())
        .decode_utf8()
        .is_ok()
    {
        return next.run(request).await;
    }
    let (mut parts, _) = request.into_parts();
    match Ctx::from_request_parts(&mut parts, &app).await {
        Ok(ctx) => ctx.fail(crate::AppError::BadRequest).into_response(),
        Err(redirect) => redirect,
    }
}

/// Rejections made before a handler runs (wrong method, body too large, unreadable path
/// parameters) come from the router as plain English text or nothing at all. Answer them
/// with the same localized error page as everything else, keeping the status.
pub async fn localize_rejections(
    State(app): State<AppState>,
    request: Request,
    next: axum::middleware::Next,
) -> Response {
    let (parts, body) = request.into_parts();
    let mut copy = parts.clone();
    let response = next.run(Request::from_parts(parts, body)).await;
    let status = response.status();
    let typed = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html") || t.starts_with("application/json"));
    if !status.is_client_error() || typed || status == axum::http::StatusCode::NOT_MODIFIED {
        return response;
    }
    match Ctx::from_request_parts(&mut copy, &app).await {
        Ok(ctx) => ctx.fail(crate::AppError::Rejected(status)).into_response(),
        // No language in the path (e.g. /healthz): keep the plain answer.
        Err(_) => response,
    }
}

/// `/` and other language-less entry points.
pub async fn to_language(request: Request) -> Response {
    let (parts, _) = request.into_parts();
    redirect_to_language(&parts)
}
