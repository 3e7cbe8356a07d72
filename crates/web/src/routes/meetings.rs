//! Yearly meetings (editions): the list of every edition and its host country, a page
//! per edition, and the secretariat's forms for creating one and setting its call,
//! tracks and rooms.

use crate::display;
use crate::error::{AppError, OrPage, PageError};
use crate::extract::Form;
use crate::form::{self, csrf_field, error_summary, FormData, Input};
use crate::layout::{Alternates, Head};
use crate::programme::{self as prog, place_and_dates};
use crate::routes::pages::{content_tools, notice};
use crate::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::account::FieldError;
use convene_core::meeting::{self, Status};
use convene_core::model::{Edition, NewEdition, NewText};
use convene_core::permissions::Action;
use convene_core::programme::EditionSettings;
use maud::{html, Markup, PreEscaped};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/meetings", get(index))
        .route("/{lang}/meetings/new", get(new_form).post(create))
        .route("/{lang}/meetings/{year}", get(edition))
        .route(
            "/{lang}/meetings/{year}/settings",
            get(settings_form).post(save_settings),
        )
        .route("/{lang}/meetings/{year}/tracks", post(add_track))
        .route("/{lang}/meetings/{year}/rooms", post(add_room))
}

async fn index(ctx: Ctx, State(app): State<AppState>) -> Result<Response, PageError> {
    let editions = app.store.editions(ctx.code()).await.or_page(&ctx)?;
    let title = ctx.t("meetings-title");
    let secretariat = ctx.require(Action::ManageMeeting).is_ok();
    let body = html! {
        h1 { (title) }
        p { (ctx.t("meetings-intro")) }
        @if secretariat {
            p { a.button href=(ctx.href("/meetings/new")) { (ctx.t("meeting-new")) } }
        }
        @if editions.is_empty() { p { (ctx.t("home-meetings-empty")) } }
        table.editions {
            caption { (ctx.t("meetings-hosts")) }
            thead { tr {
                th scope="col" { (ctx.t("field-year")) }
                th scope="col" { (ctx.t("field-host_country")) }
                th scope="col" { (ctx.t("meeting-theme")) }
            } }
            tbody {
                @for e in &editions {
                    tr {
                        th scope="row" { a href=(ctx.href(&format!("/meetings/{}", e.year))) { (e.year) } }
                        td { (ctx.t_args("meeting-place", &[
                            ("city", crate::locale::FluentValueArg::Str(e.city.clone())),
                            ("country", crate::locale::FluentValueArg::Str(display::country(&ctx, &e.host_country))),
                        ])) }
                        td { (display::title(&ctx, &e.theme)) }
                    }
                }
            }
        }
    };
    Ok(ctx.page(Head::public(&title), body))
}

async fn edition(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let e = prog::edition(&ctx, &app, &year).await?;
    let m = &*app.store;
    let text = app
        .store
        .localized(e.text_id, ctx.code())
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let tracks = m.tracks(e.id, ctx.code()).await.or_page(&ctx)?;
    let proposals = m.proposals(e.id, ctx.code()).await.or_page(&ctx)?;
    let accepted = proposals
        .iter()
        .filter(|p| p.status == Status::Accepted)
        .count();
    let mine: Vec<_> = match &ctx.viewer {
        Some(me) => m
            .organised_by(me.id, ctx.code())
            .await
            .or_page(&ctx)?
            .into_iter()
            .filter(|p| p.edition_id == e.id)
            .collect(),
        None => Vec::new(),
    };
    let tools = content_tools(&ctx, &app, &text).await?;
    let today = meeting::now_in(&e.time_zone, convene_core::date::now()).date();
    let date = |s: &Option<String>| s.as_deref().and_then(|d| d.parse().ok());
    let open = meeting::call_open(today, date(&e.call_opens_on), date(&e.call_closes_on));
    let secretariat = ctx.require(Action::ManageMeeting).is_ok();
    let here = format!("/meetings/{}", e.year);
    let body = html! {
        p.meta { (place_and_dates(&ctx, &e)) }
        (notice(&ctx, &text, &here))
        // The theme is the page's heading already: only the text below it.
        @let lang = text.shown_lang();
        div.content lang=(lang) dir=(convene_i18n::direction_of(lang).as_str()) { (PreEscaped(text.body_html())) }
        (tools)
        @if !tracks.is_empty() {
            h2 { (ctx.t("meeting-tracks")) }
            ul { @for t in &tracks { li { (display::title(&ctx, &t.name)) } } }
        }
        h2 { (ctx.t("meeting-call")) }
        (call_line(&ctx, &e, open))
        @if open {
            p { a.button href=(ctx.href(&format!("{here}/propose"))) { (ctx.t("proposal-new")) } }
        }
        @if !mine.is_empty() {
            h3 { (ctx.t("meeting-my-proposals")) }
            ul.list {
                @for p in &mine {
                    li {
                        a href=(ctx.href(&format!("/sessions/{}", p.id))) { (display::title(&ctx, &p.title)) }
                        " " (prog::status(&ctx, p.status))
                    }
                }
            }
        }
        h2 { (ctx.t("meeting-programme")) }
        p { (display::count(&ctx, "meeting-sessions-count", accepted as i64)) }
        ul {
            li { a href=(ctx.href(&format!("{here}/agenda"))) { (ctx.t("agenda-title")) } }
            li { a href=(ctx.href(&format!("{here}/agenda.ics"))) { (ctx.t("agenda-ics")) } }
            li { a href=(ctx.href(&format!("{here}/schedule.json"))) { (ctx.t("agenda-frab-json")) } }
            li { a href=(ctx.href(&format!("{here}/schedule.xml"))) { (ctx.t("agenda-frab-xml")) } }
        }
        @if secretariat {
            h2 { (ctx.t("meeting-secretariat")) }
            ul {
                li { a href=(ctx.href(&format!("{here}/settings"))) { (ctx.t("meeting-settings")) } }
                li { a href=(ctx.href(&format!("{here}/proposals"))) { (ctx.t("review-dashboard")) } }
                li { a href=(ctx.href(&format!("{here}/schedule"))) { (ctx.t("schedule-title")) } }
                li { a href=(ctx.href(&format!("{here}/reports"))) { (ctx.t("reports-title")) } }
            }
        }
    };
    let title = format!("{} {}", ctx.t("meeting-label"), e.year);
    let summary = text.summary();
    Ok(ctx.page(
        Head {
            title: &title,
            noindex: !text.state().indexable(),
            alternates: Alternates::Only(&text.available),
            description: Some(&summary),
        },
        html! { h1 { (title) ": " (display::title(&ctx, &e.theme)) } (body) },
    ))
}

fn call_line(ctx: &Ctx, e: &Edition, open: bool) -> Markup {
    let d = |s: &str| convene_i18n::format::date(ctx.code(), s);
    let args = |o: &str, c: &str| {
        [
            ("opens", crate::locale::FluentValueArg::Str(d(o))),
            ("closes", crate::locale::FluentValueArg::Str(d(c))),
        ]
    };
    html! {
        p data-call=(if open { "open" } else { "closed" }) {
            @match (&e.call_opens_on, &e.call_closes_on, open) {
                (Some(o), Some(c), true) => (ctx.t_args("meeting-call-open", &args(o, c))),
                (Some(o), Some(c), false) => (ctx.t_args("meeting-call-closed", &args(o, c))),
                _ => (ctx.t("meeting-call-none")),
            }
        }
    }
}

/// What the edition forms hold, as typed.
#[derive(Default)]
struct Draft {
    year: String,
    theme: String,
    theme_body: String,
    settings: EditionSettings,
    proposal_limit: String,
    word_limit: String,
}

fn draft_from(form: &FormData) -> Draft {
    let opt = |name: &str| {
        let v = form.get(name).trim();
        (!v.is_empty()).then(|| v.to_string())
    };
    Draft {
        year: form.get("year").trim().to_string(),
        theme: form.get("title").trim().to_string(),
        theme_body: form.get("body").trim().to_string(),
        proposal_limit: form.get("proposal_limit").trim().to_string(),
        word_limit: form.get("word_limit").trim().to_string(),
        settings: EditionSettings {
            host_country: form.get("host_country").trim().to_string(),
            city: form.get("city").trim().to_string(),
            starts_on: form.get("starts_on").trim().to_string(),
            ends_on: form.get("ends_on").trim().to_string(),
            time_zone: form.get("time_zone").trim().to_string(),
            call_opens_on: opt("call_opens_on"),
            call_closes_on: opt("call_closes_on"),
            proposal_limit: form.get("proposal_limit").trim().parse().unwrap_or(-1),
            word_limit: form.get("word_limit").trim().parse().unwrap_or(-1),
        },
    }
}

fn draft_of(e: &Edition) -> Draft {
    Draft {
        year: e.year.to_string(),
        theme: String::new(),
        theme_body: String::new(),
        proposal_limit: e.proposal_limit.to_string(),
        word_limit: e.word_limit.to_string(),
        settings: EditionSettings {
            host_country: e.host_country.clone(),
            city: e.city.clone(),
            starts_on: e.starts_on.clone(),
            ends_on: e.ends_on.clone(),
            time_zone: e.time_zone.clone(),
            call_opens_on: e.call_opens_on.clone(),
            call_closes_on: e.call_closes_on.clone(),
            proposal_limit: e.proposal_limit,
            word_limit: e.word_limit,
        },
    }
}

fn settings_fields(ctx: &Ctx, d: &Draft, errors: &[FieldError]) -> Markup {
    let s = &d.settings;
    let countries: Vec<(String, String)> = convene_core::countries::all()
        .iter()
        .map(|c| (c.code.to_string(), display::country(ctx, c.code)))
        .collect();
    html! {
        (form::select(ctx, "host_country", &countries, &s.host_country.to_ascii_uppercase(), errors))
        (form::input(ctx, Input::new("city", "text", &s.city), errors))
        (form::input(ctx, Input::new("starts_on", "date", &s.starts_on), errors))
        (form::input(ctx, Input::new("ends_on", "date", &s.ends_on), errors))
        (form::input(ctx, Input::new("time_zone", "text", &s.time_zone).hint("hint-time-zone"), errors))
        (form::input(ctx, Input::new("call_opens_on", "date", s.call_opens_on.as_deref().unwrap_or("")).optional(), errors))
        (form::input(ctx, Input::new("call_closes_on", "date", s.call_closes_on.as_deref().unwrap_or("")).optional(), errors))
        (form::input(ctx, Input::new("proposal_limit", "number", &d.proposal_limit).hint("hint-proposal-limit"), errors))
        (form::input(ctx, Input::new("word_limit", "number", &d.word_limit), errors))
    }
}

fn errors_of(d: &Draft) -> Vec<FieldError> {
    meeting::check_settings(&d.settings)
        .into_iter()
        .map(|(field, message)| FieldError { field, message })
        .collect()
}

fn new_page(ctx: &Ctx, d: &Draft, errors: &[FieldError], status: StatusCode) -> Response {
    let title = ctx.t("meeting-new");
    let body = html! {
        h1 { (title) }
        (error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href("/meetings/new")) novalidate {
            (csrf_field(ctx))
            (form::input(ctx, Input::new("year", "number", &d.year), errors))
            (form::input(ctx, Input::new("title", "text", &d.theme).hint("hint-theme"), errors))
            (form::textarea(ctx, "body", &d.theme_body, true, errors))
            (settings_fields(ctx, d, errors))
            button type="submit" { (ctx.t("meeting-create")) }
        }
    };
    ctx.page_with(status, Head::private(&title), body)
}

async fn new_form(ctx: Ctx) -> Result<Response, PageError> {
    ctx.require(Action::ManageMeeting)?;
    let d = Draft {
        settings: EditionSettings {
            host_country: String::new(),
            city: String::new(),
            starts_on: String::new(),
            ends_on: String::new(),
            time_zone: String::new(),
            call_opens_on: None,
            call_closes_on: None,
            proposal_limit: meeting::DEFAULT_PROPOSAL_LIMIT,
            word_limit: meeting::DEFAULT_WORD_LIMIT,
        },
        proposal_limit: meeting::DEFAULT_PROPOSAL_LIMIT.to_string(),
        word_limit: meeting::DEFAULT_WORD_LIMIT.to_string(),
        ..Draft::default()
    };
    Ok(new_page(&ctx, &d, &[], StatusCode::OK))
}

async fn create(
    ctx: Ctx,
    State(app): State<AppState>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::ManageMeeting)?;
    let d = draft_from(&form);
    let mut errors = errors_of(&d);
    let year: Option<i64> = d.year.parse().ok().filter(|y| (1990..=2200).contains(y));
    if year.is_none() {
        errors.insert(
            0,
            FieldError {
                field: "year",
                message: "form-error-number",
            },
        );
    }
    if d.theme.is_empty() {
        errors.push(FieldError {
            field: "title",
            message: "form-error-required",
        });
    }
    if !errors.is_empty() {
        return Ok(new_page(
            &ctx,
            &d,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let year = year.unwrap_or_default();
    let s = &d.settings;
    let created = app
        .store
        .create_edition_with_settings(
            &NewEdition {
                year,
                host_country: s.host_country.clone(),
                city: s.city.clone(),
                starts_on: s.starts_on.clone(),
                ends_on: s.ends_on.clone(),
                time_zone: s.time_zone.clone(),
                theme: NewText {
                    lang: ctx.code().to_string(),
                    title: d.theme.clone(),
                    body_md: d.theme_body.clone(),
                },
            },
            s,
        )
        .await;
    match created {
        Ok(_) => {}
        Err(convene_store::StoreError::Conflict(_)) => {
            let errors = [FieldError {
                field: "year",
                message: "form-error-year-taken",
            }];
            return Ok(new_page(&ctx, &d, &errors, StatusCode::CONFLICT));
        }
        Err(e) => return Err(ctx.fail(e.into())),
    };
    Ok(Redirect::to(&ctx.href(&format!("/meetings/{year}"))).into_response())
}

async fn settings_page(
    ctx: &Ctx,
    app: &AppState,
    e: &Edition,
    d: &Draft,
    errors: &[FieldError],
    status: StatusCode,
) -> Result<Response, PageError> {
    let m = &*app.store;
    let tracks = m.tracks(e.id, ctx.code()).await.or_page(ctx)?;
    let rooms = m.rooms(e.id).await.or_page(ctx)?;
    let here = format!("/meetings/{}", e.year);
    let title = format!(
        "{} {} – {}",
        ctx.t("meeting-label"),
        e.year,
        ctx.t("meeting-settings")
    );
    let body = html! {
        h1 { (title) }
        p { a href=(ctx.href(&here)) { (ctx.t("back-to-meeting")) } }
        (error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href(&format!("{here}/settings"))) novalidate {
            (csrf_field(ctx))
            (settings_fields(ctx, d, errors))
            button type="submit" { (ctx.t("form-save")) }
        }
        h2 { (ctx.t("meeting-tracks")) }
        ul { @for t in &tracks { li { (display::title(ctx, &t.name)) } } }
        form.stack method="post" action=(ctx.href(&format!("{here}/tracks"))) {
            (csrf_field(ctx))
            div.field {
                label for="track" { (ctx.t("field-track-name")) }
                input #track name="name" type="text" required;
            }
            button type="submit" { (ctx.t("track-add")) }
        }
        h2 { (ctx.t("schedule-rooms")) }
        ul { @for r in &rooms { li { (r.name) " · " (display::count(ctx, "room-capacity", r.capacity)) } } }
        form.stack method="post" action=(ctx.href(&format!("{here}/rooms"))) {
            (csrf_field(ctx))
            div.field {
                label for="room" { (ctx.t("field-room-name")) }
                input #room name="name" type="text" required;
            }
            div.field {
                label for="capacity" { (ctx.t("field-capacity")) }
                input #capacity name="capacity" type="number" min="1" required;
            }
            button type="submit" { (ctx.t("room-add")) }
        }
    };
    Ok(ctx.page_with(status, Head::private(&title), body))
}

async fn settings_form(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> Result<Response, PageError> {
    ctx.require(Action::ManageMeeting)?;
    let e = prog::edition(&ctx, &app, &year).await?;
    settings_page(&ctx, &app, &e, &draft_of(&e), &[], StatusCode::OK).await
}

async fn save_settings(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::ManageMeeting)?;
    let e = prog::edition(&ctx, &app, &year).await?;
    let d = draft_from(&form);
    let errors = errors_of(&d);
    if !errors.is_empty() {
        return settings_page(
            &ctx,
            &app,
            &e,
            &d,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    app.store
        .update_edition(e.id, &d.settings)
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/meetings/{}", e.year))).into_response())
}

async fn add_track(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::ManageMeeting)?;
    let e = prog::edition(&ctx, &app, &year).await?;
    let name = form.get("name").trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(ctx.fail(AppError::BadRequest));
    }
    app.store
        .add_track(
            e.id,
            &NewText {
                lang: ctx.code().to_string(),
                title: name.to_string(),
                body_md: String::new(),
            },
        )
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/meetings/{}/settings", e.year))).into_response())
}

async fn add_room(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::ManageMeeting)?;
    let e = prog::edition(&ctx, &app, &year).await?;
    let name = form.get("name").trim();
    let capacity: Option<i64> = form
        .get("capacity")
        .trim()
        .parse()
        .ok()
        .filter(|c| (1..=100_000).contains(c));
    let (false, Some(capacity)) = (name.is_empty() || name.chars().count() > 200, capacity) else {
        return Err(ctx.fail(AppError::BadRequest));
    };
    app.store
        .add_room(e.id, name, capacity)
        .await
        .or_page(&ctx)?;
    Ok(Redirect::to(&ctx.href(&format!("/meetings/{}/settings", e.year))).into_response())
}
