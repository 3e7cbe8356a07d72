//! Atom feeds (RFC 4287) for watchers who follow the forum from a feed reader: the site's
//! newest discussions, a coalition's or a topic's discussions and outputs, a thread's
//! newest posts. A feed shows what a signed-out reader may see (never a held or hidden
//! post, a held thread, or a held or hidden coalition), so it is the same for everyone
//! and the page cache serves it like a page; conditional GETs come from the ETag layer.
//! Every title and content says the language it is really written in (`xml:lang`).

use crate::error::{OrPage, PageError};
use crate::locale::FluentValueArg;
use crate::{display, AppState, Ctx};
use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use convene_core::markdown::to_safe_html;
use convene_core::model::{Dissent, Output, Post, PostSummary, Revision, Thread, Title, Voice};
use convene_core::permissions::Actor;
use convene_core::programme::{Proposal, Room};
use convene_core::visibility::{self, PostFacts, PostView, ThreadFacts};

/// Entries in a feed: the newest this many.
const ENTRIES: i64 = 50;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/feed.atom", get(site))
        .route("/{lang}/threads/{id}/feed.atom", get(thread))
        .route("/{lang}/coalitions/{slug}/feed.atom", get(coalition))
        .route("/{lang}/topics/{slug}/feed.atom", get(topic))
        .route("/{lang}/meetings/{year}/feed.atom", get(meeting))
        .route("/{lang}/outputs/{id}/feed.atom", get(output))
        .route("/{lang}/people/{id}/feed.atom", get(person))
}

/// The feed of a page, for the layout's `<link rel="alternate">`: `rest` is the page's
/// path below the language (`/threads/7`), the answer the feed's (`/threads/7/feed.atom`).
pub fn feed_of(rest: &str) -> Option<String> {
    let parts: Vec<&str> = rest.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        [""] => Some("/feed.atom".into()),
        ["threads", id] if id.parse::<i64>().is_ok() => Some(format!("/threads/{id}/feed.atom")),
        ["coalitions", slug] if *slug != "new" => Some(format!("/coalitions/{slug}/feed.atom")),
        ["topics", slug] => Some(format!("/topics/{slug}/feed.atom")),
        ["meetings", year] | ["meetings", year, "agenda"] if year.parse::<i64>().is_ok() => {
            Some(format!("/meetings/{year}/feed.atom"))
        }
        ["outputs", id] if id.parse::<i64>().is_ok() => Some(format!("/outputs/{id}/feed.atom")),
        ["people", id] if id.parse::<i64>().is_ok() => Some(format!("/people/{id}/feed.atom")),
        _ => None,
    }
}

/// A Unix time as Atom writes it.
pub fn when(secs: i64) -> FixedDateTime {
    jiff::Timestamp::from_second(secs)
        .ok()
        .and_then(|t| FixedDateTime::parse_from_rfc3339(&t.to_string()).ok())
        .unwrap_or_default()
}

fn text(value: &str, lang: &str) -> Text {
    Text {
        value: value.to_string(),
        lang: Some(lang.to_string()),
        ..Text::default()
    }
}

/// Sanitized HTML, marked with the language it is written in.
fn html_content(html: &str, lang: &str) -> Content {
    Content {
        lang: Some(lang.to_string()),
        value: Some(html.to_string()),
        content_type: Some("html".into()),
        ..Content::default()
    }
}

fn link(href: String, rel: &str, mime: &str) -> Link {
    Link {
        href,
        rel: rel.to_string(),
        mime_type: Some(mime.to_string()),
        ..Link::default()
    }
}

/// Builds one feed: its page and entries, newest first.
struct FeedOf<'a> {
    ctx: &'a Ctx,
    app: &'a AppState,
    /// The page's path below the language, e.g. `/threads/7`.
    page: String,
    title: Text,
}

impl FeedOf<'_> {
    fn url(&self, path: &str) -> String {
        format!(
            "{}{}",
            self.app.options.public_url.trim_end_matches('/'),
            self.ctx.href(path)
        )
    }

    fn thread_entry(&self, t: &Thread) -> Entry {
        let href = self.url(&format!("/threads/{}", t.id));
        Entry {
            title: text(&t.title, &t.lang),
            id: href.clone(),
            updated: when(t.last_post_at),
            published: Some(when(t.created_at)),
            links: vec![link(href, "alternate", "text/html")],
            summary: Some(text(
                &display::count(self.ctx, "thread-posts", t.post_count),
                self.ctx.code(),
            )),
            ..Entry::default()
        }
    }

    fn output_entry(&self, o: &Output) -> Entry {
        let href = self.url(&format!("/outputs/{}", o.id));
        Entry {
            title: text(&o.title.text, &o.title.lang),
            id: href.clone(),
            updated: when(o.created_at),
            links: vec![link(href, "alternate", "text/html")],
            summary: Some(text(
                &format!(
                    "{} · {}",
                    self.ctx.t(&format!("output-kind-{}", o.kind)),
                    o.year
                ),
                self.ctx.code(),
            )),
            ..Entry::default()
        }
    }

    /// Someone speaking, with the stakeholder group and country they speak for.
    fn author(&self, a: &Voice) -> Person {
        if a.former {
            return Person {
                name: self.ctx.t("former-participant"),
                ..Person::default()
            };
        }
        Person {
            name: format!(
                "{} ({}, {})",
                a.display_name,
                display::stakeholder(self.ctx, a.stakeholder_group),
                display::country(self.ctx, &a.country)
            ),
            uri: Some(self.url(&format!("/people/{}", a.id))),
            ..Person::default()
        }
    }

    /// A session in the programme, as one of its changes (accepted, placed or moved).
    fn session_entry(&self, change: (i64, i64), p: &Proposal, rooms: &[Room], zone: &str) -> Entry {
        let (seq, at) = change;
        let href = self.url(&format!("/sessions/{}", p.id));
        let slot = match &p.starts_at {
            Some(start) => {
                let (day, time) = start.split_once('T').unwrap_or((start.as_str(), ""));
                let room = rooms
                    .iter()
                    .find(|r| Some(r.id) == p.room_id)
                    .map_or("", |r| r.name.as_str());
                let day = convene_i18n::format::date(self.ctx.code(), day);
                format!("{day} {time} ({zone}) · {room}")
            }
            None => self.ctx.t("agenda-unscheduled"),
        };
        Entry {
            title: text(&p.title.text, &p.title.lang),
            id: format!("{href}#change-{seq}"),
            updated: when(at),
            links: vec![link(href, "alternate", "text/html")],
            summary: Some(text(&slot, self.ctx.code())),
            ..Entry::default()
        }
    }

    fn version_entry(&self, o: &Output, lang: &str, r: &Revision) -> Entry {
        let href = self.url(&format!("/outputs/{}?version={}", o.id, r.revision));
        let version = self.ctx.t_args(
            "output-version",
            &[
                ("value", FluentValueArg::Num(r.revision)),
                (
                    "date",
                    FluentValueArg::Str(display::date(self.ctx, r.created_at)),
                ),
            ],
        );
        Entry {
            title: text(&format!("{} – {version}", r.title), lang),
            id: href.clone(),
            updated: when(r.created_at),
            links: vec![link(href, "alternate", "text/html")],
            content: Some(html_content(&to_safe_html(&r.body_md), lang)),
            ..Entry::default()
        }
    }

    fn dissent_entry(&self, o: &Output, d: &Dissent) -> Entry {
        let href = self.url(&format!("/outputs/{}#dissent-{}", o.id, d.id));
        let title = self.ctx.t_args(
            "feed-dissent-title",
            &[("author", FluentValueArg::Str(d.author.display_name.clone()))],
        );
        Entry {
            title: text(&title, self.ctx.code()),
            id: href.clone(),
            updated: when(d.created_at),
            authors: vec![self.author(&d.author)],
            links: vec![link(href, "alternate", "text/html")],
            content: Some(html_content(&d.body_html, &d.lang)),
            ..Entry::default()
        }
    }

    /// One of someone's public posts.
    fn activity_entry(&self, who: &Voice, p: &PostSummary) -> Entry {
        let href = self.url(&format!(
            "/threads/{}?after={}#post-{}",
            p.thread_id,
            p.post_id - 1,
            p.post_id
        ));
        let title = self.ctx.t_args(
            "feed-post-title",
            &[
                ("author", FluentValueArg::Str(who.display_name.clone())),
                ("thread", FluentValueArg::Str(p.thread_title.clone())),
            ],
        );
        Entry {
            title: text(&title, self.ctx.code()),
            id: self.url(&format!("/posts/{}", p.post_id)),
            updated: when(p.created_at),
            authors: vec![self.author(who)],
            links: vec![link(href, "alternate", "text/html")],
            content: Some(html_content(&to_safe_html(&p.body_md), &p.lang)),
            ..Entry::default()
        }
    }

    /// A post, its author shown with the stakeholder group and country they speak for.
    fn post_entry(&self, t: &Thread, p: &Post) -> Entry {
        let href = self.url(&format!(
            "/threads/{}?after={}#post-{}",
            t.id,
            p.id - 1,
            p.id
        ));
        let a = &p.author;
        let title = self.ctx.t_args(
            "feed-post-title",
            &[
                ("author", FluentValueArg::Str(a.display_name.clone())),
                ("thread", FluentValueArg::Str(t.title.clone())),
            ],
        );
        Entry {
            title: text(&title, self.ctx.code()),
            id: self.url(&format!("/posts/{}", p.id)),
            updated: when(p.edited_at.unwrap_or(p.created_at)),
            published: Some(when(p.created_at)),
            authors: vec![self.author(a)],
            links: vec![link(href, "alternate", "text/html")],
            content: Some(html_content(&p.body_html, &p.lang)),
            ..Entry::default()
        }
    }

    fn answer(self, mut entries: Vec<Entry>) -> Response {
        entries.sort_by_key(|e| std::cmp::Reverse(e.updated));
        entries.truncate(ENTRIES as usize);
        let updated = entries
            .first()
            .map_or_else(|| when(convene_core::date::now()), |e| e.updated);
        let feed = Feed {
            title: self.title.clone(),
            id: self.url(&format!("{}/feed.atom", self.page.trim_end_matches('/'))),
            updated,
            authors: vec![Person {
                name: self.ctx.t("site-name"),
                ..Person::default()
            }],
            links: vec![
                link(
                    self.url(&format!("{}/feed.atom", self.page.trim_end_matches('/'))),
                    "self",
                    "application/atom+xml",
                ),
                link(self.url(&self.page), "alternate", "text/html"),
            ],
            lang: Some(self.ctx.code().to_string()),
            entries,
            ..Feed::default()
        };
        let body = feed.to_string();
        let mut response = self.ctx.finish(
            (
                [(CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
                body,
            )
                .into_response(),
        );
        // What a signed-out reader may see, whoever asked: the page cache may keep it.
        response
            .extensions_mut()
            .insert(crate::page_cache::Shareable);
        response
    }
}

async fn site(ctx: Ctx, State(app): State<AppState>) -> Result<Response, PageError> {
    let threads = app
        .store
        .recent_threads(None, ENTRIES)
        .await
        .or_page(&ctx)?;
    let title = format!("{} – {}", ctx.t("site-name"), ctx.t("feed-site-title"));
    let feed = FeedOf {
        ctx: &ctx,
        app: &app,
        page: "/".into(),
        title: text(&title, ctx.code()),
    };
    let entries = threads.iter().map(|t| feed.thread_entry(t)).collect();
    Ok(feed.answer(entries))
}

async fn thread(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    let t = app
        .store
        .thread(id)
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let coordinators =
        crate::routes::moderation::thread_coordinators(&ctx, &app, t.coalition_id).await?;
    let opening_held = app.store.thread_opening_held(id).await.or_page(&ctx)?;
    let facts = ThreadFacts {
        author: t.author_id,
        opening_held,
        coordinators: &coordinators,
    };
    if !visibility::may_see_thread(Actor::Anonymous, facts) {
        return Err(ctx.not_found());
    }
    let posts = app.store.latest_posts(id, ENTRIES).await.or_page(&ctx)?;
    let feed = FeedOf {
        ctx: &ctx,
        app: &app,
        page: format!("/threads/{id}"),
        title: text(&t.title, &t.lang),
    };
    let entries = posts
        .iter()
        .filter(|p| {
            let facts = PostFacts {
                author: p.author.id,
                held: p.held,
                hidden: p.hidden.is_some(),
                coordinators: &coordinators,
            };
            visibility::post_view(Actor::Anonymous, facts) == PostView::Full
        })
        .map(|p| feed.post_entry(&t, p))
        .collect();
    Ok(feed.answer(entries))
}

async fn coalition(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let c = app
        .store
        .coalition_by_slug(&slug, ctx.code())
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    if !visibility::may_see_coalition(Actor::Anonymous, c.held, c.hidden.is_some(), &[]) {
        return Err(ctx.not_found());
    }
    let threads = app
        .store
        .recent_threads(Some(c.id), ENTRIES)
        .await
        .or_page(&ctx)?;
    let outputs = app.store.outputs(c.id, ctx.code()).await.or_page(&ctx)?;
    mixed(
        &ctx,
        &app,
        format!("/coalitions/{slug}"),
        &c.name,
        &threads,
        &outputs,
    )
}

async fn topic(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let t = app
        .store
        .topic_by_slug(&slug, ctx.code())
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let threads = app.store.topic_threads(t.id, ENTRIES).await.or_page(&ctx)?;
    let outputs = app
        .store
        .topic_outputs(t.id, ctx.code())
        .await
        .or_page(&ctx)?;
    mixed(
        &ctx,
        &app,
        format!("/topics/{slug}"),
        &t.name,
        &threads,
        &outputs,
    )
}

/// Discussions and outputs together, newest first.
fn mixed(
    ctx: &Ctx,
    app: &AppState,
    page: String,
    name: &Title,
    threads: &[Thread],
    outputs: &[Output],
) -> Result<Response, PageError> {
    let feed = FeedOf {
        ctx,
        app,
        page,
        title: text(&name.text, &name.lang),
    };
    let mut entries: Vec<Entry> = threads.iter().map(|t| feed.thread_entry(t)).collect();
    entries.extend(outputs.iter().map(|o| feed.output_entry(o)));
    Ok(feed.answer(entries))
}

async fn meeting(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let e = crate::programme::edition(&ctx, &app, &year).await?;
    let m = &*app.store;
    let changes = m.programme_changes(e.id, ENTRIES).await.or_page(&ctx)?;
    let sessions = m.proposals(e.id, ctx.code()).await.or_page(&ctx)?;
    let rooms = m.rooms(e.id).await.or_page(&ctx)?;
    let title = format!(
        "{} {} – {}",
        ctx.t("meeting-label"),
        e.year,
        ctx.t("agenda-title")
    );
    let feed = FeedOf {
        ctx: &ctx,
        app: &app,
        page: format!("/meetings/{}/agenda", e.year),
        title: text(&title, ctx.code()),
    };
    // Only accepted sessions are public; the store keeps to them, and so does this.
    let entries = changes
        .iter()
        .filter_map(|(seq, id, at)| {
            let p = sessions
                .iter()
                .find(|p| p.id == *id && !p.status.is_private())?;
            Some(feed.session_entry((*seq, *at), p, &rooms, &e.time_zone))
        })
        .collect();
    Ok(feed.answer(entries))
}

async fn output(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    let o = app
        .store
        .output(id, ctx.code())
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let (held, hidden) = app
        .store
        .coalition_state(o.coalition_id)
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    if !visibility::may_see_coalition(Actor::Anonymous, held, hidden, &[]) {
        return Err(ctx.not_found());
    }
    let revisions = app.store.revisions(o.text_id).await.or_page(&ctx)?;
    let dissents = app.store.dissents(o.id).await.or_page(&ctx)?;
    // Versions are of the original text, in its own language.
    let lang = app
        .store
        .localized(o.text_id, ctx.code())
        .await
        .or_page(&ctx)?
        .map_or_else(|| o.title.lang.clone(), |l| l.original.original_lang);
    let feed = FeedOf {
        ctx: &ctx,
        app: &app,
        page: format!("/outputs/{id}"),
        title: text(&o.title.text, &o.title.lang),
    };
    let mut entries: Vec<Entry> = revisions
        .iter()
        .map(|r| feed.version_entry(&o, &lang, r))
        .collect();
    // Dissents waiting for review or hidden are in nobody's feed.
    entries.extend(
        dissents
            .iter()
            .filter(|d| !d.held && d.hidden.is_none())
            .map(|d| feed.dissent_entry(&o, d)),
    );
    Ok(feed.answer(entries))
}

async fn person(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let id: i64 = id.parse().map_err(|_| ctx.not_found())?;
    let p = app
        .store
        .participant(id)
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    let posts = app
        .store
        .public_participant_posts(id, ENTRIES)
        .await
        .or_page(&ctx)?;
    let who = Voice {
        id: p.id,
        former: false,
        display_name: p.display_name.clone(),
        stakeholder_group: p.stakeholder_group,
        country: p.country.clone(),
        affiliation: p.affiliation.clone(),
    };
    let feed = FeedOf {
        ctx: &ctx,
        app: &app,
        page: format!("/people/{id}"),
        title: text(&p.display_name, ctx.code()),
    };
    let entries = posts
        .iter()
        .map(|post| feed.activity_entry(&who, post))
        .collect();
    Ok(feed.answer(entries))
}
