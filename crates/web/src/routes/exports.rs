//! The programme for other software: iCalendar for the whole agenda, one session and a
//! personal agenda feed, and the frab JSON and XML schedules conference apps read.
//! Titles come in the language of the path, falling back like the pages do.

use crate::error::{OrPage, PageError};
use crate::frab;
use crate::ical;
use crate::programme as prog;
use crate::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use convene_core::meeting::{self, Status};
use convene_core::model::Edition;
use convene_core::programme::{Proposal, Room, Speaker, Track};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/meetings/{year}/agenda.ics", get(agenda_ics))
        .route("/{lang}/meetings/{year}/schedule.json", get(schedule_json))
        .route("/{lang}/meetings/{year}/schedule.xml", get(schedule_xml))
        .route("/{lang}/sessions/{id}/calendar.ics", get(session_ics))
        .route("/{lang}/calendar/{token}/agenda.ics", get(feed_ics))
}

fn file(content_type: &str, name: &str, body: String) -> Response {
    (
        [
            (CONTENT_TYPE, content_type.to_string()),
            (CONTENT_DISPOSITION, format!("inline; filename=\"{name}\"")),
            (CACHE_CONTROL, "no-cache".to_string()),
        ],
        body,
    )
        .into_response()
}

fn public_url(app: &AppState) -> &str {
    app.options.public_url.trim_end_matches('/')
}

fn host(app: &AppState) -> String {
    let url = public_url(app);
    url.split("://")
        .nth(1)
        .unwrap_or(url)
        .split('/')
        .next()
        .unwrap_or("localhost")
        .to_string()
}

/// Accepted sessions that have a room and a time, in time order.
fn placed(list: Vec<Proposal>) -> Vec<(Proposal, jiff::civil::DateTime)> {
    let mut out: Vec<_> = list
        .into_iter()
        .filter(|p| p.status == Status::Accepted)
        .filter_map(|p| {
            let start = meeting::parse_local(p.starts_at.as_deref()?)?;
            Some((p, start))
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.id.cmp(&b.0.id)));
    out
}

fn event(
    ctx: &Ctx,
    app: &AppState,
    p: &Proposal,
    start: jiff::civil::DateTime,
    zone: &str,
    rooms: &[Room],
) -> ical::Event {
    let room = p
        .room_id
        .and_then(|r| rooms.iter().find(|x| x.id == r))
        .map(|r| r.name.clone())
        .unwrap_or_default();
    let url = format!(
        "{}{}",
        public_url(app),
        ctx.href(&format!("/sessions/{}", p.id))
    );
    let mut description = url.clone();
    if !p.online_url.is_empty() {
        description = format!(
            "{}\n{}: {}",
            description,
            ctx.t("session-online"),
            p.online_url
        );
    }
    ical::Event {
        uid: format!("session-{}@{}", p.id, host(app)),
        zone: zone.to_string(),
        start,
        end: meeting::plus_minutes(start, p.fields.duration.unwrap_or(60)),
        summary: p.title.text.clone(),
        description,
        location: room,
        url,
    }
}

async fn agenda_ics(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let e = prog::edition(&ctx, &app, &year).await?;
    let m = &*app.store;
    let rooms = m.rooms(e.id).await.or_page(&ctx)?;
    let sessions = placed(m.proposals(e.id, ctx.code()).await.or_page(&ctx)?);
    let events: Vec<ical::Event> = sessions
        .iter()
        .map(|(p, start)| event(&ctx, &app, p, *start, &e.time_zone, &rooms))
        .collect();
    let name = format!("{} {}", ctx.t("meeting-label"), e.year);
    let body = ical::calendar(&name, &events, convene_core::date::now());
    Ok(file(
        "text/calendar; charset=utf-8",
        &format!("agenda-{}.ics", e.year),
        body,
    ))
}

async fn session_ics(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let l = prog::load(&ctx, &app, &id).await?;
    let rooms = app.store.rooms(l.edition.id).await.or_page(&ctx)?;
    let events: Vec<ical::Event> = placed(vec![l.proposal])
        .iter()
        .map(|(p, start)| event(&ctx, &app, p, *start, &l.edition.time_zone, &rooms))
        .collect();
    if events.is_empty() {
        return Err(ctx.not_found());
    }
    let body = ical::calendar(
        &events[0].summary.clone(),
        &events,
        convene_core::date::now(),
    );
    Ok(file(
        "text/calendar; charset=utf-8",
        &format!("session-{id}.ics"),
        body,
    ))
}

/// A personal agenda as a calendar subscription: the secret address is the only key, so
/// calendar apps can fetch it without signing in.
async fn feed_ics(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let m = &*app.store;
    let Some(owner) = m.agenda_owner(&token).await.or_page(&ctx)? else {
        return Err(ctx.not_found());
    };
    let sessions = placed(m.interests(owner, ctx.code()).await.or_page(&ctx)?);
    let mut editions: Vec<(i64, Edition, Vec<Room>)> = Vec::new();
    let mut events = Vec::new();
    for (p, start) in &sessions {
        if !editions.iter().any(|(id, _, _)| *id == p.edition_id) {
            if let Some(e) = m.edition(p.year, ctx.code()).await.or_page(&ctx)? {
                let rooms = m.rooms(e.id).await.or_page(&ctx)?;
                editions.push((p.edition_id, e, rooms));
            }
        }
        if let Some((_, e, rooms)) = editions.iter().find(|(id, _, _)| *id == p.edition_id) {
            events.push(event(&ctx, &app, p, *start, &e.time_zone, rooms));
        }
    }
    let body = ical::calendar(
        &ctx.t("agenda-personal"),
        &events,
        convene_core::date::now(),
    );
    Ok(file("text/calendar; charset=utf-8", "agenda.ics", body))
}

/// The conference and its placed sessions, in frab's terms.
async fn frab_data(
    ctx: &Ctx,
    app: &AppState,
    year: &str,
) -> Result<(frab::Conference, Vec<frab::Item>), PageError> {
    let e = prog::edition(ctx, app, year).await?;
    let m = &*app.store;
    let rooms = m.rooms(e.id).await.or_page(ctx)?;
    let tracks: Vec<Track> = m.tracks(e.id, ctx.code()).await.or_page(ctx)?;
    let speakers: Vec<Speaker> = m.edition_speakers(e.id).await.or_page(ctx)?;
    let sessions = placed(m.proposals(e.id, ctx.code()).await.or_page(ctx)?);
    let base = format!("{}{}", public_url(app), ctx.href(""));
    let namespace = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, public_url(app).as_bytes());
    let mut items = Vec::with_capacity(sessions.len());
    for (p, start) in &sessions {
        let text = app
            .store
            .localized(p.text_id, ctx.code())
            .await
            .or_page(ctx)?;
        items.push(frab::Item {
            id: p.id,
            guid: uuid::Uuid::new_v5(&namespace, format!("session-{}", p.id).as_bytes())
                .to_string(),
            start: *start,
            minutes: p.fields.duration.unwrap_or(60),
            room: p
                .room_id
                .and_then(|r| rooms.iter().find(|x| x.id == r))
                .map(|r| r.name.clone())
                .unwrap_or_default(),
            title: p.title.text.clone(),
            track: p
                .fields
                .track_id
                .and_then(|t| tracks.iter().find(|x| x.id == t))
                .map(|t| t.name.text.clone())
                .unwrap_or_default(),
            kind: p
                .fields
                .session_type
                .map(|t| ctx.t(&format!("session-type-{}", t.code())))
                .unwrap_or_default(),
            language: p.fields.lang.clone(),
            abstract_text: text
                .map(|t| t.translation.map_or(t.original.body_md, |tr| tr.body_md))
                .unwrap_or_default(),
            url: format!(
                "{}{}",
                public_url(app),
                ctx.href(&format!("/sessions/{}", p.id))
            ),
            persons: speakers
                .iter()
                .filter(|s| s.proposal_id == p.id)
                .map(|s| (s.person.participant_id.unwrap_or(0), s.person.name.clone()))
                .collect(),
        });
    }
    let conference = frab::Conference {
        acronym: format!("convene{}", e.year),
        title: format!("{} {}: {}", ctx.t("meeting-label"), e.year, e.theme.text),
        start: e.starts_on.clone(),
        end: e.ends_on.clone(),
        time_zone: e.time_zone.clone(),
        url: format!("{base}meetings/{}", e.year),
        rooms: rooms.iter().map(|r| r.name.clone()).collect(),
    };
    Ok((conference, items))
}

/// Changes whenever the programme does, so apps know to refresh.
fn version(items: &[frab::Item]) -> String {
    let latest = items.len();
    let stamp = convene_core::date::iso_date(convene_core::date::now());
    format!("{stamp}-{latest}")
}

async fn schedule_json(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (c, items) = frab_data(&ctx, &app, &year).await?;
    let body = frab::json(&c, &items, &version(&items)).to_string();
    Ok(file("application/json", "schedule.json", body))
}

async fn schedule_xml(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (c, items) = frab_data(&ctx, &app, &year).await?;
    let body = frab::xml(&c, &items, &version(&items));
    Ok(file("application/xml; charset=utf-8", "schedule.xml", body))
}
