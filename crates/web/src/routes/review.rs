//! Reviewing proposals: the secretariat screens, assigns reviewers and decides; assigned
//! reviewers score 1 to 5 on four criteria. The dashboard ranks each track's proposals
//! with the spread of scores and marks first-time and developing-country proposers.

use crate::display;
use crate::error::{AppError, OrPage, PageError};
use crate::extract::Form;
use crate::extract::Me;
use crate::form::csrf_field;
use crate::layout::Head;
use crate::programme::{self as prog, Loaded};
use crate::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::meeting::{self, ReviewerAssignment, Scores, Status};
use convene_core::model::{ParticipantId, ProposalId};
use convene_core::permissions::Action;
use convene_core::programme::{Organiser, Proposal};
use maud::{html, Markup};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/meetings/{year}/proposals", get(dashboard))
        .route("/{lang}/reviews", get(queue))
        .route("/{lang}/sessions/{id}/assign", post(assign))
        .route("/{lang}/sessions/{id}/decide", post(decide))
        .route("/{lang}/sessions/{id}/review", post(review))
}

const CRITERIA: [&str; 4] = ["relevance", "content", "diversity", "format"];

/// Marks the review gives preference to.
fn marks(ctx: &Ctx, organisers: &[Organiser]) -> Markup {
    let first_time = !organisers.is_empty() && organisers.iter().all(|o| o.earlier_proposals == 0);
    let developing = organisers
        .iter()
        .any(|o| convene_core::countries::by_code(&o.country).is_some_and(|c| c.developing));
    html! {
        @if first_time { span.mark data-mark="first-time" { (ctx.t("review-mark-first-time")) } " " }
        @if developing { span.mark data-mark="developing" { (ctx.t("review-mark-developing")) } }
    }
}

/// The review part of a proposal's page, for the secretariat and assigned reviewers.
/// `description` is the proposal's original text, which the criteria count words in.
pub async fn panel(
    ctx: &Ctx,
    app: &AppState,
    l: &Loaded,
    description: &str,
) -> Result<Markup, PageError> {
    let p = &l.proposal;
    if p.status == Status::Draft {
        return Ok(html! {});
    }
    let here = format!("/sessions/{}", p.id);
    let m = &*app.store;
    let secretariat = ctx.require(Action::ManageMeeting).is_ok();
    let assigned_to_me = ctx
        .viewer
        .as_ref()
        .is_some_and(|me| prog::visible_reviewers(ctx, l).contains(&me.id));
    let reviewer = ctx
        .require(Action::ReviewProposal {
            assigned: assigned_to_me,
        })
        .is_ok();
    if !secretariat && !reviewer {
        return Ok(html! {});
    }
    let reviews = m.reviews(p.id).await.or_page(ctx)?;
    let mine = ctx
        .viewer
        .as_ref()
        .and_then(|me| reviews.iter().find(|r| r.reviewer_id == me.id));
    let unmet = meeting::unmet_criteria(&prog::facts(l, description))
        .into_iter()
        .filter(|u| u.code != "call-closed")
        .collect::<Vec<_>>();
    Ok(html! {
        section.review aria-labelledby="review-title" {
            h2 #review-title { (ctx.t("review-title")) }
            @if secretariat {
                p { (marks(ctx, &l.organisers)) }
                (prog::criteria(ctx, &unmet))
                h3 { (ctx.t("review-assigned")) }
                @if l.reviewers.is_empty() { p { (ctx.t("review-none-assigned")) } }
                ul { @for (_, name) in &l.reviewers { li { (name) } } }
                form.stack method="post" action=(ctx.href(&format!("{here}/assign"))) {
                    (csrf_field(ctx))
                    div.field {
                        label for="reviewer_email" { (ctx.t("field-reviewer_email")) }
                        input #reviewer_email name="reviewer_email" type="email" required;
                    }
                    button type="submit" { (ctx.t("review-assign")) }
                }
                @if !reviews.is_empty() {
                    // Scrolls sideways on a phone; focusable so the keyboard can scroll it.
                    div.scroll tabindex="0" role="region" aria-labelledby="scores-caption" { table {
                        caption #scores-caption { (ctx.t("review-scores")) }
                        thead { tr {
                            th scope="col" { (ctx.t("review-reviewer")) }
                            @for c in CRITERIA { th scope="col" { (ctx.t(&format!("review-{c}"))) } }
                            th scope="col" { (ctx.t("review-total")) }
                            th scope="col" { (ctx.t("review-comments")) }
                        } }
                        tbody {
                            @for r in &reviews {
                                tr {
                                    th scope="row" { (r.reviewer_name) }
                                    td { (r.scores.relevance) } td { (r.scores.content) }
                                    td { (r.scores.diversity) } td { (r.scores.format) }
                                    td { (r.scores.total()) }
                                    td { (r.comments) }
                                }
                            }
                        }
                    } }
                }
                h3 { (ctx.t("review-decide")) }
                form.stack method="post" action=(ctx.href(&format!("{here}/decide"))) {
                    (csrf_field(ctx))
                    fieldset.field {
                        legend { (ctx.t("field-outcome")) }
                        @for s in [Status::InReview, Status::Accepted, Status::Declined, Status::MergeRequested] {
                            @if p.status.can_become(s) {
                                label { input type="radio" name="outcome" value=(s.code()) required; " " (ctx.t(&format!("proposal-status-{}", s.code()))) } br;
                            }
                        }
                    }
                    div.field {
                        label for="merge_with" { (ctx.t("field-merge_with")) }
                        input #merge_with name="merge_with" type="number" min="1";
                    }
                    button type="submit" { (ctx.t("review-decide")) }
                }
            }
            @if reviewer {
                h3 { (ctx.t("review-yours")) }
                form.stack method="post" action=(ctx.href(&format!("{here}/review"))) {
                    (csrf_field(ctx))
                    @for c in CRITERIA {
                        @let current = mine.map(|r| match c {
                            "relevance" => r.scores.relevance,
                            "content" => r.scores.content,
                            "diversity" => r.scores.diversity,
                            _ => r.scores.format,
                        });
                        // Ids apart from the names: "content" is the main element's id.
                        @let id = format!("score-{c}");
                        div.field {
                            label for=(id) { (ctx.t(&format!("review-{c}"))) }
                            p.hint id=(format!("{id}-hint")) { (ctx.t(&format!("review-{c}-hint"))) }
                            select id=(id) name=(c) required aria-describedby=(format!("{id}-hint")) {
                                option value="" { (ctx.t("form-choose")) }
                                @for n in 1..=5i64 { option value=(n) selected[current == Some(n)] { (n) } }
                            }
                        }
                    }
                    div.field {
                        label for="comments" { (ctx.t("review-comments")) }
                        textarea #comments name="comments" rows="4" { (mine.map(|r| r.comments.as_str()).unwrap_or("")) }
                    }
                    button type="submit" { (ctx.t("review-save")) }
                }
            }
        }
    })
}

async fn dashboard(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> Result<Response, PageError> {
    ctx.require(Action::ManageMeeting)?;
    let e = prog::edition(&ctx, &app, &year).await?;
    let m = &*app.store;
    let proposals: Vec<Proposal> = m
        .proposals(e.id, ctx.code())
        .await
        .or_page(&ctx)?
        .into_iter()
        .filter(|p| !matches!(p.status, Status::Draft | Status::Merged))
        .collect();
    let totals = m.review_totals(e.id).await.or_page(&ctx)?;
    let tracks = m.tracks(e.id, ctx.code()).await.or_page(&ctx)?;
    let mut organisers = Vec::with_capacity(proposals.len());
    for p in &proposals {
        organisers.push((p.id, m.organisers(p.id).await.or_page(&ctx)?));
    }
    let mut groups: Vec<(Option<i64>, Markup)> = tracks
        .iter()
        .map(|t| (Some(t.id), display::title(&ctx, &t.name)))
        .collect();
    groups.push((None, html! { (ctx.t("review-no-track")) }));
    let title = format!(
        "{} {} – {}",
        ctx.t("meeting-label"),
        e.year,
        ctx.t("review-dashboard")
    );
    let body = html! {
        h1 { (title) }
        p { a href=(ctx.href(&format!("/meetings/{}", e.year))) { (ctx.t("back-to-meeting")) } }
        p { (display::count(&ctx, "review-proposal-count", proposals.len() as i64)) }
        @for (track, name) in &groups {
            @let ids: Vec<i64> = proposals.iter().filter(|p| p.fields.track_id == *track).map(|p| p.id).collect();
            @if !ids.is_empty() {
                h2 { (name) }
                div.scroll { table.ranking {
                    thead { tr {
                        th scope="col" { "#" }
                        th scope="col" { (ctx.t("field-title")) }
                        th scope="col" { (ctx.t("review-status")) }
                        th scope="col" { (ctx.t("review-mean")) }
                        th scope="col" { (ctx.t("review-spread")) }
                        th scope="col" { (ctx.t("review-count")) }
                        th scope="col" { (ctx.t("review-marks")) }
                    } }
                    tbody {
                        @for (rank, r) in meeting::rank(&totals, &ids).iter().enumerate() {
                            @if let Some(p) = proposals.iter().find(|p| p.id == r.proposal_id) {
                                tr data-proposal=(p.id) {
                                    td { (rank + 1) }
                                    th scope="row" { a href=(ctx.href(&format!("/sessions/{}", p.id))) { (display::title(&ctx, &p.title)) } }
                                    td { (prog::status(&ctx, p.status)) }
                                    td { (r.mean.map(|x| convene_i18n::format::one_decimal(ctx.code(), x)).unwrap_or_else(|| "–".into())) }
                                    td.spread[r.spread >= 6] { (r.spread) }
                                    td { (r.reviews) }
                                    td { @if let Some((_, o)) = organisers.iter().find(|(id, _)| *id == p.id) { (marks(&ctx, o)) } }
                                }
                            }
                        }
                    }
                } }
            }
        }
    };
    Ok(ctx.page(Head::private(&title), body))
}

async fn queue(Me { ctx, me }: Me, State(app): State<AppState>) -> Result<Response, PageError> {
    ctx.require(Action::SeeReviewQueue)?;
    let m = &*app.store;
    let assigned = m.review_queue(me.id, ctx.code()).await.or_page(&ctx)?;
    let mut rows = Vec::new();
    for p in assigned {
        let organisers = m.organisers(p.id).await.or_page(&ctx)?;
        let affiliations: Vec<String> = organisers.iter().map(|o| o.affiliation.clone()).collect();
        if !meeting::in_review_queue(&me.affiliation, &affiliations) {
            continue;
        }
        let done = m
            .reviews(p.id)
            .await
            .or_page(&ctx)?
            .iter()
            .any(|r| r.reviewer_id == me.id);
        rows.push((p, done));
    }
    let title = ctx.t("review-queue");
    let body = html! {
        h1 { (title) }
        @if rows.is_empty() { p { (ctx.t("review-queue-empty")) } }
        ul.list {
            @for (p, done) in &rows {
                li {
                    a href=(ctx.href(&format!("/sessions/{}", p.id))) { (display::title(&ctx, &p.title)) }
                    " · " (p.year) " · "
                    (ctx.t(if *done { "review-done" } else { "review-to-do" }))
                }
            }
        }
    };
    Ok(ctx.page(Head::private(&title), body))
}

async fn assign(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::ManageMeeting)?;
    let l = prog::load(&ctx, &app, &id).await?;
    let p = &l.proposal;
    let email = form.get("reviewer_email").trim().to_lowercase();
    let Some((reviewer, _)) = app.store.credentials(&email).await.or_page(&ctx)? else {
        return Err(ctx.fail(AppError::BadRequest));
    };
    let affiliations: Vec<String> = l.organisers.iter().map(|o| o.affiliation.clone()).collect();
    meeting::check_reviewer_assignment(
        p.status,
        reviewer.role,
        &reviewer.affiliation,
        &affiliations,
        l.reviewers.iter().any(|(r, _)| *r == reviewer.id),
    )
    .map_err(|_| ctx.fail(AppError::Conflict))?;
    app.store
        .assign_reviewer(&ReviewerAssignment {
            proposal_id: ProposalId(p.id),
            reviewer_id: ParticipantId(reviewer.id),
            by: ParticipantId(me.id),
            status: meeting::status_on_assignment(p.status),
        })
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/sessions/{}#review-title", p.id))).into_response())
}

async fn decide(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::ManageMeeting)?;
    let l = prog::load(&ctx, &app, &id).await?;
    let p = &l.proposal;
    let Some(to) = Status::from_code(form.get("outcome")) else {
        return Err(ctx.fail(AppError::BadRequest));
    };
    if !p.status.can_become(to) {
        return Err(ctx.fail(AppError::Conflict));
    }
    let m = &*app.store;
    let title = p.title.text.clone();
    if to == Status::MergeRequested {
        let other: i64 = form
            .get("merge_with")
            .trim()
            .parse()
            .map_err(|_| ctx.fail(AppError::BadRequest))?;
        let o = m
            .proposal(other, ctx.code())
            .await
            .or_page(&ctx)?
            .filter(|o| o.edition_id == p.edition_id && o.id != p.id)
            .ok_or_else(|| ctx.fail(AppError::BadRequest))?;
        if !o.status.can_become(Status::MergeRequested) {
            return Err(ctx.fail(AppError::Conflict));
        }
        m.pair_for_merge(ProposalId(p.id), ProposalId(o.id), ParticipantId(me.id))
            .await
            .or_page(&ctx)?;
        for (id, t, with) in [(p.id, &title, &o.title.text), (o.id, &o.title.text, &title)] {
            prog::tell_organisers(
                &*app.store,
                &app.options,
                id,
                "proposal-merge",
                &[("title", t.clone()), ("other", with.clone())],
            )
            .await
            .or_page(&ctx)?;
        }
    } else {
        m.set_status(p.id, to, None, Some(me.id))
            .await
            .or_page(&ctx)?;
        if matches!(to, Status::Accepted | Status::Declined) {
            prog::tell_organisers(
                &*app.store,
                &app.options,
                p.id,
                &format!("proposal-{}", to.code()),
                &[("title", title)],
            )
            .await
            .or_page(&ctx)?;
        }
    }
    Ok(Redirect::to(&ctx.href(&format!("/sessions/{}#review-title", p.id))).into_response())
}

async fn review(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    let l = prog::load(&ctx, &app, &id).await?;
    let assigned = prog::visible_reviewers(&ctx, &l).contains(&me.id);
    ctx.require(Action::ReviewProposal { assigned })?;
    if !matches!(
        l.proposal.status,
        Status::Submitted | Status::InReview | Status::MergeRequested
    ) {
        return Err(ctx.fail(AppError::Conflict));
    }
    let score = |name: &str| form.get(name).trim().parse::<i64>().unwrap_or(0);
    let Some(scores) = Scores::new(
        score("relevance"),
        score("content"),
        score("diversity"),
        score("format"),
    ) else {
        return Err(ctx.fail(AppError::BadRequest));
    };
    let comments = form.get("comments").trim();
    if comments.chars().count() > 5000 {
        return Err(ctx.fail(AppError::BadRequest));
    }
    app.store
        .save_review(l.proposal.id, me.id, scores, comments)
        .await
        .or_page(&ctx)?;
    Ok(
        Redirect::to(&ctx.href(&format!("/sessions/{}#review-title", l.proposal.id)))
            .into_response(),
    )
}
