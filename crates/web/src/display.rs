//! Small pieces of markup shared by several pages.

use crate::locale::FluentValueArg;
use crate::Locale;
use convene_core::countries;
use convene_core::model::{Title, Voice};
use convene_core::StakeholderGroup;
use convene_i18n::direction_of;
use maud::{html, Markup};

pub fn stakeholder(loc: &Locale, group: StakeholderGroup) -> String {
    loc.t(&format!("stakeholder-{}", group.code()))
}

/// Country names come from the shipped dataset (English) until localized names land.
pub fn country(code: &str) -> String {
    countries::by_code(code).map_or_else(|| code.to_string(), |c| c.name.to_string())
}

/// Who is speaking: name, stakeholder group, and the country (for governments) or
/// organisation (for everyone else) they speak for, as the IGF identifies speakers.
pub fn voice(loc: &Locale, v: &Voice) -> Markup {
    let speaks_for =
        if v.stakeholder_group == StakeholderGroup::Government || v.affiliation.is_empty() {
            None
        } else {
            Some(v.affiliation.as_str())
        };
    html! {
        span.voice {
            b { (v.display_name) } " · " (stakeholder(loc, v.stakeholder_group))
            " · " (country(&v.country))
            @if let Some(org) = speaks_for { " · " (org) }
        }
    }
}

/// A title that may be in another language than the page: marked with its own lang/dir.
pub fn title(loc: &Locale, t: &Title) -> Markup {
    if t.lang == loc.code {
        html! { (t.text) }
    } else {
        html! { span lang=(t.lang) dir=(direction_of(&t.lang).as_str()) { (t.text) } }
    }
}

pub fn count(loc: &Locale, id: &str, n: i64) -> String {
    loc.t_args(id, &[("count", FluentValueArg::Num(n))])
}

pub fn date(secs: i64) -> String {
    convene_core::date::iso_date(secs)
}
