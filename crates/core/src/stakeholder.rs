//! Who a voice speaks for: stakeholder groups and the UN regional groups.

use serde::{Deserialize, Serialize};

/// The stakeholder groups used on IGF forms, plus academia and media, which the IGF's
/// statistics count apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StakeholderGroup {
    Government,
    Intergovernmental,
    CivilSociety,
    TechnicalCommunity,
    Academia,
    PrivateSector,
    Media,
}

impl StakeholderGroup {
    pub const ALL: [StakeholderGroup; 7] = [
        Self::Government,
        Self::Intergovernmental,
        Self::CivilSociety,
        Self::TechnicalCommunity,
        Self::Academia,
        Self::PrivateSector,
        Self::Media,
    ];

    /// Stable code used in storage, URLs and message ids.
    pub fn code(self) -> &'static str {
        match self {
            Self::Government => "government",
            Self::Intergovernmental => "intergovernmental",
            Self::CivilSociety => "civil-society",
            Self::TechnicalCommunity => "technical-community",
            Self::Academia => "academia",
            Self::PrivateSector => "private-sector",
            Self::Media => "media",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.code() == code)
    }
}

/// The UN regional groups, plus the two extra buckets the IGF reports on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanCaribbean,
    WesternEuropeanOthers,
    Intergovernmental,
    Other,
}

impl Region {
    pub const ALL: [Region; 7] = [
        Self::African,
        Self::AsiaPacific,
        Self::EasternEuropean,
        Self::LatinAmericanCaribbean,
        Self::WesternEuropeanOthers,
        Self::Intergovernmental,
        Self::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::African => "african",
            Self::AsiaPacific => "asia-pacific",
            Self::EasternEuropean => "eastern-european",
            Self::LatinAmericanCaribbean => "latin-american-caribbean",
            Self::WesternEuropeanOthers => "western-european-others",
            Self::Intergovernmental => "intergovernmental",
            Self::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for g in StakeholderGroup::ALL {
            assert_eq!(StakeholderGroup::from_code(g.code()), Some(g));
        }
        for r in Region::ALL {
            assert_eq!(Region::from_code(r.code()), Some(r));
        }
        assert_eq!(StakeholderGroup::from_code("aliens"), None);
    }
}
