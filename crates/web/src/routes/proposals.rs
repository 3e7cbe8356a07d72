//! Session proposals, from draft to session: the proposal form, the page every proposal
//! and session has, speakers and co-organisers, submission against the minimum
//! criteria, joining a merge the secretariat asked for, and personal-agenda interest.

use crate::display;
use crate::error::{AppError, OrPage, PageError};
use crate::extract::Form;
use crate::extract::Me;
use crate::form::{self, csrf_field, error_summary, FormData, Input};
use crate::layout::{Alternates, Head};
use crate::locale::FluentValueArg;
use crate::programme::{self as prog, Loaded, Organising, Visible};
use crate::routes::pages::{content, content_tools, notice};
use crate::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::account::FieldError;
use convene_core::meeting::{
    self, Gender, InvitationKind, InvitationState, Mode, SessionFormat, SessionType, SpeakerRole,
    Status,
};
use convene_core::model::{Coalition, Edition, NewText, Topic};
use convene_core::notify;
use convene_core::permissions::Action;
use convene_core::programme::{
    Invitation, InvitedSpeaker, NewInvitation, NewProposal, NewSpeaker, ProposalFields, Track,
};
use convene_core::StakeholderGroup;
use maud::{html, Markup};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/{lang}/meetings/{year}/propose",
            get(propose_form).post(propose),
        )
        .route("/{lang}/sessions/{id}", get(session))
        .route("/{lang}/sessions/{id}/edit", post(edit))
        .route("/{lang}/sessions/{id}/speakers", post(add_speaker))
        .route(
            "/{lang}/sessions/{id}/speakers/{speaker}/remove",
            post(remove_speaker),
        )
        .route("/{lang}/sessions/{id}/organisers", post(add_organiser))
        .route(
            "/{lang}/sessions/{id}/invitations/{invitation}/withdraw",
            post(withdraw_invitation),
        )
        .route("/{lang}/invitations/{id}/accept", post(accept_invitation))
        .route("/{lang}/invitations/{id}/decline", post(decline_invitation))
        .route("/{lang}/sessions/{id}/submit", post(submit))
        .route("/{lang}/sessions/{id}/merge", post(merge))
        .route("/{lang}/sessions/{id}/interest", post(interest))
}

/// The proposal form's content, as typed.
#[derive(Default)]
pub struct ProposalDraft {
    pub title: String,
    pub description: String,
    pub fields: ProposalFields,
    /// Topic slugs ticked.
    pub topic_slugs: Vec<String>,
}

/// Choices the proposal form offers.
pub struct Choices {
    tracks: Vec<Track>,
    topics: Vec<Topic>,
    coalitions: Vec<Coalition>,
}

async fn choices(ctx: &Ctx, app: &AppState, e: &Edition) -> Result<Choices, PageError> {
    Ok(Choices {
        tracks: app.store.tracks(e.id, ctx.code()).await.or_page(ctx)?,
        topics: app.store.topics(ctx.code()).await.or_page(ctx)?,
        coalitions: app.store.coalitions(ctx.code()).await.or_page(ctx)?,
    })
}

/// Reads the form; unknown choices are dropped (the criteria then say what is missing).
fn parse_draft(form: &FormData, c: &Choices) -> (ProposalDraft, Vec<FieldError>) {
    let mut errors = Vec::new();
    let title = form.get("title").trim().to_string();
    errors.extend(meeting::check_proposal_title(&title));
    let topic_slugs = form.all("topics");
    let topics = c
        .topics
        .iter()
        .filter(|t| topic_slugs.contains(&t.slug))
        .map(|t| t.id)
        .collect();
    let wanted: Vec<i64> = form
        .all("coalitions")
        .iter()
        .filter_map(|v| v.parse().ok())
        .collect();
    let coalitions = c
        .coalitions
        .iter()
        .filter(|x| wanted.contains(&x.id))
        .map(|x| x.id)
        .collect();
    let track_id = form
        .get("track")
        .parse::<i64>()
        .ok()
        .filter(|id| c.tracks.iter().any(|t| t.id == *id));
    let lang = form.get("session_lang");
    let draft = ProposalDraft {
        title,
        description: form.get("body").trim().to_string(),
        fields: ProposalFields {
            track_id,
            session_type: SessionType::from_code(form.get("session_type")),
            format: SessionFormat::from_code(form.get("format")),
            duration: form
                .get("duration")
                .parse()
                .ok()
                .filter(|d| meeting::DURATIONS.contains(d)),
            mode: Mode::from_code(form.get("mode")),
            policy_questions: form.get("policy_questions").trim().to_string(),
            lang: if convene_i18n::is_supported(lang) {
                lang.to_string()
            } else {
                String::new()
            },
            topics,
            coalitions,
        },
        topic_slugs,
    };
    (draft, errors)
}

fn options<T: Copy>(
    ctx: &Ctx,
    all: &[T],
    code: fn(T) -> &'static str,
    prefix: &str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| {
            (
                code(*v).to_string(),
                ctx.t(&format!("{prefix}-{}", code(*v))),
            )
        })
        .collect()
}

/// The proposal's fields; the same form drafts and edits.
fn proposal_form(
    ctx: &Ctx,
    action: &str,
    d: &ProposalDraft,
    c: &Choices,
    word_limit: i64,
    errors: &[FieldError],
) -> Markup {
    let f = &d.fields;
    let code = |v: Option<&'static str>| v.unwrap_or("").to_string();
    let tracks: Vec<(String, String)> = c
        .tracks
        .iter()
        .map(|t| (t.id.to_string(), t.name.text.clone()))
        .collect();
    let durations: Vec<(String, String)> = meeting::DURATIONS
        .iter()
        .map(|m| (m.to_string(), display::count(ctx, "duration-minutes", *m)))
        .collect();
    let langs: Vec<(String, String)> = convene_i18n::LOCALES
        .iter()
        .map(|(c, n)| (c.to_string(), n.to_string()))
        .collect();
    let session_lang = if f.lang.is_empty() {
        ctx.code()
    } else {
        f.lang.as_str()
    };
    html! {
        (error_summary(ctx, errors))
        form.stack method="post" action=(action) novalidate {
            (csrf_field(ctx))
            (form::input(ctx, Input::new("title", "text", &d.title), errors))
            div.field {
                label for="body" { (ctx.t("field-description")) }
                p.hint #body-hint { (display::count(ctx, "hint-word-limit", word_limit)) }
                textarea #body name="body" rows="8" aria-describedby="body-hint" { (d.description) }
            }
            div.field {
                label for="policy_questions" { (ctx.t("field-policy_questions")) }
                p.hint #pq-hint { (ctx.t("hint-policy-questions")) }
                textarea #policy_questions name="policy_questions" rows="4" aria-describedby="pq-hint" { (f.policy_questions) }
            }
            (form::select(ctx, "session_type", &options(ctx, SessionType::ALL, SessionType::code, "session-type"), &code(f.session_type.map(SessionType::code)), errors))
            (form::select(ctx, "format", &options(ctx, SessionFormat::ALL, SessionFormat::code, "session-format"), &code(f.format.map(SessionFormat::code)), errors))
            (form::select(ctx, "duration", &durations, &f.duration.map(|d| d.to_string()).unwrap_or_default(), errors))
            (form::select(ctx, "mode", &options(ctx, Mode::ALL, Mode::code, "session-mode"), &code(f.mode.map(Mode::code)), errors))
            (form::select(ctx, "session_lang", &langs, session_lang, errors))
            @if !tracks.is_empty() {
                (form::select(ctx, "track", &tracks, &f.track_id.map(|t| t.to_string()).unwrap_or_default(), errors))
            }
            @if !c.topics.is_empty() { (crate::routes::topics::topic_choices(ctx, &c.topics, &d.topic_slugs)) }
            @if !c.coalitions.is_empty() {
                fieldset.field {
                    legend { (ctx.t("field-coalitions")) }
                    ul.checks {
                        @for x in &c.coalitions {
                            li { label {
                                input type="checkbox" name="coalitions" value=(x.id) checked[f.coalitions.contains(&x.id)];
                                " " (display::title(ctx, &x.name))
                            } }
                        }
                    }
                }
            }
            button type="submit" { (ctx.t("proposal-save")) }
        }
    }
}

fn propose_page(
    ctx: &Ctx,
    e: &Edition,
    d: &ProposalDraft,
    c: &Choices,
    errors: &[FieldError],
    status: StatusCode,
) -> Response {
    let title = ctx.t("proposal-new");
    let body = html! {
        h1 { (title) }
        p.meta { a href=(ctx.href(&format!("/meetings/{}", e.year))) { (ctx.t("meeting-label")) " " (e.year) } }
        p { (ctx.t("proposal-new-intro")) }
        (proposal_form(ctx, &ctx.href(&format!("/meetings/{}/propose", e.year)), d, c, e.word_limit, errors))
    };
    ctx.page_with(status, Head::private(&title), body)
}

async fn propose_form(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> Result<Response, PageError> {
    ctx.require(Action::ProposeSession)?;
    let e = prog::edition(&ctx, &app, &year).await?;
    let c = choices(&ctx, &app, &e).await?;
    Ok(propose_page(
        &ctx,
        &e,
        &ProposalDraft::default(),
        &c,
        &[],
        StatusCode::OK,
    ))
}

async fn propose(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::ProposeSession)?;
    let e = prog::edition(&ctx, &app, &year).await?;
    let c = choices(&ctx, &app, &e).await?;
    let (mut d, errors) = parse_draft(&form, &c);
    if !errors.is_empty() {
        return Ok(propose_page(
            &ctx,
            &e,
            &d,
            &c,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    if d.fields.lang.is_empty() {
        d.fields.lang = ctx.code().to_string();
    }
    let id = app
        .store
        .create_proposal(&NewProposal {
            edition_id: e.id,
            created_by: me.id,
            text: NewText {
                lang: d.fields.lang.clone(),
                title: d.title.clone(),
                body_md: d.description.clone(),
            },
            fields: d.fields,
        })
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/sessions/{id}"))).into_response())
}

/// What the session page shows besides the stored proposal: a form being corrected.
#[derive(Default)]
struct PageState {
    draft: Option<ProposalDraft>,
    errors: Vec<FieldError>,
    speaker: SpeakerDraft,
    speaker_errors: Vec<FieldError>,
    organiser_error: Option<&'static str>,
}

#[derive(Default, Clone)]
struct SpeakerDraft {
    email: String,
    name: String,
    organisation: String,
    group: String,
    country: String,
    gender: String,
    role: String,
    onsite: bool,
}

async fn session(
    ctx: Ctx,
    State(app): State<AppState>,
    Visible(l): Visible,
) -> Result<Response, PageError> {
    session_page(&ctx, &app, &l, PageState::default(), StatusCode::OK).await
}

async fn session_page(
    ctx: &Ctx,
    app: &AppState,
    l: &Loaded,
    state: PageState,
    status: StatusCode,
) -> Result<Response, PageError> {
    let p = &l.proposal;
    let m = &*app.store;
    let text = app
        .store
        .localized(p.text_id, ctx.code())
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let organiser = l.is_organiser(ctx);
    let editable = organiser && p.status.is_editable();
    let here = format!("/sessions/{}", p.id);
    let all_topics = app.store.topics(ctx.code()).await.or_page(ctx)?;
    // Every coalition is needed only for the edit form, or to name the linked ones.
    let all_coalitions = if editable || !p.fields.coalitions.is_empty() {
        app.store.coalitions(ctx.code()).await.or_page(ctx)?
    } else {
        Vec::new()
    };
    let topics: Vec<Topic> = all_topics
        .iter()
        .filter(|t| p.fields.topics.contains(&t.id))
        .cloned()
        .collect();
    let coalitions: Vec<&Coalition> = all_coalitions
        .iter()
        .filter(|c| p.fields.coalitions.contains(&c.id))
        .collect();
    let rooms = m.rooms(l.edition.id).await.or_page(ctx)?;
    let room = p.room_id.and_then(|r| rooms.iter().find(|x| x.id == r));
    let tracks = m.tracks(l.edition.id, ctx.code()).await.or_page(ctx)?;
    let track = p
        .fields
        .track_id
        .and_then(|t| tracks.iter().find(|x| x.id == t));
    let interested = match &ctx.viewer {
        Some(me) => m.is_interested(p.id, me.id).await.or_page(ctx)?,
        None => false,
    };
    let report = m.report(p.id).await.or_page(ctx)?;
    let invitations = if organiser {
        m.invitations(p.id).await.or_page(ctx)?
    } else {
        Vec::new()
    };
    let unmet = if editable {
        meeting::unmet_criteria(&prog::facts(l, &text.original.body_md))
    } else {
        Vec::new()
    };
    let review = crate::routes::review::panel(ctx, app, l, &text.original.body_md).await?;
    let can_report = p.status == Status::Accepted
        && ctx
            .require(Action::FileReport {
                organisers: &l.reporter_ids(),
            })
            .is_ok();
    let tools = if p.status == Status::Accepted {
        content_tools(ctx, app, &text).await?
    } else {
        html! {}
    };
    let body = html! {
        p.meta {
            a href=(ctx.href(&format!("/meetings/{}", p.year))) { (ctx.t("meeting-label")) " " (p.year) }
            " · " (prog::status(ctx, p.status))
        }
        (notice(ctx, &text, &here))
        (content(&text))
        (tools)
        dl.facts {
            @if let Some(t) = p.fields.session_type { dt { (ctx.t("field-session_type")) } dd { (ctx.t(&format!("session-type-{}", t.code()))) } }
            @if let Some(f) = p.fields.format { dt { (ctx.t("field-format")) } dd { (ctx.t(&format!("session-format-{}", f.code()))) } }
            @if let Some(d) = p.fields.duration { dt { (ctx.t("field-duration")) } dd { (display::count(ctx, "duration-minutes", d)) } }
            @if let Some(mo) = p.fields.mode { dt { (ctx.t("field-mode")) } dd { (ctx.t(&format!("session-mode-{}", mo.code()))) } }
            dt { (ctx.t("field-session_lang")) } dd { (ctx.loc.language_name(&p.fields.lang)) }
            @if let Some(t) = track { dt { (ctx.t("field-track")) } dd { (display::title(ctx, &t.name)) } }
            @if let Some(at) = &p.starts_at {
                dt { (ctx.t("session-when")) }
                dd data-starts=(at) { (prog::when(ctx, at, p.fields.duration.unwrap_or(60))) " (" (l.edition.time_zone) ")" }
            }
            @if let Some(r) = room { dt { (ctx.t("session-room")) } dd { (r.name) } }
            @if !p.online_url.is_empty() && p.status == Status::Accepted {
                dt { (ctx.t("session-online")) } dd { a href=(p.online_url) rel="nofollow" dir="ltr" { (p.online_url) } }
            }
        }
        @if !p.fields.policy_questions.is_empty() {
            h2 { (ctx.t("field-policy_questions")) }
            @let lang = text.original.original_lang.as_str();
            div lang=(lang) dir=(convene_i18n::direction_of(lang).as_str()) { p.pre { (p.fields.policy_questions) } }
        }
        (crate::routes::topics::topic_links(ctx, &topics))
        @if !coalitions.is_empty() {
            p.coalitions { (ctx.t("field-coalitions")) " "
                @for (i, c) in coalitions.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(ctx.href(&format!("/coalitions/{}", c.slug))) { (display::title(ctx, &c.name)) }
                }
            }
        }
        @if p.status == Status::Accepted {
            (interest_box(ctx, p.id, interested, p.interest_count))
        }
        h2 { (ctx.t("proposal-organisers")) }
        ul.people {
            @for o in &l.organisers {
                li { a href=(ctx.href(&format!("/people/{}", o.id))) { (o.name) } " · " (display::stakeholder(ctx, o.group)) " · " (display::country(ctx, &o.country)) }
            }
        }
        h2 { (ctx.t("proposal-speakers")) }
        @if l.speakers.is_empty() { p { (ctx.t("proposal-no-speakers")) } }
        ul.people {
            @for s in &l.speakers {
                li data-role=(s.person.role.code()) {
                    b { (s.person.name) } " (" (ctx.t(&format!("speaker-role-{}", s.person.role.code()))) ")"
                    " · " (s.person.organisation)
                    " · " (display::stakeholder(ctx, s.person.group))
                    " · " (display::country(ctx, &s.person.country))
                    " · " (ctx.t(if s.person.onsite { "speaker-onsite" } else { "speaker-online" }))
                    @if organiser {
                        " · " (ctx.t(&format!("gender-{}", s.person.gender.code())))
                        @if editable {
                            form.inline method="post" action=(ctx.href(&format!("{here}/speakers/{}/remove", s.id))) {
                                (csrf_field(ctx))
                                button.link type="submit" { (ctx.t("speaker-remove")) }
                            }
                        }
                    }
                }
            }
        }
        @if !invitations.is_empty() {
            (invitations_sent(ctx, &here, &invitations, editable))
        }
        @if editable {
            (prog::criteria(ctx, &unmet))
            form method="post" action=(ctx.href(&format!("{here}/submit"))) {
                (csrf_field(ctx))
                button type="submit" { (ctx.t("proposal-submit")) }
            }
            (speaker_form(ctx, &here, &state.speaker, &state.speaker_errors))
            (organiser_form(ctx, &here, state.organiser_error))
            details.edit open[state.draft.is_some()] {
                summary { (ctx.t("proposal-edit")) }
                @let c = Choices { tracks: tracks.clone(), topics: all_topics.clone(), coalitions: all_coalitions.clone() };
                @let stored = ProposalDraft {
                    title: text.original.title.clone(),
                    description: text.original.body_md.clone(),
                    fields: p.fields.clone(),
                    topic_slugs: topics.iter().map(|t| t.slug.clone()).collect(),
                };
                (proposal_form(ctx, &ctx.href(&format!("{here}/edit")), state.draft.as_ref().unwrap_or(&stored), &c, l.edition.word_limit, &state.errors))
            }
        }
        @if organiser && p.status == Status::MergeRequested {
            @if let Some(other) = p.merge_with {
                section.merge {
                    h2 { (ctx.t("merge-title")) }
                    p { (ctx.t("merge-intro")) " " a href=(ctx.href(&format!("/sessions/{other}"))) { "#" (other) } }
                    form method="post" action=(ctx.href(&format!("{here}/merge"))) {
                        (csrf_field(ctx))
                        button type="submit" { (ctx.t("merge-agree")) }
                    }
                }
            }
        }
        (crate::routes::reports::section(ctx, report.as_ref(), can_report, &here))
        (review)
    };
    let head = Head {
        title: text.title(),
        noindex: p.status.is_private() || !text.state().indexable(),
        alternates: Alternates::Only(&text.available),
        description: None,
    };
    let mut r = ctx.page(head, body);
    *r.status_mut() = status;
    Ok(r)
}

fn interest_box(ctx: &Ctx, id: i64, interested: bool, count: i64) -> Markup {
    let here = ctx.href(&format!("/sessions/{id}"));
    if ctx.viewer.is_none() {
        // A link rather than a form: the page stays the same for every anonymous reader.
        return html! {
            p.interest {
                a href=(format!("{}?next={here}", ctx.href("/signin"))) { (ctx.t("interest-add")) }
                " " span.meta { (display::count(ctx, "interest-count", count)) }
                " · " a href=(ctx.href(&format!("/sessions/{id}/calendar.ics"))) { (ctx.t("agenda-ics-one")) }
            }
        };
    }
    html! {
        form.interest method="post" action=(ctx.href(&format!("/sessions/{id}/interest"))) {
            (csrf_field(ctx))
            input type="hidden" name="on" value=(if interested { "0" } else { "1" });
            button type="submit" aria-pressed=(if interested { "true" } else { "false" }) {
                (ctx.t(if interested { "interest-remove" } else { "interest-add" }))
            }
            " " span.meta { (display::count(ctx, "interest-count", count)) }
            " · " a href=(ctx.href(&format!("/sessions/{id}/calendar.ics"))) { (ctx.t("agenda-ics-one")) }
        }
    }
}

fn speaker_form(ctx: &Ctx, here: &str, s: &SpeakerDraft, errors: &[FieldError]) -> Markup {
    let groups: Vec<(String, String)> = StakeholderGroup::ALL
        .iter()
        .map(|g| (g.code().to_string(), display::stakeholder(ctx, *g)))
        .collect();
    let countries: Vec<(String, String)> = convene_core::countries::all()
        .iter()
        .map(|c| (c.code.to_string(), display::country(ctx, c.code)))
        .collect();
    html! {
        section.speaker-form {
            h2 #speaker-form { (ctx.t("speaker-add")) }
            p { (ctx.t("speaker-add-intro")) }
            (error_summary(ctx, errors))
            form.stack method="post" action=(ctx.href(&format!("{here}/speakers"))) novalidate {
                (csrf_field(ctx))
                (form::input(ctx, Input::new("email", "email", &s.email).optional().hint("hint-speaker-invite"), errors))
                (form::input(ctx, Input::new("name", "text", &s.name), errors))
                (form::input(ctx, Input::new("organisation", "text", &s.organisation), errors))
                (form::select(ctx, "group", &groups, &s.group, errors))
                (form::select(ctx, "country", &countries, &s.country, errors))
                (form::select(ctx, "gender", &options(ctx, Gender::ALL, Gender::code, "gender"), &s.gender, errors))
                (form::select(ctx, "role", &options(ctx, SpeakerRole::ALL, SpeakerRole::code, "speaker-role"), &s.role, errors))
                div.field { label { input type="checkbox" name="onsite" value="1" checked[s.onsite]; " " (ctx.t("speaker-onsite")) } }
                button type="submit" { (ctx.t("speaker-add")) }
            }
        }
    }
}

/// The organisers' view of who was invited and has not accepted: only what they typed
/// (the address, and for speakers what they filled in), never the invitee's profile.
fn invitations_sent(ctx: &Ctx, here: &str, all: &[Invitation], editable: bool) -> Markup {
    html! {
        section.invitations #invitations {
            h2 { (ctx.t("invitations-sent")) }
            p { (ctx.t("invitations-sent-intro")) }
            ul.people {
                @for i in all {
                    li data-invitation=(i.id) data-state=(i.state.code()) {
                        @if let Some(sp) = i.new.speaker.as_ref().filter(|sp| !sp.name.is_empty()) {
                            b { (sp.name) } " · "
                        }
                        span dir="ltr" { (i.new.email) }
                        " (" (ctx.t(&format!("invitation-kind-{}", i.new.kind.code())))
                        @if let Some(sp) = &i.new.speaker {
                            ", " (ctx.t(&format!("speaker-role-{}", sp.role.code())))
                        }
                        ") · " (ctx.t(if i.state == InvitationState::Declined { "invitation-declined" } else { "invitation-pending" }))
                        @if editable {
                            form.inline method="post" action=(ctx.href(&format!("{here}/invitations/{}/withdraw", i.id))) {
                                (csrf_field(ctx))
                                button.link type="submit" { (ctx.t("invitation-withdraw")) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn organiser_form(ctx: &Ctx, here: &str, error: Option<&'static str>) -> Markup {
    let errors: Vec<FieldError> = error
        .map(|message| FieldError {
            field: "organiser_email",
            message,
        })
        .into_iter()
        .collect();
    html! {
        section {
            h2 { (ctx.t("organiser-add")) }
            form.stack method="post" action=(ctx.href(&format!("{here}/organisers"))) novalidate {
                (csrf_field(ctx))
                (form::input(ctx, Input::new("organiser_email", "email", ""), &errors))
                button type="submit" { (ctx.t("organiser-add")) }
            }
        }
    }
}

async fn edit(
    ctx: Ctx,
    State(app): State<AppState>,
    Organising(l): Organising,
    Form(form): Form,
) -> Result<Response, PageError> {
    let c = choices(&ctx, &app, &l.edition).await?;
    let (mut d, errors) = parse_draft(&form, &c);
    if !errors.is_empty() {
        let state = PageState {
            draft: Some(d),
            errors,
            ..PageState::default()
        };
        return session_page(&ctx, &app, &l, state, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    if d.fields.lang.is_empty() {
        d.fields.lang = l.proposal.fields.lang.clone();
    }
    app.store
        .update_proposal(l.proposal.id, &d.title, &d.description, &d.fields)
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/sessions/{}", l.proposal.id))).into_response())
}

async fn add_speaker(
    ctx: Ctx,
    State(app): State<AppState>,
    Organising(l): Organising,
    Form(form): Form,
) -> Result<Response, PageError> {
    let s = SpeakerDraft {
        email: form.get("email").trim().to_lowercase(),
        name: form.get("name").trim().to_string(),
        organisation: form.get("organisation").trim().to_string(),
        group: form.get("group").to_string(),
        country: form.get("country").to_string(),
        gender: form.get("gender").to_string(),
        role: form.get("role").to_string(),
        onsite: form.checked("onsite"),
    };
    // Named by email, the speaker is invited: what is left blank comes from their
    // profile only once they accept, so the rules are the same whoever the address is.
    // Named by email, the speaker is invited (see check_speaker).
    let invited = !s.email.is_empty();
    let errors = meeting::check_speaker(&meeting::SpeakerInput {
        email: &s.email,
        name: &s.name,
        organisation: &s.organisation,
        group: &s.group,
        country: &s.country,
        gender: &s.gender,
        role: &s.role,
    });
    let parsed = (
        Gender::from_code(&s.gender),
        SpeakerRole::from_code(&s.role),
    );
    let (true, (Some(gender), Some(role))) = (errors.is_empty(), parsed) else {
        let state = PageState {
            speaker: s,
            speaker_errors: errors,
            ..PageState::default()
        };
        return session_page(&ctx, &app, &l, state, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let group = StakeholderGroup::from_code(&s.group);
    // An organiser naming their own address needs nobody's consent: they are enrolled
    // at once, their profile filling the blanks.
    let myself = ctx
        .viewer
        .as_ref()
        .filter(|me| me.email == s.email)
        .cloned();
    if let Some(me) = myself {
        let typed = InvitedSpeaker {
            name: s.name,
            organisation: s.organisation,
            group,
            country: s.country,
            gender,
            role,
            onsite: s.onsite,
        };
        app.store
            .add_speaker(
                l.proposal.id,
                &convene_core::meeting::accepted_speaker(&typed, &me),
            )
            .await
            .or_page(&ctx)?;
    } else if invited {
        let typed = InvitedSpeaker {
            name: s.name,
            organisation: s.organisation,
            group,
            country: s.country,
            gender,
            role,
            onsite: s.onsite,
        };
        invite(
            &ctx,
            &app,
            &l,
            InvitationKind::Speaker,
            &s.email,
            Some(typed),
        )
        .await?;
    } else {
        let Some(group) = group else {
            return Err(ctx.fail(AppError::BadRequest));
        };
        app.store
            .add_speaker(
                l.proposal.id,
                &NewSpeaker {
                    participant_id: None,
                    name: s.name,
                    organisation: s.organisation,
                    group,
                    country: s.country,
                    gender,
                    role,
                    onsite: s.onsite,
                },
            )
            .await
            .or_page(&ctx)?;
    }
    Ok(
        Redirect::to(&ctx.href(&format!("/sessions/{}#speaker-form", l.proposal.id)))
            .into_response(),
    )
}

/// Invites whoever has `email`, answering the same whether anyone has it: the
/// participant, if any, is told in their notifications and answers there; an address
/// nobody has is an invitation never accepted. Inviting the same address to the same
/// thing twice records it once.
async fn invite(
    ctx: &Ctx,
    app: &AppState,
    l: &Loaded,
    kind: InvitationKind,
    email: &str,
    speaker: Option<InvitedSpeaker>,
) -> Result<(), PageError> {
    let me = ctx.signed_in()?.clone();
    let m = &*app.store;
    let existing = m.invitations(l.proposal.id).await.or_page(ctx)?;
    if existing
        .iter()
        .any(|i| i.new.kind == kind && i.new.email == email)
    {
        return Ok(());
    }
    let invitee = app
        .store
        .credentials(email)
        .await
        .or_page(ctx)?
        .map(|(p, _)| p)
        .filter(|p| !p.deleted);
    let notice = invitee
        .as_ref()
        .map(|p| notify::invited(p.id, kind, &me.display_name, &l.proposal.title.text));
    m.invite(
        &NewInvitation {
            proposal_id: l.proposal.id,
            kind,
            email: email.to_string(),
            participant_id: invitee.as_ref().map(|p| p.id),
            invited_by: me.id,
            speaker,
        },
        notice.as_ref(),
    )
    .await
    .or_page(ctx)?;
    Ok(())
}

async fn remove_speaker(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, _, speaker)): Path<(String, String, String)>,
    Organising(l): Organising,
    Form(_form): Form,
) -> Result<Response, PageError> {
    let speaker: i64 = speaker.parse().map_err(|_| ctx.not_found())?;
    app.store
        .remove_speaker(l.proposal.id, speaker)
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/sessions/{}", l.proposal.id))).into_response())
}

async fn add_organiser(
    ctx: Ctx,
    State(app): State<AppState>,
    Organising(l): Organising,
    Form(form): Form,
) -> Result<Response, PageError> {
    let email = form.get("organiser_email").trim().to_lowercase();
    if !convene_core::account::plausible_email(&email) {
        let state = PageState {
            organiser_error: Some("form-error-email"),
            ..PageState::default()
        };
        return session_page(&ctx, &app, &l, state, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    invite(&ctx, &app, &l, InvitationKind::Organiser, &email, None).await?;
    Ok(Redirect::to(&ctx.href(&format!("/sessions/{}", l.proposal.id))).into_response())
}

/// An organiser takes back an invitation that was not accepted, pending or declined.
async fn withdraw_invitation(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, _, invitation)): Path<(String, String, String)>,
    Organising(l): Organising,
    Form(_form): Form,
) -> Result<Response, PageError> {
    let invitation: i64 = invitation.parse().map_err(|_| ctx.not_found())?;
    app.store
        .withdraw_invitation(l.proposal.id, invitation)
        .await
        .or_page(&ctx)?;
    Ok(
        Redirect::to(&ctx.href(&format!("/sessions/{}#invitations", l.proposal.id)))
            .into_response(),
    )
}

/// The invitations addressed to the reader, with buttons to accept or decline each: a
/// section of their notifications page.
pub async fn my_invitations(ctx: &Ctx, app: &AppState) -> Result<Markup, PageError> {
    let me = ctx.signed_in()?;
    let m = &*app.store;
    let mine = m.invitations_for(me.id).await.or_page(ctx)?;
    let mut items = Vec::new();
    for i in mine {
        let Some(p) = m
            .proposal(i.new.proposal_id, ctx.code())
            .await
            .or_page(ctx)?
        else {
            continue;
        };
        if i.state.can_answer(p.status) {
            items.push((i, p));
        }
    }
    if items.is_empty() {
        return Ok(html! {});
    }
    Ok(html! {
        section.invitations #invitations {
            h2 { (ctx.t("invitations-title")) }
            p { (ctx.t("invitations-intro")) }
            ul.list {
                @for (i, p) in &items {
                    li data-invitation=(i.id) {
                        (ctx.t_args(&format!("invitation-to-{}", i.new.kind.code()), &[
                            ("title", FluentValueArg::Str(p.title.text.clone())),
                        ]))
                        @if let Some(sp) = &i.new.speaker {
                            " (" (ctx.t(&format!("speaker-role-{}", sp.role.code()))) ")"
                        }
                        form.inline method="post" action=(ctx.href(&format!("/invitations/{}/accept", i.id))) {
                            (csrf_field(ctx))
                            button type="submit" { (ctx.t("invitation-accept")) }
                        }
                        form.inline method="post" action=(ctx.href(&format!("/invitations/{}/decline", i.id))) {
                            (csrf_field(ctx))
                            button.secondary type="submit" { (ctx.t("invitation-decline")) }
                        }
                    }
                }
            }
        }
    })
}

/// The invitee's answer. Only they may give it, only once, and only while the proposal
/// is a draft; anyone else gets "not found".
async fn answer(ctx: &Ctx, app: &AppState, id: &str, accept: bool) -> Result<Response, PageError> {
    let me = ctx.signed_in()?.clone();
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    let m = &*app.store;
    let i = m
        .invitation(id)
        .await
        .or_page(ctx)?
        .filter(|i| i.new.participant_id == Some(me.id))
        .ok_or_else(|| ctx.not_found())?;
    let p = m
        .proposal(i.new.proposal_id, ctx.code())
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())?;
    if !i.state.can_answer(p.status) {
        return Err(ctx.fail(AppError::Conflict));
    }
    if accept {
        let speaker = i
            .new
            .speaker
            .as_ref()
            .map(|typed| meeting::accepted_speaker(typed, &me));
        m.accept_invitation(id, me.id, speaker.as_ref())
            .await
            .or_page(ctx)?;
        return Ok(Redirect::to(&ctx.href(&format!("/sessions/{}", p.id))).into_response());
    }
    m.decline_invitation(id, me.id).await.or_page(ctx)?;
    Ok(Redirect::to(&ctx.href("/notifications")).into_response())
}

async fn accept_invitation(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    answer(&ctx, &app, &id, true).await
}

async fn decline_invitation(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    answer(&ctx, &app, &id, false).await
}

async fn submit(
    ctx: Ctx,
    State(app): State<AppState>,
    Organising(l): Organising,
    Form(_form): Form,
) -> Result<Response, PageError> {
    let text = app
        .store
        .localized(l.proposal.text_id, ctx.code())
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let unmet = meeting::unmet_criteria(&prog::facts(&l, &text.original.body_md));
    if !unmet.is_empty() {
        // The page lists what is unmet; nothing is lost.
        return session_page(
            &ctx,
            &app,
            &l,
            PageState::default(),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    app.store
        .set_status(l.proposal.id, Status::Submitted, None, None)
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/sessions/{}", l.proposal.id))).into_response())
}

/// An organiser agrees to the merge the secretariat asked for: this proposal joins the
/// other one, bringing its organisers and speakers.
async fn merge(
    Me { ctx, .. }: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Form(_form): Form,
) -> Result<Response, PageError> {
    let l = prog::load(&ctx, &app, &id).await?;
    ctx.require(Action::EditProposal {
        organisers: &l.organiser_ids(),
    })?;
    let (Status::MergeRequested, Some(into)) = (l.proposal.status, l.proposal.merge_with) else {
        return Err(ctx.fail(AppError::Conflict));
    };
    app.store
        .merge_into(l.proposal.id, into)
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/sessions/{into}"))).into_response())
}

async fn interest(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Visible(l): Visible,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::RegisterInterest)?;
    if l.proposal.status != Status::Accepted {
        return Err(ctx.fail(AppError::Conflict));
    }
    app.store
        .set_interest(l.proposal.id, me.id, form.get("on") == "1")
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/sessions/{}", l.proposal.id))).into_response())
}
