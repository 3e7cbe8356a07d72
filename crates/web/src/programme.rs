//! Pieces the yearly meeting's pages share: finding an edition or a proposal the reader
//! may see (also as the extractors [`Visible`] and [`Organising`]), the criteria check
//! assembled from stored facts, and small displays.

use crate::error::{AppError, OrPage, PageError};
use crate::locale::FluentValueArg;
use crate::{display, AppState, Ctx};
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use convene_core::meeting::{self, ProposalFacts, SpeakerFacts, Status, Unmet};
use convene_core::model::{Edition, NewNotification};
use convene_core::programme::{Organiser, Proposal, Speaker};
use maud::{html, Markup};

/// The edition named by a year in the path.
pub async fn edition(ctx: &Ctx, app: &AppState, year: &str) -> Result<Edition, PageError> {
    let year: i64 = year.parse().map_err(|_| ctx.not_found())?;
    app.store
        .edition(year, ctx.code())
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())
}

/// A proposal with the people around it, loaded once per request.
pub struct Loaded {
    pub proposal: Proposal,
    pub edition: Edition,
    pub organisers: Vec<Organiser>,
    pub speakers: Vec<Speaker>,
    pub reviewers: Vec<(i64, String)>,
}

impl Loaded {
    pub fn organiser_ids(&self) -> Vec<i64> {
        self.organisers.iter().map(|o| o.id).collect()
    }

    /// Who files the report: the organisers and any rapporteur who is a participant.
    pub fn reporter_ids(&self) -> Vec<i64> {
        let mut ids = self.organiser_ids();
        ids.extend(
            self.speakers
                .iter()
                .filter(|s| s.person.role == convene_core::meeting::SpeakerRole::Rapporteur)
                .filter_map(|s| s.person.participant_id),
        );
        ids
    }

    pub fn is_organiser(&self, ctx: &Ctx) -> bool {
        ctx.viewer
            .as_ref()
            .is_some_and(|me| self.organisers.iter().any(|o| o.id == me.id))
    }
}

/// The `{id}` of the path: the proposal a route is about.
async fn path_id(parts: &mut Parts, app: &AppState) -> Result<String, Response> {
    let Path(params) = Path::<Vec<(String, String)>>::from_request_parts(parts, app)
        .await
        .map_err(IntoResponse::into_response)?;
    Ok(params
        .into_iter()
        .find(|(name, _)| name == "id")
        .map(|(_, v)| v)
        .unwrap_or_default())
}

/// Extractor: the path's proposal, loaded, and visible to the reader ([`load`]).
pub struct Visible(pub Loaded);

impl FromRequestParts<AppState> for Visible {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Response> {
        let ctx = Ctx::from_request_parts(parts, app).await?;
        let id = path_id(parts, app).await?;
        load(&ctx, app, &id)
            .await
            .map(Visible)
            .map_err(IntoResponse::into_response)
    }
}

/// Extractor: the path's proposal, for a change by one of its organisers while it can
/// still change (sign in first; 403 for anyone else; 409 once it is submitted).
pub struct Organising(pub Loaded);

impl FromRequestParts<AppState> for Organising {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Response> {
        let ctx = Ctx::from_request_parts(parts, app).await?;
        let id = path_id(parts, app).await?;
        let check = async {
            ctx.signed_in()?;
            let l = load(&ctx, app, &id).await?;
            ctx.require(convene_core::permissions::Action::EditProposal {
                organisers: &l.organiser_ids(),
            })?;
            if !l.proposal.status.is_editable() {
                return Err(ctx.fail(AppError::Conflict));
            }
            Ok(l)
        };
        check
            .await
            .map(Organising)
            .map_err(IntoResponse::into_response)
    }
}

/// Loads a proposal the reader may see: accepted sessions are public; anything else only
/// for its organisers, the secretariat and reviewers assigned to it who do not share an
/// organisation with its organisers. Others get a plain "not found", so private
/// proposals do not reveal that they exist.
pub async fn load(ctx: &Ctx, app: &AppState, id: &str) -> Result<Loaded, PageError> {
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    let m = &*app.store;
    let proposal = m
        .proposal(id, ctx.code())
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let edition = m
        .edition(proposal.year, ctx.code())
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let organisers = m.organisers(id).await.or_page(ctx)?;
    let speakers = m.speakers(id).await.or_page(ctx)?;
    let reviewers = m.assigned_reviewers(id).await.or_page(ctx)?;
    let loaded = Loaded {
        proposal,
        edition,
        organisers,
        speakers,
        reviewers,
    };
    let organisers = loaded.organiser_ids();
    let reviewers = visible_reviewers(ctx, &loaded);
    let visible = convene_core::visibility::may_see_proposal(
        ctx.actor(),
        loaded.proposal.status,
        &organisers,
        &reviewers,
    );
    match (visible, ctx.viewer.is_some()) {
        (true, _) => Ok(loaded),
        (false, false) => Err(ctx.fail(AppError::SignIn)),
        (false, true) => Err(ctx.not_found()),
    }
}

/// Assigned reviewers, minus the reader when they share an organisation with an
/// organiser: reviewers never see proposals from their own organisation.
pub fn visible_reviewers(ctx: &Ctx, l: &Loaded) -> Vec<i64> {
    let affiliations: Vec<String> = l.organisers.iter().map(|o| o.affiliation.clone()).collect();
    l.reviewers
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| match &ctx.viewer {
            Some(me) if me.id == *id => !meeting::same_organisation(&me.affiliation, &affiliations),
            _ => true,
        })
        .collect()
}

/// The criteria's input from what is stored, for today in the venue's time zone.
pub fn facts(l: &Loaded, description: &str) -> ProposalFacts {
    let e = &l.edition;
    let today = meeting::now_in(&e.time_zone, convene_core::date::now()).date();
    let date = |s: &Option<String>| s.as_deref().and_then(|d| d.parse().ok());
    let names = |keep: &dyn Fn(&Organiser) -> bool| -> Vec<String> {
        l.organisers
            .iter()
            .filter(|o| keep(o))
            .map(|o| o.name.clone())
            .collect()
    };
    let p = &l.proposal;
    ProposalFacts {
        title: p.title.text.clone(),
        description: description.to_string(),
        policy_questions: p.fields.policy_questions.clone(),
        session_type: p.fields.session_type,
        format: p.fields.format,
        duration: p.fields.duration,
        mode: p.fields.mode,
        speakers: l
            .speakers
            .iter()
            .map(|s| SpeakerFacts {
                role: s.person.role,
                gender: s.person.gender,
                group: s.person.group,
                onsite: s.person.onsite,
            })
            .collect(),
        word_limit: e.word_limit,
        missing_reports: names(&|o| o.missing_reports > 0),
        reviewers: names(&|o| o.reviewer),
        over_limit: names(&|o| e.proposal_limit > 0 && o.submitted_this_year >= e.proposal_limit),
        proposal_limit: e.proposal_limit,
        call_open: meeting::call_open(today, date(&e.call_opens_on), date(&e.call_closes_on)),
    }
}

/// The unmet criteria as a list the proposer can act on, or a line saying all are met.
pub fn criteria(ctx: &Ctx, unmet: &[Unmet]) -> Markup {
    html! {
        section.criteria aria-labelledby="criteria-title" data-unmet=(unmet.len()) {
            h2 #criteria-title { (ctx.t("criteria-title")) }
            @if unmet.is_empty() {
                p.ok { (ctx.t("criteria-all-met")) }
            } @else {
                p { (ctx.t("criteria-intro")) }
                ul.unmet {
                    @for u in unmet {
                        li data-criterion=(u.code) { (criterion(ctx, u)) }
                    }
                }
            }
        }
    }
}

pub fn criterion(ctx: &Ctx, u: &Unmet) -> String {
    let args: Vec<(&str, FluentValueArg)> = u
        .args
        .iter()
        .map(|(k, v)| {
            let value = match v.parse::<i64>() {
                Ok(n) => FluentValueArg::Num(n),
                Err(_) => FluentValueArg::Str(v.clone()),
            };
            (*k, value)
        })
        .collect();
    ctx.t_args(&format!("criterion-{}", u.code), &args)
}

pub fn status(ctx: &Ctx, s: Status) -> Markup {
    html! { span.status data-status=(s.code()) { (ctx.t(&format!("proposal-status-{}", s.code()))) } }
}

/// Where and when an edition meets, as one line.
pub fn place_and_dates(ctx: &Ctx, e: &Edition) -> Markup {
    html! {
        (ctx.t_args("meeting-place", &[
            ("city", FluentValueArg::Str(e.city.clone())),
            ("country", FluentValueArg::Str(display::country(ctx, &e.host_country))),
        ]))
        " · "
        (ctx.t_args("meeting-dates", &[
            ("start", FluentValueArg::Str(convene_i18n::format::date(ctx.code(), &e.starts_on))),
            ("end", FluentValueArg::Str(convene_i18n::format::date(ctx.code(), &e.ends_on))),
        ]))
    }
}

/// A session's venue time as the reader's locale writes it: date, then hours.
pub fn when(ctx: &Ctx, starts_at: &str, minutes: i64) -> String {
    let Some(start) = meeting::parse_local(starts_at) else {
        return starts_at.to_string();
    };
    let end = meeting::plus_minutes(start, minutes);
    let day = convene_i18n::format::date(ctx.code(), &start.date().to_string());
    format!(
        "{day} {}–{}",
        start.strftime("%H:%M"),
        end.strftime("%H:%M")
    )
}

/// Tells each organiser, in the app and by mail in their own language.
pub async fn tell_organisers(
    store: &dyn convene_store::Store,
    options: &crate::Options,
    proposal_id: i64,
    kind: &str,
    args: &[(&str, String)],
) -> Result<(), convene_store::StoreError> {
    let m = store;
    let organisers = m.organisers(proposal_id).await?;
    let link = format!("/sessions/{proposal_id}");
    for o in organisers {
        store
            .notify(&NewNotification {
                participant_id: o.id,
                kind: kind.to_string(),
                args: args
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.clone()))
                    .collect(),
                link: link.clone(),
            })
            .await?;
        let Some(p) = store.participant(o.id).await? else {
            continue;
        };
        if p.deleted || p.email.is_empty() {
            continue;
        }
        let lang = if convene_i18n::is_supported(&p.profile.ui_lang) {
            p.profile.ui_lang.clone()
        } else {
            convene_i18n::DEFAULT_LOCALE.to_string()
        };
        let mut fargs = convene_i18n::FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        fargs.set("name", p.display_name.clone());
        fargs.set(
            "link",
            format!("{}/{lang}{link}", options.public_url.trim_end_matches('/')),
        );
        let subject = convene_i18n::tr(&lang, &format!("mail-{kind}-subject"), Some(&fargs));
        let body = convene_i18n::tr(&lang, &format!("mail-{kind}-body"), Some(&fargs));
        let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        if let Err(e) = options
            .mailer
            .send(&p.email, &strip(subject), &strip(body))
            .await
        {
            tracing::error!(error = %e, proposal = proposal_id, "organiser mail not sent");
        }
    }
    Ok(())
}
