//! Stakeholder balance at a glance: who a coalition's members or a thread's posts come
//! from, by stakeholder group and by UN regional group.

use crate::{countries, Region, StakeholderGroup};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Balance {
    /// Every group, in the order of `StakeholderGroup::ALL`, zeros included.
    pub by_group: Vec<(StakeholderGroup, i64)>,
    /// Every region, in the order of `Region::ALL`, zeros included.
    pub by_region: Vec<(Region, i64)>,
    pub total: i64,
}

/// Sum `(stakeholder group, country code, count)` rows. Countries outside the table count
/// as "other".
pub fn tally(rows: &[(StakeholderGroup, String, i64)]) -> Balance {
    let mut by_group: Vec<(StakeholderGroup, i64)> =
        StakeholderGroup::ALL.iter().map(|g| (*g, 0)).collect();
    let mut by_region: Vec<(Region, i64)> = Region::ALL.iter().map(|r| (*r, 0)).collect();
    let mut total = 0;
    for (group, country, n) in rows {
        total += n;
        if let Some(slot) = by_group.iter_mut().find(|(g, _)| g == group) {
            slot.1 += n;
        }
        let region = countries::by_code(country).map_or(Region::Other, |c| c.region);
        if let Some(slot) = by_region.iter_mut().find(|(r, _)| *r == region) {
            slot.1 += n;
        }
    }
    Balance {
        by_group,
        by_region,
        total,
    }
}

/// The same from counts already summed by group and by country (a few hundred rows
/// at most, where the group × country rows of a large coalition run to thousands).
pub fn tally_parts(groups: &[(StakeholderGroup, i64)], by_country: &[(String, i64)]) -> Balance {
    let mut b = tally(&[]);
    for (group, n) in groups {
        if let Some(slot) = b.by_group.iter_mut().find(|(g, _)| g == group) {
            slot.1 += n;
        }
        b.total += n;
    }
    for (country, n) in by_country {
        let region = countries::by_code(country).map_or(Region::Other, |c| c.region);
        if let Some(slot) = b.by_region.iter_mut().find(|(r, _)| *r == region) {
            slot.1 += n;
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_give_the_same_balance_as_rows() {
        let rows = [
            (StakeholderGroup::CivilSociety, "SN".to_string(), 3),
            (StakeholderGroup::Government, "NO".to_string(), 2),
            (StakeholderGroup::CivilSociety, "BR".to_string(), 1),
        ];
        let groups = [
            (StakeholderGroup::CivilSociety, 4),
            (StakeholderGroup::Government, 2),
        ];
        let by_country = [
            ("SN".to_string(), 3),
            ("NO".to_string(), 2),
            ("BR".to_string(), 1),
        ];
        assert_eq!(tally_parts(&groups, &by_country), tally(&rows));
    }

    #[test]
    fn counts_by_group_and_region() {
        let b = tally(&[
            (StakeholderGroup::CivilSociety, "SN".into(), 3),
            (StakeholderGroup::Government, "NO".into(), 2),
            (StakeholderGroup::CivilSociety, "BR".into(), 1),
            (StakeholderGroup::Media, "??".into(), 1),
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
