//! Session reports: the short report (key messages) soon after the session and the full
//! report within two weeks, with participation counts by stakeholder group and gender,
//! and a transcript shown as not an authoritative record. The secretariat sees which
//! reports are missing or late.

use crate::display;
use crate::error::{AppError, OrPage, PageError};
use crate::extract::Form;
use crate::extract::Me;
use crate::form::{csrf_field, error_summary, FormData};
use crate::layout::Head;
use crate::programme::{self as prog, Loaded};
use crate::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::account::FieldError;
use convene_core::markdown::to_safe_html;
use convene_core::meeting::{self, Gender, ReportState, Status};
use convene_core::permissions::Action;
use convene_core::programme::{Participation, Report, ReportFields};
use convene_core::StakeholderGroup;
use convene_i18n::direction_of;
use maud::{html, Markup, PreEscaped};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/sessions/{id}/report", get(report_form).post(file))
        .route("/{lang}/meetings/{year}/reports", get(missing))
        .route("/{lang}/meetings/{year}/reports/remind", post(remind))
}

use convene_core::meeting::{report_section as field_text, REPORT_SECTIONS as TEXT_FIELDS};

/// The report as shown on the session page, with a link to file it for those allowed.
pub fn section(ctx: &Ctx, report: Option<&Report>, can_report: bool, here: &str) -> Markup {
    html! {
        @if report.is_some() || can_report {
            section.report aria-labelledby="report-title" {
                h2 #report-title { (ctx.t("report-title")) }
                @if let Some(r) = report {
                    @let lang = r.fields.lang.as_str();
                    @for name in TEXT_FIELDS {
                        @let text = field_text(&r.fields, name);
                        @if !text.is_empty() {
                            // The heading is in the reader's language, the text in the report's.
                            h3 { (ctx.t(&format!("field-{name}"))) }
                            div lang=(lang) dir=(direction_of(lang).as_str()) { (PreEscaped(to_safe_html(text))) }
                        }
                    }
                    @if r.full_at.is_some() {
                        (participation(ctx, &r.fields))
                    } @else {
                        p.meta { (ctx.t("report-short-only")) }
                    }
                    @if !r.fields.transcript.is_empty() {
                        details.transcript {
                            summary { (ctx.t("report-transcript")) }
                            p.notice role="note" { (ctx.t("report-transcript-notice")) }
                            div lang=(lang) dir=(direction_of(lang).as_str()) { p.pre { (r.fields.transcript) } }
                        }
                    }
                } @else {
                    p { (ctx.t("report-none")) }
                }
                @if can_report {
                    p { a href=(ctx.href(&format!("{here}/report"))) { (ctx.t("report-file")) } }
                }
            }
        }
    }
}

fn participation(ctx: &Ctx, f: &ReportFields) -> Markup {
    let n = |x: i64| convene_i18n::format::number(ctx.code(), x);
    html! {
        table.participation {
            caption { (ctx.t("report-participation")) }
            tbody {
                tr { th scope="row" { (ctx.t("field-onsite_count")) } td { (n(f.onsite_count)) } }
                tr { th scope="row" { (ctx.t("field-online_count")) } td { (n(f.online_count)) } }
                @for (code, count) in &f.participation.groups {
                    @if let Some(g) = StakeholderGroup::from_code(code) {
                        tr { th scope="row" { (display::stakeholder(ctx, g)) } td { (n(*count)) } }
                    }
                }
                @for (code, count) in &f.participation.genders {
                    tr { th scope="row" { (ctx.t(&format!("gender-{code}"))) } td { (n(*count)) } }
                }
            }
        }
    }
}

/// The form's numbers, as typed (kept when something is wrong).
fn number(form: Option<&FormData>, name: &str, stored: i64) -> String {
    match form {
        Some(f) => f.get(name).to_string(),
        None => stored.to_string(),
    }
}

fn count_of(list: &[(String, i64)], code: &str) -> i64 {
    list.iter().find(|(c, _)| c == code).map_or(0, |(_, n)| *n)
}

fn form_page(
    ctx: &Ctx,
    l: &Loaded,
    stored: &ReportFields,
    typed: Option<&FormData>,
    errors: &[FieldError],
    status: StatusCode,
) -> Response {
    let here = format!("/sessions/{}", l.proposal.id);
    let text = |name: &str| match typed {
        Some(f) => f.get(name).to_string(),
        None => match name {
            "transcript" => stored.transcript.clone(),
            other => field_text(stored, other).to_string(),
        },
    };
    let input = |name: &str, value: String| {
        html! {
            div.field {
                label for=(name) { (ctx.t(&format!("field-{name}"))) }
                input id=(name) name=(name) type="number" min="0" inputmode="numeric" value=(value);
            }
        }
    };
    let title = format!("{} – {}", ctx.t("report-title"), l.proposal.title.text);
    let body = html! {
        h1 { (ctx.t("report-title")) ": " (display::title(ctx, &l.proposal.title)) }
        p { a href=(ctx.href(&here)) { (ctx.t("report-back")) } }
        p { (ctx.t("report-intro")) }
        (error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href(&format!("{here}/report"))) novalidate {
            (csrf_field(ctx))
            @for name in TEXT_FIELDS {
                @let has_error = errors.iter().any(|e| e.field == name);
                div.field.has-error[has_error] {
                    label for=(name) { (ctx.t(&format!("field-{name}"))) }
                    p.hint id=(format!("{name}-hint")) { (ctx.t(&format!("hint-{name}"))) }
                    textarea id=(name) name=(name) rows="5" aria-describedby=(format!("{name}-hint"))
                        aria-invalid=[has_error.then_some("true")] { (text(name)) }
                }
            }
            fieldset.field {
                legend { (ctx.t("report-participation")) }
                (input("onsite_count", number(typed, "onsite_count", stored.onsite_count)))
                (input("online_count", number(typed, "online_count", stored.online_count)))
                @for g in StakeholderGroup::ALL {
                    @let name = format!("group_{}", g.code());
                    div.field {
                        label for=(name) { (display::stakeholder(ctx, g)) }
                        input id=(name) name=(name) type="number" min="0" inputmode="numeric"
                            value=(number(typed, &name, count_of(&stored.participation.groups, g.code())));
                    }
                }
                @for g in Gender::ALL {
                    @let name = format!("gender_{}", g.code());
                    div.field {
                        label for=(name) { (ctx.t(&format!("gender-{}", g.code()))) }
                        input id=(name) name=(name) type="number" min="0" inputmode="numeric"
                            value=(number(typed, &name, count_of(&stored.participation.genders, g.code())));
                    }
                }
            }
            div.field {
                label for="transcript" { (ctx.t("report-transcript")) }
                p.hint #transcript-hint { (ctx.t("report-transcript-notice")) }
                textarea #transcript name="transcript" rows="6" aria-describedby="transcript-hint" { (text("transcript")) }
            }
            button type="submit" name="kind" value="short" { (ctx.t("report-save-short")) }
            " "
            button type="submit" name="kind" value="full" { (ctx.t("report-save-full")) }
        }
    };
    ctx.page_with(status, Head::private(&title), body)
}

async fn for_reporter(ctx: &Ctx, app: &AppState, id: &str) -> Result<Loaded, PageError> {
    ctx.signed_in()?;
    let l = prog::load(ctx, app, id).await?;
    ctx.require(Action::FileReport {
        organisers: &l.reporter_ids(),
    })?;
    if l.proposal.status != Status::Accepted {
        return Err(ctx.fail(AppError::Conflict));
    }
    Ok(l)
}

async fn report_form(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let l = for_reporter(&ctx, &app, &id).await?;
    let stored = app
        .store
        .report(l.proposal.id)
        .await
        .or_page(&ctx)?
        .map(|r| r.fields)
        .unwrap_or_default();
    Ok(form_page(&ctx, &l, &stored, None, &[], StatusCode::OK))
}

async fn file(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    let l = for_reporter(&ctx, &app, &id).await?;
    let full = form.get("kind") == "full";
    let mut errors = Vec::new();
    let mut count = |name: &str, field: &'static str| -> i64 {
        let raw = form.get(name).trim();
        if raw.is_empty() {
            return 0;
        }
        match raw.parse::<i64>() {
            Ok(n) if (0..=1_000_000).contains(&n) => n,
            _ => {
                errors.push(FieldError {
                    field,
                    message: "form-error-number",
                });
                0
            }
        }
    };
    let onsite_count = count("onsite_count", "onsite_count");
    let online_count = count("online_count", "online_count");
    let groups: Vec<(String, i64)> = StakeholderGroup::ALL
        .iter()
        .map(|g| {
            (
                g.code().to_string(),
                count(&format!("group_{}", g.code()), "onsite_count"),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let genders: Vec<(String, i64)> = Gender::ALL
        .iter()
        .map(|g| {
            (
                g.code().to_string(),
                count(&format!("gender_{}", g.code()), "onsite_count"),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let text = |name: &str| form.get(name).trim().to_string();
    let fields = ReportFields {
        lang: ctx.code().to_string(),
        key_messages: text("key_messages"),
        key_issues: text("key_issues"),
        presentations: text("presentations"),
        discussion: text("discussion"),
        takeaways: text("takeaways"),
        onsite_count,
        online_count,
        participation: Participation { groups, genders },
        transcript: text("transcript"),
    };
    errors.extend(convene_core::meeting::check_report(&fields, full));
    if !errors.is_empty() {
        return Ok(form_page(
            &ctx,
            &l,
            &fields,
            Some(&form),
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    app.store
        .file_report(l.proposal.id, &fields, full, me.id)
        .await
        .or_page(&ctx)?;
    Ok(
        Redirect::to(&ctx.href(&format!("/sessions/{}#report-title", l.proposal.id)))
            .into_response(),
    )
}

async fn missing(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> Result<Response, PageError> {
    ctx.require(Action::ManageMeeting)?;
    let e = prog::edition(&ctx, &app, &year).await?;
    let m = &*app.store;
    let sessions = m.proposals(e.id, ctx.code()).await.or_page(&ctx)?;
    let reports = m.edition_reports(e.id).await.or_page(&ctx)?;
    let now = meeting::now_in(&e.time_zone, convene_core::date::now());
    let mut rows: Vec<(ReportState, &convene_core::programme::Proposal)> = sessions
        .iter()
        .filter(|p| p.status == Status::Accepted)
        .filter_map(|p| {
            let start = meeting::parse_local(p.starts_at.as_deref()?)?;
            let end = meeting::plus_minutes(start, p.fields.duration.unwrap_or(60));
            let r = reports.iter().find(|r| r.proposal_id == p.id);
            let short = r.is_some_and(|r| r.short_at.is_some());
            let full = r.is_some_and(|r| r.full_at.is_some());
            Some((meeting::report_state(end, now, short, full), p))
        })
        .collect();
    rows.sort_by_key(|(s, p)| (!s.is_late(), *s == ReportState::Complete, p.id));
    let here = format!("/meetings/{}", e.year);
    let title = format!(
        "{} {} – {}",
        ctx.t("meeting-label"),
        e.year,
        ctx.t("reports-title")
    );
    let late = rows.iter().filter(|(s, _)| s.is_late()).count();
    let body = html! {
        h1 { (title) }
        p { a href=(ctx.href(&here)) { (ctx.t("back-to-meeting")) } }
        p { (display::count(&ctx, "reports-late-count", late as i64)) }
        form method="post" action=(ctx.href(&format!("{here}/reports/remind"))) {
            (csrf_field(&ctx))
            button type="submit" { (ctx.t("reports-remind")) }
        }
        table.reports {
            thead { tr {
                th scope="col" { (ctx.t("field-title")) }
                th scope="col" { (ctx.t("reports-state")) }
            } }
            tbody {
                @for (state, p) in &rows {
                    tr data-report-state=(state.code()) {
                        th scope="row" { a href=(ctx.href(&format!("/sessions/{}", p.id))) { (display::title(&ctx, &p.title)) } }
                        td.late[state.is_late()] { (ctx.t(&format!("report-state-{}", state.code()))) }
                    }
                }
            }
        }
    };
    Ok(ctx.page(Head::private(&title), body))
}

async fn remind(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    Form(_form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::ManageMeeting)?;
    let e = prog::edition(&ctx, &app, &year).await?;
    crate::reminders::send_due(&*app.store, &app.options, convene_core::date::now())
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/meetings/{}/reports", e.year))).into_response())
}
