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
