//! Text direction from a language tag's script: the script given in the tag, or the
//! language's likely script (CLDR likely subtags). Never a hand-written list of languages.

use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// ISO 15924 codes of the scripts written right to left that are in current use.
const RTL_SCRIPTS: &[&str] = &[
    "Adlm", "Arab", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi",
];

/// The direction of text in `tag` (a BCP 47 language tag). Unknown tags read left to right.
pub fn direction_of(tag: &str) -> Direction {
    let Ok(mut id) = tag.parse::<LanguageIdentifier>() else {
        return Direction::Ltr;
    };
    if id.script.is_none() {
        id.maximize();
    }
    match id.script {
        Some(script) if RTL_SCRIPTS.contains(&script.as_str()) => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_follows_the_script() {
        for rtl in [
            "ar", "he", "fa", "ur", "ps", "yi", "dv", "ar-EG", "az-Arab", "ckb",
        ] {
            assert_eq!(direction_of(rtl), Direction::Rtl, "{rtl}");
        }
        for ltr in [
            "en",
            "it",
            "zh",
            "ru",
            "az",
            "az-Latn",
            "uz",
            "ku",
            "not a tag",
        ] {
            assert_eq!(direction_of(ltr), Direction::Ltr, "{ltr}");
        }
    }
}
