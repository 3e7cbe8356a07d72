//! Who may do what. Every permission check in the application goes through [`decide`];
//! handlers never compare roles themselves. The table in docs/permissions.md is generated
//! from [`table`] and a test keeps the two equal.

use crate::model::Role;

/// Whoever makes a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Anonymous,
    Participant {
        id: i64,
        role: Role,
        suspended: bool,
        /// Trusted by the secretariat to approve translations.
        translator: bool,
        /// Posting rights removed by a moderator (membership stays).
        posting_blocked: bool,
    },
}

impl Actor {
    pub fn id(self) -> Option<i64> {
        match self {
            Actor::Anonymous => None,
            Actor::Participant { id, .. } => Some(id),
        }
    }

    fn active_role(self) -> Option<Role> {
        match self {
            Actor::Participant {
                role,
                suspended: false,
                ..
            } => Some(role),
            _ => None,
        }
    }
}

/// Something an actor may try, with the facts about its target that the rule needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action<'a> {
    /// Anything public: the forum's archives are open to everyone.
    Read,
    EditProfile {
        owner: i64,
    },
    ExportData {
        owner: i64,
    },
    DeleteAccount {
        owner: i64,
    },
    /// Suspend or reinstate an account whose site role is `target_role`.
    Suspend {
        target: i64,
        target_role: Role,
    },
    ReadAuditLog,
    /// Give `target` another site role. Nobody changes their own: the last secretariat
    /// member cannot lock everyone out.
    SetRole {
        target: i64,
    },
    ProposeTranslation,
    /// Mark someone as a trusted translator.
    SetTranslator,
    /// Join or leave a coalition (membership is open).
    JoinCoalition,
    /// Start a discussion thread or reply in one; `blocked_here` when the coalition the
    /// discussion belongs to removed the actor's posting rights there (by its
    /// coordinators' moderation, which never reaches beyond the coalition).
    Post {
        blocked_here: bool,
    },
    /// Propose a new coalition (the proposer becomes its coordinator).
    ProposeCoalition,
    /// Run a coalition: name co-coordinators, edit its action plan.
    ManageCoalition {
        coordinators: &'a [i64],
    },
    /// Recognise a coalition that meets the criteria.
    RecognizeCoalition,
    /// Sign a dissenting view on a coalition output (members of that coalition only).
    SignDissent {
        member: bool,
        blocked_here: bool,
    },
    /// Flag a post for the moderators, with a reason.
    FlagPost,
    /// Hide or restore posts, release held ones, see the queue, for discussions whose
    /// coalition is coordinated by `coordinators` (empty outside coalitions).
    Moderate {
        coordinators: &'a [i64],
    },
    /// Hide or restore a whole coalition, or publish one held for review: site staff only.
    HideCoalition,
    /// Hide or restore a dissent, or publish one held for review, on an output of the
    /// coalition coordinated by `coordinators`.
    HideDissent {
        coordinators: &'a [i64],
    },
    /// Remove or give back someone's posting rights (membership stays).
    BlockPosting {
        target: i64,
        target_role: Role,
    },
    /// Site settings, such as holding new accounts' first posts.
    ChangeSettings,
    /// Edit a post; only its author may, and only while allowed to post.
    EditPost {
        author: i64,
    },
    /// Follow a coalition or thread.
    Follow,
    /// Change an original text (its revision goes up; translations become outdated).
    EditContent {
        coordinators: &'a [i64],
    },
    /// Approve a translation of content whose coordinators are `coordinators`.
    ApproveTranslation {
        coordinators: &'a [i64],
    },
    /// Run a yearly meeting: editions, tracks, rooms, screening, assigning reviewers,
    /// decisions, the schedule and chasing reports.
    ManageMeeting,
    /// Draft a session proposal (the criteria decide whether it may be submitted).
    ProposeSession,
    /// Change a proposal: its organisers only.
    EditProposal {
        organisers: &'a [i64],
    },
    /// See a proposal that is not public yet.
    ViewProposal {
        organisers: &'a [i64],
        reviewers: &'a [i64],
    },
    /// See one's queue of proposals to review: reviewers.
    SeeReviewQueue,
    /// Score a proposal: a reviewer it was assigned to.
    ReviewProposal {
        assigned: bool,
    },
    /// File a session's report: its organisers, or the secretariat on their behalf.
    FileReport {
        organisers: &'a [i64],
    },
    /// Put a session in one's personal agenda.
    RegisterInterest,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Not signed in: sign in first (the app redirects to the sign-in page).
    SignInFirst,
    /// Signed in, but not allowed (403).
    Forbidden,
}

pub fn decide(actor: Actor, action: Action<'_>) -> Decision {
    use Decision::*;
    if action == Action::Read {
        return Allow;
    }
    let (id, translator, posting_blocked) = match actor {
        Actor::Anonymous => return SignInFirst,
        Actor::Participant {
            id,
            translator,
            posting_blocked,
            ..
        } => (id, translator, posting_blocked),
    };
    // A suspended account keeps only what the law and fairness require: its own data.
    let own = |owner: i64| owner == id;
    let Some(role) = actor.active_role() else {
        return match action {
            Action::ExportData { owner } | Action::DeleteAccount { owner } if own(owner) => Allow,
            _ => Forbidden,
        };
    };
    let staff = matches!(role, Role::Secretariat | Role::Moderator);
    let allowed = match action {
        Action::Read => true,
        Action::EditProfile { owner } => own(owner) || role == Role::Secretariat,
        Action::ExportData { owner } | Action::DeleteAccount { owner } => own(owner),
        // Nobody suspends themselves; moderators cannot suspend the secretariat.
        Action::Suspend {
            target,
            target_role,
        } => {
            !own(target)
                && (role == Role::Secretariat
                    || (role == Role::Moderator && target_role != Role::Secretariat))
        }
        Action::ReadAuditLog => staff,
        Action::SetRole { target } => role == Role::Secretariat && !own(target),
        Action::ProposeTranslation => true,
        Action::ApproveTranslation { coordinators } => {
            role == Role::Secretariat || translator || coordinators.contains(&id)
        }
        Action::SetTranslator => role == Role::Secretariat,
        Action::JoinCoalition | Action::FlagPost => true,
        // Proposing a coalition publishes its name and mission: it is posting.
        Action::ProposeCoalition => !posting_blocked,
        Action::Post { blocked_here } => !posting_blocked && !blocked_here,
        Action::SignDissent {
            member,
            blocked_here,
        } => member && !posting_blocked && !blocked_here,
        // Coordinators moderate their own coalition's discussions.
        Action::Moderate { coordinators } => staff || coordinators.contains(&id),
        Action::HideCoalition => staff,
        Action::HideDissent { coordinators } => staff || coordinators.contains(&id),
        Action::BlockPosting {
            target,
            target_role,
        } => {
            !own(target)
                && (role == Role::Secretariat
                    || (role == Role::Moderator && target_role != Role::Secretariat))
        }
        Action::ChangeSettings => role == Role::Secretariat,
        Action::EditPost { author } => own(author) && !posting_blocked,
        Action::Follow => true,
        Action::ManageCoalition { coordinators } => {
            role == Role::Secretariat || coordinators.contains(&id)
        }
        Action::RecognizeCoalition => role == Role::Secretariat,
        Action::EditContent { coordinators } => {
            role == Role::Secretariat || coordinators.contains(&id)
        }
        Action::ManageMeeting => role == Role::Secretariat,
        Action::ProposeSession | Action::RegisterInterest => true,
        Action::EditProposal { organisers } => organisers.contains(&id),
        Action::ViewProposal {
            organisers,
            reviewers,
        } => role == Role::Secretariat || organisers.contains(&id) || reviewers.contains(&id),
        Action::SeeReviewQueue => role == Role::Reviewer,
        Action::ReviewProposal { assigned } => role == Role::Reviewer && assigned,
        Action::FileReport { organisers } => role == Role::Secretariat || organisers.contains(&id),
    };
    if allowed {
        Allow
    } else {
        Forbidden
    }
}

/// The people in the documented table.
pub const PERSONAS: &[&str] = &[
    "anonymous",
    "suspended",
    "participant",
    "translator",
    "coordinator",
    "reviewer",
    "moderator",
    "secretariat",
];

const ME: i64 = 1;
const SOMEONE_ELSE: i64 = 2;

fn persona(name: &str) -> Actor {
    let p = |role| Actor::Participant {
        id: ME,
        role,
        suspended: false,
        translator: false,
        posting_blocked: false,
    };
    match name {
        "suspended" => Actor::Participant {
            id: ME,
            role: Role::Participant,
            suspended: true,
            translator: false,
            posting_blocked: false,
        },
        "translator" => Actor::Participant {
            id: ME,
            role: Role::Participant,
            suspended: false,
            translator: true,
            posting_blocked: false,
        },
        "participant" | "coordinator" => p(Role::Participant),
        "reviewer" => p(Role::Reviewer),
        "moderator" => p(Role::Moderator),
        "secretariat" => p(Role::Secretariat),
        _ => Actor::Anonymous,
    }
}

/// Each documented action, evaluated for a persona (the coordinator coordinates the
/// content concerned; "own" and "other" are the persona's own account or someone else's).
/// How one row of the table decides for a persona.
pub type Rule = fn(&str) -> Decision;

pub fn table_rows() -> Vec<(&'static str, Rule)> {
    fn coordinators(name: &str) -> &'static [i64] {
        if name == "coordinator" {
            &[ME]
        } else {
            &[SOMEONE_ELSE]
        }
    }
    vec![
        ("read the forum", |p| decide(persona(p), Action::Read)),
        ("edit own profile", |p| {
            decide(persona(p), Action::EditProfile { owner: ME })
        }),
        ("edit another's profile", |p| {
            decide(
                persona(p),
                Action::EditProfile {
                    owner: SOMEONE_ELSE,
                },
            )
        }),
        ("export own data", |p| {
            decide(persona(p), Action::ExportData { owner: ME })
        }),
        ("delete own account", |p| {
            decide(persona(p), Action::DeleteAccount { owner: ME })
        }),
        ("suspend a participant", |p| {
            decide(
                persona(p),
                Action::Suspend {
                    target: SOMEONE_ELSE,
                    target_role: Role::Participant,
                },
            )
        }),
        ("suspend a secretariat member", |p| {
            decide(
                persona(p),
                Action::Suspend {
                    target: SOMEONE_ELSE,
                    target_role: Role::Secretariat,
                },
            )
        }),
        ("read the audit log", |p| {
            decide(persona(p), Action::ReadAuditLog)
        }),
        ("set someone's role", |p| {
            decide(
                persona(p),
                Action::SetRole {
                    target: SOMEONE_ELSE,
                },
            )
        }),
        ("set own role", |p| {
            decide(persona(p), Action::SetRole { target: ME })
        }),
        ("trust someone as translator", |p| {
            decide(persona(p), Action::SetTranslator)
        }),
        ("join or leave a coalition", |p| {
            decide(persona(p), Action::JoinCoalition)
        }),
        ("start a thread or reply", |p| {
            decide(
                persona(p),
                Action::Post {
                    blocked_here: false,
                },
            )
        }),
        (
            "start a thread or reply in a coalition that removed one's posting rights",
            |p| decide(persona(p), Action::Post { blocked_here: true }),
        ),
        ("propose a coalition", |p| {
            decide(persona(p), Action::ProposeCoalition)
        }),
        ("name a coalition's co-coordinators", |p| {
            decide(
                persona(p),
                Action::ManageCoalition {
                    coordinators: coordinators(p),
                },
            )
        }),
        ("sign a dissent on an output of one's own coalition", |p| {
            decide(
                persona(p),
                Action::SignDissent {
                    member: true,
                    blocked_here: false,
                },
            )
        }),
        ("sign a dissent on another coalition's output", |p| {
            decide(
                persona(p),
                Action::SignDissent {
                    member: false,
                    blocked_here: false,
                },
            )
        }),
        ("flag a post", |p| decide(persona(p), Action::FlagPost)),
        ("edit one's own post", |p| {
            decide(persona(p), Action::EditPost { author: ME })
        }),
        ("edit someone else's post", |p| {
            decide(
                persona(p),
                Action::EditPost {
                    author: SOMEONE_ELSE,
                },
            )
        }),
        ("follow a coalition or thread", |p| {
            decide(persona(p), Action::Follow)
        }),
        ("moderate a coalition's discussions", |p| {
            decide(
                persona(p),
                Action::Moderate {
                    coordinators: coordinators(p),
                },
            )
        }),
        ("hide a coalition", |p| {
            decide(persona(p), Action::HideCoalition)
        }),
        ("hide a dissent on an output of one's coalition", |p| {
            decide(
                persona(p),
                Action::HideDissent {
                    coordinators: coordinators(p),
                },
            )
        }),
        ("remove someone's posting rights", |p| {
            decide(
                persona(p),
                Action::BlockPosting {
                    target: SOMEONE_ELSE,
                    target_role: Role::Participant,
                },
            )
        }),
        ("change site settings", |p| {
            decide(persona(p), Action::ChangeSettings)
        }),
        ("recognise a coalition", |p| {
            decide(persona(p), Action::RecognizeCoalition)
        }),
        ("propose a translation", |p| {
            decide(persona(p), Action::ProposeTranslation)
        }),
        ("edit an original text", |p| {
            decide(
                persona(p),
                Action::EditContent {
                    coordinators: coordinators(p),
                },
            )
        }),
        ("approve a translation", |p| {
            decide(
                persona(p),
                Action::ApproveTranslation {
                    coordinators: coordinators(p),
                },
            )
        }),
        ("run a yearly meeting (call, review, schedule)", |p| {
            decide(persona(p), Action::ManageMeeting)
        }),
        ("draft a session proposal", |p| {
            decide(persona(p), Action::ProposeSession)
        }),
        ("edit a proposal one organises", |p| {
            decide(persona(p), Action::EditProposal { organisers: &[ME] })
        }),
        ("edit someone else's proposal", |p| {
            decide(
                persona(p),
                Action::EditProposal {
                    organisers: &[SOMEONE_ELSE],
                },
            )
        }),
        (
            "see an unpublished proposal assigned to one for review",
            |p| {
                decide(
                    persona(p),
                    Action::ViewProposal {
                        organisers: &[SOMEONE_ELSE],
                        reviewers: &[ME],
                    },
                )
            },
        ),
        ("see someone else's unpublished proposal", |p| {
            decide(
                persona(p),
                Action::ViewProposal {
                    organisers: &[SOMEONE_ELSE],
                    reviewers: &[],
                },
            )
        }),
        ("see one's queue of proposals to review", |p| {
            decide(persona(p), Action::SeeReviewQueue)
        }),
        ("score a proposal assigned to one", |p| {
            decide(persona(p), Action::ReviewProposal { assigned: true })
        }),
        ("score a proposal not assigned to one", |p| {
            decide(persona(p), Action::ReviewProposal { assigned: false })
        }),
        ("file the report of a session one organises", |p| {
            decide(persona(p), Action::FileReport { organisers: &[ME] })
        }),
        ("file the report of someone else's session", |p| {
            decide(
                persona(p),
                Action::FileReport {
                    organisers: &[SOMEONE_ELSE],
                },
            )
        }),
        ("add a session to one's agenda", |p| {
            decide(persona(p), Action::RegisterInterest)
        }),
    ]
}

/// The role × action table as Markdown, for docs/permissions.md.
pub fn table_markdown() -> String {
    let mut out = String::from("| action |");
    for p in PERSONAS {
        out.push_str(&format!(" {p} |"));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(PERSONAS.len()));
    out.push('\n');
    for (name, rule) in table_rows() {
        out.push_str(&format!("| {name} |"));
        for p in PERSONAS {
            let cell = match rule(p) {
                Decision::Allow => "yes",
                Decision::SignInFirst => "sign in",
                Decision::Forbidden => "no",
            };
            out.push_str(&format!(" {cell} |"));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Decision::*;

    fn row(name: &str) -> Vec<Decision> {
        let (_, rule) = table_rows()
            .into_iter()
            .find(|(n, _)| *n == name)
            .expect("row");
        PERSONAS.iter().map(|p| rule(p)).collect()
    }

    // Columns: anonymous, suspended, participant, translator, coordinator, reviewer,
    // moderator, secretariat
    #[test]
    fn the_table() {
        let a = Allow;
        let s = SignInFirst;
        let f = Forbidden;
        assert_eq!(row("read the forum"), [a, a, a, a, a, a, a, a]);
        assert_eq!(row("edit own profile"), [s, f, a, a, a, a, a, a]);
        assert_eq!(row("edit another's profile"), [s, f, f, f, f, f, f, a]);
        assert_eq!(row("export own data"), [s, a, a, a, a, a, a, a]);
        assert_eq!(row("delete own account"), [s, a, a, a, a, a, a, a]);
        assert_eq!(row("suspend a participant"), [s, f, f, f, f, f, a, a]);
        assert_eq!(
            row("suspend a secretariat member"),
            [s, f, f, f, f, f, f, a]
        );
        assert_eq!(row("read the audit log"), [s, f, f, f, f, f, a, a]);
        assert_eq!(row("set someone's role"), [s, f, f, f, f, f, f, a]);
        assert_eq!(row("trust someone as translator"), [s, f, f, f, f, f, f, a]);
        assert_eq!(row("propose a translation"), [s, f, a, a, a, a, a, a]);
        assert_eq!(row("join or leave a coalition"), [s, f, a, a, a, a, a, a]);
        assert_eq!(row("start a thread or reply"), [s, f, a, a, a, a, a, a]);
        assert_eq!(
            row("start a thread or reply in a coalition that removed one's posting rights"),
            [s, f, f, f, f, f, f, f]
        );
        assert_eq!(row("hide a coalition"), [s, f, f, f, f, f, a, a]);
        assert_eq!(
            row("hide a dissent on an output of one's coalition"),
            [s, f, f, f, a, f, a, a]
        );
        assert_eq!(row("propose a coalition"), [s, f, a, a, a, a, a, a]);
        assert_eq!(
            row("name a coalition's co-coordinators"),
            [s, f, f, f, a, f, f, a]
        );
        assert_eq!(row("recognise a coalition"), [s, f, f, f, f, f, f, a]);
        assert_eq!(row("flag a post"), [s, f, a, a, a, a, a, a]);
        assert_eq!(row("edit one's own post"), [s, f, a, a, a, a, a, a]);
        assert_eq!(row("edit someone else's post"), [s, f, f, f, f, f, f, f]);
        assert_eq!(
            row("follow a coalition or thread"),
            [s, f, a, a, a, a, a, a]
        );
        assert_eq!(
            row("moderate a coalition's discussions"),
            [s, f, f, f, a, f, a, a]
        );
        assert_eq!(
            row("remove someone's posting rights"),
            [s, f, f, f, f, f, a, a]
        );
        assert_eq!(row("change site settings"), [s, f, f, f, f, f, f, a]);
        assert_eq!(
            row("sign a dissent on an output of one's own coalition"),
            [s, f, a, a, a, a, a, a]
        );
        assert_eq!(
            row("sign a dissent on another coalition's output"),
            [s, f, f, f, f, f, f, f]
        );
        assert_eq!(row("approve a translation"), [s, f, f, a, a, f, f, a]);
        assert_eq!(row("edit an original text"), [s, f, f, f, a, f, f, a]);
        assert_eq!(
            row("run a yearly meeting (call, review, schedule)"),
            [s, f, f, f, f, f, f, a]
        );
        assert_eq!(row("draft a session proposal"), [s, f, a, a, a, a, a, a]);
        assert_eq!(
            row("edit a proposal one organises"),
            [s, f, a, a, a, a, a, a]
        );
        assert_eq!(
            row("edit someone else's proposal"),
            [s, f, f, f, f, f, f, f]
        );
        assert_eq!(
            row("see an unpublished proposal assigned to one for review"),
            [s, f, a, a, a, a, a, a]
        );
        assert_eq!(
            row("see someone else's unpublished proposal"),
            [s, f, f, f, f, f, f, a]
        );
        assert_eq!(
            row("see one's queue of proposals to review"),
            [s, f, f, f, f, a, f, f]
        );
        assert_eq!(
            row("score a proposal assigned to one"),
            [s, f, f, f, f, a, f, f]
        );
        assert_eq!(
            row("score a proposal not assigned to one"),
            [s, f, f, f, f, f, f, f]
        );
        assert_eq!(
            row("file the report of a session one organises"),
            [s, f, a, a, a, a, a, a]
        );
        assert_eq!(
            row("file the report of someone else's session"),
            [s, f, f, f, f, f, f, a]
        );
        assert_eq!(
            row("add a session to one's agenda"),
            [s, f, a, a, a, a, a, a]
        );
    }

    #[test]
    fn blocked_posters_keep_membership_but_cannot_post() {
        let blocked = Actor::Participant {
            id: 3,
            role: Role::Participant,
            suspended: false,
            translator: false,
            posting_blocked: true,
        };
        let post = Action::Post {
            blocked_here: false,
        };
        assert_eq!(decide(blocked, post), Forbidden);
        let sign = Action::SignDissent {
            member: true,
            blocked_here: false,
        };
        assert_eq!(decide(blocked, sign), Forbidden);
        assert_eq!(decide(blocked, Action::ProposeCoalition), Forbidden);
        assert_eq!(decide(blocked, Action::JoinCoalition), Allow);
        assert_eq!(decide(blocked, Action::Read), Allow);
    }

    #[test]
    fn a_coalitions_block_reaches_only_that_coalition() {
        let moderator = Actor::Participant {
            id: 4,
            role: Role::Moderator,
            suspended: false,
            translator: false,
            posting_blocked: false,
        };
        assert_eq!(
            decide(moderator, Action::Post { blocked_here: true }),
            Forbidden
        );
        let sign = Action::SignDissent {
            member: true,
            blocked_here: true,
        };
        assert_eq!(decide(moderator, sign), Forbidden);
        let elsewhere = Action::Post {
            blocked_here: false,
        };
        assert_eq!(decide(moderator, elsewhere), Allow);
        assert_eq!(decide(moderator, Action::ProposeCoalition), Allow);
    }

    #[test]
    fn nobody_suspends_themselves() {
        let me = Actor::Participant {
            id: 7,
            role: Role::Secretariat,
            suspended: false,
            translator: false,
            posting_blocked: false,
        };
        let action = Action::Suspend {
            target: 7,
            target_role: Role::Secretariat,
        };
        assert_eq!(decide(me, action), Forbidden);
    }
}
