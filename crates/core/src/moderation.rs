//! Repeated abuse removes posting rights without removing membership: once enough of an
//! author's flagged posts have been hidden by moderators within a window, the rule says
//! to take posting rights away. The secretariat sets the threshold; 0 turns the rule off.

use crate::model::{AbuseRecord, Role};

/// Upheld flags needed when the secretariat has not chosen a threshold.
pub const DEFAULT_THRESHOLD: u32 = 3;
/// The highest threshold the settings page accepts.
pub const MAX_THRESHOLD: u32 = 100;
/// Only abuse this recent counts.
pub const WINDOW_DAYS: i64 = 90;
pub const WINDOW_SECONDS: i64 = WINDOW_DAYS * 86_400;

/// How many visible posts make an account no longer new.
pub const FIRST_POSTS: i64 = 3;

/// Whether something new (a post, a thread, a proposed coalition, a dissent) waits in the
/// moderation queue before readers see it: only when the secretariat's "hold first posts"
/// setting is `"on"`, only for authors who are not site staff, and only while they have
/// fewer than [`FIRST_POSTS`] visible posts.
pub fn should_hold(staff: bool, hold_setting: Option<&str>, visible_posts: i64) -> bool {
    !staff && hold_setting == Some("on") && visible_posts < FIRST_POSTS
}

/// The threshold from its stored setting: the default when unset or unreadable.
pub fn threshold(setting: Option<&str>) -> u32 {
    setting
        .and_then(|s| parse_threshold(s).ok())
        .unwrap_or(DEFAULT_THRESHOLD)
}

/// A threshold typed on the settings page: a whole number from 0 (off) to
/// [`MAX_THRESHOLD`]. The error is the message id to show.
pub fn parse_threshold(input: &str) -> Result<u32, &'static str> {
    let input = input.trim();
    if input.is_empty() {
        return Err("form-error-required");
    }
    match input.parse::<u32>() {
        Ok(n) if n <= MAX_THRESHOLD => Ok(n),
        _ => Err("form-error-threshold"),
    }
}

/// What the rule decides after a moderator upholds a flag on an author's post.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Keep,
    /// Take posting rights away; `upheld` flags counted within the window.
    RemovePostingRights {
        upheld: u32,
    },
}

/// After a moderator hid post `hidden`: if a flag on it was thereby upheld, count the
/// author's upheld flags within the window ending `now`, ignoring any from before their
/// posting rights were last given back, and compare with the threshold. Hiding a post
/// nobody flagged decides nothing; the secretariat's rights are only ever changed by a
/// person, as moderators cannot remove them either.
pub fn after_hiding(record: &AbuseRecord, hidden: i64, threshold: u32, now: i64) -> Verdict {
    let flagged = record.upheld.iter().any(|(p, _)| *p == hidden);
    if threshold == 0 || record.posting_blocked || record.role == Role::Secretariat || !flagged {
        return Verdict::Keep;
    }
    let from = now - WINDOW_SECONDS;
    let upheld = record
        .upheld
        .iter()
        .filter(|(_, at)| *at >= from && *at <= now)
        .filter(|(_, at)| record.rights_restored_at.is_none_or(|r| *at > r))
        .count();
    let upheld = u32::try_from(upheld).unwrap_or(u32::MAX);
    if upheld >= threshold {
        Verdict::RemovePostingRights { upheld }
    } else {
        Verdict::Keep
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;
    const DAY: i64 = 86_400;

    /// Posts 1, 2, … hidden this many days ago; the last one just now.
    fn record(days_ago: &[i64]) -> AbuseRecord {
        AbuseRecord {
            upheld: days_ago
                .iter()
                .zip(1..)
                .map(|(d, post)| (post, NOW - d * DAY))
                .collect(),
            rights_restored_at: None,
            posting_blocked: false,
            role: Role::Participant,
        }
    }

    #[test]
    fn crossing_the_threshold_removes_posting_rights() {
        assert_eq!(after_hiding(&record(&[1, 0]), 2, 3, NOW), Verdict::Keep);
        assert_eq!(
            after_hiding(&record(&[2, 1, 0]), 3, 3, NOW),
            Verdict::RemovePostingRights { upheld: 3 }
        );
        assert_eq!(
            after_hiding(&record(&[0]), 1, 1, NOW),
            Verdict::RemovePostingRights { upheld: 1 }
        );
    }

    #[test]
    fn hiding_a_post_nobody_flagged_decides_nothing() {
        assert_eq!(after_hiding(&record(&[2, 1, 0]), 99, 3, NOW), Verdict::Keep);
    }

    #[test]
    fn zero_turns_the_rule_off() {
        assert_eq!(
            after_hiding(&record(&[4, 3, 2, 1, 0]), 5, 0, NOW),
            Verdict::Keep
        );
    }

    #[test]
    fn only_abuse_within_the_window_counts() {
        let r = record(&[WINDOW_DAYS + 1, 1, 0]);
        assert_eq!(after_hiding(&r, 3, 3, NOW), Verdict::Keep);
        let r = record(&[WINDOW_DAYS, 1, 0]);
        assert_eq!(
            after_hiding(&r, 3, 3, NOW),
            Verdict::RemovePostingRights { upheld: 3 }
        );
    }

    #[test]
    fn giving_rights_back_starts_the_count_again() {
        let mut r = record(&[10, 5, 0]);
        r.rights_restored_at = Some(NOW - 6 * DAY);
        assert_eq!(after_hiding(&r, 3, 3, NOW), Verdict::Keep);
        r.upheld.push((4, NOW - DAY));
        assert_eq!(
            after_hiding(&r, 4, 3, NOW),
            Verdict::RemovePostingRights { upheld: 3 }
        );
    }

    #[test]
    fn an_author_already_without_rights_is_left_alone() {
        let mut r = record(&[2, 1, 0]);
        r.posting_blocked = true;
        assert_eq!(after_hiding(&r, 3, 3, NOW), Verdict::Keep);
    }

    #[test]
    fn the_secretariat_is_left_to_people() {
        let mut r = record(&[2, 1, 0]);
        r.role = Role::Secretariat;
        assert_eq!(after_hiding(&r, 3, 3, NOW), Verdict::Keep);
        r.role = Role::Moderator;
        assert_eq!(
            after_hiding(&r, 3, 3, NOW),
            Verdict::RemovePostingRights { upheld: 3 }
        );
    }

    #[test]
    fn first_posts_are_held_only_when_the_setting_is_on() {
        assert!(should_hold(false, Some("on"), 0));
        assert!(should_hold(false, Some("on"), FIRST_POSTS - 1));
        assert!(!should_hold(false, Some("off"), 0));
        assert!(!should_hold(false, None, 0));
        assert!(
            !should_hold(false, Some("yes"), 0),
            "only \"on\" turns it on"
        );
    }

    #[test]
    fn established_authors_and_staff_are_not_held() {
        assert!(!should_hold(false, Some("on"), FIRST_POSTS));
        assert!(!should_hold(false, Some("on"), FIRST_POSTS + 10));
        assert!(
            !should_hold(true, Some("on"), 0),
            "moderators publish at once"
        );
    }

    #[test]
    fn thresholds_parse_from_settings_and_forms() {
        assert_eq!(threshold(None), DEFAULT_THRESHOLD);
        assert_eq!(threshold(Some("0")), 0);
        assert_eq!(threshold(Some("7")), 7);
        assert_eq!(threshold(Some("nonsense")), DEFAULT_THRESHOLD);
        assert_eq!(parse_threshold(" 5 "), Ok(5));
        assert_eq!(parse_threshold(""), Err("form-error-required"));
        assert_eq!(parse_threshold("-1"), Err("form-error-threshold"));
        assert_eq!(parse_threshold("2.5"), Err("form-error-threshold"));
        assert_eq!(parse_threshold("101"), Err("form-error-threshold"));
    }
}
