//! The moderation audit log, readable by the secretariat and moderators.

use crate::error::{OrPage, PageError};
use crate::layout::{Alternates, Head};
use crate::{display, AppState, Ctx};
use axum::extract::{RawQuery, State};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use convene_core::permissions::Action;
use maud::{html, Markup};

const PAGE: i64 = 100;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/admin/audit", get(audit))
}

async fn audit(
    ctx: Ctx,
    State(app): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    ctx.require(Action::ReadAuditLog)?;
    let before = crate::form::FormData::parse(q.unwrap_or_default().as_bytes())
        .get("before")
        .parse()
        .unwrap_or(i64::MAX);
    let entries = app.store.audit_log(before, PAGE).await.or_page(&ctx)?;
    let title = ctx.t("audit-title");
    let body = html! {
        h1 { (title) }
        @if entries.is_empty() { p { (ctx.t("audit-empty")) } }
        @else {
            div.scroll { table {
                thead { tr {
                    th scope="col" { (ctx.t("audit-when")) }
                    th scope="col" { (ctx.t("audit-who")) }
                    th scope="col" { (ctx.t("audit-action")) }
                    th scope="col" { (ctx.t("audit-whom")) }
                    th scope="col" { (ctx.t("field-reason")) }
                } }
                tbody {
                    @for e in &entries {
                        tr {
                            td { (display::date(&ctx, e.at)) }
                            td { @if let Some(id) = e.actor_id { a href=(ctx.href(&format!("/people/{id}"))) { (e.actor_name.clone().unwrap_or_default()) } } @else { "convene" } }
                            td { (action(&ctx, &e.action)) }
                            td { @if let Some(id) = e.target_id { (target(&ctx, &e.action, id, e.target_name.as_deref())) } }
                            td { (e.reason) }
                        }
                    }
                }
            } }
            @if entries.len() as i64 == PAGE {
                @if let Some(last) = entries.last() {
                    p { a rel="next" href=(ctx.href(&format!("/admin/audit?before={}", last.id))) { (ctx.t("audit-older")) } }
                }
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

/// A decision on a session reads "Session decision: Accepted"; others have a message each.
fn action(ctx: &Ctx, action: &str) -> String {
    match action.strip_prefix("proposal-") {
        Some(status) => format!(
            "{}: {}",
            ctx.t("audit-action-proposal"),
            ctx.t(&format!("proposal-status-{status}"))
        ),
        None => ctx.t(&format!("audit-action-{action}")),
    }
}

/// What an entry acted on: a person, a session, or (posts, coalitions) its number. The
/// log keeps only an id, so the kind comes from the action.
fn target(ctx: &Ctx, action: &str, id: i64, name: Option<&str>) -> Markup {
    const ON_PEOPLE: &[&str] = &[
        "suspend",
        "reinstate",
        "set-role",
        "trust-translator",
        "untrust-translator",
        "block-posting",
        "unblock-posting",
        "auto-block-posting",
        "auto-block-coalition-posting",
    ];
    if action.starts_with("proposal-") {
        let label = ctx.t_args(
            "audit-target-session",
            &[("id", crate::locale::FluentValueArg::Str(id.to_string()))],
        );
        return html! { a href=(ctx.href(&format!("/sessions/{id}"))) { (label) } };
    }
    match name {
        Some(name) if ON_PEOPLE.contains(&action) => {
            html! { a href=(ctx.href(&format!("/people/{id}"))) { (name) } }
        }
        _ => html! { "#" (id) },
    }
}
