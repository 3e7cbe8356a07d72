//! Country names in each interface language (CLDR short names), shipped as data in
//! `data/countries/<lang>.tsv`. English names live with the country table in core.

use std::collections::HashMap;
use std::sync::OnceLock;

const SOURCES: &[(&str, &str)] = &[
    ("ar", include_str!("../data/countries/ar.tsv")),
    ("de", include_str!("../data/countries/de.tsv")),
    ("es", include_str!("../data/countries/es.tsv")),
    ("fr", include_str!("../data/countries/fr.tsv")),
    ("it", include_str!("../data/countries/it.tsv")),
    ("ru", include_str!("../data/countries/ru.tsv")),
    ("zh", include_str!("../data/countries/zh.tsv")),
];

type Names = HashMap<&'static str, HashMap<&'static str, &'static str>>;

fn names() -> &'static Names {
    static NAMES: OnceLock<Names> = OnceLock::new();
    NAMES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, tsv)| {
                let table = tsv
                    .lines()
                    .filter_map(|l| l.split_once('\t'))
                    .map(|(code, name)| (code.trim(), name.trim()))
                    .collect();
                (*lang, table)
            })
            .collect()
    })
}

/// The country's name in `locale`, if that locale has its own table (English does not:
/// callers fall back to the English name from the country table).
pub fn country_name(locale: &str, code: &str) -> Option<&'static str> {
    let code = code.to_ascii_uppercase();
    names()
        .get(locale)
        .and_then(|t| t.get(code.as_str()))
        .copied()
}

/// Codes each locale's table covers, for completeness checks.
pub fn country_codes(locale: &str) -> Vec<&'static str> {
    names()
        .get(locale)
        .map(|t| t.keys().copied().collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_per_locale() {
        assert_eq!(country_name("de", "DE"), Some("Deutschland"));
        assert_eq!(country_name("fr", "de"), Some("Allemagne"));
        assert_eq!(country_name("ru", "DE"), Some("Германия"));
        assert_eq!(country_name("zh", "DE"), Some("德国"));
        assert_eq!(country_name("en", "DE"), None);
        assert_eq!(country_name("de", "XX"), None);
    }
}
