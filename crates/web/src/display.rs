//! Small pieces of markup shared by several pages.

use crate::locale::FluentValueArg;
use crate::Ctx;
use convene_core::countries;
use convene_core::model::{Title, Voice};
use convene_core::StakeholderGroup;
use convene_i18n::direction_of;
use maud::{html, Markup};

pub fn stakeholder(ctx: &Ctx, group: StakeholderGroup) -> String {
    ctx.t(&format!("stakeholder-{}", group.code()))
}

/// A country's name in the reader's language (English from the country table otherwise).
pub fn country(ctx: &Ctx, code: &str) -> String {
    convene_i18n::country_name(ctx.code(), code)
        .map(str::to_string)
        .or_else(|| countries::by_code(code).map(|c| c.name.to_string()))
        .unwrap_or_else(|| code.to_string())
}

/// Who is speaking: name, stakeholder group, and the country (for governments) or
/// organisation (for everyone else) they speak for, as the IGF identifies speakers.
pub fn voice(ctx: &Ctx, v: &Voice) -> Markup {
    let speaks_for =
        if v.stakeholder_group == StakeholderGroup::Government || v.affiliation.is_empty() {
            None
        } else {
            Some(v.affiliation.as_str())
        };
    if v.former {
        return html! { span.voice { b { (ctx.t("former-participant")) } } };
    }
    html! {
        span.voice {
            a href=(ctx.href(&format!("/people/{}", v.id))) { b { (v.display_name) } }
            " · " (stakeholder(ctx, v.stakeholder_group))
            " · " (country(ctx, &v.country))
            @if let Some(org) = speaks_for { " · " (org) }
        }
    }
}

/// A title that may be in another language than the page: marked with its own lang/dir.
pub fn title(ctx: &Ctx, t: &Title) -> Markup {
    if t.lang == ctx.code() {
        html! { (t.text) }
    } else {
        html! { span lang=(t.lang) dir=(direction_of(&t.lang).as_str()) { (t.text) } }
    }
}

pub fn count(ctx: &Ctx, id: &str, n: i64) -> String {
    ctx.t_args(id, &[("count", FluentValueArg::Num(n))])
}

/// A timestamp's day, as the reader's locale writes dates.
pub fn date(ctx: &Ctx, secs: i64) -> String {
    convene_i18n::format::date(ctx.code(), &convene_core::date::iso_date(secs))
}

/// Stakeholder balance: for each dimension, a table of counts with a small inline SVG bar
/// per row. Labels and numbers stay HTML (translated, read aloud, mirrored in RTL); the
/// bars are decoration for the eye.
pub fn balance(ctx: &Ctx, title_id: &str, b: &convene_core::balance::Balance) -> Markup {
    let rtl = ctx.loc.dir() == convene_i18n::Direction::Rtl;
    let groups: Vec<(String, i64)> = b
        .by_group
        .iter()
        .map(|(g, n)| (stakeholder(ctx, *g), *n))
        .collect();
    let regions: Vec<(String, i64)> = b
        .by_region
        .iter()
        .map(|(r, n)| (ctx.t(&format!("region-{}", r.code())), *n))
        .collect();
    let table = |caption: String, rows: &[(String, i64)]| {
        let max = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
        html! {
            table.balance {
                caption { (caption) }
                tbody {
                    @for (label, n) in rows {
                        @let w = n * 100 / max;
                        tr {
                            th scope="row" { (label) }
                            td.num { (convene_i18n::format::number(ctx.code(), *n)) }
                            td.bar {
                                svg width="100" height="10" viewBox="0 0 100 10" aria-hidden="true" focusable="false" {
                                    rect x=(if rtl { 100 - w } else { 0 }) y="0" width=(w) height="10" {}
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    html! {
        section.balance-block aria-label=(ctx.t(title_id)) {
            h2 { (ctx.t(title_id)) }
            div.balance-tables {
                (table(ctx.t("balance-by-group"), &groups))
                (table(ctx.t("balance-by-region"), &regions))
            }
        }
    }
}
