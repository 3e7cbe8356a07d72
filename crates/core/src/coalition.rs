//! A Dynamic Coalition's standing, from the rules the IGF applies: to be recognised a
//! coalition needs members from at least three stakeholder groups, an action plan and a
//! contact person; to stay active it publishes a yearly report or paper. The reasons are
//! returned with the verdict so every page can say *why*.

use crate::StakeholderGroup;

pub const MIN_STAKEHOLDER_GROUPS: usize = 3;

/// What the rules look at.
#[derive(Debug, Clone, PartialEq)]
pub struct StandingFacts {
    pub groups: Vec<StakeholderGroup>,
    pub has_action_plan: bool,
    pub contact_persons: usize,
    pub founded_year: i64,
    pub latest_output_year: Option<i64>,
    pub current_year: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Forming,
    Active,
    Inactive,
}

impl Standing {
    /// The stable `data-standing` value.
    pub fn code(self) -> &'static str {
        match self {
            Standing::Forming => "forming",
            Standing::Active => "active",
            Standing::Inactive => "inactive",
        }
    }
}

/// One reason, as a message id and the number or year it mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    pub message: &'static str,
    pub value: Option<i64>,
}

fn reason(message: &'static str, value: Option<i64>) -> Reason {
    Reason { message, value }
}

/// Whether the recognition criteria are met, and what is missing.
pub fn criteria(f: &StandingFacts) -> (bool, Vec<Reason>) {
    let mut groups = f.groups.clone();
    groups.sort();
    groups.dedup();
    let mut missing = Vec::new();
    if groups.len() < MIN_STAKEHOLDER_GROUPS {
        missing.push(reason("standing-needs-groups", Some(groups.len() as i64)));
    }
    if !f.has_action_plan {
        missing.push(reason("standing-needs-action-plan", None));
    }
    if f.contact_persons == 0 {
        missing.push(reason("standing-needs-contact", None));
    }
    (missing.is_empty(), missing)
}

/// The coalition's standing and the reasons for it.
pub fn standing(f: &StandingFacts) -> (Standing, Vec<Reason>) {
    let (met, missing) = criteria(f);
    if !met {
        return (Standing::Forming, missing);
    }
    let window_start = f.current_year - 1;
    match f.latest_output_year {
        Some(year) if year >= window_start => (
            Standing::Active,
            vec![
                reason("standing-criteria-met", None),
                reason("standing-output", Some(year)),
            ],
        ),
        // A coalition founded this year or last has until its first yearly report is due.
        _ if f.founded_year >= window_start => (
            Standing::Active,
            vec![
                reason("standing-criteria-met", None),
                reason("standing-first-report-due", Some(f.founded_year + 1)),
            ],
        ),
        Some(year) => (
            Standing::Inactive,
            vec![reason("standing-no-recent-output", Some(year))],
        ),
        None => (
            Standing::Inactive,
            vec![reason("standing-never-reported", None)],
        ),
    }
}

/// A URL slug from a coalition's name: lower-case ASCII letters and digits joined by
/// hyphens. Names in other scripts give an empty slug; the caller then numbers it.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    out.chars()
        .take(60)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

/// Who a coordinator may name co-coordinator: a member of the coalition (joining is
/// open, so anyone can be asked to join first) whose posting rights there stand; a
/// coordinator stays one when named again.
pub fn may_become_coordinator(
    member: Option<crate::model::MemberRole>,
    blocked_here: bool,
) -> bool {
    member.is_some() && !blocked_here
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_members_in_good_standing_become_coordinators() {
        use crate::model::MemberRole;
        assert!(may_become_coordinator(Some(MemberRole::Member), false));
        assert!(may_become_coordinator(Some(MemberRole::Coordinator), false));
        assert!(!may_become_coordinator(None, false));
        assert!(!may_become_coordinator(Some(MemberRole::Member), true));
    }
    use StakeholderGroup::*;

    fn facts() -> StandingFacts {
        StandingFacts {
            groups: vec![CivilSociety, Government, TechnicalCommunity, CivilSociety],
            has_action_plan: true,
            contact_persons: 1,
            founded_year: 2015,
            latest_output_year: Some(2026),
            current_year: 2026,
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Dynamic Coalition on Open Standards!"),
            "dynamic-coalition-on-open-standards"
        );
        assert_eq!(slug("  Ünïcode & Access  "), "n-code-access");
        assert_eq!(slug("الائتلاف"), "");
    }

    #[test]
    fn active_with_criteria_and_a_recent_output() {
        assert_eq!(standing(&facts()).0, Standing::Active);
        let last_year = StandingFacts {
            latest_output_year: Some(2025),
            ..facts()
        };
        assert_eq!(standing(&last_year).0, Standing::Active);
    }

    #[test]
    fn forming_lists_everything_missing() {
        let f = StandingFacts {
            groups: vec![CivilSociety, CivilSociety, Academia],
            has_action_plan: false,
            contact_persons: 0,
            ..facts()
        };
        let (s, reasons) = standing(&f);
        assert_eq!(s, Standing::Forming);
        let ids: Vec<_> = reasons.iter().map(|r| r.message).collect();
        assert_eq!(
            ids,
            [
                "standing-needs-groups",
                "standing-needs-action-plan",
                "standing-needs-contact"
            ]
        );
        assert_eq!(reasons[0].value, Some(2), "distinct groups are counted");
    }

    #[test]
    fn inactive_after_two_years_without_output() {
        let f = StandingFacts {
            latest_output_year: Some(2024),
            ..facts()
        };
        let (s, reasons) = standing(&f);
        assert_eq!(s, Standing::Inactive);
        assert_eq!(
            reasons[0],
            Reason {
                message: "standing-no-recent-output",
                value: Some(2024)
            }
        );
        let never = StandingFacts {
            latest_output_year: None,
            ..facts()
        };
        assert_eq!(standing(&never).0, Standing::Inactive);
    }

    #[test]
    fn a_new_coalition_gets_until_its_first_report_is_due() {
        let f = StandingFacts {
            founded_year: 2025,
            latest_output_year: None,
            ..facts()
        };
        let (s, reasons) = standing(&f);
        assert_eq!(s, Standing::Active);
        assert_eq!(reasons[1].value, Some(2026));
        let older = StandingFacts {
            founded_year: 2024,
            latest_output_year: None,
            ..facts()
        };
        assert_eq!(standing(&older).0, Standing::Inactive);
    }
}
