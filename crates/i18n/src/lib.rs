//! Interface strings in Project Fluent, the reader's language from the request, and text
//! direction derived from a language's script.

pub mod collate;
mod countries;
mod direction;
pub mod format;
mod negotiate;

pub use countries::{country_codes, country_name};
pub use direction::{direction_of, Direction};
pub use fluent_bundle::FluentArgs;
pub use negotiate::{negotiate, parse_tag};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use std::collections::HashMap;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// The interface languages, with their name in their own language. The first is the
/// site default and the reference every other locale is checked against.
pub const LOCALES: &[(&str, &str)] = &[
    ("en", "English"),
    ("ar", "العربية"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("fr", "Français"),
    ("it", "Italiano"),
    ("ru", "Русский"),
    ("zh", "中文"),
];

pub const DEFAULT_LOCALE: &str = "en";

/// Message sources, embedded so the binary carries its translations.
const SOURCES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/main.ftl")),
    ("ar", include_str!("../locales/ar/main.ftl")),
    ("de", include_str!("../locales/de/main.ftl")),
    ("es", include_str!("../locales/es/main.ftl")),
    ("fr", include_str!("../locales/fr/main.ftl")),
    ("it", include_str!("../locales/it/main.ftl")),
    ("ru", include_str!("../locales/ru/main.ftl")),
    ("zh", include_str!("../locales/zh/main.ftl")),
];

pub fn is_supported(code: &str) -> bool {
    LOCALES.iter().any(|(c, _)| *c == code)
}

/// A language's own name for itself, where we know it.
pub fn native_name(code: &str) -> Option<&'static str> {
    LOCALES.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

/// A locale's Fluent source, for tools and tests that check the files.
pub fn source(code: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(c, _)| *c == code).map(|(_, s)| *s)
}

type Bundle = FluentBundle<FluentResource>;

/// All bundles, parsed once. A message that fails to parse is dropped from its bundle
/// (and falls back to English); the locale test fails on any such message.
fn bundles() -> &'static HashMap<&'static str, Bundle> {
    static BUNDLES: OnceLock<HashMap<&'static str, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(code, src)| {
                let resource = match FluentResource::try_new(src.to_string()) {
                    Ok(r) => r,
                    Err((partial, _)) => partial,
                };
                let id: LanguageIdentifier = code.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Later duplicates would be an error in the file; keep the first.
                let _ = bundle.add_resource(resource);
                (*code, bundle)
            })
            .collect()
    })
}

/// Format message `id` in `locale`, falling back string by string to English, and to
/// the id itself if even English lacks it (a test makes sure that never ships).
pub fn tr(locale: &str, id: &str, args: Option<&FluentArgs>) -> String {
    for code in [locale, DEFAULT_LOCALE] {
        let Some(bundle) = bundles().get(code) else {
            continue;
        };
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// Message ids defined in a Fluent source, in order; for consistency checks.
pub fn message_ids(source: &str) -> Result<Vec<String>, String> {
    let resource =
        FluentResource::try_new(source.to_string()).map_err(|(_, errors)| format!("{errors:?}"))?;
    Ok(resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect())
}
