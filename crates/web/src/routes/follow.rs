//! Editing one's own posts (every earlier version stays readable), following coalitions
//! and threads, and the list of what one follows.

use crate::display;
use crate::error::{AppError, OrPage, PageError};
use crate::extract::Form;
use crate::extract::Me;
use crate::form::csrf_field;
use crate::layout::{Alternates, Head};
use crate::pieces::Pieces;
use crate::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::mail::MailFrequency;
use convene_core::model::{CoalitionId, ParticipantId};
use convene_core::model::{FollowKind, Post, WatchLevel};
use convene_core::permissions::Action;
use convene_core::visibility::PostView;
use maud::{html, Markup, PreEscaped};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/posts/{id}/edit", get(edit_form).post(edit))
        .route("/{lang}/posts/{id}/history", get(history))
        .route("/{lang}/follow", post(follow))
        .route("/{lang}/following", get(following))
}

/// "Edited" (linking to the history) and, for the author, "Edit".
pub fn post_edit_links(ctx: &Ctx, p: &Post, out: &mut Pieces) {
    if p.edited_at.is_some() {
        out.html(html! { " · " a href=(ctx.href(&format!("/posts/{}/history", p.id))) { (ctx.t("post-edited")) } });
    }
    // Whether the reader may edit it is theirs to know: a hole, filled per reader.
    if p.hidden.is_none() {
        let mut edit = Pieces::default();
        edit.html(html! { " · " a href=(ctx.href(&format!("/posts/{}/edit", p.id))) { (ctx.t("post-edit")) } });
        out.if_editable(p.author.id, edit);
    }
}

/// How closely to watch a coalition or a topic (everything, new discussions and outputs
/// only, or not at all) and how it comes by mail (not, each post, a daily or weekly
/// digest).
pub fn watch_form(
    ctx: &Ctx,
    kind: FollowKind,
    id: i64,
    watch: Option<(WatchLevel, Option<MailFrequency>)>,
) -> Markup {
    let choices = [
        ("all", "watch-everything"),
        ("new", "watch-new-only"),
        ("off", "watch-off"),
    ];
    let current = watch.map_or("off", |(level, _)| level.code());
    // Unique on a page that lists several (the list of what one watches).
    let field = format!("watch-{}-{id}", kind.code());
    html! {
        @if ctx.viewer.is_some() {
            form.inline.watch method="post" action=(ctx.href("/follow")) {
                (csrf_field(ctx))
                input type="hidden" name="kind" value=(kind.code());
                input type="hidden" name="id" value=(id);
                input type="hidden" name="back" value=(ctx.href(&ctx.loc.rest));
                label for=(field) { (ctx.t("watch-label")) } " "
                select id=(field) name="level" {
                    @for (code, label) in choices {
                        option value=(code) selected[code == current] { (ctx.t(label)) }
                    }
                }
                " " (mail_select(ctx, kind, id, watch.and_then(|(_, m)| m)))
                " " button.secondary type="submit" { (ctx.t("watch-save")) }
            }
        }
    }
}

/// The choice of how a watch comes by mail.
fn mail_select(ctx: &Ctx, kind: FollowKind, id: i64, mail: Option<MailFrequency>) -> Markup {
    let field = format!("mail-{}-{id}", kind.code());
    let current = MailFrequency::code_of(mail);
    html! {
        label for=(field) { (ctx.t("watch-mail-label")) } " "
        select id=(field) name="mail" {
            @for code in ["none", "now", "daily", "weekly"] {
                option value=(code) selected[code == current] { (ctx.t(&format!("watch-mail-{code}"))) }
            }
        }
    }
}

/// For a followed thread: how it comes by mail.
pub fn thread_mail_form(ctx: &Ctx, id: i64, mail: Option<MailFrequency>) -> Markup {
    html! {
        @if ctx.viewer.is_some() {
            form.inline.watch method="post" action=(ctx.href("/follow")) {
                (csrf_field(ctx))
                input type="hidden" name="kind" value="thread";
                input type="hidden" name="id" value=(id);
                input type="hidden" name="level" value="all";
                input type="hidden" name="back" value=(ctx.href(&ctx.loc.rest));
                (mail_select(ctx, FollowKind::Thread, id, mail))
                " " button.secondary type="submit" { (ctx.t("watch-save")) }
            }
        }
    }
}

/// A follow or unfollow button.
pub fn follow_button(ctx: &Ctx, kind: FollowKind, id: i64, following: bool) -> Markup {
    html! {
        @if ctx.viewer.is_some() {
            form.inline method="post" action=(ctx.href("/follow")) {
                (csrf_field(ctx))
                input type="hidden" name="kind" value=(kind.code());
                input type="hidden" name="id" value=(id);
                input type="hidden" name="follow" value=(if following { "0" } else { "1" });
                input type="hidden" name="back" value=(ctx.href(&ctx.loc.rest));
                button.secondary type="submit" { (ctx.t(if following { "unfollow" } else { "follow" })) }
            }
        }
    }
}

async fn own_post(ctx: &Ctx, app: &AppState, id: &str) -> Result<(i64, i64, String), PageError> {
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    let convene_core::model::PostContext {
        thread_id: thread,
        author_id: author,
        ..
    } = app
        .store
        .post_context(id)
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())?;
    ctx.require(Action::EditPost { author })?;
    // A hidden post stays as it is: editing would move the hidden text into the history.
    let state = app
        .store
        .post_state(id)
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())?;
    if !convene_core::visibility::may_edit_post(ctx.actor(), state.author_id, state.hidden) {
        return Err(ctx.fail(AppError::Forbidden));
    }
    // Posting rights removed in the post's coalition cover editing there too.
    if let Some(coalition) = state.coalition_id {
        let blocked = app
            .store
            .coalition_posting_blocked(CoalitionId(coalition), ParticipantId(state.author_id))
            .await
            .or_page(ctx)?;
        if blocked {
            return Err(ctx.fail(AppError::Forbidden));
        }
    }
    let (_, source) = app
        .store
        .post_source(id)
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())?;
    Ok((id, thread, source))
}

async fn edit_form(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (id, _, source) = own_post(&ctx, &app, &id).await?;
    let title = ctx.t("post-edit-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("post-edit-explain")) }
        form.stack method="post" action=(ctx.href(&format!("/posts/{id}/edit"))) {
            (csrf_field(&ctx))
            label for="body" { (ctx.t("field-post")) }
            textarea #body name="body" rows="10" required { (source) }
            button type="submit" { (ctx.t("account-save")) }
        }
    };
    let head = Head {
        title: &title,
        noindex: true,
        alternates: Alternates::None,
        description: None,
    };
    Ok(ctx.page(head, body))
}

async fn edit(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    let (id, thread, _) = own_post(&ctx, &app, &id).await?;
    let text = form.get("body").trim();
    if text.is_empty() || text.chars().count() > 20_000 {
        return Err(ctx.fail(AppError::BadRequest));
    }
    app.store.edit_post(id, text).await.or_page(&ctx)?;
    Ok(
        Redirect::to(&ctx.href(&format!("/threads/{thread}?after={}#post-{id}", id - 1)))
            .into_response(),
    )
}

async fn history(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    // Held posts' versions only for their author and moderators; hidden posts' only
    // for moderators (others see the hidden notice).
    let (state, view) = crate::visibility::post_by_id(&ctx, &app, id)
        .await?
        .ok_or_else(|| ctx.not_found())?;
    if view == PostView::Nothing {
        return Err(ctx.not_found());
    }
    let thread = state.thread_id;
    let versions = if view.is_full() {
        app.store.post_versions(id).await.or_page(&ctx)?
    } else {
        Vec::new()
    };
    let title = ctx.t("post-history-title");
    let body = html! {
        h1 { (title) }
        p { a href=(ctx.href(&format!("/threads/{thread}?after={}#post-{id}", id - 1))) { (ctx.t("post-history-current")) } }
        @if !view.is_full() { p.notice.hidden-post { (ctx.t("post-hidden")) " " (state.hidden_reason) } }
        @for v in &versions {
            article.post {
                p.meta { (ctx.t_args("output-version", &[
                    ("value", crate::locale::FluentValueArg::Str(v.version.to_string())),
                    ("date", crate::locale::FluentValueArg::Str(display::date(&ctx, v.created_at))),
                ])) }
                div { (PreEscaped(&v.body_html)) }
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

async fn follow(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::Follow)?;
    let kind = match form.get("kind") {
        "coalition" => FollowKind::Coalition,
        "thread" => FollowKind::Thread,
        "topic" => FollowKind::Topic,
        _ => return Err(ctx.fail(AppError::BadRequest)),
    };
    let id: i64 = form
        .get("id")
        .parse()
        .map_err(|_| ctx.fail(AppError::BadRequest))?;
    // A level from the watch form, or the follow button's on and off.
    let level = match (form.get("level"), form.get("follow")) {
        ("off", _) | ("", "0") => None,
        ("", _) => Some(WatchLevel::Everything),
        (code, _) => {
            Some(WatchLevel::from_code(code).ok_or_else(|| ctx.fail(AppError::BadRequest))?)
        }
    };
    // The watch form and the thread's mail form say how it comes by mail; the follow
    // button does not, and keeps what was chosen.
    match form.get("mail") {
        "" => app.store.set_watch(me.id, kind, id, level).await,
        code => {
            let mail = MailFrequency::from_code(code);
            if mail.is_none() && code != "none" {
                return Err(ctx.fail(AppError::BadRequest));
            }
            app.store.set_watch_mail(me.id, kind, id, level, mail).await
        }
    }
    .or_page(&ctx)?;
    let back = crate::redirect::safe_redirect(form.get("back"), ctx.href("/following"));
    Ok(Redirect::to(&back).into_response())
}

async fn following(Me { ctx, me }: Me, State(app): State<AppState>) -> Result<Response, PageError> {
    let threads = app.store.followed_threads(me.id, 100).await.or_page(&ctx)?;
    // The topics and coalitions watched, each with its watch form to change or stop.
    let topic_watches = app
        .store
        .watches(me.id, FollowKind::Topic)
        .await
        .or_page(&ctx)?;
    let coalition_watches = app
        .store
        .watches(me.id, FollowKind::Coalition)
        .await
        .or_page(&ctx)?;
    let mails = |kind| app.store.watch_mails(me.id, kind);
    let (topic_mails, coalition_mails, thread_mails, thread_watches) = tokio::try_join!(
        mails(FollowKind::Topic),
        mails(FollowKind::Coalition),
        mails(FollowKind::Thread),
        app.store.watches(me.id, FollowKind::Thread),
    )
    .or_page(&ctx)?;
    let mail_of =
        |all: &[(i64, MailFrequency)], id: i64| all.iter().find(|(i, _)| *i == id).map(|(_, m)| *m);
    let topics = app.store.topics(ctx.code()).await.or_page(&ctx)?;
    let coalitions = app.store.coalitions(ctx.code()).await.or_page(&ctx)?;
    let watched: Vec<Markup> = topic_watches
        .iter()
        .filter_map(|(id, level)| {
            let t = topics.iter().find(|t| t.id == *id)?;
            let link = html! { a href=(ctx.href(&format!("/topics/{}", t.slug))) { (display::title(&ctx, &t.name)) } };
            Some(html! { (link) " " (watch_form(&ctx, FollowKind::Topic, *id, Some((*level, mail_of(&topic_mails, *id))))) })
        })
        .chain(coalition_watches.iter().filter_map(|(id, level)| {
            let c = coalitions.iter().find(|c| c.id == *id)?;
            let link = html! { a href=(ctx.href(&format!("/coalitions/{}", c.slug))) { (display::title(&ctx, &c.name)) } };
            Some(html! { (link) " " (watch_form(&ctx, FollowKind::Coalition, *id, Some((*level, mail_of(&coalition_mails, *id))))) })
        }))
        .collect();
    let title = ctx.t("following-title");
    let body = html! {
        h1 { (title) }
        @if !watched.is_empty() {
            h2 { (ctx.t("following-watched")) }
            ul.list { @for item in &watched { li { (item) } } }
            h2 { (ctx.t("following-discussions")) }
        }
        p { (ctx.t("following-intro")) }
        @if threads.is_empty() { p { (ctx.t("following-none")) } }
        ul.list {
            @for t in &threads {
                li {
                    a href=(ctx.href(&format!("/threads/{}", t.id))) lang=(t.lang) { (t.title) }
                    " " span.meta { (display::count(&ctx, "thread-posts", t.post_count)) " · " (display::date(&ctx, t.last_post_at)) }
                    // Followed directly (not only through its coalition): its mail.
                    @if thread_watches.iter().any(|(id, _)| *id == t.id) {
                        " " (thread_mail_form(&ctx, t.id, mail_of(&thread_mails, t.id)))
                    }
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
