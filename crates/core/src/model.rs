//! Domain records as the rest of the system sees them. Storage fills them in; the web
//! layer renders them; the rules in this crate reason about them.

use crate::{StakeholderGroup, TranslationState};

/// Typed ids, for the Store methods that take ids of two kinds, so that they cannot be
/// swapped unnoticed (`coalition_posting_blocked(coalition, participant)` against
/// `coalition_abuse_record(participant, coalition, ..)`). Records keep plain `i64` ids.
macro_rules! id {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub i64);

        impl $name {
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

id! {
    /// A participant's id.
    ParticipantId;
    /// A Dynamic Coalition's id.
    CoalitionId;
    /// A yearly meeting's session proposal's id.
    ProposalId;
}

/// Site-wide roles. Coordinating a coalition is a per-coalition role, kept on membership.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Secretariat,
    Moderator,
    Reviewer,
    Participant,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Self::Secretariat => "secretariat",
            Self::Moderator => "moderator",
            Self::Reviewer => "reviewer",
            Self::Participant => "participant",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [
            Self::Secretariat,
            Self::Moderator,
            Self::Reviewer,
            Self::Participant,
        ]
        .into_iter()
        .find(|r| r.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewParticipant {
    pub display_name: String,
    pub email: String,
    pub stakeholder_group: StakeholderGroup,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub affiliation: String,
    pub role: Role,
}

/// A participant with a password, as registration or `convene user add` creates one.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAccount {
    pub participant: NewParticipant,
    pub password_hash: String,
    pub profile: Profile,
    pub coc_accepted: bool,
}

/// What a participant edits about themselves beyond the basics.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Profile {
    /// Self-described; never shown publicly, used only in aggregate figures.
    pub gender: Option<String>,
    /// BCP 47 tags of the languages the person reads.
    pub languages: Vec<String>,
    /// Preferred interface language.
    pub ui_lang: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProfileUpdate {
    pub display_name: String,
    pub stakeholder_group: StakeholderGroup,
    pub country: String,
    pub affiliation: String,
    pub profile: Profile,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Suspension {
    pub at: i64,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub stakeholder_group: StakeholderGroup,
    pub country: String,
    pub affiliation: String,
    pub role: Role,
    pub created_at: i64,
    pub profile: Profile,
    pub coc_accepted_at: Option<i64>,
    pub suspension: Option<Suspension>,
    /// Deleted accounts keep their id so their posts stay, shown as a former participant.
    pub deleted: bool,
    /// Trusted by the secretariat to approve translations.
    pub translator: bool,
    /// Posting rights removed (membership stays).
    pub posting_blocked: bool,
}

impl Participant {
    pub fn actor(&self) -> crate::permissions::Actor {
        crate::permissions::Actor::Participant {
            id: self.id,
            role: self.role,
            suspended: self.suspension.is_some(),
            translator: self.translator,
            posting_blocked: self.posting_blocked,
        }
    }
}

/// One line of the moderation audit log.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub id: i64,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub action: String,
    pub target_id: Option<i64>,
    pub target_name: Option<String>,
    pub reason: String,
    pub at: i64,
}

/// What a reader sees of whoever wrote something.
#[derive(Debug, Clone, PartialEq)]
pub struct Voice {
    pub id: i64,
    /// The account was deleted: shown as a former participant, without a name.
    pub former: bool,
    pub display_name: String,
    pub stakeholder_group: StakeholderGroup,
    pub country: String,
    pub affiliation: String,
}

/// A translatable text: a title and a Markdown body, in one original language, with a
/// revision number that goes up each time the original changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub id: i64,
    pub original_lang: String,
    pub revision: i64,
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewText {
    pub lang: String,
    pub title: String,
    pub body_md: String,
}

/// A translation of a text into one language, made from one revision of the original.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    pub id: i64,
    pub text_id: i64,
    pub lang: String,
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    pub source_revision: i64,
    pub translator_id: Option<i64>,
    pub machine: bool,
    pub approved: bool,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewTranslation {
    pub text_id: i64,
    pub lang: String,
    pub title: String,
    pub body_md: String,
    pub source_revision: i64,
    pub translator_id: Option<i64>,
    pub machine: bool,
    pub approved: bool,
}

/// A text as served in one language: the translation if there is an approved one,
/// otherwise the original, with what the reader must be told.
#[derive(Debug, Clone, PartialEq)]
pub struct Localized {
    /// The language the reader asked for.
    pub lang: String,
    pub original: Text,
    pub translation: Option<Translation>,
    /// Languages the text truly exists in: the original's and every approved translation's.
    pub available: Vec<String>,
}

impl Localized {
    pub fn state(&self) -> TranslationState {
        if self.lang == self.original.original_lang {
            return TranslationState::Current;
        }
        TranslationState::of(
            self.original.revision,
            self.translation.as_ref().map(|t| t.source_revision),
        )
    }

    /// The language the shown text is written in.
    pub fn shown_lang(&self) -> &str {
        self.translation
            .as_ref()
            .map_or(&self.original.original_lang, |t| &t.lang)
    }

    pub fn title(&self) -> &str {
        self.translation
            .as_ref()
            .map_or(&self.original.title, |t| &t.title)
    }

    pub fn body_html(&self) -> &str {
        self.translation
            .as_ref()
            .map_or(&self.original.body_html, |t| &t.body_html)
    }

    pub fn body_md(&self) -> &str {
        self.translation
            .as_ref()
            .map_or(&self.original.body_md, |t| &t.body_md)
    }

    /// A short plain-text summary of the shown body, for a page's meta description.
    pub fn summary(&self) -> String {
        crate::markdown::summary(self.body_md(), 160)
    }
}

/// A short piece of translatable text for lists: the best title for a language and the
/// language it is actually written in.
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    pub text: String,
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub id: i64,
    pub slug: String,
    pub text_id: i64,
}

/// One yearly meeting of the forum.
#[derive(Debug, Clone, PartialEq)]
pub struct Edition {
    pub id: i64,
    pub year: i64,
    /// ISO 3166-1 alpha-2 of the host country.
    pub host_country: String,
    pub city: String,
    /// `YYYY-MM-DD`, in the venue's calendar.
    pub starts_on: String,
    pub ends_on: String,
    /// The overarching theme (title) and its description.
    pub text_id: i64,
    pub theme: Title,
    /// IANA name of the venue's time zone; session times are civil times there.
    pub time_zone: String,
    /// The call for session proposals, `YYYY-MM-DD`, both inclusive.
    pub call_opens_on: Option<String>,
    pub call_closes_on: Option<String>,
    /// Proposals one person may submit to this edition.
    pub proposal_limit: i64,
    /// Words allowed in a proposal's description.
    pub word_limit: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewEdition {
    pub year: i64,
    pub host_country: String,
    pub city: String,
    pub starts_on: String,
    pub ends_on: String,
    pub time_zone: String,
    pub theme: NewText,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Coalition {
    pub id: i64,
    pub slug: String,
    /// The name (title) and mission (body).
    pub text_id: i64,
    pub name: Title,
    pub member_count: i64,
    pub created_at: i64,
    /// Proposed by a new account while first posts are held: waits for review.
    pub held: bool,
    /// Hidden by a moderator: the reason, shown in its place.
    pub hidden: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewCoalition {
    pub slug: String,
    pub text: NewText,
    pub founder_id: i64,
    /// Defaults to the current year; set for coalitions that existed before the forum
    /// moved onto Convene.
    pub founded_year: Option<i64>,
}

/// Proposing a coalition, as one action: the coalition with its founder as coordinator
/// and contact person, its topics and its action plan.
#[derive(Debug, Clone, PartialEq)]
pub struct CoalitionProposal {
    pub coalition: NewCoalition,
    /// Proposed by a held account: waits for review.
    pub held: bool,
    pub topic_ids: Vec<i64>,
    /// Empty: none yet.
    pub action_plan_md: String,
}

/// What a coalition's standing is computed from.
#[derive(Debug, Clone, PartialEq)]
pub struct CoalitionFacts {
    pub groups: Vec<crate::StakeholderGroup>,
    pub action_plan_md: String,
    pub contact_persons: i64,
    pub founded_year: i64,
    pub latest_output_year: Option<i64>,
    pub recognized_at: Option<i64>,
}

impl CoalitionFacts {
    pub fn standing_facts(&self, current_year: i64) -> crate::coalition::StandingFacts {
        crate::coalition::StandingFacts {
            groups: self.groups.clone(),
            has_action_plan: !self.action_plan_md.trim().is_empty(),
            contact_persons: self.contact_persons.max(0) as usize,
            founded_year: self.founded_year,
            latest_output_year: self.latest_output_year,
            current_year,
        }
    }
}

/// A yearly report, thematic paper or statement.
#[derive(Debug, Clone, PartialEq)]
pub struct NewOutput {
    pub coalition_id: i64,
    /// `yearly-report`, `thematic-paper` or `statement`.
    pub kind: String,
    pub year: i64,
    pub text: NewText,
    pub created_by: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberRole {
    Member,
    Coordinator,
}

impl MemberRole {
    pub fn code(self) -> &'static str {
        match self {
            Self::Member => "member",
            Self::Coordinator => "coordinator",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "member" => Some(Self::Member),
            "coordinator" => Some(Self::Coordinator),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub voice: Voice,
    pub role: MemberRole,
    pub joined_at: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Thread {
    pub id: i64,
    pub coalition_id: Option<i64>,
    pub title: String,
    pub lang: String,
    pub author_id: i64,
    pub created_at: i64,
    pub last_post_at: i64,
    pub post_count: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewThread {
    pub coalition_id: Option<i64>,
    pub title: String,
    pub lang: String,
    pub author_id: i64,
    /// The opening post.
    pub body_md: String,
    /// Hold the opening post for review.
    pub held: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    pub id: i64,
    pub thread_id: i64,
    pub author: Voice,
    pub lang: String,
    pub body_html: String,
    pub reply_to: Option<i64>,
    pub created_at: i64,
    /// Hidden by moderation, with the reason shown in its place.
    pub hidden: Option<String>,
    /// Waiting for review: shown only to its author and moderators.
    pub held: bool,
    /// When the author last edited it; earlier versions stay readable.
    pub edited_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewPost {
    pub thread_id: i64,
    pub author_id: i64,
    pub lang: String,
    pub body_md: String,
    pub reply_to: Option<i64>,
    /// Hold for review before readers see it.
    pub held: bool,
}

/// An open flag, for the moderation queue.
#[derive(Debug, Clone, PartialEq)]
pub struct Flag {
    pub id: i64,
    pub post_id: i64,
    pub thread_id: i64,
    pub thread_title: String,
    pub coalition_id: Option<i64>,
    pub reporter: String,
    pub reason: String,
    pub created_at: i64,
}

/// A participant's post, for their profile and data export.
#[derive(Debug, Clone, PartialEq)]
pub struct PostSummary {
    pub post_id: i64,
    pub thread_id: i64,
    pub thread_title: String,
    pub thread_lang: String,
    pub lang: String,
    pub body_md: String,
    pub created_at: i64,
}

/// One entry of the change log: what was written, in commit order.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub seq: i64,
    pub entity: String,
    pub entity_id: i64,
    pub op: String,
    pub at: i64,
}

/// A policy topic followed across the years.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub id: i64,
    pub slug: String,
    pub text_id: i64,
    pub name: Title,
    /// Points of the forum's 12-point mandate this topic serves.
    pub mandate_points: Vec<u8>,
}

/// A coalition's published document.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub id: i64,
    pub coalition_id: i64,
    pub kind: String,
    pub year: i64,
    pub text_id: i64,
    pub title: Title,
    pub created_at: i64,
    /// Who published it (none for outputs brought in from before the forum).
    pub created_by: Option<i64>,
}

/// One earlier (or the current) version of an original text.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub revision: i64,
    pub title: String,
    pub body_md: String,
    pub created_at: i64,
}

/// A member's signed dissent from an output.
#[derive(Debug, Clone, PartialEq)]
pub struct Dissent {
    pub id: i64,
    pub author: Voice,
    pub lang: String,
    pub body_html: String,
    pub created_at: i64,
    /// Signed by a new account while first posts are held: waits for review.
    pub held: bool,
    /// Hidden by a moderator or coordinator: the reason, shown in its place.
    pub hidden: Option<String>,
}

/// An earlier version of an edited post.
#[derive(Debug, Clone, PartialEq)]
pub struct PostVersion {
    pub version: i64,
    pub body_html: String,
    pub created_at: i64,
}

/// Something a participant follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowKind {
    Coalition,
    Thread,
    /// A policy topic: new discussions and outputs tagged with it, in any coalition.
    Topic,
}

impl FollowKind {
    pub fn code(self) -> &'static str {
        match self {
            FollowKind::Coalition => "coalition",
            FollowKind::Thread => "thread",
            FollowKind::Topic => "topic",
        }
    }
}

/// How closely something is watched (not watching at all is no watch).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatchLevel {
    /// Every post, new discussions and outputs.
    Everything,
    /// New discussions and outputs only.
    NewOnly,
}

impl WatchLevel {
    pub fn code(self) -> &'static str {
        match self {
            WatchLevel::Everything => "all",
            WatchLevel::NewOnly => "new",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "all" => Some(WatchLevel::Everything),
            "new" => Some(WatchLevel::NewOnly),
            _ => None,
        }
    }
}

/// Something to tell one participant. `kind` names the Fluent message
/// `notification-{kind}`, rendered when it is read, in the reader's language, with `args`
/// as its arguments (values that are whole numbers are passed as numbers, so plurals
/// work). `link` is a site path without the language prefix, e.g. `/threads/12`.
#[derive(Debug, Clone, PartialEq)]
pub struct NewNotification {
    pub participant_id: i64,
    pub kind: String,
    pub args: Vec<(String, String)>,
    pub link: String,
}

/// A notification as its reader lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Notification {
    pub id: i64,
    pub kind: String,
    pub args: Vec<(String, String)>,
    pub link: String,
    pub created_at: i64,
    pub read: bool,
}

/// What the automatic posting-rights rule looks at for one author.
#[derive(Debug, Clone, PartialEq)]
pub struct AbuseRecord {
    /// `(post, hidden at)` of the author's flagged posts that moderators hid (the flag
    /// upheld).
    pub upheld: Vec<(i64, i64)>,
    /// When posting rights were last given back, if ever: older abuse no longer counts.
    pub rights_restored_at: Option<i64>,
    pub posting_blocked: bool,
    pub role: Role,
}

/// What can be moved back in time, for imported history and the demo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dated {
    /// A thread with its posts (an hour apart, in order).
    Thread,
    /// A coalition output with its versions (a day apart, in order).
    Output,
}

/// How many members (or posts) speak for one stakeholder group from one UN regional
/// group: the grain the balance charts show, counted as writes happen.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct BalanceRow {
    pub group: StakeholderGroup,
    pub region: crate::Region,
    pub count: i64,
}

/// A post waiting for review, with the thread it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldPost {
    pub post_id: i64,
    pub thread_id: i64,
    pub thread_title: String,
}

/// A dissent waiting for review, with the output it is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeldDissent {
    pub dissent_id: i64,
    pub output_id: i64,
}

/// Where a post stands: its thread, that thread's coalition (if any) and its author.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PostContext {
    pub thread_id: i64,
    pub coalition_id: Option<i64>,
    pub author_id: i64,
}

/// Where a dissent stands: its output, that output's coalition and its author.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DissentContext {
    pub output_id: i64,
    pub coalition_id: i64,
    pub author_id: i64,
}
