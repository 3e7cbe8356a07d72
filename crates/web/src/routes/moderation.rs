//! Moderation: flags with reasons, a queue for moderators and (for their coalitions'
//! discussions) coordinators, hiding and restoring posts with a logged reason, releasing
//! held posts, removing posting rights without touching membership, and the site setting
//! that holds new accounts' first posts.

use crate::display;
use crate::error::{AppError, OrPage, PageError};
use crate::extract::Form;
use crate::extract::Me;
use crate::form::{csrf_field, csrf_input, FormData};
use crate::layout::{Alternates, Head};
use crate::pieces::{Pieces, CSRF_HOLE};
use crate::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::model::Post;
use convene_core::model::{CoalitionId, ParticipantId};
use convene_core::moderation as abuse;
use convene_core::permissions::{decide, Action, Decision};
use maud::{html, Markup};

/// Key of the setting that holds new accounts' first posts for review.
pub const HOLD_FIRST_POSTS: &str = "hold_first_posts";
/// Key of the setting: how many upheld flags remove posting rights by rule (0: never).
pub const ABUSE_THRESHOLD: &str = "abuse_threshold";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/posts/{id}/flag", post(flag))
        .route("/{lang}/posts/{id}/hide", post(hide))
        .route("/{lang}/posts/{id}/restore", post(restore))
        .route("/{lang}/posts/{id}/release", post(release))
        .route("/{lang}/flags/{id}/dismiss", post(dismiss))
        .route("/{lang}/moderation", get(queue))
        .route("/{lang}/coalitions/{slug}/hide", post(hide_coalition))
        .route("/{lang}/coalitions/{slug}/restore", post(restore_coalition))
        .route("/{lang}/coalitions/{slug}/release", post(release_coalition))
        .route("/{lang}/dissents/{id}/hide", post(hide_dissent))
        .route("/{lang}/dissents/{id}/restore", post(restore_dissent))
        .route("/{lang}/dissents/{id}/release", post(release_dissent))
        .route("/{lang}/people/{id}/posting", post(posting_rights))
        .route("/{lang}/admin/settings", get(settings).post(save_settings))
}

/// Whether the signed-in participant is site staff (moderates everywhere).
fn is_staff(ctx: &Ctx) -> bool {
    decide(ctx.actor(), Action::Moderate { coordinators: &[] }) == Decision::Allow
}

/// Whether something new by the signed-in participant (a post, a thread, a coalition, a
/// dissent) waits for review; the rule is [`abuse::should_hold`] in core.
pub async fn should_hold(ctx: &Ctx, app: &AppState) -> Result<bool, PageError> {
    match &ctx.viewer {
        Some(me) => crate::posting::should_hold(&*app.store, me)
            .await
            .or_page(ctx),
        None => Ok(false),
    }
}

/// Whether the signed-in participant lost posting rights in this coalition.
pub async fn blocked_in(
    ctx: &Ctx,
    app: &AppState,
    coalition: Option<i64>,
) -> Result<bool, PageError> {
    match (&ctx.viewer, coalition) {
        (Some(me), Some(c)) => app
            .store
            .coalition_posting_blocked(CoalitionId(c), ParticipantId(me.id))
            .await
            .or_page(ctx),
        _ => Ok(false),
    }
}

/// May the signed-in participant post in discussions of this coalition (none: outside
/// coalitions)? A coalition's own block reaches only its discussions.
pub async fn require_post(
    ctx: &Ctx,
    app: &AppState,
    coalition: Option<i64>,
) -> Result<(), PageError> {
    let blocked_here = blocked_in(ctx, app, coalition).await?;
    ctx.require(Action::Post { blocked_here })
}

/// [`require_post`] for starting a thread in the coalition `slug`.
pub async fn require_post_in_coalition(
    ctx: &Ctx,
    app: &AppState,
    slug: &str,
) -> Result<(), PageError> {
    let coalition = app
        .store
        .coalition_by_slug(slug, ctx.code())
        .await
        .or_page(ctx)?
        .map(|c| c.id);
    require_post(ctx, app, coalition).await
}

/// Coordinators of the coalition a thread belongs to (empty outside coalitions).
pub async fn thread_coordinators(
    ctx: &Ctx,
    app: &AppState,
    coalition: Option<i64>,
) -> Result<Vec<i64>, PageError> {
    match coalition {
        Some(c) => app.store.coalition_coordinators(c).await.or_page(ctx),
        None => Ok(Vec::new()),
    }
}

/// The controls under a post: flag for everyone signed in; hide, restore or release for
/// those who moderate this discussion.
pub fn post_controls(ctx: &Ctx, p: &Post, can_moderate: bool, out: &mut Pieces) {
    let base = ctx.href(&format!("/posts/{}", p.id));
    // Rendered once for every reader of a kind: the CSRF fields become holes.
    let csrf = || csrf_input(CSRF_HOLE);
    out.trusted_with_csrf(html! {
        @if ctx.viewer.is_some() && p.hidden.is_none() {
            details.flag {
                summary { (ctx.t("flag-post")) }
                form.stack method="post" action=(format!("{base}/flag")) {
                    (csrf())
                    label for=(format!("flag-{}", p.id)) { (ctx.t("field-reason")) }
                    textarea id=(format!("flag-{}", p.id)) name="reason" rows="2" required {}
                    button type="submit" { (ctx.t("flag-submit")) }
                }
            }
        }
        @if can_moderate {
            @if p.held {
                form.inline method="post" action=(format!("{base}/release")) {
                    (csrf()) button type="submit" { (ctx.t("moderation-release")) }
                }
            }
            details.flag {
                summary { (ctx.t(if p.hidden.is_some() { "moderation-restore-post" } else { "moderation-hide-post" })) }
                form.stack method="post" action=(format!("{base}/{}", if p.hidden.is_some() { "restore" } else { "hide" })) {
                    (csrf())
                    label for=(format!("mod-{}", p.id)) { (ctx.t("field-reason")) }
                    textarea id=(format!("mod-{}", p.id)) name="reason" rows="2" required {}
                    button.danger type="submit" { (ctx.t(if p.hidden.is_some() { "moderation-restore-post" } else { "moderation-hide-post" })) }
                }
            }
        }
    });
}

/// A post's thread and the coordinators who may moderate it; 404 for unknown posts.
async fn context(ctx: &Ctx, app: &AppState, id: &str) -> Result<(i64, i64, Vec<i64>), PageError> {
    let post: i64 = id.parse().map_err(|_| ctx.not_found())?;
    let convene_core::model::PostContext {
        thread_id: thread,
        coalition_id: coalition,
        ..
    } = app
        .store
        .post_context(post)
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())?;
    Ok((
        post,
        thread,
        thread_coordinators(ctx, app, coalition).await?,
    ))
}

fn reason(ctx: &Ctx, form: &FormData) -> Result<String, PageError> {
    let r = form.get("reason").trim();
    if r.is_empty() || r.chars().count() > 2000 {
        return Err(ctx.fail(AppError::BadRequest));
    }
    Ok(r.to_string())
}

async fn flag(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::FlagPost)?;
    let (post, thread, _) = context(&ctx, &app, &id).await?;
    let why = reason(&ctx, &form)?;
    crate::limits::check(
        &app,
        &ctx,
        &crate::limits::POSTS_PER_ACCOUNT,
        &me.id.to_string(),
    )
    .await?;
    app.store.flag_post(post, me.id, &why).await.or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!(
        "/threads/{thread}?after={}&flagged=1#post-{post}",
        post - 1
    )))
    .into_response())
}

async fn set_hidden(
    Me { ctx, me }: Me,
    app: AppState,
    id: String,
    Form(form): Form,
    hide: bool,
) -> Result<Response, PageError> {
    let (post, thread, coordinators) = context(&ctx, &app, &id).await?;
    ctx.require(Action::Moderate {
        coordinators: &coordinators,
    })?;
    let why = reason(&ctx, &form)?;
    // Site staff act for the whole forum; a coordinator only for their coalition.
    let staff = is_staff(&ctx);
    app.store
        .set_post_hidden_by(post, hide, &why, me.id, staff)
        .await
        .or_page(&ctx)?;
    if hide {
        apply_abuse_rule(&ctx, &app, post, staff).await?;
    }
    Ok(
        Redirect::to(&ctx.href(&format!("/threads/{thread}?after={}#post-{post}", post - 1)))
            .into_response(),
    )
}

/// Repeated abuse removes posting rights, never membership: after a moderator hid `post`,
/// the rule in core decides whether its author has now crossed the secretariat's
/// threshold; if so the rights go, audited with the reason, and the author is told.
/// Hides by site staff count site-wide; hides by a coalition's coordinators count only
/// towards posting in that coalition, so their power stays inside it.
async fn apply_abuse_rule(
    ctx: &Ctx,
    app: &AppState,
    post: i64,
    staff: bool,
) -> Result<(), PageError> {
    let threshold = abuse::threshold(
        app.store
            .setting(ABUSE_THRESHOLD)
            .await
            .or_page(ctx)?
            .as_deref(),
    );
    if threshold == 0 {
        return Ok(());
    }
    let Some(convene_core::model::PostContext {
        thread_id: thread,
        coalition_id: coalition,
        author_id: author,
    }) = app.store.post_context(post).await.or_page(ctx)?
    else {
        return Ok(());
    };
    let now = convene_core::date::now();
    if !staff {
        let Some(coalition) = coalition else {
            return Ok(());
        };
        let record = app
            .store
            .coalition_abuse_record(
                ParticipantId(author),
                CoalitionId(coalition),
                now - abuse::WINDOW_SECONDS,
            )
            .await
            .or_page(ctx)?;
        if let abuse::Verdict::RemovePostingRights { upheld } =
            abuse::after_hiding(&record, post, threshold, now)
        {
            let reason = format!(
                "automatic: {upheld} flagged posts hidden in this coalition's discussions \
                 within {} days (threshold {threshold}), the latest #{post}; posting elsewhere \
                 and memberships kept",
                abuse::WINDOW_DAYS
            );
            app.store
                .auto_block_coalition_posting(
                    ParticipantId(author),
                    CoalitionId(coalition),
                    &reason,
                    &convene_core::notify::coalition_posting_removed(author, upheld, thread),
                )
                .await
                .or_page(ctx)?;
        }
        return Ok(());
    }
    let record = app
        .store
        .abuse_record(author, now - abuse::WINDOW_SECONDS)
        .await
        .or_page(ctx)?;
    if let abuse::Verdict::RemovePostingRights { upheld } =
        abuse::after_hiding(&record, post, threshold, now)
    {
        let reason = format!(
            "automatic: {upheld} flagged posts hidden by moderators within {} days \
             (threshold {threshold}), the latest #{post}; memberships kept",
            abuse::WINDOW_DAYS
        );
        app.store
            .auto_block_posting(
                author,
                &reason,
                &convene_core::notify::posting_removed(author, upheld),
            )
            .await
            .or_page(ctx)?;
    }
    Ok(())
}

async fn hide(
    me: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    form: Form,
) -> Result<Response, PageError> {
    set_hidden(me, app, id, form, true).await
}

async fn restore(
    me: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    form: Form,
) -> Result<Response, PageError> {
    set_hidden(me, app, id, form, false).await
}

async fn release(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (post, thread, coordinators) = context(&ctx, &app, &id).await?;
    ctx.require(Action::Moderate {
        coordinators: &coordinators,
    })?;
    app.store.release_post(post, me.id).await.or_page(&ctx)?;
    Ok(
        Redirect::to(&ctx.href(&format!("/threads/{thread}?after={}#post-{post}", post - 1)))
            .into_response(),
    )
}

async fn dismiss(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    ctx.require(Action::Moderate { coordinators: &[] })?;
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    app.store.dismiss_flag(id, me.id).await.or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href("/moderation")).into_response())
}

/// Open flags and held posts this reader may act on.
async fn queue(Me { ctx, me }: Me, State(app): State<AppState>) -> Result<Response, PageError> {
    let staff = decide(ctx.actor(), Action::Moderate { coordinators: &[] }) == Decision::Allow;
    let mut flags = Vec::new();
    for f in app.store.open_flags(200).await.or_page(&ctx)? {
        let coordinators = thread_coordinators(&ctx, &app, f.coalition_id).await?;
        if decide(
            ctx.actor(),
            Action::Moderate {
                coordinators: &coordinators,
            },
        ) == Decision::Allow
        {
            flags.push(f);
        }
    }
    if !staff {
        // Coordinators see their coalitions' flags; anyone else has no queue.
        let mut coordinates = false;
        for c in app
            .store
            .participant_coalitions(me.id, ctx.code())
            .await
            .or_page(&ctx)?
        {
            if app
                .store
                .member_role(CoalitionId(c.id), ParticipantId(me.id))
                .await
                .or_page(&ctx)?
                == Some(convene_core::model::MemberRole::Coordinator)
            {
                coordinates = true;
                break;
            }
        }
        if !coordinates {
            return Err(ctx.fail(AppError::Forbidden));
        }
    }
    let (held, held_coalitions, held_dissents) = if staff {
        (
            app.store.held_posts(200).await.or_page(&ctx)?,
            app.store
                .held_coalitions(ctx.code(), 200)
                .await
                .or_page(&ctx)?,
            app.store.held_dissents(200).await.or_page(&ctx)?,
        )
    } else {
        (Vec::new(), Vec::new(), Vec::new())
    };
    let title = ctx.t("moderation-queue-title");
    let body = html! {
        h1 { (title) }
        h2 { (ctx.t("moderation-flags")) }
        @if flags.is_empty() { p { (ctx.t("moderation-nothing")) } }
        ul.list {
            @for f in &flags {
                li {
                    a href=(ctx.href(&format!("/threads/{}?after={}#post-{}", f.thread_id, f.post_id - 1, f.post_id))) { (f.thread_title) }
                    " " span.meta { (f.reporter) " · " (display::date(&ctx, f.created_at)) }
                    p { (f.reason) }
                    @if staff {
                        form.inline method="post" action=(ctx.href(&format!("/flags/{}/dismiss", f.id))) {
                            (csrf_field(&ctx)) button.secondary type="submit" { (ctx.t("moderation-dismiss")) }
                        }
                    }
                }
            }
        }
        @if staff {
            h2 { (ctx.t("moderation-held")) }
            @if held.is_empty() { p { (ctx.t("moderation-nothing")) } }
            ul.list {
                @for convene_core::model::HeldPost { post_id: post, thread_id: thread, thread_title: title } in &held {
                    li { a href=(ctx.href(&format!("/threads/{thread}?after={}#post-{post}", post - 1))) { (title) } }
                }
            }
            h2 { (ctx.t("moderation-held-coalitions")) }
            @if held_coalitions.is_empty() { p { (ctx.t("moderation-nothing")) } }
            ul.list {
                @for c in &held_coalitions {
                    li {
                        a href=(ctx.href(&format!("/coalitions/{}", c.slug))) { (display::title(&ctx, &c.name)) }
                        " "
                        form.inline method="post" action=(ctx.href(&format!("/coalitions/{}/release", c.slug))) {
                            (csrf_field(&ctx)) button type="submit" { (ctx.t("moderation-release")) }
                        }
                    }
                }
            }
            h2 { (ctx.t("moderation-held-dissents")) }
            @if held_dissents.is_empty() { p { (ctx.t("moderation-nothing")) } }
            ul.list {
                @for convene_core::model::HeldDissent { dissent_id: dissent, output_id: output } in &held_dissents {
                    li {
                        a href=(ctx.href(&format!("/outputs/{output}#dissent-{dissent}"))) { (ctx.t("dissents-title")) " #" (dissent) }
                        " "
                        form.inline method="post" action=(ctx.href(&format!("/dissents/{dissent}/release"))) {
                            (csrf_field(&ctx)) button type="submit" { (ctx.t("moderation-release")) }
                        }
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

async fn posting_rights(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    let target = app
        .store
        .participant(id)
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    ctx.require(Action::BlockPosting {
        target: target.id,
        target_role: target.role,
    })?;
    let why = reason(&ctx, &form)?;
    app.store
        .set_posting_blocked(target.id, !target.posting_blocked, &why, me.id)
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/people/{}", target.id))).into_response())
}

async fn settings(ctx: Ctx, State(app): State<AppState>) -> Result<Response, PageError> {
    ctx.require(Action::ChangeSettings)?;
    let hold = app
        .store
        .setting(HOLD_FIRST_POSTS)
        .await
        .or_page(&ctx)?
        .as_deref()
        == Some("on");
    let threshold = abuse::threshold(
        app.store
            .setting(ABUSE_THRESHOLD)
            .await
            .or_page(&ctx)?
            .as_deref(),
    );
    Ok(settings_page(
        &ctx,
        hold,
        &threshold.to_string(),
        &[],
        axum::http::StatusCode::OK,
    ))
}

fn settings_page(
    ctx: &Ctx,
    hold: bool,
    threshold: &str,
    errors: &[convene_core::account::FieldError],
    status: axum::http::StatusCode,
) -> Response {
    let title = ctx.t("settings-title");
    let body = html! {
        h1 { (title) }
        (crate::form::error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href("/admin/settings")) novalidate {
            (csrf_field(ctx))
            label.check {
                input #hold type="checkbox" name="hold_first_posts" value="on" checked[hold];
                " " (ctx.t("settings-hold-first-posts"))
            }
            (crate::form::input(ctx, crate::form::Input::new("abuse-threshold", "number", threshold).hint("settings-abuse-threshold-hint"), errors))
            button type="submit" { (ctx.t("account-save")) }
        }
    };
    let head = Head {
        title: &title,
        noindex: true,
        alternates: Alternates::AllLocales,
        description: None,
    };
    ctx.page_with(status, head, body)
}

async fn save_settings(
    ctx: Ctx,
    State(app): State<AppState>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::ChangeSettings)?;
    let value = if form.get("hold_first_posts") == "on" {
        "on"
    } else {
        "off"
    };
    // A form without the field (an older page) leaves the threshold as it is.
    let typed = form.get("abuse-threshold");
    let mut threshold = None;
    if !form.all("abuse-threshold").is_empty() {
        match abuse::parse_threshold(typed) {
            Ok(n) => threshold = Some(n.to_string()),
            Err(message) => {
                let errors = [convene_core::account::FieldError {
                    field: "abuse-threshold",
                    message,
                }];
                return Ok(settings_page(
                    &ctx,
                    value == "on",
                    typed,
                    &errors,
                    axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                ));
            }
        }
    }
    // Both settings from the one form, or neither.
    let mut all = vec![(HOLD_FIRST_POSTS, value)];
    if let Some(n) = &threshold {
        all.push((ABUSE_THRESHOLD, n));
    }
    app.store.set_settings(&all).await.or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href("/admin/settings")).into_response())
}

/// What a reader sees instead of a coalition's page, if anything: a hidden coalition shows
/// only the reason to anyone who does not moderate the site; a held one is unknown (404)
/// to anyone but site staff and its own coordinators.
pub async fn coalition_gate(
    ctx: &Ctx,
    app: &AppState,
    c: &convene_core::model::Coalition,
) -> Result<Option<Response>, PageError> {
    if decide(ctx.actor(), Action::HideCoalition) == Decision::Allow {
        return Ok(None);
    }
    if let Some(reason) = &c.hidden {
        let title = ctx.t("coalition-hidden-title");
        let body = html! {
            h1 { (title) }
            aside.notice role="note" {
                p { (ctx.t("coalition-hidden-notice")) }
                p { strong { (ctx.t("field-reason")) ": " } (reason) }
            }
        };
        let head = Head {
            title: &title,
            noindex: true,
            alternates: Alternates::AllLocales,
            description: None,
        };
        return Ok(Some(ctx.page(head, body)));
    }
    if c.held {
        let coordinators = app.store.coalition_coordinators(c.id).await.or_page(ctx)?;
        if !convene_core::visibility::may_see_coalition(ctx.actor(), true, false, &coordinators) {
            return Err(ctx.not_found());
        }
    }
    Ok(None)
}

/// On a coalition's page: that it waits for review, or was hidden and why; for site
/// staff, the forms to release, hide or restore it.
pub fn coalition_controls(ctx: &Ctx, c: &convene_core::model::Coalition) -> Markup {
    let can = decide(ctx.actor(), Action::HideCoalition) == Decision::Allow;
    let base = ctx.href(&format!("/coalitions/{}", c.slug));
    let (label, to) = if c.hidden.is_some() {
        ("moderation-restore-coalition", "restore")
    } else {
        ("moderation-hide-coalition", "hide")
    };
    html! {
        @if c.held {
            aside.notice role="note" { p { (ctx.t("coalition-held-notice")) } }
        }
        @if let Some(reason) = &c.hidden {
            aside.notice role="note" {
                p { (ctx.t("coalition-hidden-notice")) }
                p { strong { (ctx.t("field-reason")) ": " } (reason) }
            }
        }
        @if can {
            @if c.held {
                form.inline method="post" action=(format!("{base}/release")) {
                    (csrf_field(ctx)) button type="submit" { (ctx.t("moderation-release")) }
                }
            }
            details.flag {
                summary { (ctx.t(label)) }
                form.stack method="post" action=(format!("{base}/{to}")) {
                    (csrf_field(ctx))
                    label for="coalition-mod" { (ctx.t("field-reason")) }
                    textarea #coalition-mod name="reason" rows="2" required {}
                    button.danger type="submit" { (ctx.t(label)) }
                }
            }
        }
    }
}

/// Under a dissent, for whoever may moderate it: release, hide or restore.
pub fn dissent_controls(ctx: &Ctx, d: &convene_core::model::Dissent, can: bool) -> Markup {
    let base = ctx.href(&format!("/dissents/{}", d.id));
    let (label, to) = if d.hidden.is_some() {
        ("moderation-restore-dissent", "restore")
    } else {
        ("moderation-hide-dissent", "hide")
    };
    html! {
        @if can {
            @if d.held {
                form.inline method="post" action=(format!("{base}/release")) {
                    (csrf_field(ctx)) button type="submit" { (ctx.t("moderation-release")) }
                }
            }
            details.flag {
                summary { (ctx.t(label)) }
                form.stack method="post" action=(format!("{base}/{to}")) {
                    (csrf_field(ctx))
                    label for=(format!("dissent-mod-{}", d.id)) { (ctx.t("field-reason")) }
                    textarea id=(format!("dissent-mod-{}", d.id)) name="reason" rows="2" required {}
                    button.danger type="submit" { (ctx.t(label)) }
                }
            }
        }
    }
}

async fn coalition_action(
    Me { ctx, me }: Me,
    app: AppState,
    slug: String,
    Form(form): Form,
    what: Change,
) -> Result<Response, PageError> {
    ctx.require(Action::HideCoalition)?;
    let c = app
        .store
        .coalition_by_slug(&slug, ctx.code())
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    match what {
        Change::Release => match app.store.release_coalition(c.id, me.id).await {
            Err(convene_store::StoreError::NotFound(_)) => return Err(ctx.fail(AppError::Conflict)),
            other => other.or_page(&ctx)?,
        },
        Change::Hide | Change::Restore => {
            let why = reason(&ctx, &form)?;
            app.store
                .set_coalition_hidden(c.id, what == Change::Hide, &why, me.id)
                .await
                .or_page(&ctx)?;
        }
    }
    Ok(Redirect::to(&ctx.href(&format!("/coalitions/{slug}"))).into_response())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Hide,
    Restore,
    Release,
}

async fn hide_coalition(
    me: Me,
    State(app): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    form: Form,
) -> Result<Response, PageError> {
    coalition_action(me, app, slug, form, Change::Hide).await
}

async fn restore_coalition(
    me: Me,
    State(app): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    form: Form,
) -> Result<Response, PageError> {
    coalition_action(me, app, slug, form, Change::Restore).await
}

async fn release_coalition(
    me: Me,
    State(app): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    form: Form,
) -> Result<Response, PageError> {
    coalition_action(me, app, slug, form, Change::Release).await
}

async fn dissent_action(
    Me { ctx, me }: Me,
    app: AppState,
    id: String,
    Form(form): Form,
    what: Change,
) -> Result<Response, PageError> {
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    let convene_core::model::DissentContext {
        output_id: output,
        coalition_id: coalition,
        ..
    } = app
        .store
        .dissent_context(id)
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let coordinators = app
        .store
        .coalition_coordinators(coalition)
        .await
        .or_page(&ctx)?;
    ctx.require(Action::HideDissent {
        coordinators: &coordinators,
    })?;
    match what {
        Change::Release => match app.store.release_dissent(id, me.id).await {
            Err(convene_store::StoreError::NotFound(_)) => return Err(ctx.fail(AppError::Conflict)),
            other => other.or_page(&ctx)?,
        },
        Change::Hide | Change::Restore => {
            let why = reason(&ctx, &form)?;
            app.store
                .set_dissent_hidden(id, what == Change::Hide, &why, me.id)
                .await
                .or_page(&ctx)?;
        }
    }
    Ok(Redirect::to(&ctx.href(&format!("/outputs/{output}#dissent-{id}"))).into_response())
}

async fn hide_dissent(
    me: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    form: Form,
) -> Result<Response, PageError> {
    dissent_action(me, app, id, form, Change::Hide).await
}

async fn restore_dissent(
    me: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    form: Form,
) -> Result<Response, PageError> {
    dissent_action(me, app, id, form, Change::Restore).await
}

async fn release_dissent(
    me: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    form: Form,
) -> Result<Response, PageError> {
    dissent_action(me, app, id, form, Change::Release).await
}
