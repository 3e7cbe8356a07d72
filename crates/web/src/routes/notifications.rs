//! A signed-in participant's notifications, newest first, each rendered now in the
//! reader's language from its message kind and arguments, and a button that marks them
//! all read. Plain links and a form: nothing needs JavaScript.

use crate::display;
use crate::error::{OrPage, PageError};
use crate::extract::Me;
use crate::form::{csrf_field, FormData};
use crate::layout::{Alternates, Head};
use crate::locale::FluentValueArg;
use crate::{AppState, Ctx};
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::model::Notification;
use maud::{html, Markup};

const PAGE: i64 = 50;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/notifications", get(list))
        .route("/{lang}/notifications/read", post(mark_read))
}

/// The sentence for a notification, in the reader's language.
pub fn message(ctx: &Ctx, n: &Notification) -> String {
    let args: Vec<(&str, FluentValueArg)> = n
        .args
        .iter()
        .map(|(k, v)| {
            let value = match v.parse::<i64>() {
                Ok(number) => FluentValueArg::Num(number),
                Err(_) => FluentValueArg::Str(v.clone()),
            };
            (k.as_str(), value)
        })
        .collect();
    ctx.t_args(&format!("notification-{}", n.kind), &args)
}

fn item(ctx: &Ctx, n: &Notification) -> Markup {
    // Links are site paths; anything else is shown without a link.
    let internal = n.link.starts_with('/') && !n.link.starts_with("//");
    html! {
        li class=[(!n.read).then_some("unread")] {
            @if !n.read { span.badge { (ctx.t("notification-unread")) } " " }
            @if internal {
                a href=(ctx.href(&n.link)) { (message(ctx, n)) }
            } @else {
                (message(ctx, n))
            }
            " " span.meta { (display::date(ctx, n.created_at)) }
        }
    }
}

async fn list(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let before = FormData::parse(q.unwrap_or_default().as_bytes())
        .get("before")
        .parse()
        .unwrap_or(i64::MAX);
    let items = app
        .store
        .notifications(me.id, before, PAGE)
        .await
        .or_page(&ctx)?;
    let invitations = crate::routes::proposals::my_invitations(&ctx, &app).await?;
    let title = ctx.t("notifications-title");
    let body = html! {
        h1 { (title) }
        (invitations)
        @if ctx.unread > 0 {
            form method="post" action=(ctx.href("/notifications/read")) {
                (csrf_field(&ctx))
                button.secondary type="submit" { (ctx.t("notifications-mark-read")) }
            }
        }
        @if items.is_empty() {
            p { (ctx.t("notifications-none")) }
        } @else {
            ol.list.notifications {
                @for n in &items { (item(&ctx, n)) }
            }
        }
        @if items.len() as i64 == PAGE {
            @if let Some(last) = items.last() {
                p { a rel="next" href=(ctx.href(&format!("/notifications?before={}", last.id))) { (ctx.t("notifications-older")) } }
            }
        }
    };
    let head = Head {
        title: &title,
        noindex: true,
        alternates: Alternates::AllLocales,
        description: None,
    };
    Ok(ctx.page(head, body))
}

async fn mark_read(Me { ctx, me }: Me, State(app): State<AppState>) -> Result<Response, PageError> {
    app.store
        .mark_notifications_read(me.id)
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href("/notifications")).into_response())
}
