//! One error type for every page. What a client did wrong gets a clear page in the
//! reader's language; what went wrong inside is logged with the request and shown only
//! as "something went wrong".

use crate::layout::{self, Head};
use crate::Locale;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use convene_store::StoreError;
use maud::html;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("bad request")]
    BadRequest,
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error("internal: {0}")]
    Internal(String),
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Database(sqlx_error @ (sqlx::Error::PoolTimedOut | sqlx::Error::Io(_))) => {
                AppError::Unavailable(sqlx_error.to_string())
            }
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl AppError {
    fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn message_ids(&self) -> (&'static str, &'static str) {
        match self {
            AppError::NotFound => ("error-not-found-title", "error-not-found-body"),
            AppError::BadRequest => ("error-bad-request-title", "error-bad-request-body"),
            AppError::Unavailable(_) => ("error-unavailable-title", "error-unavailable-body"),
            AppError::Internal(_) => ("error-internal-title", "error-internal-body"),
        }
    }
}

/// An error on its way to becoming a page in the reader's language.
#[derive(Debug)]
pub struct PageError {
    pub locale: Locale,
    pub error: AppError,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let PageError { locale, error } = self;
        match &error {
            AppError::Internal(detail) | AppError::Unavailable(detail) => {
                tracing::error!(%detail, "request failed");
            }
            _ => {}
        }
        let (title_id, body_id) = error.message_ids();
        let title = locale.t(title_id);
        let body = html! {
            h1 { (title) }
            p { (locale.t(body_id)) }
            p { a href=(locale.href("/")) { (locale.t("error-go-home")) } }
        };
        let head = Head {
            title: &title,
            noindex: true,
            alternates: layout::Alternates::None,
        };
        let page = layout::page(&locale, head, body);
        locale.finish((error.status(), page).into_response())
    }
}

/// Attach the reader's locale to a failure, so it renders in their language.
pub trait OrPage<T> {
    fn or_page(self, locale: &Locale) -> Result<T, PageError>;
}

impl<T, E: Into<AppError>> OrPage<T> for Result<T, E> {
    fn or_page(self, locale: &Locale) -> Result<T, PageError> {
        self.map_err(|e| PageError {
            locale: locale.clone(),
            error: e.into(),
        })
    }
}

impl Locale {
    pub fn not_found(&self) -> PageError {
        PageError {
            locale: self.clone(),
            error: AppError::NotFound,
        }
    }
}
