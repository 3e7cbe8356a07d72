//! Extractors for what handlers keep needing, so a handler's signature states it and
//! its body reads as the use case:
//! - [`Me`]: a signed-in participant (anonymous readers are sent to sign in);
//! - [`Form`]: a submitted form, already past the CSRF layer ([`crate::csrf`]);
//! - [`Id`]: a numeric id from the path (anything else is a 404 page);
//! - targets loaded and checked against an action live beside what they load, e.g.
//!   [`crate::programme::Visible`] and [`crate::programme::Organising`] for proposals.
//!
//! Each builds on [`Ctx`], which a request computes once (it is kept in the request's
//! extensions), so stacking extractors costs no extra session lookups.

use crate::form::FormData;
use crate::{AppState, Ctx};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use convene_core::model::Participant;

/// The request's context together with the signed-in participant.
pub struct Me {
    pub ctx: Ctx,
    pub me: Participant,
}

impl FromRequestParts<AppState> for Me {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Response> {
        let ctx = Ctx::from_request_parts(parts, app).await?;
        match ctx.viewer.clone() {
            Some(me) => Ok(Me { ctx, me }),
            None => Err(ctx.fail(crate::AppError::SignIn).into_response()),
        }
    }
}

/// A url-encoded form body. The CSRF layer has checked its token before any handler
/// runs; a body that cannot be read was refused there too.
pub struct Form(pub FormData);

impl<S: Send + Sync> FromRequest<S> for Form {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Response> {
        let body = Bytes::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(Form(FormData::parse(&body)))
    }
}

/// The last path segment as a positive id; `/{lang}/things/{id}` routes take it.
pub struct Id(pub i64);

impl FromRequestParts<AppState> for Id {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Response> {
        let not_found = |ctx: Ctx| ctx.not_found().into_response();
        let Path((_, raw)) = Path::<(String, String)>::from_request_parts(parts, app)
            .await
            .map_err(IntoResponse::into_response)?;
        match raw.parse::<i64>() {
            Ok(id) if id > 0 => Ok(Id(id)),
            _ => Err(not_found(Ctx::from_request_parts(parts, app).await?)),
        }
    }
}
