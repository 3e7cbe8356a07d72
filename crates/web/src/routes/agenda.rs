//! The programme: the public agenda by day, filterable without JavaScript; the
//! secretariat's schedule, which refuses a double-booked room and lists people booked
//! into overlapping sessions; and each participant's personal agenda.

use crate::display;
use crate::error::{AppError, OrPage, PageError};
use crate::extract::Form;
use crate::extract::Me;
use crate::form::csrf_field;
use crate::layout::Head;
use crate::programme as prog;
use crate::shared_reads::SharedBody;
use crate::{AppState, Ctx};
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::meeting::{self, Booking, Person, SessionType, Status};
use convene_core::model::Edition;
use convene_core::permissions::Action;
use convene_core::programme::{Proposal, Room, Speaker, Track};
use convene_core::StakeholderGroup;
use maud::{html, Markup};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/meetings/{year}/agenda", get(agenda))
        .route("/{lang}/meetings/{year}/timetable", get(timetable))
        .route("/{lang}/meetings/{year}/schedule", get(schedule))
        .route("/{lang}/sessions/{id}/place", post(place))
        .route("/{lang}/agenda", get(personal))
}

/// The agenda's filters, from the query string.
#[derive(Default)]
struct Filter {
    day: String,
    track: String,
    topic: String,
    kind: String,
    lang: String,
    coalition: String,
    group: String,
}

/// Past this many sessions, an agenda without a day chosen shows its first day only
/// (a full programme runs to hundreds of sessions: too long for a phone).
const ONE_DAY_ABOVE: usize = 80;

impl Filter {
    /// The same filter, on another day, as a query string.
    fn on_day(&self, day: &str) -> String {
        self.query_with(Some(day))
    }

    /// The filter as a query string, rebuilt from what was understood (for links to the
    /// other view of the same selection).
    fn query(&self) -> String {
        self.query_with((!self.day.is_empty()).then_some(self.day.as_str()))
    }

    fn query_with(&self, day: Option<&str>) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        if let Some(day) = day {
            q.append_pair("day", day);
        }
        for (k, v) in [
            ("track", &self.track),
            ("topic", &self.topic),
            ("type", &self.kind),
            ("lang", &self.lang),
            ("coalition", &self.coalition),
            ("group", &self.group),
        ] {
            if !v.is_empty() {
                q.append_pair(k, v);
            }
        }
        q.finish()
    }

    fn parse(query: Option<&str>) -> Self {
        let mut f = Filter::default();
        for (k, v) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            let v = v.into_owned();
            match k.as_ref() {
                "day" => f.day = v,
                "track" => f.track = v,
                "topic" => f.topic = v,
                "type" => f.kind = v,
                "lang" => f.lang = v,
                "coalition" => f.coalition = v,
                "group" => f.group = v,
                _ => {}
            }
        }
        f
    }

    fn keeps(&self, p: &Proposal, speakers: &[Speaker], topics: &[(i64, String)]) -> bool {
        let id = |s: &str| s.parse::<i64>().ok();
        let day_ok = self.day.is_empty()
            || p.starts_at
                .as_deref()
                .is_some_and(|s| s.starts_with(&self.day));
        let track_ok = self.track.is_empty() || p.fields.track_id == id(&self.track);
        let topic_ok = self.topic.is_empty()
            || topics
                .iter()
                .any(|(t, slug)| *slug == self.topic && p.fields.topics.contains(t));
        let kind_ok = self.kind.is_empty()
            || p.fields.session_type.map(SessionType::code) == Some(self.kind.as_str());
        let lang_ok = self.lang.is_empty() || p.fields.lang == self.lang;
        let coalition_ok = self.coalition.is_empty()
            || id(&self.coalition).is_some_and(|c| p.fields.coalitions.contains(&c));
        let group_ok = self.group.is_empty()
            || speakers
                .iter()
                .any(|s| s.proposal_id == p.id && s.person.group.code() == self.group);
        day_ok && track_ok && topic_ok && kind_ok && lang_ok && coalition_ok && group_ok
    }
}

fn select(
    ctx: &Ctx,
    name: &str,
    label: &str,
    options: &[(String, String)],
    chosen: &str,
) -> Markup {
    html! {
        div.field {
            label for=(format!("f-{name}")) { (ctx.t(label)) }
            select id=(format!("f-{name}")) name=(name) {
                option value="" { (ctx.t("agenda-any")) }
                @for (v, l) in options { option value=(v) selected[v == chosen] { (l) } }
            }
        }
    }
}

/// Every day of the edition, `YYYY-MM-DD`.
fn days(e: &Edition) -> Vec<String> {
    let (Ok(mut d), Ok(last)) = (
        e.starts_on.parse::<jiff::civil::Date>(),
        e.ends_on.parse::<jiff::civil::Date>(),
    ) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    while d <= last && out.len() < 60 {
        out.push(d.to_string());
        match d.tomorrow() {
            Ok(next) => d = next,
            Err(_) => break,
        }
    }
    out
}

/// One session in a list: time, title, room, type, language.
fn row(ctx: &Ctx, p: &Proposal, rooms: &[Room], tracks: &[Track]) -> Markup {
    let room = p.room_id.and_then(|r| rooms.iter().find(|x| x.id == r));
    let track = p
        .fields
        .track_id
        .and_then(|t| tracks.iter().find(|x| x.id == t));
    html! {
        li.session data-session=(p.id) {
            @if let Some(at) = &p.starts_at {
                span.time { (prog::when(ctx, at, p.fields.duration.unwrap_or(60))) } " "
            }
            a href=(ctx.href(&format!("/sessions/{}", p.id))) { b { (display::title(ctx, &p.title)) } }
            br;
            span.meta {
                @if let Some(t) = p.fields.session_type { (ctx.t(&format!("session-type-{}", t.code()))) }
                @if let Some(r) = room { " · " (r.name) }
                @if let Some(t) = track { " · " (display::title(ctx, &t.name)) }
                " · " (ctx.loc.language_name(&p.fields.lang))
            }
        }
    }
}

async fn agenda(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    // The same for every reader: rendered once per change (see shared_reads.rs).
    let key = format!(
        "agenda/{year}/{}?{}",
        ctx.code(),
        query.as_deref().unwrap_or("")
    );
    let shared = app
        .bodies
        .get(&app, key, || {
            agenda_body(&ctx, &app, &year, query.as_deref())
        })
        .await?;
    Ok(shared.page(&ctx))
}

/// The agenda's two views: the list (the accessible default) and the timetable grid.
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    List,
    Grid,
}

impl View {
    fn path(self) -> &'static str {
        match self {
            View::List => "agenda",
            View::Grid => "timetable",
        }
    }
}

/// What both views of the agenda read: the edition, its accepted sessions that pass the
/// filter, and what the filters offer.
struct Programme {
    edition: Edition,
    filter: Filter,
    shown: Vec<Proposal>,
    rooms: Vec<Room>,
    tracks: Vec<Track>,
    topics: Vec<convene_core::model::Topic>,
    coalitions: Vec<convene_core::model::Coalition>,
    days: Vec<String>,
}

async fn programme(
    ctx: &Ctx,
    app: &AppState,
    year: &str,
    query: Option<&str>,
) -> Result<Programme, PageError> {
    let e = prog::edition(ctx, app, year).await?;
    let m = &*app.store;
    let f = Filter::parse(query);
    let all: Vec<Proposal> = m
        .proposals(e.id, ctx.code())
        .await
        .or_page(ctx)?
        .into_iter()
        .filter(|p| p.status == Status::Accepted)
        .collect();
    // Speakers matter only to the stakeholder-group filter (an edition has thousands).
    let speakers = if f.group.is_empty() {
        Vec::new()
    } else {
        m.edition_speakers(e.id).await.or_page(ctx)?
    };
    let rooms = m.rooms(e.id).await.or_page(ctx)?;
    let tracks = m.tracks(e.id, ctx.code()).await.or_page(ctx)?;
    let topics = app.store.topics(ctx.code()).await.or_page(ctx)?;
    let coalitions = app.store.coalitions(ctx.code()).await.or_page(ctx)?;
    let topic_slugs: Vec<(i64, String)> = topics.iter().map(|t| (t.id, t.slug.clone())).collect();
    let mut shown: Vec<Proposal> = all
        .into_iter()
        .filter(|p| f.keeps(p, &speakers, &topic_slugs))
        .collect();
    shown.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then(a.id.cmp(&b.id)));
    let days = days(&e);
    Ok(Programme {
        edition: e,
        filter: f,
        shown,
        rooms,
        tracks,
        topics,
        coalitions,
        days,
    })
}

fn on_day(p: &Proposal, day: &str) -> bool {
    p.starts_at.as_deref().is_some_and(|s| s.starts_with(day))
}

impl Programme {
    /// The first day with a session shown, else the edition's first day.
    fn first_day(&self) -> Option<&String> {
        self.days
            .iter()
            .find(|d| self.shown.iter().any(|p| on_day(p, d)))
            .or(self.days.first())
    }

    /// The filter form, the other view's link and the days, for either view.
    fn controls(&self, ctx: &Ctx, view: View, query: Option<&str>, day_chosen: &str) -> Markup {
        let (e, f) = (&self.edition, &self.filter);
        let here = format!("/meetings/{}", e.year);
        let target = ctx.href(&format!("{here}/{}", view.path()));
        let opts = |v: Vec<(String, String)>| v;
        // Named things (tracks, topics, coalitions) in the reader's alphabetical order;
        // days and the fixed lists keep theirs.
        let by_name = |mut v: Vec<(String, String)>| {
            convene_i18n::collate::sort_by(ctx.code(), &mut v, |(_, name)| name.as_str());
            v
        };
        let q = Some(f.query()).filter(|q| !q.is_empty());
        let with_query = |path: String| match &q {
            Some(q) => format!("{path}?{q}"),
            None => path,
        };
        let (other, other_label) = match view {
            View::List => (View::Grid, "agenda-as-timetable"),
            View::Grid => (View::List, "timetable-as-list"),
        };
        html! {
            p.views {
                a href=(with_query(ctx.href(&format!("{here}/{}", other.path())))) { (ctx.t(other_label)) }
            }
            details.filters open[query.is_some_and(|q| !q.is_empty())] {
                summary { (ctx.t("agenda-filter")) }
                form.filters method="get" action=(target) {
                    (select(ctx, "day", "agenda-day", &opts(self.days.iter().map(|d| (d.clone(), convene_i18n::format::date(ctx.code(), d))).collect()), &f.day))
                    (select(ctx, "track", "field-track", &by_name(self.tracks.iter().map(|t| (t.id.to_string(), t.name.text.clone())).collect()), &f.track))
                    (select(ctx, "topic", "field-topics", &by_name(self.topics.iter().map(|t| (t.slug.clone(), t.name.text.clone())).collect()), &f.topic))
                    (select(ctx, "type", "field-session_type", &opts(SessionType::ALL.iter().map(|t| (t.code().to_string(), ctx.t(&format!("session-type-{}", t.code())))).collect()), &f.kind))
                    (select(ctx, "lang", "field-session_lang", &opts(convene_i18n::LOCALES.iter().map(|(c, n)| (c.to_string(), n.to_string())).collect()), &f.lang))
                    (select(ctx, "coalition", "field-coalitions", &by_name(self.coalitions.iter().map(|c| (c.id.to_string(), c.name.text.clone())).collect()), &f.coalition))
                    (select(ctx, "group", "agenda-speaker-group", &opts(StakeholderGroup::ALL.iter().map(|g| (g.code().to_string(), display::stakeholder(ctx, *g))).collect()), &f.group))
                    button type="submit" { (ctx.t("agenda-apply")) }
                    " " a href=(target) { (ctx.t("agenda-clear")) }
                }
            }
            @if self.days.len() > 1 {
                nav.days aria-label=(ctx.t("agenda-day")) {
                    ul {
                        @for d in &self.days {
                            li { a href=(format!("{target}?{}", f.on_day(d)))
                                aria-current=[(*d == day_chosen).then_some("page")] {
                                (convene_i18n::format::date(ctx.code(), d))
                            } }
                        }
                    }
                }
            }
        }
    }
}

fn agenda_title(ctx: &Ctx, e: &Edition, what: &str) -> String {
    format!("{} {} – {}", ctx.t("meeting-label"), e.year, ctx.t(what))
}

/// Above both views: where and when, the zone times are in, and the calendar exports.
fn agenda_intro(ctx: &Ctx, e: &Edition) -> Markup {
    let here = format!("/meetings/{}", e.year);
    html! {
        p.meta { (prog::place_and_dates(ctx, e)) " · " (ctx.t_args("agenda-times-in", &[("zone", crate::locale::FluentValueArg::Str(e.time_zone.clone()))])) }
        p {
            a href=(ctx.href(&format!("{here}/agenda.ics"))) { (ctx.t("agenda-ics")) } " · "
            a href=(ctx.href(&format!("{here}/schedule.json"))) { (ctx.t("agenda-frab-json")) } " · "
            a href=(ctx.href(&format!("{here}/schedule.xml"))) { (ctx.t("agenda-frab-xml")) }
        }
    }
}

async fn agenda_body(
    ctx: &Ctx,
    app: &AppState,
    year: &str,
    query: Option<&str>,
) -> Result<SharedBody, PageError> {
    let mut p = programme(ctx, app, year, query).await?;
    // A long programme with no day chosen starts on its first day with sessions.
    let mut day_chosen = p.filter.day.clone();
    if day_chosen.is_empty() && p.shown.len() > ONE_DAY_ABOVE {
        if let Some(first) = p.first_day().cloned() {
            p.shown.retain(|s| on_day(s, &first));
            day_chosen = first;
        }
    }
    let title = agenda_title(ctx, &p.edition, "agenda-title");
    let shown = &p.shown;
    let body = html! {
        h1 { (title) }
        (agenda_intro(ctx, &p.edition))
        (p.controls(ctx, View::List, query, &day_chosen))
        p { (display::count(ctx, "agenda-shown", shown.len() as i64)) }
        @for day in &p.days {
            @let list: Vec<&Proposal> = shown.iter().filter(|s| on_day(s, day)).collect();
            @if !list.is_empty() {
                h2 { (convene_i18n::format::date(ctx.code(), day)) }
                ul.agenda { @for s in list { (row(ctx, s, &p.rooms, &p.tracks)) } }
            }
        }
        @let unplaced: Vec<&Proposal> = shown.iter().filter(|s| s.starts_at.is_none()).collect();
        @if !unplaced.is_empty() {
            h2 { (ctx.t("agenda-unscheduled")) }
            ul.agenda { @for s in unplaced { (row(ctx, s, &p.rooms, &p.tracks)) } }
        }
    };
    Ok(SharedBody {
        title,
        noindex: query.is_some(),
        langs: None,
        description: None,
        subject: None,
        body,
    })
}

async fn timetable(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let key = format!(
        "timetable/{year}/{}?{}",
        ctx.code(),
        query.as_deref().unwrap_or("")
    );
    let shared = app
        .bodies
        .get(&app, key, || {
            timetable_body(&ctx, &app, &year, query.as_deref())
        })
        .await?;
    Ok(shared.page(&ctx))
}

/// One day as a grid: rooms across, time down. Cells are placed by classes the
/// stylesheet defines (`assets::grid_rules`): the forum's policy forbids inline styles.
async fn timetable_body(
    ctx: &Ctx,
    app: &AppState,
    year: &str,
    query: Option<&str>,
) -> Result<SharedBody, PageError> {
    use convene_core::timetable::{lay_out, Item, FIRST_COLUMN};
    let p = programme(ctx, app, year, query).await?;
    // The grid shows one day: the chosen one, else the first with a session.
    let day = if p.filter.day.is_empty() {
        p.first_day().cloned().unwrap_or_default()
    } else {
        p.filter.day.clone()
    };
    let today: Vec<&Proposal> = p.shown.iter().filter(|s| on_day(s, &day)).collect();
    let items: Vec<Item> = today
        .iter()
        .enumerate()
        .filter_map(|(index, s)| {
            Some(Item {
                index,
                room: s.room_id,
                start: meeting::parse_local(s.starts_at.as_deref()?)?,
                minutes: s.fields.duration.unwrap_or(60),
            })
        })
        .collect();
    // Biggest rooms first: the plenary hall leads, as printed programmes have it.
    let mut by_size: Vec<&Room> = p.rooms.iter().collect();
    by_size.sort_by_key(|r| std::cmp::Reverse(r.capacity));
    let room_ids: Vec<i64> = by_size.iter().map(|r| r.id).collect();
    let grid = lay_out(&items, &room_ids);
    let room_name = |id: Option<i64>| match id.and_then(|r| p.rooms.iter().find(|x| x.id == r)) {
        Some(r) => r.name.clone(),
        None => ctx.t("timetable-no-room"),
    };
    let width = grid
        .columns
        .last()
        .map_or(FIRST_COLUMN, |c| c.column + c.lanes)
        - 1;
    // Sessions the grid cannot show: without a time, or in rooms past its width.
    let elsewhere = p.shown.iter().filter(|s| s.starts_at.is_none()).count() + grid.left_out.len();
    let title = agenda_title(ctx, &p.edition, "timetable-title");
    let day_name = if day.is_empty() {
        String::new()
    } else {
        convene_i18n::format::date(ctx.code(), &day)
    };
    let hm = |s: &Proposal| -> String {
        s.starts_at
            .as_deref()
            .and_then(meeting::parse_local)
            .map(|start| {
                let end = meeting::plus_minutes(start, s.fields.duration.unwrap_or(60));
                format!("{}–{}", start.strftime("%H:%M"), end.strftime("%H:%M"))
            })
            .unwrap_or_default()
    };
    let body = html! {
        h1 { (title) }
        (agenda_intro(ctx, &p.edition))
        (p.controls(ctx, View::Grid, query, &day))
        @if !day_name.is_empty() { h2 { (day_name) } }
        @if grid.cells.is_empty() {
            p { (ctx.t("timetable-empty")) }
        } @else {
            p.hint { (ctx.t("timetable-hint")) }
            div.tt-scroll role="region" tabindex="0" aria-label=(ctx.t_args("timetable-region", &[("day", crate::locale::FluentValueArg::Str(day_name.clone()))])) {
                div.tt {
                    div.tt-corner.gr1.gc1 { (ctx.t("timetable-time")) }
                    @for c in &grid.columns {
                        div.tt-room.gr1.{"gc" (c.column)}.{"gw" (c.lanes)} { (room_name(c.room)) }
                    }
                    // Hour lines across the grid and their labels, for the eye: each
                    // session says its own time to a screen reader.
                    @for h in &grid.hours {
                        div.tt-line.{"gr" (h.row)}.gc1.{"gw" (width)} aria-hidden="true" {}
                        div.tt-hour.{"gr" (h.row)}.gc1.gs4 aria-hidden="true" { (h.time.strftime("%H:%M")) }
                    }
                    @for c in &grid.cells {
                        @if let Some(s) = today.get(c.index) {
                            div.tt-session.{"gr" (c.row)}.{"gs" (c.span)}.{"gc" (c.column)} data-session=(s.id)
                                data-type=[s.fields.session_type.map(SessionType::code)] {
                                // Isolated left to right, or Arabic pages would show the end first.
                                span.time { bdi dir="ltr" { (hm(s)) } }
                                a href=(ctx.href(&format!("/sessions/{}", s.id))) { (display::title(ctx, &s.title)) }
                                span.meta {
                                    @if let Some(t) = s.fields.session_type { (ctx.t(&format!("session-type-{}", t.code()))) " · " }
                                    bdi { (room_name(s.room_id)) }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if elsewhere > 0 {
            @let list = ctx.href(&format!("/meetings/{}/agenda", p.edition.year));
            @let q = p.filter.query();
            p { a href=(if q.is_empty() { list } else { format!("{list}?{q}") }) { (display::count(ctx, "timetable-elsewhere", elsewhere as i64)) } }
        }
    };
    Ok(SharedBody {
        title,
        noindex: query.is_some(),
        langs: None,
        description: None,
        subject: None,
        body,
    })
}

/// Who is booked into each placed session, for clash checks.
pub fn bookings(
    proposals: &[Proposal],
    speakers: &[Speaker],
    organisers: &[(i64, i64)],
) -> Vec<Booking> {
    proposals
        .iter()
        .filter(|p| p.status == Status::Accepted)
        .filter_map(|p| {
            let start = meeting::parse_local(p.starts_at.as_deref()?)?;
            let room_id = p.room_id?;
            let mut people: Vec<Person> = organisers
                .iter()
                .filter(|(pid, _)| *pid == p.id)
                .map(|(_, who)| Person::Participant(*who))
                .collect();
            for s in speakers.iter().filter(|s| s.proposal_id == p.id) {
                people.push(match s.person.participant_id {
                    Some(id) => Person::Participant(id),
                    None => Person::invited(&s.person.name),
                });
            }
            people.sort();
            people.dedup();
            Some(Booking {
                session_id: p.id,
                room_id,
                start,
                end: meeting::plus_minutes(start, p.fields.duration.unwrap_or(60)),
                people,
            })
        })
        .collect()
}

/// A readable name for someone in a clash.
fn person_name(p: &Person, speakers: &[Speaker], names: &[(i64, String)]) -> String {
    match p {
        Person::Participant(id) => names
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, n)| n.clone())
            .or_else(|| {
                speakers
                    .iter()
                    .find(|s| s.person.participant_id == Some(*id))
                    .map(|s| s.person.name.clone())
            })
            .unwrap_or_else(|| format!("#{id}")),
        Person::Invited(name) => speakers
            .iter()
            .find(|s| Person::invited(&s.person.name) == *p)
            .map(|s| s.person.name.clone())
            .unwrap_or_else(|| name.clone()),
    }
}

struct Refusal {
    session: i64,
    room: String,
    start: String,
    taken_by: i64,
}

async fn schedule_page(
    ctx: &Ctx,
    app: &AppState,
    e: &Edition,
    refusal: Option<Refusal>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let m = &*app.store;
    let proposals: Vec<Proposal> = m
        .proposals(e.id, ctx.code())
        .await
        .or_page(ctx)?
        .into_iter()
        .filter(|p| p.status == Status::Accepted)
        .collect();
    let speakers = m.edition_speakers(e.id).await.or_page(ctx)?;
    let organisers = m.edition_organisers(e.id).await.or_page(ctx)?;
    let rooms = m.rooms(e.id).await.or_page(ctx)?;
    let clashes = meeting::all_clashes(&bookings(&proposals, &speakers, &organisers));
    let mut names = Vec::new();
    for (_, c) in &clashes {
        if let Person::Participant(id) = c.person {
            if let Some(p) = app.store.participant(id).await.or_page(ctx)? {
                names.push((id, p.display_name));
            }
        }
    }
    let title_of = |id: i64| {
        proposals
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.title.text.clone())
            .unwrap_or_else(|| format!("#{id}"))
    };
    let here = format!("/meetings/{}", e.year);
    let title = format!(
        "{} {} – {}",
        ctx.t("meeting-label"),
        e.year,
        ctx.t("schedule-title")
    );
    let body = html! {
        h1 { (title) }
        p { a href=(ctx.href(&here)) { (ctx.t("back-to-meeting")) } " · " a href=(ctx.href(&format!("{here}/settings"))) { (ctx.t("schedule-rooms")) } }
        @if let Some(r) = &refusal {
            div.error-summary role="alert" data-refused=(r.session) {
                p { (ctx.t_args("schedule-room-taken", &[
                    ("room", crate::locale::FluentValueArg::Str(r.room.clone())),
                    ("other", crate::locale::FluentValueArg::Str(title_of(r.taken_by))),
                ])) }
            }
        }
        section.clashes aria-labelledby="clashes-title" data-clashes=(clashes.len()) {
            h2 #clashes-title { (ctx.t("schedule-clashes")) }
            @if clashes.is_empty() { p { (ctx.t("schedule-no-clashes")) } }
            ul {
                @for (a, c) in &clashes {
                    li { (ctx.t_args("schedule-clash", &[
                        ("person", crate::locale::FluentValueArg::Str(person_name(&c.person, &speakers, &names))),
                        ("first", crate::locale::FluentValueArg::Str(title_of(*a))),
                        ("second", crate::locale::FluentValueArg::Str(title_of(c.other_session))),
                    ])) }
                }
            }
        }
        @if rooms.is_empty() { p { (ctx.t("schedule-no-rooms")) } }
        table.schedule {
            caption { (ctx.t("schedule-sessions")) }
            thead { tr {
                th scope="col" { (ctx.t("field-title")) }
                th scope="col" { (ctx.t("schedule-place")) }
            } }
            tbody {
                @for p in &proposals {
                    @let typed = refusal.as_ref().filter(|r| r.session == p.id);
                    tr data-session=(p.id) {
                        th scope="row" {
                            a href=(ctx.href(&format!("/sessions/{}", p.id))) { (display::title(ctx, &p.title)) }
                            br; span.meta { (display::count(ctx, "duration-minutes", p.fields.duration.unwrap_or(60))) }
                        }
                        td {
                            form.inline-fields method="post" action=(ctx.href(&format!("/sessions/{}/place", p.id))) {
                                (csrf_field(ctx))
                                label { (ctx.t("session-room")) " "
                                    select name="room" {
                                        option value="" { "–" }
                                        @for r in &rooms {
                                            @let chosen = match typed { Some(t) => t.room == r.name, None => p.room_id == Some(r.id) };
                                            option value=(r.id) selected[chosen] { (r.name) " (" (r.capacity) ")" }
                                        }
                                    }
                                }
                                " "
                                label { (ctx.t("session-when")) " "
                                    input type="datetime-local" name="starts_at"
                                        value=(typed.map(|t| t.start.clone()).or_else(|| p.starts_at.clone()).unwrap_or_default());
                                }
                                " "
                                label { (ctx.t("session-online")) " "
                                    input type="url" name="online_url" value=(p.online_url);
                                }
                                " "
                                button type="submit" { (ctx.t("schedule-save")) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(ctx.page_with(status, Head::private(&title), body))
}

async fn schedule(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> Result<Response, PageError> {
    ctx.require(Action::ManageMeeting)?;
    let e = prog::edition(&ctx, &app, &year).await?;
    schedule_page(&ctx, &app, &e, None, StatusCode::OK).await
}

async fn place(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::ManageMeeting)?;
    let l = prog::load(&ctx, &app, &id).await?;
    let p = &l.proposal;
    if p.status != Status::Accepted {
        return Err(ctx.fail(AppError::Conflict));
    }
    let m = &*app.store;
    let back = Redirect::to(&ctx.href(&format!("/meetings/{}/schedule", l.edition.year)));
    let url = form.get("online_url").trim();
    if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://"))
        || url.len() > 500
    {
        return Err(ctx.fail(AppError::BadRequest));
    }
    let room_field = form.get("room").trim();
    let start_field = form.get("starts_at").trim();
    if room_field.is_empty() && start_field.is_empty() {
        m.place(p.id, None, url).await.or_page(&ctx)?;
        return Ok(back.into_response());
    }
    let rooms = m.rooms(l.edition.id).await.or_page(&ctx)?;
    let room = room_field
        .parse::<i64>()
        .ok()
        .and_then(|r| rooms.iter().find(|x| x.id == r));
    let start = meeting::parse_local(start_field);
    let (Some(room), Some(start)) = (room, start) else {
        return Err(ctx.fail(AppError::BadRequest));
    };
    let proposals = m.proposals(l.edition.id, ctx.code()).await.or_page(&ctx)?;
    let speakers = m.edition_speakers(l.edition.id).await.or_page(&ctx)?;
    let organisers = m.edition_organisers(l.edition.id).await.or_page(&ctx)?;
    let existing = bookings(&proposals, &speakers, &organisers);
    let mut mine = bookings(std::slice::from_ref(p), &l.speakers, &organisers);
    let people = mine.pop().map(|b| b.people).unwrap_or_default();
    let new = Booking {
        session_id: p.id,
        room_id: room.id,
        start,
        end: meeting::plus_minutes(start, p.fields.duration.unwrap_or(60)),
        people,
    };
    if let Err(taken_by) = meeting::check_placement(&new, &existing) {
        let refusal = Refusal {
            session: p.id,
            room: room.name.clone(),
            start: start_field.to_string(),
            taken_by,
        };
        return schedule_page(&ctx, &app, &l.edition, Some(refusal), StatusCode::CONFLICT).await;
    }
    // Clashes between people are shown on the schedule page; they do not block.
    m.place(p.id, Some((room.id, &meeting::format_local(start))), url)
        .await
        .or_page(&ctx)?;
    Ok(back.into_response())
}

async fn personal(Me { ctx, me }: Me, State(app): State<AppState>) -> Result<Response, PageError> {
    let m = &*app.store;
    let sessions = m.interests(me.id, ctx.code()).await.or_page(&ctx)?;
    let token = m
        .agenda_token(me.id, &convene_core::secrets::new_token())
        .await
        .or_page(&ctx)?;
    let feed = format!(
        "{}{}",
        app.options.public_url.trim_end_matches('/'),
        ctx.href(&format!("/calendar/{token}/agenda.ics"))
    );
    let title = ctx.t("agenda-personal");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("agenda-personal-intro")) }
        @if sessions.is_empty() { p { (ctx.t("agenda-personal-empty")) } }
        ul.agenda { @for p in &sessions { (row(&ctx, p, &[], &[])) } }
        h2 { (ctx.t("agenda-feed")) }
        p { (ctx.t("agenda-feed-intro")) }
        p { code.feed dir="ltr" { (feed) } }
    };
    Ok(ctx.page(Head::private(&title), body))
}
