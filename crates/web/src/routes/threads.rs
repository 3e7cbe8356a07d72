//! Discussion threads: read (paged by post id, so long threads stay fast), start one in a
//! coalition, reply and quote. Posts are Markdown, sanitized once when written.

use crate::display;
use crate::error::{AppError, OrPage, PageError};
use crate::extract::Form;
use crate::extract::Me;
use crate::form::{csrf_field, error_summary, FormData};
use crate::layout::{Alternates, Head};
use crate::limits::{self, POSTS_PER_ACCOUNT};
use crate::pieces::Pieces;
use crate::posting::Refusal;
use crate::{AppState, Ctx};
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::account::FieldError;
use convene_core::balance::Balance;
use convene_core::model::{NewThread, Post, Thread, Topic};
use convene_core::permissions::Action;
use convene_i18n::{direction_of, LOCALES};
use convene_store::StoreError;
use maud::{html, Markup, PreEscaped};

const PAGE_SIZE: i64 = 50;
const MAX_TITLE: usize = 200;
const MAX_BODY: usize = 20_000;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/threads/{id}", get(thread))
        .route("/{lang}/threads/{id}/reply", post(reply))
        .route(
            "/{lang}/coalitions/{slug}/threads/new",
            get(new_form).post(create),
        )
}

fn query(q: Option<&str>) -> FormData {
    FormData::parse(q.unwrap_or("").as_bytes())
}

/// A non-negative id from the query, or None.
fn id_param(q: &FormData, key: &str) -> Option<i64> {
    q.get(key).parse().ok().filter(|n: &i64| *n >= 0)
}

/// Title and body rules shared by new threads and replies.
pub(crate) fn check(title: Option<&str>, body: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Some(t) = title {
        if t.trim().is_empty() {
            errors.push(FieldError {
                field: "title",
                message: "form-error-required",
            });
        } else if t.chars().count() > MAX_TITLE {
            errors.push(FieldError {
                field: "title",
                message: "form-error-too-long",
            });
        }
    }
    if body.trim().is_empty() {
        errors.push(FieldError {
            field: "body",
            message: "form-error-required",
        });
    } else if body.chars().count() > MAX_BODY {
        errors.push(FieldError {
            field: "body",
            message: "form-error-too-long",
        });
    }
    errors
}

/// The language a post is written in: one of the interface languages, default the reader's.
fn post_lang(ctx: &Ctx, form: &FormData) -> String {
    let l = form.get("lang");
    if LOCALES.iter().any(|(c, _)| *c == l) {
        l.to_string()
    } else {
        ctx.code().to_string()
    }
}

fn lang_select(ctx: &Ctx, selected: &str) -> Markup {
    html! {
        div.field {
            label for="lang" { (ctx.t("field-lang")) }
            select #lang name="lang" {
                @for (code, name) in LOCALES {
                    option value=(code) lang=(code) selected[*code == selected] { (name) }
                }
            }
        }
    }
}

fn body_field(ctx: &Ctx, body: &str, lang: &str, errors: &[FieldError]) -> Markup {
    let error = errors.iter().find(|e| e.field == "body");
    html! {
        div.field.has-error[error.is_some()] {
            label for="body" { (ctx.t("field-post")) }
            p.hint #body-hint { (ctx.t("hint-markdown")) }
            @if let Some(e) = error { p.error #body-error { (ctx.t(e.message)) } }
            textarea #body name="body" rows="8" lang=(lang) dir=(direction_of(lang).as_str())
                aria-describedby=(if error.is_some() { "body-hint body-error" } else { "body-hint" })
                aria-invalid=[error.map(|_| "true")] { (body) }
        }
    }
}

/// What every reader of one page of a thread reads alike (see shared_reads.rs); what
/// each may see of it is decided per request.
pub struct SharedThread {
    thread: Thread,
    coordinators: Vec<i64>,
    opening_held: bool,
    posts: Vec<Post>,
    /// A next page exists.
    more: bool,
    balance: Balance,
    topics: Vec<Topic>,
    /// The posts rendered for each kind of reader: signed in or not, times may
    /// moderate here or not (see [`post_pieces`]).
    posts_html: [std::sync::OnceLock<Pieces>; 4],
}

async fn load_shared(
    app: &AppState,
    id: i64,
    after: i64,
    lang: &str,
) -> Result<Option<SharedThread>, StoreError> {
    let Some(thread) = app.store.thread(id).await? else {
        return Ok(None);
    };
    let coordinators = async {
        match thread.coalition_id {
            Some(c) => app.store.coalition_coordinators(c).await,
            None => Ok(Vec::new()),
        }
    };
    // One extra post tells whether a next page exists.
    let (coordinators, opening_held, mut posts, balance, topics) = tokio::try_join!(
        coordinators,
        app.store.thread_opening_held(id),
        app.store.posts(id, after, PAGE_SIZE + 1),
        app.store.post_balance(id),
        app.store.thread_topics(id, lang),
    )?;
    let more = posts.len() as i64 > PAGE_SIZE;
    posts.truncate(PAGE_SIZE as usize);
    Ok(Some(SharedThread {
        thread,
        coordinators,
        opening_held,
        posts,
        more,
        balance: convene_core::balance::tally(&balance),
        topics,
        posts_html: Default::default(),
    }))
}

/// A page's posts as every reader of one kind sees them: signed in or not (the flag
/// form), may moderate here or not (held posts, moderation forms). Nothing in it is
/// the reader's own: their CSRF token, the edit links of their posts and their held
/// posts are holes that [`Pieces::finish`] fills per reader.
fn post_pieces(ctx: &Ctx, posts: &[Post], can_moderate: bool, here: &str) -> Pieces {
    let mut out = Pieces::default();
    for p in posts {
        let mut one = Pieces::default();
        one.html(PreEscaped(format!(
            "<article class=\"post\" id=\"post-{}\">",
            p.id
        )));
        one.html(html! {
            p { (display::voice(ctx, &p.author)) " · " a href=(format!("#post-{}", p.id)) { (display::date(ctx, p.created_at)) } }
            @if p.held { p.notice { (ctx.t("post-held")) } }
            @if let Some(r) = p.reply_to {
                p.meta { a href=(format!("{here}?after={}#post-{r}", r - 1)) { (ctx.t("thread-in-reply")) } }
            }
        });
        if let Some(reason) = &p.hidden {
            one.html(html! { p.notice.hidden-post { (ctx.t("post-hidden")) " " (reason) } });
        } else {
            one.html(html! {
                div lang=(p.lang) dir=(direction_of(&p.lang).as_str()) { (PreEscaped(&p.body_html)) }
            });
            one.html(PreEscaped("<p class=\"meta actions\">".to_string()));
            one.html(html! {
                a href=(format!("{here}?reply_to={}#reply", p.id)) { (ctx.t("thread-reply-link")) } " · "
                a href=(format!("{here}?quote={}#reply", p.id)) { (ctx.t("thread-quote-link")) }
            });
            crate::routes::follow::post_edit_links(ctx, p, &mut one);
            one.html(PreEscaped("</p>".to_string()));
        }
        crate::routes::moderation::post_controls(ctx, p, can_moderate, &mut one);
        one.html(PreEscaped("</article>".to_string()));
        // Held posts are shown only to their author and to those who moderate here.
        if p.held && !can_moderate {
            out.for_author(p.author.id, one);
        } else {
            out.append(one);
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
async fn thread_page(
    ctx: &Ctx,
    app: &AppState,
    id: i64,
    after: i64,
    draft: &str,
    reply_to: Option<i64>,
    notice: Option<&str>,
    errors: &[FieldError],
    status: StatusCode,
) -> Result<Response, PageError> {
    let key = format!("{id}/{after}/{}", ctx.code());
    let shared = app
        .threads
        .get(app, key, || load_shared(app, id, after, ctx.code()))
        .await
        .or_page(ctx)?;
    let Some(SharedThread {
        thread: t,
        coordinators,
        opening_held,
        posts,
        more,
        balance,
        topics,
        posts_html,
    }) = shared.as_ref()
    else {
        return Err(ctx.not_found());
    };
    let (t, more) = (t, *more);
    // A thread opened by a held post exists only for its author and moderators.
    let facts = convene_core::visibility::ThreadFacts {
        author: t.author_id,
        opening_held: *opening_held,
        coordinators,
    };
    if !convene_core::visibility::may_see_thread(ctx.actor(), facts) {
        return Err(ctx.not_found());
    }
    let can_moderate =
        convene_core::permissions::decide(ctx.actor(), Action::Moderate { coordinators })
            == convene_core::permissions::Decision::Allow;
    let me = ctx.viewer.as_ref().map(|v| v.id);
    let watch = match me {
        Some(m) => app
            .store
            .watch(m, convene_core::model::FollowKind::Thread, id)
            .await
            .or_page(ctx)?,
        None => None,
    };
    let following = watch.is_some();
    let here = ctx.href(&format!("/threads/{id}"));
    // The posts as every reader of this kind sees them, rendered once per change, then
    // finished with this reader's own parts.
    let kind = usize::from(ctx.viewer.is_some()) * 2 + usize::from(can_moderate);
    let posts_html = posts_html[kind]
        .get_or_init(|| post_pieces(ctx, posts, can_moderate, &here))
        .finish(ctx);
    let body = html! {
        h1 lang=(t.lang) dir=(direction_of(&t.lang).as_str()) { (t.title) }
        p.meta { (display::count(ctx, "thread-posts", t.post_count)) }
        (crate::routes::topics::topic_links(ctx, topics))
        (crate::routes::follow::follow_button(ctx, convene_core::model::FollowKind::Thread, id, following))
        @if let Some((_, mail)) = watch { " " (crate::routes::follow::thread_mail_form(ctx, id, mail)) }
        @if let Some(n) = notice { p.notice role="status" { (ctx.t(n)) } }
        (posts_html)
        @if more {
            @if let Some(last) = posts.last() {
                p { a rel="next" href=(format!("{here}?after={}", last.id)) { (ctx.t("thread-next-page")) } }
            }
        }
        (display::balance(ctx, "balance-posts-title", balance))
        section #reply aria-labelledby="reply-heading" {
            h2 #reply-heading { (ctx.t("thread-reply-title")) }
            @if ctx.viewer.is_some() {
                (error_summary(ctx, errors))
                form.stack method="post" action=(format!("{here}/reply")) novalidate {
                    (csrf_field(ctx))
                    @if let Some(r) = reply_to { input type="hidden" name="reply_to" value=(r); }
                    (body_field(ctx, draft, ctx.code(), errors))
                    (lang_select(ctx, ctx.code()))
                    button type="submit" { (ctx.t("thread-reply-submit")) }
                }
            } @else {
                p { a href=(format!("{}?next={here}", ctx.href("/signin"))) { (ctx.t("thread-signin-to-reply")) } }
            }
        }
    };
    let head = Head {
        title: &t.title,
        noindex: false,
        alternates: Alternates::AllLocales,
        description: None,
    };
    Ok(ctx.page_with(status, head, body))
}

async fn thread(
    ctx: Ctx,
    Path((_, id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
    State(app): State<AppState>,
) -> Result<Response, PageError> {
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    let q = query(q.as_deref());
    let after = id_param(&q, "after").unwrap_or(0);
    let notice = if q.get("held") == "1" {
        Some("post-held-notice")
    } else if q.get("flagged") == "1" {
        Some("flag-thanks")
    } else {
        None
    };
    // Quoting prefills the reply with the quoted post, attributed.
    let mut draft = String::new();
    let mut reply_to = id_param(&q, "reply_to");
    if let Some(quoted) = id_param(&q, "quote") {
        // Only what the reader may read in full: never a held or hidden post's source.
        let readable = match crate::visibility::post_by_id(&ctx, &app, quoted).await? {
            Some((state, view)) => state.thread_id == id && view.is_full(),
            None => false,
        };
        let source = if readable {
            app.store.post_source(quoted).await.or_page(&ctx)?
        } else {
            None
        };
        if let Some((thread_id, source)) = source {
            if thread_id == id {
                draft = source
                    .lines()
                    .map(|l| format!("> {l}\n"))
                    .collect::<String>()
                    + "\n";
                reply_to = Some(quoted);
            }
        }
    }
    thread_page(
        &ctx,
        &app,
        id,
        after,
        &draft,
        reply_to,
        notice,
        &[],
        StatusCode::OK,
    )
    .await
}

async fn reply(
    Me { ctx, me }: Me,
    Path((_, id)): Path<(String, String)>,
    State(app): State<AppState>,
    Form(form): Form,
) -> Result<Response, PageError> {
    let Ok(id) = id.parse::<i64>() else {
        // Posting rights before anything else, as for a real thread.
        ctx.require(Action::Post {
            blocked_here: false,
        })?;
        return Err(ctx.not_found());
    };
    let text = form.get("body");
    let reply_to = id_param(&form, "reply_to");
    let lang = post_lang(&ctx, &form);
    // The same rules as a reply by mail (posting.rs).
    let request = crate::posting::Reply {
        thread_id: id,
        body: text,
        reply_to,
        lang: &lang,
    };
    let posted = match crate::posting::reply(&*app.store, &me, &request).await {
        Ok(p) => p,
        Err(Refusal::Invalid(errors)) => {
            return thread_page(
                &ctx,
                &app,
                id,
                0,
                text,
                reply_to,
                None,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
        Err(Refusal::NotFound) => return Err(ctx.not_found()),
        Err(Refusal::Forbidden) => return Err(ctx.fail(AppError::Forbidden)),
        Err(Refusal::SignIn) => return Err(ctx.fail(AppError::SignIn)),
        Err(Refusal::TooMany) => return Err(ctx.fail(AppError::TooMany)),
        Err(Refusal::Store(e)) => return Err(ctx.fail(e.into())),
    };
    let post = posted.post_id;
    let held = if posted.held { "&held=1" } else { "" };
    Ok(Redirect::to(&ctx.href(&format!(
        "/threads/{id}?after={}{held}#post-{post}",
        post - 1
    )))
    .into_response())
}

#[allow(clippy::too_many_arguments)]
fn new_page(
    ctx: &Ctx,
    slug: &str,
    title: &str,
    body: &str,
    topics: &[convene_core::model::Topic],
    chosen: &[String],
    errors: &[FieldError],
    status: StatusCode,
) -> Response {
    let heading = ctx.t("thread-new-title");
    let html = html! {
        h1 { (heading) }
        (error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href(&format!("/coalitions/{slug}/threads/new"))) novalidate {
            (csrf_field(ctx))
            (crate::form::input(ctx, crate::form::Input::new("title", "text", title), errors))
            (body_field(ctx, body, ctx.code(), errors))
            (lang_select(ctx, ctx.code()))
            (crate::routes::topics::topic_choices(ctx, topics, chosen))
            button type="submit" { (ctx.t("thread-create")) }
        }
    };
    let head = Head {
        title: &heading,
        noindex: true,
        alternates: Alternates::AllLocales,
        description: None,
    };
    ctx.page_with(status, head, html)
}

async fn new_form(
    ctx: Ctx,
    Path((_, slug)): Path<(String, String)>,
    State(app): State<AppState>,
) -> Result<Response, PageError> {
    crate::routes::moderation::require_post_in_coalition(&ctx, &app, &slug).await?;
    let c = app
        .store
        .coalition_by_slug(&slug, ctx.code())
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let topics = app.store.topics(ctx.code()).await.or_page(&ctx)?;
    // Start from the coalition's own topics.
    let chosen: Vec<String> = app
        .store
        .coalition_topics(c.id, ctx.code())
        .await
        .or_page(&ctx)?
        .into_iter()
        .map(|t| t.slug)
        .collect();
    Ok(new_page(
        &ctx,
        &slug,
        "",
        "",
        &topics,
        &chosen,
        &[],
        StatusCode::OK,
    ))
}

async fn create(
    Me { ctx, me }: Me,
    Path((_, slug)): Path<(String, String)>,
    State(app): State<AppState>,
    Form(form): Form,
) -> Result<Response, PageError> {
    crate::routes::moderation::require_post_in_coalition(&ctx, &app, &slug).await?;
    let c = app
        .store
        .coalition_by_slug(&slug, ctx.code())
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let (title, text) = (form.get("title"), form.get("body"));
    let errors = check(Some(title), text);
    let topics = app.store.topics(ctx.code()).await.or_page(&ctx)?;
    let chosen = form.all("topics");
    if !errors.is_empty() {
        return Ok(new_page(
            &ctx,
            &slug,
            title,
            text,
            &topics,
            &chosen,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    limits::check(&app, &ctx, &POSTS_PER_ACCOUNT, &me.id.to_string()).await?;
    let new = NewThread {
        coalition_id: Some(c.id),
        title: title.trim().to_string(),
        lang: post_lang(&ctx, &form),
        author_id: me.id,
        body_md: text.to_string(),
        held: crate::routes::moderation::should_hold(&ctx, &app).await?,
    };
    let tagged: Vec<i64> = topics
        .iter()
        .filter(|t| chosen.contains(&t.slug))
        .map(|t| t.id)
        .collect();
    let id = app.store.start_thread(&new, &tagged).await.or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/threads/{id}"))).into_response())
}
