//! Choosing the interface language: the reader's cookie, then Accept-Language with
//! fallback chains (de-AT reads de), then the site default.

use crate::{is_supported, DEFAULT_LOCALE, LOCALES};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// A well-formed language tag, normalised (`pt-br` → `pt-BR`), or None.
pub fn parse_tag(tag: &str) -> Option<String> {
    if tag.is_empty() || tag.len() > 35 {
        return None;
    }
    tag.parse::<LanguageIdentifier>()
        .ok()
        .map(|id| id.to_string())
}

/// The interface locale for a request.
pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> &'static str {
    if let Some(code) = cookie.and_then(|c| LOCALES.iter().find(|(l, _)| *l == c)) {
        return code.0;
    }
    let requested = accept_language
        .map(fluent_langneg::parse_accepted_languages)
        .unwrap_or_default();
    let available: Vec<LanguageIdentifier> = LOCALES
        .iter()
        .filter_map(|(code, _)| code.parse().ok())
        .collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    chosen
        .first()
        .map(|id| id.to_string())
        .and_then(|code| LOCALES.iter().find(|(l, _)| *l == code).map(|l| l.0))
        .filter(|code| is_supported(code))
        .unwrap_or(DEFAULT_LOCALE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_wins_over_header() {
        assert_eq!(negotiate(Some("fr"), Some("de")), "fr");
        assert_eq!(negotiate(Some("xx"), Some("de")), "de");
    }

    #[test]
    fn header_falls_back_along_chains() {
        assert_eq!(negotiate(None, Some("de-AT,de;q=0.9")), "de");
        assert_eq!(negotiate(None, Some("de-AT")), "de");
        assert_eq!(negotiate(None, Some("pt-BR, es;q=0.8, en;q=0.5")), "es");
        assert_eq!(negotiate(None, Some("zh-Hans-CN")), "zh");
        assert_eq!(negotiate(None, Some("sw, ar;q=0.3")), "ar");
    }

    #[test]
    fn default_when_nothing_matches() {
        assert_eq!(negotiate(None, None), "en");
        assert_eq!(negotiate(None, Some("sw, ja")), "en");
        assert_eq!(negotiate(None, Some(";;;garbage")), "en");
    }

    #[test]
    fn tags_are_checked_and_normalised() {
        assert_eq!(parse_tag("pt-br").as_deref(), Some("pt-BR"));
        assert_eq!(parse_tag("not a tag"), None);
        assert_eq!(parse_tag(""), None);
    }
}
