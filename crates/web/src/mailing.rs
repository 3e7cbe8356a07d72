//! Notification mail, in each reader's language: a post as its own mail (threaded under
//! its discussion with `Message-ID`, `In-Reply-To` and `References`, list headers per
//! coalition, a one-click unsubscribe and, when reply by mail is on, a reply address
//! bound to the reader and the thread), digests collecting what waited, and bounces for
//! replies that could not be posted. Every mail is built by lettre (plain text with an
//! HTML alternative) and queued in the outbox; [`run_sender`] hands queued mail to the
//! [`Mailer`] and marks it sent, [`run_digests`] makes the digests that are due. Each runs
//! under a lease, so with several servers one of them does it.

use crate::mail::{MailError, Mailer};
use convene_core::mail::{self as rules, MailFrequency, MailWatch, Unsubscribe};
use convene_core::model::{FollowKind, Participant, Post};
use convene_core::StakeholderGroup;
use convene_i18n::{direction_of, tr, FluentArgs};
use convene_store::{MailPostFacts, NewDigestItem, NewMail, Store, StoreError};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{Address, Message};
use maud::{html, Markup, PreEscaped, DOCTYPE};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// What building mail needs to know of the installation.
pub struct Outgoing<'a> {
    /// The public address without a trailing slash, for links.
    pub base: &'a str,
    /// Its host name: the right-hand side of Message-IDs and list ids.
    pub host: String,
    pub mailer: &'a Mailer,
    /// Signs reply and unsubscribe addresses.
    pub secret: String,
}

impl<'a> Outgoing<'a> {
    pub fn new(public_url: &'a str, mailer: &'a Mailer, secret: String) -> Self {
        let base = public_url.trim_end_matches('/');
        Outgoing {
            base,
            host: host_of(base),
            mailer,
            secret,
        }
    }
}

/// The host of an `http(s)://host[:port]/…` address, lower case.
pub fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split('/').next().unwrap_or(rest);
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(v6),
        None => authority.rsplit_once(':').map_or(authority, |(h, _)| h),
    };
    let host = if host.is_empty() { "localhost" } else { host };
    host.to_ascii_lowercase()
}

/// Who wrote something, as mail shows them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Author {
    pub name: String,
    /// A stakeholder group code; empty for a former participant.
    pub group: String,
    pub country: String,
    pub former: bool,
}

/// What a mail (or a digest's entry) is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ItemKind {
    /// A new discussion (its opening post).
    Thread,
    /// A reply in a discussion.
    Reply,
}

/// One post as mail tells it; also what a digest item stores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub kind: ItemKind,
    pub post_id: i64,
    pub thread_id: i64,
    pub title: String,
    pub title_lang: String,
    pub author: Author,
    /// The post's Markdown, for the plain text.
    pub text: String,
    /// Its sanitized HTML, for the HTML part.
    pub html: String,
    pub lang: String,
    /// `(slug, name)` of the coalition.
    pub coalition: Option<(String, String)>,
    pub at: i64,
    /// The discussion's opening post, and the post this one answers.
    pub opening_post_id: i64,
    pub reply_to: Option<i64>,
}

impl Item {
    pub fn of_post(post: &Post, source_md: &str, facts: &MailPostFacts) -> Self {
        let a = &post.author;
        Item {
            kind: if facts.opening_post_id == post.id {
                ItemKind::Thread
            } else {
                ItemKind::Reply
            },
            post_id: post.id,
            thread_id: facts.thread_id,
            title: facts.thread_title.clone(),
            title_lang: facts.thread_lang.clone(),
            author: Author {
                name: if a.former {
                    String::new()
                } else {
                    a.display_name.clone()
                },
                group: if a.former {
                    String::new()
                } else {
                    a.stakeholder_group.code().to_string()
                },
                country: if a.former {
                    String::new()
                } else {
                    a.country.clone()
                },
                former: a.former,
            },
            text: source_md.to_string(),
            html: post.body_html.clone(),
            lang: post.lang.clone(),
            coalition: facts
                .coalition
                .as_ref()
                .map(|(_, slug, name)| (slug.clone(), name.clone())),
            at: post.created_at,
            opening_post_id: facts.opening_post_id,
            reply_to: post.reply_to,
        }
    }

    /// Where it is read, without the language prefix.
    fn path(&self) -> String {
        match self.kind {
            ItemKind::Thread => format!("/threads/{}", self.thread_id),
            ItemKind::Reply => convene_core::notify::post_link(self.thread_id, self.post_id),
        }
    }
}

/// A reader's language: their interface language if the forum speaks it.
pub fn reader_lang(p: &Participant) -> &'static str {
    lang_or_default(&p.profile.ui_lang)
}

fn lang_or_default(code: &str) -> &'static str {
    convene_i18n::LOCALES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("en", |(c, _)| *c)
}

fn t(lang: &str, id: &str) -> String {
    tr(lang, id, None)
}

fn t_args(lang: &str, id: &str, args: &[(&str, &str)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.to_string());
    }
    tr(lang, id, Some(&fa))
}

fn t_count(lang: &str, id: &str, count: i64) -> String {
    let mut fa = FluentArgs::new();
    fa.set("count", count);
    tr(lang, id, Some(&fa))
}

/// "Name (stakeholder group, country)" in `lang`.
fn author_line(lang: &str, a: &Author) -> String {
    if a.former {
        return t(lang, "former-participant");
    }
    let group = StakeholderGroup::from_code(&a.group)
        .map(|g| t(lang, &format!("stakeholder-{}", g.code())))
        .unwrap_or_else(|| a.group.clone());
    let country = convene_i18n::country_name(lang, &a.country)
        .map(str::to_string)
        .or_else(|| convene_core::countries::by_code(&a.country).map(|c| c.name.to_string()))
        .unwrap_or_else(|| a.country.clone());
    t_args(
        lang,
        "mail-author",
        &[("name", &a.name), ("group", &group), ("country", &country)],
    )
}

fn header(name: &'static str, value: String) -> HeaderValue {
    HeaderValue::new(HeaderName::new_from_ascii_str(name), value)
}

fn build_error(e: impl std::fmt::Display) -> MailError {
    MailError::Build(e.to_string())
}

fn reader_mailbox(p: &Participant) -> Result<Mailbox, MailError> {
    let email: Address = p
        .email
        .parse()
        .map_err(|_| MailError::Build(format!("bad address {:?}", p.email)))?;
    Ok(Mailbox::new(Some(p.display_name.clone()), email))
}

/// The forum's own sender name, e.g. `Convene`.
fn forum_name(out: &Outgoing<'_>) -> String {
    out.mailer
        .from()
        .name
        .clone()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "Convene".to_string())
}

fn formatted(message: &Message) -> Result<String, MailError> {
    String::from_utf8(message.formatted()).map_err(build_error)
}

fn when(at: i64) -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(at).unwrap_or(0))
}

fn html_page(lang: &str, title: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang=(lang) dir=(direction_of(lang).as_str()) {
            head { meta charset="utf-8"; title { (title) } }
            body { (body) }
        }
    }
    .into_string()
}

/// Whether `reader` could reply by mail here (reply addresses on, posting rights kept).
fn reply_address(out: &Outgoing<'_>, reader: &Participant, thread_id: i64) -> Option<String> {
    let domain = out.mailer.reply_domain()?;
    if reader.posting_blocked || reader.suspension.is_some() {
        return None;
    }
    let token = rules::reply_token(&out.secret, reader.id, thread_id);
    Some(format!("reply+{token}@{domain}"))
}

fn unsubscribe_url(out: &Outgoing<'_>, lang: &str, what: &Unsubscribe) -> String {
    format!(
        "{}/{lang}/unsubscribe/{}",
        out.base,
        what.token(&out.secret)
    )
}

/// One post as its own mail to `reader`, who watches it through `watch`.
pub fn post_mail(
    out: &Outgoing<'_>,
    reader: &Participant,
    item: &Item,
    watch: (FollowKind, i64),
) -> Result<NewMail, MailError> {
    let lang = reader_lang(reader);
    let host = &out.host;
    let list = match &item.coalition {
        Some((slug, _)) => format!("[{slug}] "),
        None => String::new(),
    };
    let subject = match item.kind {
        ItemKind::Thread => format!("{list}{}", item.title),
        ItemKind::Reply => format!("Re: {list}{}", item.title),
    };
    let url = format!("{}/{lang}{}", out.base, item.path());
    let unsubscribe = unsubscribe_url(
        out,
        lang,
        &Unsubscribe::Watch {
            participant_id: reader.id,
            kind: watch.0,
            item_id: watch.1,
        },
    );
    let reply = reply_address(out, reader, item.thread_id);
    let who = author_line(lang, &item.author);
    let intro = match item.kind {
        ItemKind::Thread => t_args(
            lang,
            "mail-thread-intro",
            &[("author", &who), ("title", &item.title)],
        ),
        ItemKind::Reply => t_args(
            lang,
            "mail-post-intro",
            &[("author", &who), ("title", &item.title)],
        ),
    };
    let mut text = format!("{intro}\n\n{}\n\n-- \n", item.text.trim_end());
    text.push_str(&format!("{}: {url}\n", t(lang, "mail-read-online")));
    if reply.is_some() {
        text.push_str(&format!("{}\n", t(lang, "mail-reply-hint")));
    }
    text.push_str(&format!("{}\n", t(lang, "mail-why")));
    text.push_str(&format!("{}: {unsubscribe}\n", t(lang, "mail-unsubscribe")));
    let html = html_page(
        lang,
        &subject,
        html! {
            p { (intro) }
            div lang=(item.lang) dir=(direction_of(&item.lang).as_str()) { (PreEscaped(&item.html)) }
            hr;
            p { a href=(url) { (t(lang, "mail-read-online")) } }
            @if reply.is_some() { p { (t(lang, "mail-reply-hint")) } }
            p { small { (t(lang, "mail-why")) " " a href=(unsubscribe) { (t(lang, "mail-unsubscribe")) } } }
        },
    );

    let from = Mailbox::new(
        Some(t_args(
            lang,
            "mail-from-name",
            &[
                (
                    "author",
                    if item.author.former {
                        &who
                    } else {
                        &item.author.name
                    },
                ),
                ("forum", &forum_name(out)),
            ],
        )),
        out.mailer.from().email.clone(),
    );
    let (list_id, archive) = match &item.coalition {
        Some((slug, name)) => (
            format!("{name} <{slug}.coalitions.{host}>"),
            format!("{}/{lang}/coalitions/{slug}", out.base),
        ),
        None => (
            format!("<threads.{host}>"),
            format!("{}/{lang}/threads/{}", out.base, item.thread_id),
        ),
    };
    let mut b = Message::builder()
        .from(from)
        .to(reader_mailbox(reader)?)
        .subject(subject)
        .date(when(item.at))
        .message_id(Some(rules::post_message_id(item.post_id, host)))
        .raw_header(header("Content-Language", lang.to_string()))
        .raw_header(header("List-Id", list_id))
        .raw_header(header("List-Archive", format!("<{archive}>")))
        .raw_header(header("List-Unsubscribe", format!("<{unsubscribe}>")))
        .raw_header(header(
            "List-Unsubscribe-Post",
            "List-Unsubscribe=One-Click".to_string(),
        ))
        .raw_header(header("Auto-Submitted", "auto-generated".to_string()))
        .raw_header(header("Precedence", "list".to_string()));
    b = match &reply {
        Some(address) => {
            let mailbox: Address = address.parse().map_err(build_error)?;
            b.reply_to(Mailbox::new(None, mailbox))
                .raw_header(header("List-Post", format!("<mailto:{address}>")))
        }
        None => b.raw_header(header("List-Post", "NO".to_string())),
    };
    if item.kind == ItemKind::Reply {
        let opening = rules::post_message_id(item.opening_post_id, host);
        let parent = item
            .reply_to
            .filter(|r| *r != item.opening_post_id)
            .map(|r| rules::post_message_id(r, host));
        b = b.in_reply_to(parent.clone().unwrap_or_else(|| opening.clone()));
        b = b.references(match parent {
            Some(p) => format!("{opening} {p}"),
            None => opening,
        });
    }
    let message = b
        .multipart(MultiPart::alternative_plain_html(text, html))
        .map_err(build_error)?;
    Ok(NewMail {
        participant_id: Some(reader.id),
        recipient: reader.email.clone(),
        dedupe_key: format!("post-{}", item.post_id),
        message: formatted(&message)?,
    })
}

/// The digest of `items` (oldest first, none empty) for `reader`.
pub fn digest_mail(
    out: &Outgoing<'_>,
    reader: &Participant,
    frequency: MailFrequency,
    items: &[Item],
    through_item: i64,
    now: i64,
) -> Result<NewMail, MailError> {
    let lang = reader_lang(reader);
    let count = i64::try_from(items.len()).unwrap_or(i64::MAX);
    let subject = t_count(
        lang,
        match frequency {
            MailFrequency::Weekly => "mail-digest-subject-weekly",
            _ => "mail-digest-subject-daily",
        },
        count,
    );
    let unsubscribe = unsubscribe_url(
        out,
        lang,
        &Unsubscribe::Digests {
            participant_id: reader.id,
            frequency,
        },
    );
    let entry_head = |i: &Item| {
        let who = author_line(lang, &i.author);
        match i.kind {
            ItemKind::Thread => t_args(
                lang,
                "mail-thread-intro",
                &[("author", &who), ("title", &i.title)],
            ),
            ItemKind::Reply => t_args(
                lang,
                "mail-post-intro",
                &[("author", &who), ("title", &i.title)],
            ),
        }
    };
    let mut text = format!("{}\n\n", t(lang, "mail-digest-intro"));
    for i in items {
        let url = format!("{}/{lang}{}", out.base, i.path());
        text.push_str(&format!(
            "== {}\n\n{}\n\n{}: {url}\n\n",
            entry_head(i),
            excerpt(&i.text, 1500),
            t(lang, "mail-read-online")
        ));
    }
    text.push_str(&format!(
        "-- \n{}: {unsubscribe}\n",
        t(lang, "mail-digest-unsubscribe")
    ));
    let html = html_page(
        lang,
        &subject,
        html! {
            p { (t(lang, "mail-digest-intro")) }
            @for i in items {
                hr;
                h2 { (entry_head(i)) }
                div lang=(i.lang) dir=(direction_of(&i.lang).as_str()) { (PreEscaped(&i.html)) }
                p { a href=(format!("{}/{lang}{}", out.base, i.path())) { (t(lang, "mail-read-online")) } }
            }
            hr;
            p { small { a href=(unsubscribe) { (t(lang, "mail-digest-unsubscribe")) } } }
        },
    );
    let message = Message::builder()
        .from(out.mailer.from().clone())
        .to(reader_mailbox(reader)?)
        .subject(subject)
        .date(when(now))
        .message_id(Some(format!(
            "<digest-{}-{}-{through_item}@{}>",
            reader.id,
            frequency.code(),
            out.host
        )))
        .raw_header(header("Content-Language", lang.to_string()))
        .raw_header(header("List-Id", format!("<digest.{}>", out.host)))
        .raw_header(header(
            "List-Archive",
            format!("<{}/{lang}/following>", out.base),
        ))
        .raw_header(header("List-Post", "NO".to_string()))
        .raw_header(header("List-Unsubscribe", format!("<{unsubscribe}>")))
        .raw_header(header(
            "List-Unsubscribe-Post",
            "List-Unsubscribe=One-Click".to_string(),
        ))
        .raw_header(header("Auto-Submitted", "auto-generated".to_string()))
        .raw_header(header("Precedence", "list".to_string()))
        .multipart(MultiPart::alternative_plain_html(text, html))
        .map_err(build_error)?;
    Ok(NewMail {
        participant_id: Some(reader.id),
        recipient: reader.email.clone(),
        dedupe_key: format!("digest-{}-{through_item}", frequency.code()),
        message: formatted(&message)?,
    })
}

/// At most `max` characters of `text`, cut at a line or word where it can be.
fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut
        .rfind('\n')
        .or_else(|| cut.rfind(' '))
        .filter(|i| *i > max / 2)
        .unwrap_or(cut.len());
    format!("{} …", &cut[..at])
}

/// Why a reply by mail was refused, for the bounce (a Fluent message `mail-bounce-…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BounceReason {
    /// Reply by mail is not on here.
    Off,
    /// No reply address among the recipients.
    NoAddress,
    /// A reply address that this forum did not make.
    Forged,
    /// The sender is not the person the address was made for.
    WrongSender,
    /// The account is gone or suspended.
    Account,
    /// Nothing left once quoted text and signatures are trimmed.
    Empty,
    TooLong,
    /// No posting rights there.
    Forbidden,
    /// The discussion is gone or cannot be read.
    NotFound,
}

impl BounceReason {
    pub fn message_id(self) -> &'static str {
        match self {
            BounceReason::Off => "mail-bounce-off",
            BounceReason::NoAddress => "mail-bounce-no-address",
            BounceReason::Forged => "mail-bounce-forged",
            BounceReason::WrongSender => "mail-bounce-wrong-sender",
            BounceReason::Account => "mail-bounce-account",
            BounceReason::Empty => "mail-bounce-empty",
            BounceReason::TooLong => "mail-bounce-too-long",
            BounceReason::Forbidden => "mail-bounce-forbidden",
            BounceReason::NotFound => "mail-bounce-not-found",
        }
    }
}

/// The mail telling `to` why their message (with this subject and Message-ID) was not
/// posted, in `lang`.
pub fn bounce_mail(
    out: &Outgoing<'_>,
    to: &Address,
    participant_id: Option<i64>,
    lang: &str,
    reason: BounceReason,
    original_subject: &str,
    original_id: Option<&str>,
) -> Result<NewMail, MailError> {
    let lang = lang_or_default(lang);
    let subject = t(lang, "mail-bounce-subject");
    let intro = t_args(lang, "mail-bounce-intro", &[("subject", original_subject)]);
    let why = t(lang, reason.message_id());
    let forum = format!("{}/{lang}/", out.base);
    let footer = t_args(lang, "mail-bounce-footer", &[("url", &forum)]);
    let text = format!("{intro}\n\n{why}\n\n{footer}\n");
    let html = html_page(
        lang,
        &subject,
        html! { p { (intro) } p { strong { (why) } } p { (footer) } },
    );
    let mut b = Message::builder()
        .from(out.mailer.from().clone())
        .to(Mailbox::new(None, to.clone()))
        .subject(subject)
        .date(when(convene_core::date::now()))
        .message_id(None)
        .raw_header(header("Content-Language", lang.to_string()))
        .raw_header(header("Auto-Submitted", "auto-replied".to_string()));
    if let Some(id) = original_id.filter(|i| !i.is_empty()) {
        let id = format!("<{}>", id.trim_start_matches('<').trim_end_matches('>'));
        b = b.in_reply_to(id.clone()).references(id);
    }
    let message = b
        .multipart(MultiPart::alternative_plain_html(text, html))
        .map_err(build_error)?;
    let key = convene_core::secrets::token_hash(&format!(
        "{}\n{}\n{original_subject}",
        original_id.unwrap_or(""),
        reason.message_id()
    ));
    Ok(NewMail {
        participant_id,
        recipient: to.to_string(),
        dedupe_key: format!("bounce-{}", &key[..32]),
        message: formatted(&message)?,
    })
}

/// What the notifier queues for one post: mails for those who get each post as it
/// comes, digest items for the others.
pub async fn about_post(
    store: &dyn Store,
    out: &Outgoing<'_>,
    post: &Post,
    watchers: &[(MailWatch, (FollowKind, i64))],
) -> Result<(Vec<NewMail>, Vec<NewDigestItem>), StoreError> {
    let mut mails = Vec::new();
    let mut items = Vec::new();
    let watches: Vec<MailWatch> = watchers.iter().map(|(w, _)| *w).collect();
    let chosen = rules::mail_recipients(&watches, post.author.id, post.created_at);
    if chosen.is_empty() {
        return Ok((mails, items));
    }
    let (Some(facts), Some((_, source))) = (
        store.mail_post_facts(post.id).await?,
        store.post_source(post.id).await?,
    ) else {
        return Ok((mails, items));
    };
    let item = Item::of_post(post, &source, &facts);
    let ids: Vec<i64> = chosen.iter().map(|(id, _)| *id).collect();
    let readers = store.mail_participants(&ids).await?;
    for reader in &readers {
        let Some((_, frequency)) = chosen.iter().find(|(id, _)| *id == reader.id) else {
            continue;
        };
        if *frequency == MailFrequency::Immediately {
            // Through which watch: the first of this reader's that mails immediately.
            let watch = watchers
                .iter()
                .find(|(w, _)| {
                    w.participant_id == reader.id && w.frequency == MailFrequency::Immediately
                })
                .map_or((FollowKind::Thread, item.thread_id), |(_, what)| *what);
            match post_mail(out, reader, &item, watch) {
                Ok(m) => mails.push(m),
                Err(e) => tracing::warn!(error = %e, reader = reader.id, "cannot build mail"),
            }
        } else {
            let json =
                serde_json::to_string(&item).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            items.push(NewDigestItem {
                participant_id: reader.id,
                frequency: *frequency,
                dedupe_key: format!("post-{}", item.post_id),
                item: json,
            });
        }
    }
    Ok((mails, items))
}

/// Make every digest due by `now`; returns how many were queued.
pub async fn make_digests(
    store: &dyn Store,
    out: &Outgoing<'_>,
    now: i64,
    budget: Option<Duration>,
) -> Result<usize, StoreError> {
    let started = std::time::Instant::now();
    let mut made = 0;
    loop {
        let due = store.due_digests(now, 200).await?;
        if due.is_empty() {
            break;
        }
        for (who, frequency) in &due {
            let waiting = store.digest_items(*who, *frequency).await?;
            let Some(through) = waiting.last().map(|i| i.id) else {
                continue;
            };
            let items: Vec<Item> = waiting
                .iter()
                .filter_map(|i| serde_json::from_str(&i.item).ok())
                .collect();
            let reader = store.mail_participants(&[*who]).await?.into_iter().next();
            let mail = match reader {
                Some(reader) if !items.is_empty() => {
                    match digest_mail(out, &reader, *frequency, &items, through, now) {
                        Ok(m) => Some(m),
                        Err(e) => {
                            tracing::warn!(error = %e, reader = who, "cannot build digest");
                            None
                        }
                    }
                }
                // Nobody to mail any more (suspended, deleted) or nothing readable.
                _ => None,
            };
            if mail.is_some() {
                made += 1;
            }
            store
                .complete_digest(*who, *frequency, through, mail.as_ref(), now)
                .await?;
        }
        if budget.is_some_and(|b| started.elapsed() >= b) {
            break;
        }
    }
    Ok(made)
}

/// Claims older than this whose sender never marked them are taken as interrupted.
const STALE_CLAIM_SECONDS: i64 = 10 * 60;
/// Sent and failed mail is forgotten after this.
const KEEP_SECONDS: i64 = 7 * 24 * 3600;
/// The sender gives up after this many failed attempts.
const MAX_ATTEMPTS: i64 = 8;

/// When to try again after `attempts` failures: a minute, doubling up to six hours.
fn retry_after(attempts: i64) -> i64 {
    60_i64
        .saturating_mul(1 << attempts.clamp(0, 9))
        .min(6 * 3600)
}

/// Send what is due in the outbox, as `holder`; returns how many went out. Each mail is
/// claimed before it is handed over and marked sent after, so it is sent once even when
/// the process stops in between (an interrupted claim is not sent again).
pub async fn send_due(
    store: &dyn Store,
    mailer: &Mailer,
    holder: &str,
    budget: Option<Duration>,
) -> Result<usize, StoreError> {
    let started = std::time::Instant::now();
    let now = convene_core::date::now();
    let stale = store
        .abandon_stale_claims(now - STALE_CLAIM_SECONDS)
        .await?;
    if stale > 0 {
        tracing::warn!(
            mails = stale,
            "mail interrupted while sending is not sent again"
        );
    }
    let mut sent = 0;
    loop {
        let batch = store
            .claim_mail(holder, convene_core::date::now(), 20)
            .await?;
        if batch.is_empty() {
            break;
        }
        for m in batch {
            match mailer.send_raw(&m.recipient, m.message.as_bytes()).await {
                Ok(()) => {
                    store.mail_sent(m.id, convene_core::date::now()).await?;
                    sent += 1;
                }
                Err(e) => {
                    let permanent = matches!(e, MailError::Refused(_) | MailError::Build(_))
                        || m.attempts + 1 >= MAX_ATTEMPTS;
                    let retry =
                        (!permanent).then(|| convene_core::date::now() + retry_after(m.attempts));
                    tracing::warn!(error = %e, mail = m.id, permanent, "mail not sent");
                    store.mail_failed(m.id, &e.to_string(), retry).await?;
                }
            }
        }
        if budget.is_some_and(|b| started.elapsed() >= b) {
            break;
        }
    }
    if sent > 0 {
        store.prune_outbox(now - KEEP_SECONDS).await?;
    }
    Ok(sent)
}

/// The lease of the server that sends queued mail.
pub const SENDER_LEASE: &str = "mail-sender";
const SENDER_LEASE_SECONDS: i64 = 60;
const SENDER_INTERVAL: Duration = Duration::from_secs(2);
/// The lease of the server that makes digests.
pub const DIGEST_LEASE: &str = "mail-digests";
const DIGEST_LEASE_SECONDS: i64 = 300;
const DIGEST_INTERVAL: Duration = Duration::from_secs(60);

async fn wait(stop: &mut tokio::sync::watch::Receiver<bool>, interval: Duration) -> bool {
    if *stop.borrow() {
        return false;
    }
    tokio::select! {
        () = tokio::time::sleep(interval) => true,
        changed = stop.changed() => changed.is_ok() && !*stop.borrow(),
    }
}

/// Send queued mail every few seconds while `holder` holds the sender's lease, until
/// `stop` turns true; gives the lease up on the way out.
pub async fn run_sender(
    store: Arc<dyn Store>,
    options: Arc<crate::Options>,
    holder: String,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        let now = convene_core::date::now();
        match store
            .take_lease(SENDER_LEASE, &holder, now, SENDER_LEASE_SECONDS)
            .await
        {
            Ok(true) => {
                match send_due(
                    &*store,
                    &options.mailer,
                    &holder,
                    Some(Duration::from_secs(30)),
                )
                .await
                {
                    Ok(0) => {}
                    Ok(n) => tracing::debug!(mails = n, "sent queued mail"),
                    Err(e) => tracing::warn!(error = %e, "mail sender could not work"),
                }
            }
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "mail sender could not take its lease"),
        }
        if !wait(&mut stop, SENDER_INTERVAL).await {
            break;
        }
    }
    if let Err(e) = store.release_lease(SENDER_LEASE, &holder).await {
        tracing::warn!(error = %e, "mail sender could not release its lease");
    }
}

/// Make the digests that are due every minute while `holder` holds the digests' lease.
pub async fn run_digests(
    store: Arc<dyn Store>,
    options: Arc<crate::Options>,
    holder: String,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        let now = convene_core::date::now();
        match store
            .take_lease(DIGEST_LEASE, &holder, now, DIGEST_LEASE_SECONDS)
            .await
        {
            Ok(true) => match store.mail_secret().await {
                Ok(secret) => {
                    let out = Outgoing::new(&options.public_url, &options.mailer, secret);
                    match make_digests(&*store, &out, now, Some(Duration::from_secs(120))).await {
                        Ok(0) => {}
                        Ok(n) => tracing::debug!(digests = n, "digests queued"),
                        Err(e) => tracing::warn!(error = %e, "digests could not be made"),
                    }
                }
                Err(e) => tracing::warn!(error = %e, "digests: no mail secret"),
            },
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "digests could not take their lease"),
        }
        if !wait(&mut stop, DIGEST_INTERVAL).await {
            break;
        }
    }
    if let Err(e) = store.release_lease(DIGEST_LEASE, &holder).await {
        tracing::warn!(error = %e, "digests could not release their lease");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(host_of("https://Forum.Example.org/"), "forum.example.org");
        assert_eq!(host_of("http://127.0.0.1:8080"), "127.0.0.1");
        assert_eq!(host_of("http://[::1]:8080/x"), "::1");
    }

    #[test]
    fn excerpts_cut_at_words() {
        assert_eq!(excerpt("short", 10), "short");
        assert_eq!(excerpt("one two three four", 10), "one two …");
    }

    #[test]
    fn retries_back_off() {
        assert_eq!(retry_after(0), 60);
        assert_eq!(retry_after(1), 120);
        assert_eq!(retry_after(20), 6 * 3600);
    }
}
