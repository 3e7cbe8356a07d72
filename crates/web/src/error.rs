//! One error type for every page. What a client did wrong gets a clear page in the
//! reader's language; what went wrong inside is logged with the request and shown only
//! as "something went wrong".

use crate::layout::{Alternates, Head};
use crate::Ctx;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use convene_store::StoreError;
use maud::html;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("bad request")]
    BadRequest,
    /// A rejection from the router or an extractor (405, 413, 415…), kept with its status.
    #[error("rejected with {0}")]
    Rejected(StatusCode),
    #[error("sign in first")]
    SignIn,
    #[error("forbidden")]
    Forbidden,
    #[error("CSRF token missing or wrong")]
    Csrf,
    #[error("too many requests")]
    TooMany,
    /// The request contradicts the rules (e.g. recognising a coalition that does not
    /// meet the criteria).
    #[error("conflicts with the rules")]
    Conflict,
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error("internal: {0}")]
    Internal(String),
}

/// Store errors mapped once, here: a record that is not there is a 404, a write that
/// collides with an existing one a 409, an unreachable database a 503; only what is
/// truly unexpected becomes a 500.
impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(_) => AppError::NotFound,
            StoreError::Conflict(_) => AppError::Conflict,
            e if e.is_unavailable() => AppError::Unavailable(e.to_string()),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl AppError {
    fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::Rejected(status) => *status,
            AppError::SignIn => StatusCode::SEE_OTHER,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::TooMany => StatusCode::TOO_MANY_REQUESTS,
            AppError::Conflict => StatusCode::CONFLICT,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn message_ids(&self) -> (&'static str, &'static str) {
        match self {
            AppError::NotFound => ("error-not-found-title", "error-not-found-body"),
            AppError::BadRequest => ("error-bad-request-title", "error-bad-request-body"),
            AppError::Rejected(StatusCode::PAYLOAD_TOO_LARGE) => {
                ("error-too-large-title", "error-too-large-body")
            }
            AppError::Rejected(_) => ("error-bad-request-title", "error-bad-request-body"),
            AppError::SignIn | AppError::Forbidden => {
                ("error-forbidden-title", "error-forbidden-body")
            }
            AppError::Csrf => ("error-csrf-title", "error-csrf-body"),
            AppError::TooMany => ("error-too-many-title", "error-too-many-body"),
            AppError::Conflict => ("error-conflict-title", "error-conflict-body"),
            AppError::Unavailable(_) => ("error-unavailable-title", "error-unavailable-body"),
            AppError::Internal(_) => ("error-internal-title", "error-internal-body"),
        }
    }
}

/// An error on its way to becoming a page in the reader's language.
#[derive(Debug)]
pub struct PageError {
    pub ctx: Box<Ctx>,
    pub error: AppError,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let PageError { ctx, error } = self;
        match &error {
            AppError::Internal(detail) | AppError::Unavailable(detail) => {
                tracing::error!(%detail, "request failed");
            }
            AppError::SignIn => {
                let next = ctx.href(&ctx.loc.rest);
                let target = format!(
                    "{}?next={}",
                    ctx.href("/signin"),
                    form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                );
                return ctx.finish(Redirect::to(&target).into_response());
            }
            _ => {}
        }
        let (title_id, body_id) = error.message_ids();
        let title = ctx.t(title_id);
        let body = html! {
            h1 { (title) }
            p { (ctx.t(body_id)) }
            p { a href=(ctx.href("/")) { (ctx.t("error-go-home")) } }
        };
        let head = Head {
            title: &title,
            noindex: true,
            alternates: Alternates::None,
            description: None,
        };
        ctx.page_with(error.status(), head, body)
    }
}

/// Attach the request's context to a failure, so it renders in the reader's language.
pub trait OrPage<T> {
    fn or_page(self, ctx: &Ctx) -> Result<T, PageError>;
}

impl<T, E: Into<AppError>> OrPage<T> for Result<T, E> {
    fn or_page(self, ctx: &Ctx) -> Result<T, PageError> {
        self.map_err(|e| ctx.fail(e.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_errors_become_client_statuses_where_the_client_caused_them() {
        let status = |e: StoreError| AppError::from(e).status();
        assert_eq!(
            status(StoreError::NotFound("thread")),
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            status(StoreError::Conflict("slug".into())),
            StatusCode::CONFLICT
        );
        assert_eq!(
            status(StoreError::Corrupt("bad row".into())),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }
}
