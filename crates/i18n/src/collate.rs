//! Alphabetical order as readers of a language expect it (CLDR collation through ICU4X):
//! code-point order is wrong for Chinese (pinyin), German (umlauts), Russian (Ё) and
//! accented Latin letters. Collators are built once per interface locale.

use icu_collator::options::CollatorOptions;
use icu_collator::CollatorBorrowed;
use icu_locale_core::Locale;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::OnceLock;

fn collators() -> &'static HashMap<&'static str, CollatorBorrowed<'static>> {
    static ALL: OnceLock<HashMap<&'static str, CollatorBorrowed<'static>>> = OnceLock::new();
    ALL.get_or_init(|| {
        crate::LOCALES
            .iter()
            .filter_map(|(code, _)| {
                let locale: Locale = code.parse().ok()?;
                let c =
                    CollatorBorrowed::try_new(locale.into(), CollatorOptions::default()).ok()?;
                Some((*code, c))
            })
            .collect()
    })
}

/// `a` against `b` in `lang`'s alphabetical order (code points if it has no collator).
pub fn compare(lang: &str, a: &str, b: &str) -> Ordering {
    match collators().get(lang) {
        Some(c) => c.compare(a, b),
        None => a.cmp(b),
    }
}

/// Sorts `items` by the text `key` gives, in `lang`'s alphabetical order.
pub fn sort_by<T>(lang: &str, items: &mut [T], key: impl Fn(&T) -> &str) {
    items.sort_by(|a, b| compare(lang, key(a), key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lang: &str, words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        sort_by(lang, &mut v, |s| s.as_str());
        v
    }

    #[test]
    fn each_language_in_its_own_order() {
        // Pinyin: Afghanistan (Āfùhàn) before China (Zhōngguó); by code point it is after.
        assert_eq!(sorted("zh", &["中国", "阿富汗"]), ["阿富汗", "中国"]);
        // Umlauts among their letters, not after z.
        assert_eq!(
            sorted("de", &["Zypern", "Österreich", "Oman"]),
            ["Oman", "Österreich", "Zypern"]
        );
        // Ё with Е, not after Я.
        assert_eq!(
            sorted("ru", &["Япония", "Ёлки", "Египет"]),
            ["Египет", "Ёлки", "Япония"]
        );
        // Accented capitals with their letters.
        assert_eq!(
            sorted("fr", &["Zambie", "Égypte", "Espagne"]),
            ["Égypte", "Espagne", "Zambie"]
        );
    }
}
