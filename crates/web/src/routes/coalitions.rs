//! Dynamic Coalitions, read-only for now: mission, members with who they speak for, and
//! the coalition's discussions. Open archives: readable without signing in.

use crate::display;
use crate::error::{OrPage, PageError};
use crate::extract::Form;
use crate::extract::Me;
use crate::form::csrf_field;
use crate::layout::{Alternates, Head};
use crate::locale::FluentValueArg;
use crate::routes::pages::{content, notice};
use crate::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::response::Response;
use axum::response::{IntoResponse, Redirect};
use axum::routing::get;
use axum::routing::post;
use axum::Router;
use convene_core::balance::Balance;
use convene_core::coalition;
use convene_core::markdown::to_safe_html;
use convene_core::model::{
    Coalition, CoalitionFacts, Localized, Member, MemberRole, Output, Thread, Topic,
};
use convene_core::model::{CoalitionId, ParticipantId};
use convene_core::permissions::Action;
use convene_core::programme::Proposal;
use convene_store::StoreError;
use maud::{html, Markup, PreEscaped};

/// Members shown on the coalition page; a full, paged list comes with the coalitions work.
const MEMBERS_SHOWN: i64 = 100;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/coalitions/{slug}", get(coalition))
        .route("/{lang}/coalitions/{slug}/join", post(join))
        .route("/{lang}/coalitions/{slug}/leave", post(leave))
}

/// The standing, with the reasons the rules give, and the secretariat's recognition.
fn standing_block(ctx: &Ctx, facts: &CoalitionFacts) -> Markup {
    let current_year = convene_core::date::civil_from_unix(convene_core::date::now()).0;
    let (standing, reasons) = coalition::standing(&facts.standing_facts(current_year));
    html! {
        section.standing data-standing=(standing.code()) aria-labelledby="standing-heading" {
            h2 #standing-heading { (ctx.t(&format!("standing-{}", standing.code()))) }
            ul {
                @for r in &reasons {
                    li { (ctx.t_args(r.message, &[("value", FluentValueArg::Str(r.value.map(|v| v.to_string()).unwrap_or_default()))])) }
                }
            }
            p.meta {
                @match facts.recognized_at {
                    Some(at) => (ctx.t_args("standing-recognized", &[("date", FluentValueArg::Str(display::date(ctx, at)))])),
                    None => (ctx.t("standing-not-recognized")),
                }
            }
        }
    }
}

async fn change_membership(
    Me { ctx, me }: Me,
    app: AppState,
    slug: String,
    Form(_form): Form,
    join: bool,
) -> Result<Response, PageError> {
    ctx.require(Action::JoinCoalition)?;
    let c = app
        .store
        .coalition_by_slug(&slug, ctx.code())
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    if join {
        // Joining again keeps a coordinator a coordinator.
        if app
            .store
            .member_role(CoalitionId(c.id), ParticipantId(me.id))
            .await
            .or_page(&ctx)?
            .is_none()
        {
            app.store
                .join_coalition(CoalitionId(c.id), ParticipantId(me.id), MemberRole::Member)
                .await
                .or_page(&ctx)?;
        }
    } else {
        app.store
            .leave_coalition(CoalitionId(c.id), ParticipantId(me.id))
            .await
            .or_page(&ctx)?;
    }
    Ok(Redirect::to(&ctx.href(&format!("/coalitions/{slug}"))).into_response())
}

async fn join(
    me: Me,
    State(app): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    form: Form,
) -> Result<Response, PageError> {
    change_membership(me, app, slug, form, true).await
}

async fn leave(
    me: Me,
    State(app): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    form: Form,
) -> Result<Response, PageError> {
    change_membership(me, app, slug, form, false).await
}

/// What every reader of a coalition's page reads alike (see shared_reads.rs); the gate
/// for held and hidden coalitions, membership and controls are decided per reader.
pub struct SharedCoalition {
    coalition: Coalition,
    text: Localized,
    facts: CoalitionFacts,
    topics: Vec<Topic>,
    outputs: Vec<Output>,
    sessions: Vec<Proposal>,
    balance: Balance,
    coordinators: Vec<i64>,
    members: Vec<Member>,
    threads: Vec<Thread>,
    /// The page from the outputs down, rendered once per change for readers who do not
    /// manage the coalition (nothing of the reader's own is in it; managers get their
    /// forms in it and render it themselves).
    lower: std::sync::OnceLock<String>,
}

async fn load_shared(
    app: &AppState,
    slug: &str,
    lang: &str,
) -> Result<Option<SharedCoalition>, StoreError> {
    let s = &app.store;
    let Some(c) = s.coalition_by_slug(slug, lang).await? else {
        return Ok(None);
    };
    let (text, facts, topics, outputs, sessions, balance, coordinators) = tokio::try_join!(
        s.localized(c.text_id, lang),
        s.coalition_facts(c.id),
        s.coalition_topics(c.id, lang),
        s.outputs(c.id, lang),
        s.coalition_sessions(c.id, lang),
        s.member_balance(c.id),
        s.text_coordinators(c.text_id),
    )?;
    let (members, threads) = tokio::try_join!(
        s.members(c.id, 0, MEMBERS_SHOWN),
        s.recent_threads(Some(c.id), 20),
    )?;
    let (Some(text), Some(facts)) = (text, facts) else {
        return Ok(None);
    };
    // Members by name, in the reader's alphabetical order (kept per language).
    let mut members = members;
    convene_i18n::collate::sort_by(lang, &mut members, |m| m.voice.display_name.as_str());
    Ok(Some(SharedCoalition {
        coalition: c,
        text,
        facts,
        topics,
        outputs,
        sessions,
        balance: convene_core::balance::tally(&balance),
        coordinators,
        members,
        threads,
        lower: std::sync::OnceLock::new(),
    }))
}

async fn coalition(
    ctx: Ctx,
    Path((_, slug)): Path<(String, String)>,
    State(app): State<AppState>,
) -> Result<Response, PageError> {
    let key = format!("{slug}/{}", ctx.code());
    let shared = app
        .coalitions
        .get(&app, key, || load_shared(&app, &slug, ctx.code()))
        .await
        .or_page(&ctx)?;
    let Some(SharedCoalition {
        coalition: c,
        text,
        facts,
        topics,
        outputs,
        sessions,
        balance,
        coordinators,
        members,
        threads,
        lower,
    }) = shared.as_ref()
    else {
        return Err(ctx.not_found());
    };
    if let Some(page) = crate::routes::moderation::coalition_gate(&ctx, &app, c).await? {
        return Ok(page);
    }
    let watching = match &ctx.viewer {
        Some(me) => app
            .store
            .watch(me.id, convene_core::model::FollowKind::Coalition, c.id)
            .await
            .or_page(&ctx)?,
        None => None,
    };
    let can_manage =
        convene_core::permissions::decide(ctx.actor(), Action::ManageCoalition { coordinators })
            == convene_core::permissions::Decision::Allow;
    let my_role = match &ctx.viewer {
        Some(me) => app
            .store
            .member_role(CoalitionId(c.id), ParticipantId(me.id))
            .await
            .or_page(&ctx)?,
        None => None,
    };
    // Outputs are tagged when published, starting from the coalition's own topics.
    let all_topics = if can_manage {
        app.store.topics(ctx.code()).await.or_page(&ctx)?
    } else {
        Vec::new()
    };
    // The coalition's text is edited by its coordinators, loaded with the shared rows.
    let tools = crate::routes::pages::content_tools_for(&ctx, text, coordinators);
    let lower_part = || {
        coalition_lower(
            &ctx,
            &slug,
            Lower {
                coalition: c,
                topics,
                outputs,
                sessions,
                threads,
                balance,
                members,
            },
            can_manage.then_some(&all_topics[..]),
        )
        .into_string()
    };
    let lower_html = if can_manage {
        PreEscaped(lower_part())
    } else {
        PreEscaped(lower.get_or_init(lower_part).clone())
    };
    let body = html! {
        (crate::routes::moderation::coalition_controls(&ctx, c))
        (notice(&ctx, text, &format!("/coalitions/{slug}")))
        (content(text))
        (tools)
        (crate::routes::topics::topic_links(&ctx, topics))
        (crate::routes::follow::watch_form(&ctx, convene_core::model::FollowKind::Coalition, c.id, watching))
        (standing_block(&ctx, facts))
        @if !facts.action_plan_md.trim().is_empty() {
            h2 { (ctx.t("coalition-action-plan")) }
            div lang=(text.original.original_lang) { (PreEscaped(to_safe_html(&facts.action_plan_md))) }
        }
        div.membership {
            @if ctx.viewer.is_none() {
                p { a href=(format!("{}?next={}", ctx.href("/signin"), ctx.href(&format!("/coalitions/{slug}")))) { (ctx.t("coalition-signin-to-join")) } }
            } @else if my_role.is_some() {
                p { (ctx.t("coalition-you-are-member")) }
                form method="post" action=(ctx.href(&format!("/coalitions/{slug}/leave"))) {
                    (csrf_field(&ctx))
                    button.secondary type="submit" { (ctx.t("coalition-leave")) }
                }
            } @else {
                form method="post" action=(ctx.href(&format!("/coalitions/{slug}/join"))) {
                    (csrf_field(&ctx))
                    button type="submit" { (ctx.t("coalition-join")) }
                }
            }
        }
        (lower_html)
    };
    let summary = text.summary();
    let head = Head {
        title: text.title(),
        noindex: !text.state().indexable(),
        alternates: Alternates::Only(&text.available),
        description: Some(&summary),
    };
    Ok(ctx.page(head, body))
}

/// What the coalition page shows from its outputs down.
struct Lower<'a> {
    coalition: &'a Coalition,
    topics: &'a [Topic],
    outputs: &'a [Output],
    sessions: &'a [Proposal],
    threads: &'a [Thread],
    balance: &'a Balance,
    members: &'a [Member],
}

/// The coalition page from its outputs down. `manage` (the topics to tag a new output
/// with) adds the managers' forms; without it nothing in it is the reader's own, so it
/// can be shared by every such reader of the page.
fn coalition_lower(ctx: &Ctx, slug: &str, l: Lower<'_>, manage: Option<&[Topic]>) -> Markup {
    let Lower {
        coalition: c,
        topics,
        outputs,
        sessions,
        threads,
        balance,
        members,
    } = l;
    html! {
        h2 { (ctx.t("outputs-title")) }
        @if outputs.is_empty() { p { (ctx.t("outputs-none")) } }
        ul.list {
            @for o in outputs {
                li {
                    a href=(ctx.href(&format!("/outputs/{}", o.id))) { (display::title(ctx, &o.title)) }
                    " " span.meta { (ctx.t(&format!("output-kind-{}", o.kind))) " · " (o.year) }
                }
            }
        }
        @if let Some(all_topics) = manage { (crate::routes::outputs::publish_form(ctx, slug, all_topics, topics, &[])) }
        @if !sessions.is_empty() {
            h2 { (ctx.t("topic-sessions")) }
            ul.list {
                @for s in sessions {
                    li {
                        a href=(ctx.href(&format!("/sessions/{}", s.id))) { (display::title(ctx, &s.title)) }
                        " " span.meta { (ctx.t("meeting-label")) " " (s.year) }
                    }
                }
            }
        }
        h2 { (ctx.t("coalition-discussions")) }
        p { a href=(ctx.href(&format!("/coalitions/{slug}/threads/new"))) { (ctx.t("coalition-start-thread")) } }
        @if threads.is_empty() { p { (ctx.t("home-threads-empty")) } }
        ul.list {
            @for t in threads {
                li {
                    a href=(ctx.href(&format!("/threads/{}", t.id))) lang=(t.lang) { (t.title) }
                    " " span.meta { (display::count(ctx, "thread-posts", t.post_count)) " · " (display::date(ctx, t.last_post_at)) }
                }
            }
        }
        (display::balance(ctx, "balance-members-title", balance))
        h2 { (ctx.t("coalition-members-heading")) " " span.meta { "(" (display::count(ctx, "coalition-members", c.member_count)) ")" } }
        ul.list {
            @for m in members {
                li {
                    (display::voice(ctx, &m.voice))
                    @if m.role == MemberRole::Coordinator { " · " em { (ctx.t("coalition-coordinator")) } }
                    @else if manage.is_some() {
                        form.inline method="post" action=(ctx.href(&format!("/coalitions/{slug}/coordinators"))) {
                            (csrf_field(ctx))
                            input type="hidden" name="participant" value=(m.voice.id);
                            " " button.link type="submit" { (ctx.t("coalition-make-coordinator")) }
                        }
                    }
                }
            }
        }
    }
}
