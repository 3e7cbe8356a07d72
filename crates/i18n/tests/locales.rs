//! Every locale carries exactly the messages English has, and every file parses.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_i18n::{message_ids, source, tr, LOCALES};
use std::collections::BTreeSet;

#[test]
fn every_locale_has_exactly_the_english_messages() {
    let en: BTreeSet<String> = message_ids(source("en").unwrap())
        .unwrap()
        .into_iter()
        .collect();
    assert!(en.len() > 20);
    let mut problems = Vec::new();
    for (code, _) in LOCALES {
        let ids = match message_ids(source(code).unwrap()) {
            Ok(ids) => ids,
            Err(e) => {
                problems.push(format!("{code}: does not parse: {e}"));
                continue;
            }
        };
        let set: BTreeSet<String> = ids.iter().cloned().collect();
        if set.len() != ids.len() {
            problems.push(format!("{code}: a message is defined twice"));
        }
        for missing in en.difference(&set) {
            problems.push(format!("{code}: lacks {missing}"));
        }
        for extra in set.difference(&en) {
            problems.push(format!("{code}: has {extra}, which en lacks"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Fluent wraps each placeable in Unicode isolation marks (kept on, so a Latin name in
/// an Arabic sentence cannot reorder it); compare text without them.
fn plain(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn placeables_are_isolated() {
    let mut args = convene_i18n::FluentArgs::new();
    args.set("count", 3);
    assert!(tr("ar", "coalition-members", Some(&args)).contains('\u{2068}'));
}

#[test]
fn messages_format_with_plurals_per_locale() {
    let mut args = convene_i18n::FluentArgs::new();
    args.set("count", 1);
    assert_eq!(
        plain(tr("en", "coalition-members", Some(&args))),
        "1 member"
    );
    args.set("count", 5);
    assert_eq!(
        plain(tr("en", "coalition-members", Some(&args))),
        "5 members"
    );
    // Russian has distinct few/many forms; a 5 must not use the form for 2.
    args.set("count", 2);
    let two = tr("ru", "coalition-members", Some(&args));
    args.set("count", 5);
    let five = tr("ru", "coalition-members", Some(&args));
    assert_ne!(two.replace('2', ""), five.replace('5', ""));
}

#[test]
fn missing_strings_fall_back_to_english_one_by_one() {
    assert_eq!(tr("xx", "nav-home", None), "Home");
    assert_eq!(tr("en", "no-such-message", None), "no-such-message");
    assert_ne!(tr("fr", "nav-home", None), "Home");
}

#[test]
fn every_locale_names_every_country() {
    let codes: std::collections::BTreeSet<&str> = convene_core_codes().into_iter().collect();
    for (code, _) in LOCALES.iter().filter(|(c, _)| *c != "en") {
        let have: std::collections::BTreeSet<&str> =
            convene_i18n::country_codes(code).into_iter().collect();
        assert_eq!(
            have, codes,
            "{code}: country names do not match the country table"
        );
    }
}

/// The codes of the country table in core, read from its data file.
fn convene_core_codes() -> Vec<&'static str> {
    include_str!("../../core/data/countries.tsv")
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .filter(|c| !c.is_empty())
        .collect()
}
