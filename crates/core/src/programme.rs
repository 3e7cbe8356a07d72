//! The yearly meeting's records as stored: editions' call settings, tracks, rooms,
//! proposals (which become sessions), speakers, reviews and reports. The rules over
//! them live in [`crate::meeting`].

use crate::meeting::{
    Gender, InvitationKind, InvitationState, Mode, SessionFormat, SessionType, SpeakerRole, Status,
};
use crate::model::{NewText, Title};
use crate::StakeholderGroup;
use serde::{Deserialize, Serialize};

/// What the secretariat sets for an edition beyond its identity.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EditionSettings {
    pub host_country: String,
    pub city: String,
    pub starts_on: String,
    pub ends_on: String,
    /// IANA name of the venue's time zone.
    pub time_zone: String,
    pub call_opens_on: Option<String>,
    pub call_closes_on: Option<String>,
    pub proposal_limit: i64,
    pub word_limit: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    pub id: i64,
    pub text_id: i64,
    pub name: Title,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Room {
    pub id: i64,
    pub name: String,
    pub capacity: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewProposal {
    pub edition_id: i64,
    pub created_by: i64,
    pub text: NewText,
    pub fields: ProposalFields,
}

/// Everything an organiser fills in besides title and description.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProposalFields {
    pub track_id: Option<i64>,
    pub session_type: Option<SessionType>,
    pub format: Option<SessionFormat>,
    pub duration: Option<i64>,
    pub mode: Option<Mode>,
    pub policy_questions: String,
    /// The language the session is held in.
    pub lang: String,
    pub topics: Vec<i64>,
    pub coalitions: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub id: i64,
    pub edition_id: i64,
    pub year: i64,
    pub text_id: i64,
    pub title: Title,
    pub status: Status,
    pub fields: ProposalFields,
    pub created_by: i64,
    pub created_at: i64,
    pub submitted_at: Option<i64>,
    pub merge_with: Option<i64>,
    pub room_id: Option<i64>,
    /// Venue time, `YYYY-MM-DDTHH:MM`, once placed.
    pub starts_at: Option<String>,
    pub online_url: String,
    pub interest_count: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewSpeaker {
    pub participant_id: Option<i64>,
    pub name: String,
    pub organisation: String,
    pub group: StakeholderGroup,
    pub country: String,
    pub gender: Gender,
    pub role: SpeakerRole,
    pub onsite: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    pub id: i64,
    pub proposal_id: i64,
    pub person: NewSpeaker,
}

/// An organiser with what the criteria and the review need to know about them.
#[derive(Debug, Clone, PartialEq)]
pub struct Organiser {
    pub id: i64,
    pub name: String,
    pub affiliation: String,
    pub country: String,
    pub group: StakeholderGroup,
    pub reviewer: bool,
    /// Accepted sessions of earlier editions still without a full report.
    pub missing_reports: i64,
    /// Other proposals submitted to the same edition.
    pub submitted_this_year: i64,
    /// Proposals submitted to earlier editions (none: a first-time proposer).
    pub earlier_proposals: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub proposal_id: i64,
    pub reviewer_id: i64,
    pub reviewer_name: String,
    pub scores: crate::meeting::Scores,
    pub comments: String,
    pub created_at: i64,
}

/// Participation as counted by the rapporteur.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Participation {
    /// Stakeholder group code → people.
    pub groups: Vec<(String, i64)>,
    /// Gender code → people.
    pub genders: Vec<(String, i64)>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportFields {
    pub lang: String,
    pub key_messages: String,
    pub key_issues: String,
    pub presentations: String,
    pub discussion: String,
    pub takeaways: String,
    pub onsite_count: i64,
    pub online_count: i64,
    pub participation: Participation,
    /// Live captions or transcript: published, never an authoritative record.
    pub transcript: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub proposal_id: i64,
    pub fields: ReportFields,
    pub short_at: Option<i64>,
    pub full_at: Option<i64>,
    pub filed_by: Option<i64>,
}

/// What an organiser typed about a speaker they invite by email. Blanks are filled from
/// the invitee's public profile only once they accept (see
/// [`crate::meeting::accepted_speaker`]); until then nothing of their account is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct InvitedSpeaker {
    pub name: String,
    pub organisation: String,
    pub group: Option<StakeholderGroup>,
    pub country: String,
    pub gender: Gender,
    pub role: SpeakerRole,
    pub onsite: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewInvitation {
    pub proposal_id: i64,
    pub kind: InvitationKind,
    /// The address as the organiser typed it (lower-cased).
    pub email: String,
    /// The participant with that address, if any: never shown to the organisers. An
    /// invitation without one is simply never accepted.
    pub participant_id: Option<i64>,
    pub invited_by: i64,
    /// For speaker invitations.
    pub speaker: Option<InvitedSpeaker>,
}

/// A speaker or co-organiser named by email who has not accepted (yet).
#[derive(Debug, Clone, PartialEq)]
pub struct Invitation {
    pub id: i64,
    pub created_at: i64,
    pub state: InvitationState,
    pub new: NewInvitation,
}
