//! The yearly meeting's rules: what a session proposal must meet before it can be
//! submitted, how reviews rank proposals, what the schedule refuses or flags, and when
//! reports fall due. Times are the venue's civil times; one edition has one time zone.

use crate::StakeholderGroup;
use jiff::civil::{Date, DateTime};

/// Declares a closed list of codes stored in the database and used in message ids.
macro_rules! codes {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),* }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}

codes!(
    /// The IGF's session types (DOMAIN.md); workshops are most of the programme.
    SessionType {
        Workshop = "workshop",
        Main = "main",
        OpenForum = "open-forum",
        Coalition = "coalition",
        BestPractice = "best-practice",
        Nri = "nri",
        Networking = "networking",
        Lightning = "lightning",
        Launch = "launch",
        TownHall = "town-hall",
        DayZero = "day-zero",
    }
);

codes!(
    SessionFormat {
        Panel = "panel",
        BreakOut = "break-out",
        Debate = "debate",
        Roundtable = "roundtable",
        BirdsOfAFeather = "birds-of-a-feather",
        Flash = "flash",
    }
);

codes!(
    /// Where the session's people are: every session has an online room since 2022.
    Mode {
        Hybrid = "hybrid",
        Onsite = "onsite",
        Online = "online",
    }
);

codes!(
    Gender {
        Woman = "woman",
        Man = "man",
        NonBinary = "non-binary",
        Undisclosed = "undisclosed",
    }
);

codes!(
    /// The rapporteur takes notes and files the session's report; not a speaker.
    SpeakerRole {
        Moderator = "moderator",
        Speaker = "speaker",
        Rapporteur = "rapporteur",
    }
);

codes!(
    /// A proposal's way through the call: drafted, submitted, screened into review,
    /// then decided. A merge request pairs two proposals until one joins the other.
    Status {
        Draft = "draft",
        Submitted = "submitted",
        InReview = "in-review",
        Accepted = "accepted",
        Declined = "declined",
        MergeRequested = "merge-requested",
        Merged = "merged",
    }
);

impl Status {
    /// Seen only by its organisers, the secretariat and assigned reviewers.
    pub fn is_private(self) -> bool {
        !matches!(self, Status::Accepted)
    }

    /// Organisers may still change the proposal.
    pub fn is_editable(self) -> bool {
        matches!(self, Status::Draft)
    }

    /// The secretariat's decisions: screening a submitted proposal into review, then
    /// accepting, declining or asking for a merge, and changing its mind later. Drafts
    /// are the organisers' own and merged proposals are gone into another.
    pub fn can_become(self, to: Status) -> bool {
        let from_ok = !matches!(self, Status::Draft | Status::Merged);
        let to_ok = matches!(
            to,
            Status::InReview | Status::Accepted | Status::Declined | Status::MergeRequested
        );
        from_ok && to_ok && self != to
    }
}

codes!(
    /// What someone named by email is invited to be.
    InvitationKind {
        Speaker = "speaker",
        Organiser = "organiser",
    }
);

codes!(
    /// An invitation not yet accepted: accepting turns it into a speaker or organiser
    /// and removes it.
    InvitationState {
        Pending = "pending",
        Declined = "declined",
    }
);

impl InvitationState {
    /// The invitee may answer only a pending invitation, and only while the proposal is
    /// still a draft: a submitted proposal's people no longer change.
    pub fn can_answer(self, proposal: Status) -> bool {
        self == InvitationState::Pending && proposal.is_editable()
    }
}

/// An accepted speaker invitation: what the organiser typed, with blanks filled from
/// the invitee's public profile (name, affiliation, stakeholder group, country). Gender
/// and role are always the organiser's, and the speaker is linked to the participant.
pub fn accepted_speaker(
    typed: &crate::programme::InvitedSpeaker,
    participant: &crate::model::Participant,
) -> crate::programme::NewSpeaker {
    let or = |mine: &str, theirs: &str| {
        if mine.trim().is_empty() {
            theirs.to_string()
        } else {
            mine.to_string()
        }
    };
    crate::programme::NewSpeaker {
        participant_id: Some(participant.id),
        name: or(&typed.name, &participant.display_name),
        organisation: or(&typed.organisation, &participant.affiliation),
        group: typed.group.unwrap_or(participant.stakeholder_group),
        country: or(&typed.country, &participant.country),
        gender: typed.gender,
        role: typed.role,
        onsite: typed.onsite,
    }
}

pub const DURATIONS: [i64; 4] = [30, 60, 90, 120];
pub const DEFAULT_WORD_LIMIT: i64 = 250;
pub const DEFAULT_PROPOSAL_LIMIT: i64 = 3;
/// Short report with key messages: the day after the session.
pub const SHORT_REPORT_DAYS: i64 = 1;
/// Full report: two weeks after the session.
pub const FULL_REPORT_DAYS: i64 = 14;

/// Counts words the way a reader would: runs of letters or digits. Scripts written
/// without spaces (Chinese, Japanese) count each character as a word, as word limits
/// for those languages usually do.
pub fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        if is_unspaced_script(c) {
            count += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                count += 1;
            }
            in_word = true;
        } else if c != '\'' && c != '’' && c != '-' {
            in_word = false;
        }
    }
    count
}

fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF     // Hiragana, Katakana
        | 0x3400..=0x4DBF   // CJK extension A
        | 0x4E00..=0x9FFF   // CJK unified ideographs
        | 0xF900..=0xFAFF)
}

/// One speaker as the criteria see them.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerFacts {
    pub role: SpeakerRole,
    pub gender: Gender,
    pub group: StakeholderGroup,
    pub onsite: bool,
}

/// What the minimum criteria are checked against.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProposalFacts {
    pub title: String,
    pub description: String,
    pub policy_questions: String,
    pub session_type: Option<SessionType>,
    pub format: Option<SessionFormat>,
    pub duration: Option<i64>,
    pub mode: Option<Mode>,
    pub speakers: Vec<SpeakerFacts>,
    pub word_limit: i64,
    /// Organisers who never filed the report of an earlier accepted session.
    pub missing_reports: Vec<String>,
    /// Organisers who review proposals (MAG members may not submit).
    pub reviewers: Vec<String>,
    /// Organisers already at the per-person limit of submitted proposals this year.
    pub over_limit: Vec<String>,
    pub proposal_limit: i64,
    /// The call is open today.
    pub call_open: bool,
}

/// A criterion the proposal does not meet: a message id (`criterion-{code}`) and its
/// arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmet {
    pub code: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Unmet {
    fn new(code: &'static str) -> Self {
        Unmet {
            code,
            args: Vec::new(),
        }
    }

    fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

/// Every minimum criterion from the call, in the order a proposer would fix them.
/// Empty means the proposal may be submitted.
pub fn unmet_criteria(p: &ProposalFacts) -> Vec<Unmet> {
    let mut out = Vec::new();
    if !p.call_open {
        out.push(Unmet::new("call-closed"));
    }
    let blank = |s: &str| s.trim().is_empty();
    if blank(&p.title)
        || blank(&p.description)
        || blank(&p.policy_questions)
        || p.session_type.is_none()
        || p.format.is_none()
        || p.duration.is_none()
        || p.mode.is_none()
    {
        out.push(Unmet::new("incomplete"));
    }
    let words = word_count(&p.description);
    if p.word_limit > 0 && words as i64 > p.word_limit {
        out.push(
            Unmet::new("too-long")
                .with("words", words)
                .with("limit", p.word_limit),
        );
    }
    let speakers: Vec<&SpeakerFacts> = p
        .speakers
        .iter()
        .filter(|s| s.role == SpeakerRole::Speaker)
        .collect();
    if speakers.len() < 3 {
        out.push(Unmet::new("speakers").with("count", speakers.len()));
    }
    // Who speaks: the moderator and the speakers, not the rapporteur.
    let voices = || {
        p.speakers
            .iter()
            .filter(|s| s.role != SpeakerRole::Rapporteur)
    };
    // "At least one speaker of a different gender from the rest": two known genders.
    let mut genders: Vec<Gender> = voices()
        .map(|s| s.gender)
        .filter(|g| *g != Gender::Undisclosed)
        .collect();
    genders.sort();
    genders.dedup();
    if genders.len() < 2 {
        out.push(Unmet::new("gender"));
    }
    let mut groups: Vec<StakeholderGroup> = voices().map(|s| s.group).collect();
    groups.sort();
    groups.dedup();
    if groups.len() < 2 {
        out.push(Unmet::new("groups").with("count", groups.len()));
    }
    if p.mode != Some(Mode::Online) {
        let moderator_onsite = p
            .speakers
            .iter()
            .any(|s| s.role == SpeakerRole::Moderator && s.onsite);
        let onsite = speakers.iter().filter(|s| s.onsite).count();
        if !moderator_onsite || onsite < 2 {
            out.push(Unmet::new("onsite"));
        }
    }
    for name in &p.missing_reports {
        out.push(Unmet::new("missing-report").with("name", name));
    }
    for name in &p.reviewers {
        out.push(Unmet::new("reviewer").with("name", name));
    }
    for name in &p.over_limit {
        out.push(
            Unmet::new("limit")
                .with("name", name)
                .with("limit", p.proposal_limit),
        );
    }
    out
}

/// Whether the call is open on `today`: both dates set and today between them.
pub fn call_open(today: Date, opens: Option<Date>, closes: Option<Date>) -> bool {
    matches!((opens, closes), (Some(o), Some(c)) if o <= today && today <= c)
}

/// A reviewer's four scores, each 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scores {
    pub relevance: i64,
    pub content: i64,
    pub diversity: i64,
    pub format: i64,
}

impl Scores {
    pub fn new(relevance: i64, content: i64, diversity: i64, format: i64) -> Option<Self> {
        let all = [relevance, content, diversity, format];
        all.iter().all(|s| (1..=5).contains(s)).then_some(Scores {
            relevance,
            content,
            diversity,
            format,
        })
    }

    pub fn total(self) -> i64 {
        self.relevance + self.content + self.diversity + self.format
    }
}

/// Reviewers never see proposals from their own organisation. Affiliations are free
/// text, so compare them without case, spacing or punctuation.
pub fn same_organisation(reviewer: &str, organisers: &[String]) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let mine = norm(reviewer);
    !mine.is_empty() && organisers.iter().any(|o| norm(o) == mine)
}

/// A proposal's standing among the reviews it received.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub proposal_id: i64,
    /// Mean of the reviewers' totals (4 to 20); `None` before any review.
    pub mean: Option<f64>,
    /// Highest minus lowest total: a large spread asks for discussion.
    pub spread: i64,
    pub reviews: usize,
}

/// Ranks proposals by mean total, best first; unreviewed ones last, by id.
pub fn rank(totals: &[(i64, i64)], proposals: &[i64]) -> Vec<Ranked> {
    let mut out: Vec<Ranked> = proposals
        .iter()
        .map(|&id| {
            let mine: Vec<i64> = totals
                .iter()
                .filter(|(p, _)| *p == id)
                .map(|(_, t)| *t)
                .collect();
            let mean =
                (!mine.is_empty()).then(|| mine.iter().sum::<i64>() as f64 / mine.len() as f64);
            let spread = match (mine.iter().max(), mine.iter().min()) {
                (Some(hi), Some(lo)) => hi - lo,
                _ => 0,
            };
            Ranked {
                proposal_id: id,
                mean,
                spread,
                reviews: mine.len(),
            }
        })
        .collect();
    out.sort_by(|a, b| match (a.mean, b.mean) {
        (Some(x), Some(y)) => y.total_cmp(&x).then(a.proposal_id.cmp(&b.proposal_id)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.proposal_id.cmp(&b.proposal_id),
    });
    out
}

/// Someone booked into a session: a participant, or an invited person known by name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Person {
    Participant(i64),
    Invited(String),
}

impl Person {
    /// Invited people are matched by name, ignoring case and spacing.
    pub fn invited(name: &str) -> Self {
        Person::Invited(
            name.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
        )
    }
}

/// A session placed (or to be placed) in a room.
#[derive(Debug, Clone, PartialEq)]
pub struct Booking {
    pub session_id: i64,
    pub room_id: i64,
    pub start: DateTime,
    pub end: DateTime,
    pub people: Vec<Person>,
}

impl Booking {
    fn overlaps(&self, other: &Booking) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Someone booked into two sessions at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    pub other_session: i64,
    pub person: Person,
}

/// Placing a session: a room holds one session at a time (refused); people in two
/// overlapping sessions are flagged for the secretariat to sort out.
pub fn check_placement(new: &Booking, existing: &[Booking]) -> Result<Vec<Clash>, i64> {
    let others = existing.iter().filter(|b| b.session_id != new.session_id);
    let mut clashes = Vec::new();
    for other in others {
        if !new.overlaps(other) {
            continue;
        }
        if other.room_id == new.room_id {
            return Err(other.session_id);
        }
        for person in &new.people {
            if other.people.contains(person) {
                clashes.push(Clash {
                    other_session: other.session_id,
                    person: person.clone(),
                });
            }
        }
    }
    Ok(clashes)
}

/// Every clash in a whole schedule, each pair reported once (lower session id first).
pub fn all_clashes(bookings: &[Booking]) -> Vec<(i64, Clash)> {
    let mut out = Vec::new();
    for (i, a) in bookings.iter().enumerate() {
        for b in &bookings[i + 1..] {
            if !a.overlaps(b) {
                continue;
            }
            for person in &a.people {
                if b.people.contains(person) {
                    let (first, second) = if a.session_id < b.session_id {
                        (a.session_id, b.session_id)
                    } else {
                        (b.session_id, a.session_id)
                    };
                    out.push((
                        first,
                        Clash {
                            other_session: second,
                            person: person.clone(),
                        },
                    ));
                }
            }
        }
    }
    out
}

/// Where a session's reports stand on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportState {
    /// The session has not ended yet.
    NotDue,
    /// Short report due (by `short_due`), not yet late.
    ShortDue,
    ShortLate,
    /// Short report in; the full report is due.
    FullDue,
    FullLate,
    Complete,
}

impl ReportState {
    pub fn code(self) -> &'static str {
        match self {
            ReportState::NotDue => "not-due",
            ReportState::ShortDue => "short-due",
            ReportState::ShortLate => "short-late",
            ReportState::FullDue => "full-due",
            ReportState::FullLate => "full-late",
            ReportState::Complete => "complete",
        }
    }

    pub fn is_late(self) -> bool {
        matches!(self, ReportState::ShortLate | ReportState::FullLate)
    }
}

/// The two report deadlines of a session that ends on `ended`.
pub fn report_deadlines(ended: Date) -> (Date, Date) {
    let add = |days: i64| {
        ended
            .checked_add(jiff::Span::new().days(days))
            .unwrap_or(ended)
    };
    (add(SHORT_REPORT_DAYS), add(FULL_REPORT_DAYS))
}

pub fn report_state(
    ended: DateTime,
    now: DateTime,
    short_filed: bool,
    full_filed: bool,
) -> ReportState {
    if full_filed {
        return ReportState::Complete;
    }
    if now < ended {
        return ReportState::NotDue;
    }
    let (short_due, full_due) = report_deadlines(ended.date());
    let today = now.date();
    // A full report covers the short one.
    if !short_filed {
        if today > short_due {
            return if today > full_due {
                ReportState::FullLate
            } else {
                ReportState::ShortLate
            };
        }
        return ReportState::ShortDue;
    }
    if today > full_due {
        ReportState::FullLate
    } else {
        ReportState::FullDue
    }
}

/// `YYYY-MM-DDTHH:MM` as stored and typed into forms (seconds are never used).
pub fn parse_local(s: &str) -> Option<DateTime> {
    let s = s.trim();
    let (date, time) = s.split_once(['T', ' '])?;
    let date: Date = date.parse().ok()?;
    let mut parts = time.split(':');
    let hour: i8 = parts.next()?.parse().ok()?;
    let minute: i8 = parts.next()?.parse().ok()?;
    if parts
        .next()
        .is_some_and(|sec| sec.parse::<i8>().ok() != Some(0))
    {
        return None;
    }
    DateTime::new(date.year(), date.month(), date.day(), hour, minute, 0, 0).ok()
}

pub fn format_local(dt: DateTime) -> String {
    dt.strftime("%Y-%m-%dT%H:%M").to_string()
}

/// Adds minutes to a civil time (saturating at the calendar's end, never panicking).
pub fn plus_minutes(dt: DateTime, minutes: i64) -> DateTime {
    dt.checked_add(jiff::Span::new().minutes(minutes))
        .unwrap_or(dt)
}

/// A time zone name the bundled database knows.
pub fn valid_time_zone(name: &str) -> bool {
    !name.is_empty() && jiff::tz::TimeZone::get(name).is_ok()
}

/// The offset from UTC, in seconds, of a civil time in the venue's zone.
pub fn utc_offset(dt: DateTime, zone: &str) -> Option<i32> {
    let tz = jiff::tz::TimeZone::get(zone).ok()?;
    let zoned = dt.to_zoned(tz).ok()?;
    Some(zoned.offset().seconds())
}

/// The civil time now in the venue's zone.
pub fn now_in(zone: &str, unix: i64) -> DateTime {
    let ts = jiff::Timestamp::from_second(unix).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    match jiff::tz::TimeZone::get(zone) {
        Ok(tz) => ts.to_zoned(tz).datetime(),
        Err(_) => ts.to_zoned(jiff::tz::TimeZone::UTC).datetime(),
    }
}

/// What is wrong with an edition's settings, as `(field, message id)` pairs.
pub fn check_settings(s: &crate::programme::EditionSettings) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    if crate::countries::by_code(&s.host_country.to_ascii_uppercase()).is_none() {
        out.push(("host_country", "form-error-required"));
    }
    if s.city.trim().is_empty() {
        out.push(("city", "form-error-required"));
    }
    let date = |d: &str| d.parse::<Date>().ok();
    match (date(&s.starts_on), date(&s.ends_on)) {
        (Some(a), Some(b)) if a <= b => {}
        (Some(_), Some(_)) => out.push(("ends_on", "form-error-date-order")),
        (None, _) => out.push(("starts_on", "form-error-date")),
        (_, None) => out.push(("ends_on", "form-error-date")),
    }
    if !valid_time_zone(&s.time_zone) {
        out.push(("time_zone", "form-error-time-zone"));
    }
    let opens = s.call_opens_on.as_deref().map(date);
    let closes = s.call_closes_on.as_deref().map(date);
    match (opens, closes) {
        (Some(None), _) => out.push(("call_opens_on", "form-error-date")),
        (_, Some(None)) => out.push(("call_closes_on", "form-error-date")),
        (Some(Some(a)), Some(Some(b))) if a > b => {
            out.push(("call_closes_on", "form-error-date-order"))
        }
        _ => {}
    }
    if !(0..=50).contains(&s.proposal_limit) {
        out.push(("proposal_limit", "form-error-number"));
    }
    if !(0..=5000).contains(&s.word_limit) {
        out.push(("word_limit", "form-error-number"));
    }
    out
}

/// One period of a time zone's offset, for a calendar's VTIMEZONE.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observance {
    /// Local time of the onset, in the offset that was in effect before it.
    pub onset: DateTime,
    pub offset_from: i32,
    pub offset_to: i32,
    pub dst: bool,
}

/// The observances covering `from..=to` in `zone`: the one in effect at `from`, then
/// every transition up to `to`. Zones without transitions give one observance.
pub fn zone_observances(zone: &str, from: DateTime, to: DateTime) -> Vec<Observance> {
    let Ok(tz) = jiff::tz::TimeZone::get(zone) else {
        return Vec::new();
    };
    let (Ok(start), Ok(end)) = (from.to_zoned(tz.clone()), to.to_zoned(tz.clone())) else {
        return Vec::new();
    };
    let observance = |t: &jiff::tz::TimeZoneTransition<'_>| {
        let before = t
            .timestamp()
            .checked_sub(jiff::SignedDuration::from_secs(1))
            .map(|ts| tz.to_offset(ts))
            .unwrap_or(t.offset());
        Observance {
            onset: before.to_datetime(t.timestamp()),
            offset_from: before.seconds(),
            offset_to: t.offset().seconds(),
            dst: t.dst().is_dst(),
        }
    };
    let mut out: Vec<Observance> = Vec::new();
    match tz.preceding(start.timestamp()).next() {
        Some(t) => out.push(observance(&t)),
        None => {
            let offset = start.offset().seconds();
            out.push(Observance {
                onset: DateTime::constant(1970, 1, 1, 0, 0, 0, 0),
                offset_from: offset,
                offset_to: offset,
                dst: false,
            });
        }
    }
    for t in tz.following(start.timestamp()) {
        if t.timestamp() > end.timestamp() {
            break;
        }
        out.push(observance(&t));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use StakeholderGroup as G;

    fn speaker(role: SpeakerRole, gender: Gender, group: G, onsite: bool) -> SpeakerFacts {
        SpeakerFacts {
            role,
            gender,
            group,
            onsite,
        }
    }

    fn good() -> ProposalFacts {
        ProposalFacts {
            title: "Spam in 2027".into(),
            description: "Why unsolicited mail still matters.".into(),
            policy_questions: "Who should act?".into(),
            session_type: Some(SessionType::Workshop),
            format: Some(SessionFormat::Roundtable),
            duration: Some(60),
            mode: Some(Mode::Hybrid),
            speakers: vec![
                speaker(SpeakerRole::Moderator, Gender::Woman, G::CivilSociety, true),
                speaker(SpeakerRole::Speaker, Gender::Man, G::Government, true),
                speaker(SpeakerRole::Speaker, Gender::Woman, G::PrivateSector, true),
                speaker(
                    SpeakerRole::Speaker,
                    Gender::Man,
                    G::TechnicalCommunity,
                    false,
                ),
            ],
            word_limit: 250,
            proposal_limit: 3,
            call_open: true,
            ..Default::default()
        }
    }

    fn codes(p: &ProposalFacts) -> Vec<&'static str> {
        unmet_criteria(p).iter().map(|u| u.code).collect()
    }

    #[test]
    fn a_complete_proposal_meets_every_criterion() {
        assert!(unmet_criteria(&good()).is_empty());
    }

    #[test]
    fn each_criterion_fails_on_its_own() {
        let mut p = good();
        p.call_open = false;
        assert_eq!(codes(&p), ["call-closed"]);

        let mut p = good();
        p.policy_questions = "  ".into();
        assert_eq!(codes(&p), ["incomplete"]);

        let mut p = good();
        p.word_limit = 3;
        let unmet = unmet_criteria(&p);
        assert_eq!(unmet[0].code, "too-long");
        assert_eq!(
            unmet[0].args,
            vec![("words", "5".into()), ("limit", "3".into())]
        );

        let mut p = good();
        p.speakers.pop();
        assert_eq!(codes(&p), ["speakers"]);

        let mut p = good();
        for s in &mut p.speakers {
            s.gender = Gender::Man;
        }
        assert_eq!(codes(&p), ["gender"]);

        let mut p = good();
        for s in &mut p.speakers {
            s.group = G::Academia;
        }
        assert_eq!(codes(&p), ["groups"]);

        let mut p = good();
        p.speakers[0].onsite = false;
        assert_eq!(codes(&p), ["onsite"]);

        let mut p = good();
        p.missing_reports = vec!["Ana".into()];
        p.reviewers = vec!["Bo".into()];
        p.over_limit = vec!["Cy".into()];
        assert_eq!(codes(&p), ["missing-report", "reviewer", "limit"]);
    }

    #[test]
    fn a_rapporteur_does_not_count_as_a_speaker_or_for_diversity() {
        let mut p = good();
        for s in &mut p.speakers {
            s.gender = Gender::Man;
        }
        p.speakers.push(speaker(
            SpeakerRole::Rapporteur,
            Gender::Woman,
            G::Media,
            true,
        ));
        assert_eq!(codes(&p), ["gender"]);
        let mut p = good();
        p.speakers.pop();
        p.speakers.push(speaker(
            SpeakerRole::Rapporteur,
            Gender::Woman,
            G::Media,
            true,
        ));
        assert_eq!(codes(&p), ["speakers"]);
    }

    #[test]
    fn undisclosed_gender_does_not_count_as_diversity() {
        let mut p = good();
        for s in &mut p.speakers {
            s.gender = Gender::Undisclosed;
        }
        p.speakers[0].gender = Gender::Woman;
        assert_eq!(codes(&p), ["gender"]);
    }

    #[test]
    fn online_sessions_need_nobody_onsite() {
        let mut p = good();
        p.mode = Some(Mode::Online);
        for s in &mut p.speakers {
            s.onsite = false;
        }
        assert!(unmet_criteria(&p).is_empty());
    }

    #[test]
    fn words_are_counted_across_scripts() {
        assert_eq!(word_count("Hello, world! It's a well-known fact."), 6);
        assert_eq!(word_count("  "), 0);
        assert_eq!(word_count("مرحبا بالعالم"), 2);
        assert_eq!(word_count("互联网治理"), 5);
    }

    #[test]
    fn the_call_is_open_between_its_dates_inclusive() {
        let d = |s: &str| s.parse::<Date>().ok();
        let (o, c) = (d("2027-01-10"), d("2027-02-10"));
        assert!(call_open(d("2027-01-10").unwrap(), o, c));
        assert!(call_open(d("2027-02-10").unwrap(), o, c));
        assert!(!call_open(d("2027-02-11").unwrap(), o, c));
        assert!(!call_open(d("2027-01-09").unwrap(), o, c));
        assert!(!call_open(d("2027-01-20").unwrap(), None, c));
    }

    #[test]
    fn scores_are_one_to_five() {
        assert_eq!(Scores::new(5, 4, 3, 2).map(Scores::total), Some(14));
        assert!(Scores::new(0, 4, 3, 2).is_none());
        assert!(Scores::new(1, 6, 3, 2).is_none());
    }

    #[test]
    fn reviewers_are_matched_to_their_organisation_loosely() {
        let orgs = vec!["Internet Society".to_string(), "ACME".to_string()];
        assert!(same_organisation("internet  society", &orgs));
        assert!(same_organisation("Internet-Society.", &orgs));
        assert!(!same_organisation("Internet Society Foundation", &orgs));
        assert!(!same_organisation("", &["".to_string()]));
    }

    #[test]
    fn ranking_orders_by_mean_with_spread_and_unreviewed_last() {
        let totals = [(1, 10), (1, 18), (2, 15), (2, 15), (3, 20)];
        let r = rank(&totals, &[4, 1, 2, 3]);
        let ids: Vec<i64> = r.iter().map(|x| x.proposal_id).collect();
        assert_eq!(ids, [3, 2, 1, 4]);
        assert_eq!(r[2].spread, 8);
        assert_eq!(r[2].mean, Some(14.0));
        assert_eq!(r[3].mean, None);
        assert_eq!(r[1].reviews, 2);
    }

    fn at(s: &str) -> DateTime {
        parse_local(s).unwrap()
    }

    fn booking(id: i64, room: i64, start: &str, minutes: i64, people: Vec<Person>) -> Booking {
        Booking {
            session_id: id,
            room_id: room,
            start: at(start),
            end: plus_minutes(at(start), minutes),
            people,
        }
    }

    #[test]
    fn a_room_cannot_be_double_booked() {
        let existing = [booking(1, 7, "2027-06-01T09:00", 90, vec![])];
        let new = booking(2, 7, "2027-06-01T10:00", 60, vec![]);
        assert_eq!(check_placement(&new, &existing), Err(1));
        // Back to back is fine.
        let new = booking(2, 7, "2027-06-01T10:30", 60, vec![]);
        assert_eq!(check_placement(&new, &existing), Ok(vec![]));
        // Moving a session onto its own old slot is fine.
        let moved = booking(1, 7, "2027-06-01T09:30", 60, vec![]);
        assert_eq!(check_placement(&moved, &existing), Ok(vec![]));
    }

    #[test]
    fn people_in_overlapping_sessions_are_flagged_not_refused() {
        let ana = Person::Participant(5);
        let bo = Person::invited("  Bo   Smith ");
        let existing = [booking(
            1,
            1,
            "2027-06-01T09:00",
            60,
            vec![ana.clone(), bo.clone()],
        )];
        let new = booking(
            2,
            2,
            "2027-06-01T09:30",
            60,
            vec![Person::invited("bo smith"), Person::Participant(6)],
        );
        let clashes = check_placement(&new, &existing).unwrap();
        assert_eq!(
            clashes,
            vec![Clash {
                other_session: 1,
                person: bo.clone()
            }]
        );
        let all = all_clashes(&[existing[0].clone(), new]);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].0, 1);
    }

    #[test]
    fn report_deadlines_follow_the_session() {
        let end = at("2027-06-01T10:30");
        let state = |now: &str, short, full| report_state(end, at(now), short, full);
        assert_eq!(state("2027-06-01T10:00", false, false), ReportState::NotDue);
        assert_eq!(
            state("2027-06-02T10:00", false, false),
            ReportState::ShortDue
        );
        assert_eq!(
            state("2027-06-03T08:00", false, false),
            ReportState::ShortLate
        );
        assert_eq!(state("2027-06-03T08:00", true, false), ReportState::FullDue);
        assert_eq!(state("2027-06-15T23:00", true, false), ReportState::FullDue);
        assert_eq!(
            state("2027-06-16T00:00", true, false),
            ReportState::FullLate
        );
        assert_eq!(
            state("2027-06-20T00:00", false, false),
            ReportState::FullLate
        );
        assert_eq!(
            state("2027-06-20T00:00", false, true),
            ReportState::Complete
        );
    }

    #[test]
    fn local_times_parse_strictly() {
        assert_eq!(format_local(at("2027-06-01T09:05")), "2027-06-01T09:05");
        assert_eq!(format_local(at("2027-06-01 09:05:00")), "2027-06-01T09:05");
        assert!(parse_local("2027-06-01T25:00").is_none());
        assert!(parse_local("2027-02-30T10:00").is_none());
        assert!(parse_local("tomorrow").is_none());
    }

    #[test]
    fn invitations_are_answered_once_while_the_proposal_is_a_draft() {
        assert!(InvitationState::Pending.can_answer(Status::Draft));
        assert!(!InvitationState::Declined.can_answer(Status::Draft));
        assert!(!InvitationState::Pending.can_answer(Status::Submitted));
    }

    #[test]
    fn an_accepted_speaker_keeps_what_was_typed_and_fills_blanks_from_the_profile() {
        let p = crate::model::Participant {
            id: 9,
            display_name: "Ana Real".into(),
            email: "ana@example.org".into(),
            stakeholder_group: G::Academia,
            country: "KE".into(),
            affiliation: "Uni".into(),
            role: crate::model::Role::Participant,
            created_at: 0,
            profile: Default::default(),
            coc_accepted_at: None,
            suspension: None,
            deleted: false,
            translator: false,
            posting_blocked: false,
        };
        let typed = crate::programme::InvitedSpeaker {
            name: String::new(),
            organisation: "Typed Org".into(),
            group: None,
            country: " ".into(),
            gender: Gender::Woman,
            role: SpeakerRole::Moderator,
            onsite: true,
        };
        let s = accepted_speaker(&typed, &p);
        assert_eq!(s.participant_id, Some(9));
        assert_eq!(s.name, "Ana Real");
        assert_eq!(s.organisation, "Typed Org");
        assert_eq!(s.group, G::Academia);
        assert_eq!(s.country, "KE");
        assert_eq!(
            (s.gender, s.role, s.onsite),
            (Gender::Woman, SpeakerRole::Moderator, true)
        );
    }

    #[test]
    fn the_secretariat_decides_only_submitted_proposals() {
        assert!(Status::Submitted.can_become(Status::InReview));
        assert!(Status::InReview.can_become(Status::Accepted));
        assert!(Status::Accepted.can_become(Status::Declined));
        assert!(Status::MergeRequested.can_become(Status::Accepted));
        assert!(!Status::Draft.can_become(Status::Accepted));
        assert!(!Status::Merged.can_become(Status::Accepted));
        assert!(!Status::Submitted.can_become(Status::Draft));
        assert!(!Status::Submitted.can_become(Status::Merged));
        assert!(!Status::Accepted.can_become(Status::Accepted));
    }

    #[test]
    fn edition_settings_are_checked_field_by_field() {
        let good = crate::programme::EditionSettings {
            host_country: "ke".into(),
            city: "Nairobi".into(),
            starts_on: "2027-06-14".into(),
            ends_on: "2027-06-18".into(),
            time_zone: "Africa/Nairobi".into(),
            call_opens_on: Some("2027-01-10".into()),
            call_closes_on: None,
            proposal_limit: 3,
            word_limit: 250,
        };
        assert!(check_settings(&good).is_empty());
        let mut bad = good.clone();
        bad.host_country = "XX".into();
        bad.ends_on = "2027-06-01".into();
        bad.time_zone = "Nowhere/City".into();
        bad.call_opens_on = Some("2027-03-01".into());
        bad.call_closes_on = Some("2027-02-01".into());
        bad.word_limit = -1;
        let fields: Vec<&str> = check_settings(&bad).iter().map(|e| e.0).collect();
        assert_eq!(
            fields,
            [
                "host_country",
                "ends_on",
                "time_zone",
                "call_closes_on",
                "word_limit"
            ]
        );
        bad = good;
        bad.starts_on = "soon".into();
        assert_eq!(check_settings(&bad), [("starts_on", "form-error-date")]);
    }

    #[test]
    fn observances_cover_the_meeting_and_its_transitions() {
        // A June meeting in Oslo: summer time, begun on the last Sunday of March.
        let o = zone_observances(
            "Europe/Oslo",
            at("2027-06-01T09:00"),
            at("2027-06-05T18:00"),
        );
        assert_eq!(o.len(), 1);
        assert_eq!(
            (o[0].offset_from, o[0].offset_to, o[0].dst),
            (3600, 7200, true)
        );
        assert_eq!(format_local(o[0].onset), "2027-03-28T02:00");
        // Across the October change: two observances.
        let o = zone_observances(
            "Europe/Oslo",
            at("2027-10-29T09:00"),
            at("2027-11-02T18:00"),
        );
        assert_eq!(o.len(), 2);
        assert_eq!(
            (o[1].offset_from, o[1].offset_to, o[1].dst),
            (7200, 3600, false)
        );
        assert_eq!(format_local(o[1].onset), "2027-10-31T03:00");
        // Nairobi has had no change for decades; UTC never has one.
        let o = zone_observances("UTC", at("2027-06-01T09:00"), at("2027-06-05T18:00"));
        assert_eq!(o.len(), 1);
        assert_eq!(o[0].offset_to, 0);
        assert!(zone_observances(
            "Nowhere/At_All",
            at("2027-06-01T09:00"),
            at("2027-06-01T10:00")
        )
        .is_empty());
    }

    #[test]
    fn venue_offsets_come_from_the_time_zone_database() {
        assert_eq!(
            utc_offset(at("2027-06-01T09:00"), "Europe/Oslo"),
            Some(7200)
        );
        assert_eq!(
            utc_offset(at("2027-01-01T09:00"), "Europe/Oslo"),
            Some(3600)
        );
        assert_eq!(
            utc_offset(at("2027-01-01T09:00"), "Asia/Riyadh"),
            Some(10800)
        );
        assert!(valid_time_zone("America/Sao_Paulo"));
        assert!(!valid_time_zone("Mars/Olympus"));
        assert_eq!(format_local(now_in("UTC", 0)), "1970-01-01T00:00");
    }
}

// ---- rules for forms of the yearly meeting

use crate::account::FieldError;
use crate::programme::ReportFields;

/// Longest proposal title, in characters.
pub const MAX_PROPOSAL_TITLE: usize = 200;
/// Longest report section, and longest transcript, in characters.
pub const MAX_REPORT_SECTION: usize = 20_000;
pub const MAX_TRANSCRIPT: usize = 500_000;

fn field_error(field: &'static str, message: &'static str) -> FieldError {
    FieldError { field, message }
}

/// A proposal's title: required, and short enough for a programme line.
pub fn check_proposal_title(title: &str) -> Option<FieldError> {
    if title.trim().is_empty() {
        Some(field_error("title", "form-error-required"))
    } else if title.chars().count() > MAX_PROPOSAL_TITLE {
        Some(field_error("title", "form-error-too-long"))
    } else {
        None
    }
}

/// The report's text sections, in the order the form and the page show them.
pub const REPORT_SECTIONS: [&str; 5] = [
    "key_messages",
    "key_issues",
    "presentations",
    "discussion",
    "takeaways",
];

/// One text section of a report by its form name.
pub fn report_section<'a>(f: &'a ReportFields, name: &str) -> &'a str {
    match name {
        "key_messages" => &f.key_messages,
        "key_issues" => &f.key_issues,
        "presentations" => &f.presentations,
        "discussion" => &f.discussion,
        _ => &f.takeaways,
    }
}

/// What a report lacks. The short report (due first) needs its key messages; the full
/// one also the issues, discussion, takeaways and how many took part.
pub fn check_report(f: &ReportFields, full: bool) -> Vec<FieldError> {
    let required: &[&'static str] = if full {
        &["key_messages", "key_issues", "discussion", "takeaways"]
    } else {
        &["key_messages"]
    };
    let mut errors: Vec<FieldError> = required
        .iter()
        .filter(|name| report_section(f, name).trim().is_empty())
        .map(|name| field_error(name, "form-error-required"))
        .collect();
    if full && f.onsite_count + f.online_count == 0 {
        errors.push(field_error("onsite_count", "form-error-participation"));
    }
    let too_long = REPORT_SECTIONS
        .iter()
        .any(|n| report_section(f, n).chars().count() > MAX_REPORT_SECTION)
        || f.transcript.chars().count() > MAX_TRANSCRIPT;
    if too_long {
        errors.push(field_error("key_messages", "form-error-too-long"));
    }
    errors
}

/// A speaker as the organiser typed them. Named by email, the speaker is invited and
/// fills in what is left blank when accepting; otherwise name, group and country are
/// needed now.
pub struct SpeakerInput<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub organisation: &'a str,
    pub group: &'a str,
    pub country: &'a str,
    pub gender: &'a str,
    pub role: &'a str,
}

pub fn check_speaker(s: &SpeakerInput<'_>) -> Vec<FieldError> {
    let invited = !s.email.is_empty();
    let checks = [
        (
            !invited || crate::account::plausible_email(s.email),
            "email",
            "form-error-email",
        ),
        (
            (invited || !s.name.is_empty()) && s.name.chars().count() <= 200,
            "name",
            "form-error-required",
        ),
        (
            s.organisation.chars().count() <= 200,
            "organisation",
            "form-error-required",
        ),
        (
            (invited && s.group.is_empty()) || StakeholderGroup::from_code(s.group).is_some(),
            "group",
            "form-error-required",
        ),
        (
            (invited && s.country.is_empty()) || crate::countries::by_code(s.country).is_some(),
            "country",
            "form-error-required",
        ),
        (
            Gender::from_code(s.gender).is_some(),
            "gender",
            "form-error-required",
        ),
        (
            SpeakerRole::from_code(s.role).is_some(),
            "role",
            "form-error-required",
        ),
    ];
    checks
        .into_iter()
        .filter(|(ok, _, _)| !ok)
        .map(|(_, field, message)| field_error(field, message))
        .collect()
}

/// Why someone cannot be assigned to review a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unassignable {
    /// Only submitted proposals and those already in review get reviewers.
    NotInReview,
    /// Only people with the reviewer role review.
    NotAReviewer,
    /// Nobody reviews a proposal from their own organisation.
    OwnOrganisation,
    AlreadyAssigned,
}

pub fn check_reviewer_assignment(
    status: Status,
    reviewer_role: crate::model::Role,
    reviewer_affiliation: &str,
    organiser_affiliations: &[String],
    already_assigned: bool,
) -> Result<(), Unassignable> {
    if !matches!(status, Status::Submitted | Status::InReview) {
        Err(Unassignable::NotInReview)
    } else if reviewer_role != crate::model::Role::Reviewer {
        Err(Unassignable::NotAReviewer)
    } else if same_organisation(reviewer_affiliation, organiser_affiliations) {
        Err(Unassignable::OwnOrganisation)
    } else if already_assigned {
        Err(Unassignable::AlreadyAssigned)
    } else {
        Ok(())
    }
}

/// The status a proposal moves to when a reviewer is assigned: a submitted one goes into
/// review; others stay as they are.
pub fn status_on_assignment(status: Status) -> Option<Status> {
    (status == Status::Submitted).then_some(Status::InReview)
}

/// Assigning a reviewer to a proposal, as one Store write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewerAssignment {
    pub proposal_id: crate::model::ProposalId,
    pub reviewer_id: crate::model::ParticipantId,
    /// Who assigns (the status change is audited as theirs).
    pub by: crate::model::ParticipantId,
    /// What the proposal moves to with it ([`status_on_assignment`]).
    pub status: Option<Status>,
}

/// A reviewer's queue never shows a proposal from their own organisation, even one
/// assigned before an organiser of theirs joined it.
pub fn in_review_queue(reviewer_affiliation: &str, organiser_affiliations: &[String]) -> bool {
    !same_organisation(reviewer_affiliation, organiser_affiliations)
}

#[cfg(test)]
mod form_rules {
    use super::*;
    use crate::model::Role;

    fn report() -> ReportFields {
        ReportFields {
            lang: "en".into(),
            key_messages: "Affordable access".into(),
            key_issues: String::new(),
            presentations: String::new(),
            discussion: String::new(),
            takeaways: String::new(),
            onsite_count: 0,
            online_count: 0,
            participation: Default::default(),
            transcript: String::new(),
        }
    }

    #[test]
    fn a_short_report_needs_key_messages_and_a_full_one_more() {
        assert!(check_report(&report(), false).is_empty());
        let full: Vec<_> = check_report(&report(), true)
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            full,
            ["key_issues", "discussion", "takeaways", "onsite_count"]
        );
        let mut long = report();
        long.transcript = "x".repeat(MAX_TRANSCRIPT + 1);
        assert_eq!(check_report(&long, false)[0].message, "form-error-too-long");
        let mut empty = report();
        empty.key_messages = "  ".into();
        assert_eq!(check_report(&empty, false)[0].field, "key_messages");
    }

    #[test]
    fn invited_speakers_may_leave_blank_what_their_profile_fills_in() {
        let typed = SpeakerInput {
            email: "",
            name: "",
            organisation: "",
            group: "",
            country: "",
            gender: "woman",
            role: "speaker",
        };
        let fields =
            |s: &SpeakerInput| -> Vec<&str> { check_speaker(s).iter().map(|e| e.field).collect() };
        assert_eq!(fields(&typed), ["name", "group", "country"]);
        let invited = SpeakerInput {
            email: "amina@example.org",
            ..typed
        };
        assert!(fields(&invited).is_empty(), "{:?}", fields(&invited));
        let bad = SpeakerInput {
            email: "not an address",
            ..invited
        };
        assert_eq!(fields(&bad), ["email"]);
    }

    #[test]
    fn reviewers_are_assigned_only_where_they_have_no_stake() {
        let orgs = vec!["Example Institute".to_string()];
        let check = |status, role, aff: &str, again| {
            check_reviewer_assignment(status, role, aff, &orgs, again)
        };
        assert_eq!(
            check(Status::Submitted, Role::Reviewer, "Other Org", false),
            Ok(())
        );
        assert_eq!(
            check(Status::InReview, Role::Reviewer, "Other Org", false),
            Ok(())
        );
        assert_eq!(
            check(Status::Draft, Role::Reviewer, "Other Org", false),
            Err(Unassignable::NotInReview)
        );
        assert_eq!(
            check(Status::Submitted, Role::Participant, "Other Org", false),
            Err(Unassignable::NotAReviewer)
        );
        assert_eq!(
            check(
                Status::Submitted,
                Role::Reviewer,
                "example institute",
                false
            ),
            Err(Unassignable::OwnOrganisation)
        );
        assert_eq!(
            check(Status::Submitted, Role::Reviewer, "Other Org", true),
            Err(Unassignable::AlreadyAssigned)
        );
        assert!(!in_review_queue("Example Institute", &orgs));
        assert!(in_review_queue("Other Org", &orgs));
        assert!(check_proposal_title(&"t".repeat(MAX_PROPOSAL_TITLE + 1)).is_some());
        assert!(check_proposal_title(" ").is_some());
        assert!(check_proposal_title("Community networks").is_none());
    }
}
