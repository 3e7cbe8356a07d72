//! Routes, one module per part of the site, composed here.

mod coalitions;
mod health;
mod home;
mod pages;
mod threads;

use crate::locale::{redirect_to_language, Locale};
use crate::{assets, AppState};
use axum::extract::Request;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/static/{file}", get(assets::stylesheet))
        .merge(home::routes())
        .merge(pages::routes())
        .merge(coalitions::routes())
        .merge(threads::routes())
        .fallback(fallback)
}

/// No route matched: a path without a language goes to one; `/{lang}` gains its slash;
/// anything else is a page not found, in the reader's language.
async fn fallback(request: Request) -> Response {
    let (mut parts, _) = request.into_parts();
    match <Locale as axum::extract::FromRequestParts<()>>::from_request_parts(&mut parts, &()).await
    {
        Err(redirect) => redirect,
        Ok(loc) if loc.rest == "/" && !parts.uri.path().ends_with('/') => {
            axum::response::Redirect::to(&loc.href("/")).into_response()
        }
        Ok(loc) => loc.not_found().into_response(),
    }
}

/// `/` and other language-less entry points.
pub async fn to_language(request: Request) -> Response {
    let (parts, _) = request.into_parts();
    redirect_to_language(&parts)
}
