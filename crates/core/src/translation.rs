//! When a translation can be served, and what the reader must be told about it.

/// How far behind its original a translation may fall before we warn more strongly.
pub const VERY_OUTDATED_AFTER: i64 = 3;

/// The state of a piece of content in the language a reader asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranslationState {
    /// The text is in the asked-for language: the original, or a current translation.
    Current,
    /// No approved translation exists: serve the original under a notice.
    Untranslated,
    /// An approved translation exists but was made from an older revision of the original.
    Outdated { revisions_behind: i64 },
}

impl TranslationState {
    /// `original_revision` is the original's revision now; `translated_from` the revision
    /// the approved translation was made from, if there is one.
    pub fn of(original_revision: i64, translated_from: Option<i64>) -> Self {
        match translated_from {
            None => Self::Untranslated,
            Some(from) if from >= original_revision => Self::Current,
            Some(from) => Self::Outdated {
                revisions_behind: original_revision - from,
            },
        }
    }

    /// The value of the page's `data-translation-state` hook, if a notice is shown.
    pub fn hook(self) -> Option<&'static str> {
        match self {
            Self::Current => None,
            Self::Untranslated => Some("untranslated"),
            Self::Outdated { .. } => Some("outdated"),
        }
    }

    pub fn is_very_outdated(self) -> bool {
        matches!(self, Self::Outdated { revisions_behind } if revisions_behind >= VERY_OUTDATED_AFTER)
    }

    /// Search engines should index only text that truly exists in the page's language.
    pub fn indexable(self) -> bool {
        self == Self::Current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_follow_the_revisions() {
        assert_eq!(
            TranslationState::of(4, None),
            TranslationState::Untranslated
        );
        assert_eq!(TranslationState::of(4, Some(4)), TranslationState::Current);
        assert_eq!(
            TranslationState::of(4, Some(3)),
            TranslationState::Outdated {
                revisions_behind: 1
            }
        );
        assert!(!TranslationState::of(4, Some(2)).is_very_outdated());
        assert!(TranslationState::of(4, Some(1)).is_very_outdated());
        assert_eq!(TranslationState::of(4, Some(3)).hook(), Some("outdated"));
        assert_eq!(TranslationState::of(4, None).hook(), Some("untranslated"));
        assert!(TranslationState::of(2, Some(2)).indexable());
        assert!(!TranslationState::of(2, Some(1)).indexable());
    }
}

/// One translatable text, for the coverage report.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverageItem {
    pub text_id: i64,
    pub original_lang: String,
    pub revision: i64,
    pub title: String,
    /// Path after the language, where the text is read (e.g. `/pages/about`).
    pub path: String,
}

/// How far one language has come.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LanguageCoverage {
    pub lang: String,
    pub current: Vec<CoverageItem>,
    pub outdated: Vec<(CoverageItem, i64)>,
    pub missing: Vec<CoverageItem>,
}

impl LanguageCoverage {
    pub fn total(&self) -> usize {
        self.current.len() + self.outdated.len() + self.missing.len()
    }

    /// Whole percent of texts current in this language.
    pub fn percent_current(&self) -> u32 {
        let total = self.total();
        if total == 0 {
            return 100;
        }
        (self.current.len() * 100 / total) as u32
    }
}

/// Sort every text into current, outdated or missing for each language, given the
/// revision each approved translation was made from (`(text_id, lang, revision)`).
/// A text counts as current in its own original language.
pub fn coverage(
    items: &[CoverageItem],
    approved: &[(i64, String, i64)],
    langs: &[&str],
) -> Vec<LanguageCoverage> {
    langs
        .iter()
        .map(|lang| {
            let mut c = LanguageCoverage {
                lang: lang.to_string(),
                ..Default::default()
            };
            for item in items {
                let from = approved
                    .iter()
                    .filter(|(id, l, _)| *id == item.text_id && l == lang)
                    .map(|(_, _, rev)| *rev)
                    .max();
                let state = if item.original_lang == *lang {
                    TranslationState::Current
                } else {
                    TranslationState::of(item.revision, from)
                };
                match state {
                    TranslationState::Current => c.current.push(item.clone()),
                    TranslationState::Outdated { revisions_behind } => {
                        c.outdated.push((item.clone(), revisions_behind))
                    }
                    TranslationState::Untranslated => c.missing.push(item.clone()),
                }
            }
            c
        })
        .collect()
}

#[cfg(test)]
mod coverage_tests {
    use super::*;

    fn item(id: i64, lang: &str, revision: i64) -> CoverageItem {
        CoverageItem {
            text_id: id,
            original_lang: lang.into(),
            revision,
            title: format!("t{id}"),
            path: format!("/pages/{id}"),
        }
    }

    #[test]
    fn sorts_each_text_per_language() {
        let items = [item(1, "en", 2), item(2, "en", 1), item(3, "fr", 1)];
        let approved = [
            (1, "fr".to_string(), 1),
            (1, "fr".to_string(), 2),
            (2, "fr".to_string(), 1),
            (1, "de".to_string(), 1),
        ];
        let c = coverage(&items, &approved, &["fr", "de", "en"]);
        let ids = |v: &Vec<CoverageItem>| v.iter().map(|i| i.text_id).collect::<Vec<_>>();
        assert_eq!(ids(&c[0].current), vec![1, 2, 3]);
        assert_eq!(c[0].percent_current(), 100);
        assert_eq!(
            c[1].outdated
                .iter()
                .map(|(i, n)| (i.text_id, *n))
                .collect::<Vec<_>>(),
            vec![(1, 1)]
        );
        assert_eq!(ids(&c[1].missing), vec![2, 3]);
        assert_eq!(c[1].percent_current(), 0);
        assert_eq!(ids(&c[2].current), vec![1, 2]);
        assert_eq!(ids(&c[2].missing), vec![3]);
        assert_eq!(c[2].percent_current(), 66);
    }
}
