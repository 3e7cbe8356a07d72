//! A participant's notifications as a private Atom feed, for feed readers that cannot sign
//! in: its address carries a secret token (only the token's hash is stored), which the
//! participant makes, replaces or revokes on their account page. Never page-cached.

use crate::error::{OrPage, PageError};
use crate::extract::{Form, Me};
use crate::layout::{Alternates, Head};
use crate::{AppState, Ctx};
use atom_syndication::{Entry, Feed, Link, Person, Text};
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::permissions::Action;
use convene_core::secrets::{new_token, token_hash};
use maud::html;

/// Notifications in the feed: the newest this many.
const ENTRIES: i64 = 50;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/account/feed", post(make))
        .route("/{lang}/account/feed/revoke", post(revoke))
        .route("/{lang}/notifications/{token}/feed.atom", get(feed))
}

/// A new address (the old one stops working), shown once: only its hash is kept.
async fn make(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Form(_form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::EditProfile { owner: me.id })?;
    let token = new_token();
    app.store
        .set_feed_token(me.id, &token_hash(&token))
        .await
        .or_page(&ctx)?;
    let address = format!(
        "{}{}",
        app.options.public_url.trim_end_matches('/'),
        ctx.href(&format!("/notifications/{token}/feed.atom"))
    );
    let title = ctx.t("account-feed-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("account-feed-made")) }
        p { code.address { (address) } }
        p { a href=(ctx.href("/account")) { (ctx.t("account-title")) } }
    };
    let head = Head {
        title: &title,
        noindex: true,
        alternates: Alternates::None,
        description: None,
    };
    Ok(ctx.page(head, body))
}

async fn revoke(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Form(_form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::EditProfile { owner: me.id })?;
    app.store.revoke_feed_token(me.id).await.or_page(&ctx)?;
    Ok(Redirect::to(&format!("{}?feed=revoked", ctx.href("/account"))).into_response())
}

async fn feed(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let owner = app
        .store
        .feed_token_owner(&token_hash(&token))
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let items = app
        .store
        .notifications(owner, i64::MAX, ENTRIES)
        .await
        .or_page(&ctx)?;
    let base = app.options.public_url.trim_end_matches('/').to_string();
    let url = |path: &str| format!("{base}{}", ctx.href(path));
    let lang = ctx.code().to_string();
    let entries: Vec<Entry> = items
        .iter()
        .map(|n| {
            let internal = n.link.starts_with('/') && !n.link.starts_with("//");
            let id = url(&format!("/notifications#n{}", n.id));
            Entry {
                title: Text {
                    value: crate::routes::notifications::message(&ctx, n),
                    lang: Some(lang.clone()),
                    ..Text::default()
                },
                id,
                updated: crate::routes::feeds::when(n.created_at),
                links: if internal {
                    vec![Link {
                        href: url(&n.link),
                        rel: "alternate".into(),
                        ..Link::default()
                    }]
                } else {
                    Vec::new()
                },
                ..Entry::default()
            }
        })
        .collect();
    let updated = entries.first().map_or_else(
        || crate::routes::feeds::when(convene_core::date::now()),
        |e| e.updated,
    );
    let feed = Feed {
        title: Text {
            value: format!("{} – {}", ctx.t("site-name"), ctx.t("notifications-title")),
            lang: Some(lang.clone()),
            ..Text::default()
        },
        // The feed's id must not carry the token: it may be shown or shared.
        id: url(&format!("/people/{owner}#notifications")),
        updated,
        authors: vec![Person {
            name: ctx.t("site-name"),
            ..Person::default()
        }],
        lang: Some(lang),
        entries,
        ..Feed::default()
    };
    let mut response = (
        [
            (CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
            (CACHE_CONTROL, "private, no-cache"),
        ],
        feed.to_string(),
    )
        .into_response();
    response.headers_mut().insert(
        "x-robots-tag",
        axum::http::HeaderValue::from_static("noindex"),
    );
    Ok(response)
}
