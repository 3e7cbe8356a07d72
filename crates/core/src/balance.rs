//! Stakeholder balance at a glance: who a coalition's members or a thread's posts come
//! from, by stakeholder group and by UN regional group.

use crate::model::BalanceRow;
use crate::{countries, Region, StakeholderGroup};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Balance {
    /// Every group, in the order of `StakeholderGroup::ALL`, zeros included.
    pub by_group: Vec<(StakeholderGroup, i64)>,
    /// Every region, in the order of `Region::ALL`, zeros included.
    pub by_region: Vec<(Region, i64)>,
    pub total: i64,
}

/// Sum the rows kept by group and region (see [`BalanceRow`]).
pub fn tally(rows: &[BalanceRow]) -> Balance {
    let mut by_group: Vec<(StakeholderGroup, i64)> =
        StakeholderGroup::ALL.iter().map(|g| (*g, 0)).collect();
    let mut by_region: Vec<(Region, i64)> = Region::ALL.iter().map(|r| (*r, 0)).collect();
    let mut total = 0;
    for row in rows {
        total += row.count;
        if let Some(slot) = by_group.iter_mut().find(|(g, _)| *g == row.group) {
            slot.1 += row.count;
        }
        if let Some(slot) = by_region.iter_mut().find(|(r, _)| *r == row.region) {
            slot.1 += row.count;
        }
    }
    Balance {
        by_group,
        by_region,
        total,
    }
}

/// The region a country's participants count in: its UN regional group, or "other".
pub fn region_of(country: &str) -> Region {
    countries::by_code(country).map_or(Region::Other, |c| c.region)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(group: StakeholderGroup, country: &str, count: i64) -> BalanceRow {
        BalanceRow {
            group,
            region: region_of(country),
            count,
        }
    }

    #[test]
    fn counts_by_group_and_region() {
        let b = tally(&[
            row(StakeholderGroup::CivilSociety, "SN", 3),
            row(StakeholderGroup::Government, "NO", 2),
            row(StakeholderGroup::CivilSociety, "BR", 1),
            row(StakeholderGroup::Media, "??", 1),
        ]);
        assert_eq!(b.total, 7);
        let group = |g| b.by_group.iter().find(|(x, _)| *x == g).map(|(_, n)| *n);
        assert_eq!(group(StakeholderGroup::CivilSociety), Some(4));
        assert_eq!(group(StakeholderGroup::Academia), Some(0));
        let region = |r| b.by_region.iter().find(|(x, _)| *x == r).map(|(_, n)| *n);
        assert_eq!(region(Region::African), Some(3));
        assert_eq!(region(Region::WesternEuropeanOthers), Some(2));
        assert_eq!(region(Region::LatinAmericanCaribbean), Some(1));
        assert_eq!(region(Region::Other), Some(1));
        assert_eq!(b.by_group.len(), StakeholderGroup::ALL.len());
    }
}
