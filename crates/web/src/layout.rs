//! The page shell every HTML page shares: head, skip link, header, language switcher,
//! footer. `<html lang dir>` come from the interface locale.

use crate::assets::stylesheet_href;
use crate::locale::FluentValueArg;
use crate::Ctx;
use convene_i18n::{native_name, LOCALES};
use maud::{html, Markup, PreEscaped, DOCTYPE};

/// The forum's mark, inline so it costs no request: a round table (the ring, in the
/// text's colour) with four seats, one per side (gold). The name beside it says the
/// rest, so screen readers skip it.
const LOGO: &str = r##"<svg viewBox="0 0 64 64" aria-hidden="true" focusable="false"><circle cx="32" cy="32" r="13" fill="none" stroke="currentColor" stroke-width="5"/><g fill="#f2c14e"><circle cx="32" cy="9" r="5"/><circle cx="55" cy="32" r="5"/><circle cx="32" cy="55" r="5"/><circle cx="9" cy="32" r="5"/></g></svg>"##;

/// Which languages this page's content truly exists in, for hreflang links and the
/// switcher.
pub enum Alternates<'a> {
    /// Only interface text: the page exists in every interface language.
    AllLocales,
    /// Translatable content that exists in these languages.
    Only(&'a [String]),
    /// Error pages and the like: no alternates.
    None,
}

pub struct Head<'a> {
    pub title: &'a str,
    pub noindex: bool,
    pub alternates: Alternates<'a>,
    /// What the page holds, for search engines' snippets; `None`: the forum's own.
    pub description: Option<&'a str>,
}

impl<'a> Head<'a> {
    /// A page of interface text only, in every language, for search engines too.
    pub fn public(title: &'a str) -> Self {
        Head {
            title,
            noindex: false,
            alternates: Alternates::AllLocales,
            description: None,
        }
    }

    /// A form or a working page (drafts, dashboards): in every language, not indexed.
    pub fn private(title: &'a str) -> Self {
        Head {
            noindex: true,
            ..Head::public(title)
        }
    }
}

pub fn page(ctx: &Ctx, head: Head<'_>, content: Markup) -> Markup {
    let loc = &ctx.loc;
    let site = loc.t("site-name");
    let full_title = if head.title == site {
        site.clone()
    } else {
        format!("{} – {}", head.title, site)
    };
    // Pages with a feed name it, so feed readers find it from the page's address.
    let feed = match head.alternates {
        Alternates::None => None,
        _ => crate::routes::feeds::feed_of(&loc.rest),
    };
    let site_description = loc.t("site-description");
    let content_langs: Vec<&str> = match &head.alternates {
        Alternates::AllLocales => LOCALES.iter().map(|(c, _)| *c).collect(),
        Alternates::Only(langs) => langs.iter().map(String::as_str).collect(),
        Alternates::None => Vec::new(),
    };
    html! {
        (DOCTYPE)
        html lang=(loc.code) dir=(loc.dir().as_str()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (full_title) }
                @if head.noindex {
                    meta name="robots" content="noindex";
                }
                meta name="description" content=(head.description.unwrap_or(&site_description));
                // Absolute, as search engines want them; x-default lets the forum pick
                // the reader's language.
                @for lang in &content_langs {
                    link rel="alternate" hreflang=(lang) href=(format!("{}/{lang}{}", ctx.base, loc.rest));
                }
                @if !content_langs.is_empty() {
                    link rel="alternate" hreflang="x-default" href=(format!("{}{}", ctx.base, loc.rest));
                }
                link rel="icon" type="image/svg+xml" href="/favicon.svg";
                link rel="manifest" href="/manifest.webmanifest";
                @if let Some(feed) = &feed {
                    link rel="alternate" type="application/atom+xml" title=(loc.t("feed-link")) href=(loc.href(feed));
                }
                link rel="stylesheet" href=(stylesheet_href());
            }
            body {
                a.skip href="#content" { (loc.t("skip-to-content")) }
                header.site {
                    div.wrap {
                        a.brand href=(loc.href("/")) { (PreEscaped(LOGO)) span { (site) } }
                        p.tagline { (loc.t("site-tagline")) }
                        nav aria-label=(loc.t("nav-label")) {
                            ul {
                                li { a href=(loc.href("/")) { (loc.t("nav-home")) } }
                                li { a href=(loc.href("/pages/about")) { (loc.t("nav-about")) } }
                                li { a href=(loc.href("/meetings")) { (loc.t("nav-meetings")) } }
                                li { a href=(loc.href("/coalitions")) { (loc.t("nav-coalitions")) } }
                                li { a href=(loc.href("/topics")) { (loc.t("nav-topics")) } }
                                li { a href=(loc.href("/translations")) { (loc.t("nav-translations")) } }
                                (account_links(ctx))
                            }
                        }
                    }
                }
                (switcher(loc, &head.alternates, &content_langs))
                main #content.wrap tabindex="-1" { (content) }
                footer.site {
                    div.wrap {
                        p { (loc.t("footer-mission")) }
                        p { (loc.t("footer-powered")) }
                    }
                }
            }
        }
    }
}

/// Sign in and register, or the signed-in person's links and a sign-out button.
fn account_links(ctx: &Ctx) -> Markup {
    let loc = &ctx.loc;
    match &ctx.viewer {
        None => html! {
            li { a href=(loc.href("/signin")) { (loc.t("nav-signin")) } }
            li { a href=(loc.href("/register")) { (loc.t("nav-register")) } }
        },
        Some(me) => html! {
            li { a href=(loc.href(&format!("/people/{}", me.id))) { (me.display_name) } }
            li { a href=(loc.href("/following")) { (loc.t("nav-following")) } }
            li { a href=(loc.href("/agenda")) { (loc.t("nav-agenda")) } }
            @if me.role == convene_core::model::Role::Reviewer {
                li { a href=(loc.href("/reviews")) { (loc.t("nav-reviews")) } }
            }
            li { (notifications_link(ctx)) }
            li { a href=(loc.href("/account")) { (loc.t("nav-account")) } }
            @if matches!(me.role, convene_core::model::Role::Secretariat | convene_core::model::Role::Moderator) {
                li { a href=(loc.href("/moderation")) { (loc.t("nav-moderation")) } }
                li { a href=(loc.href("/admin/audit")) { (loc.t("nav-audit")) } }
            }
            li {
                form.inline method="post" action=(loc.href("/signout")) {
                    (crate::form::csrf_field(ctx))
                    button.link type="submit" { (loc.t("nav-signout")) }
                }
            }
        },
    }
}

/// Notifications, saying how many are unread.
fn notifications_link(ctx: &Ctx) -> Markup {
    let loc = &ctx.loc;
    html! {
        a href=(loc.href("/notifications")) {
            @if ctx.unread > 0 {
                (loc.t_args("nav-notifications-unread", &[("count", FluentValueArg::Num(ctx.unread))]))
            } @else {
                (loc.t("nav-notifications"))
            }
        }
    }
}

/// Links to the same page in every interface language; for translatable content, the
/// languages it truly exists in are marked and named.
fn switcher(loc: &crate::Locale, alternates: &Alternates<'_>, content_langs: &[&str]) -> Markup {
    let marks = matches!(alternates, Alternates::Only(_));
    html! {
        nav.languages aria-label=(loc.t("language-label")) {
            div.wrap {
                ul {
                    @for (code, name) in LOCALES {
                        li {
                            a href=(format!("/{code}{}", loc.rest)) lang=(code) hreflang=(code)
                                class=[(marks && content_langs.contains(code)).then_some("has-content")]
                                aria-current=[(*code == loc.code).then_some("page")] { (name) }
                        }
                    }
                }
                @if marks {
                    p.exists-in {
                        (loc.t_args("content-exists-in", &[("languages", FluentValueArg::Str(
                            content_langs.iter().map(|c| format!("\u{2068}{}\u{2069}", native_name(c).map_or_else(|| loc.language_name(c), str::to_string))).collect::<Vec<_>>().join(", ")
                        ))]))
                    }
                }
            }
        }
    }
}
