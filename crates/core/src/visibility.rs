//! Who may see what. Every read path (pages, lists, the translation tools, histories,
//! quoting, notifications) asks these functions, so a text, a post or a thread is shown
//! by the same rule wherever it appears. Lists filter in SQL by the same facts; these
//! functions are the rule those queries follow.

use crate::meeting::Status;
use crate::permissions::{decide, Action, Actor, Decision};

/// What a text belongs to, with the facts about its owner the rule needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextOwner {
    /// A page, a coalition, an output, a topic, an edition's theme or a track: public.
    Public,
    /// A session proposal's title and description.
    Proposal {
        status: Status,
        organisers: Vec<i64>,
        /// Assigned reviewers who may see it (those sharing an organisation with an
        /// organiser already left out).
        reviewers: Vec<i64>,
    },
    /// A coalition's name and mission.
    Coalition {
        /// Proposed by a held account: waits for review.
        held: bool,
        /// Hidden by a moderator.
        hidden: bool,
        coordinators: Vec<i64>,
    },
}

/// Whether `actor` may see a session proposal: accepted sessions are public; anything
/// else (drafts, submitted, in review, declined, merged) only for its organisers, the
/// secretariat and its assigned reviewers, as [`Action::ViewProposal`] decides.
pub fn may_see_proposal(
    actor: Actor,
    status: Status,
    organisers: &[i64],
    reviewers: &[i64],
) -> bool {
    !status.is_private()
        || decide(
            actor,
            Action::ViewProposal {
                organisers,
                reviewers,
            },
        ) == Decision::Allow
}

/// Whether `actor` may see a coalition: site moderators always; one waiting for review
/// also its coordinators; a hidden one nobody else (its page then says only that it was
/// hidden and why).
pub fn may_see_coalition(actor: Actor, held: bool, hidden: bool, coordinators: &[i64]) -> bool {
    if decide(actor, Action::HideCoalition) == Decision::Allow {
        return true;
    }
    !hidden && (!held || actor.id().is_some_and(|id| coordinators.contains(&id)))
}

/// Whether `actor` may see a text (its title and body, in any language).
pub fn may_see_text(actor: Actor, owner: &TextOwner) -> bool {
    match owner {
        TextOwner::Public => true,
        TextOwner::Proposal {
            status,
            organisers,
            reviewers,
        } => may_see_proposal(actor, *status, organisers, reviewers),
        TextOwner::Coalition {
            held,
            hidden,
            coordinators,
        } => may_see_coalition(actor, *held, *hidden, coordinators),
    }
}

/// The facts about one post that decide who sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PostFacts<'a> {
    pub author: i64,
    /// Waiting for a moderator's review.
    pub held: bool,
    /// Hidden by moderation.
    pub hidden: bool,
    /// Who coordinates the coalition the post's discussion belongs to (empty outside).
    pub coordinators: &'a [i64],
}

/// What a reader may see of a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostView {
    /// Not shown at all: a held post, to anyone but its author and moderators.
    Nothing,
    /// Only the notice that it was hidden, with the reason; never its body, source or
    /// earlier versions.
    HiddenNotice,
    /// Everything: body, source (for quoting) and history.
    Full,
}

impl PostView {
    pub fn is_full(self) -> bool {
        self == PostView::Full
    }
}

/// Whether `actor` moderates where the post or thread is (staff, or the coalition's
/// coordinators).
pub fn moderates(actor: Actor, coordinators: &[i64]) -> bool {
    decide(actor, Action::Moderate { coordinators }) == Decision::Allow
}

/// What `actor` may see of a post: held posts only their author and those who moderate
/// there; hidden posts' body, source and history only moderators there (everyone else,
/// the author included, sees the hidden notice).
pub fn post_view(actor: Actor, post: PostFacts<'_>) -> PostView {
    let moderator = moderates(actor, post.coordinators);
    let author = actor.id() == Some(post.author);
    if post.held && !(author || moderator) {
        return PostView::Nothing;
    }
    if post.hidden && !moderator {
        return PostView::HiddenNotice;
    }
    PostView::Full
}

/// Whether `actor` may change a post: its author while allowed to post, and never once
/// it is hidden (editing would move the hidden text into the public history).
pub fn may_edit_post(actor: Actor, author: i64, hidden: bool) -> bool {
    !hidden && decide(actor, Action::EditPost { author }) == Decision::Allow
}

/// The facts about a thread's opening post that decide whether the thread exists for a
/// reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThreadFacts<'a> {
    /// Who opened it.
    pub author: i64,
    /// Its opening post is held: the thread waits with it.
    pub opening_held: bool,
    pub coordinators: &'a [i64],
}

/// Whether `actor` may list or read a thread: a thread whose opening post is held exists
/// only for its author and those who moderate there.
pub fn may_see_thread(actor: Actor, thread: ThreadFacts<'_>) -> bool {
    !thread.opening_held
        || actor.id() == Some(thread.author)
        || moderates(actor, thread.coordinators)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    fn who(id: i64, role: Role) -> Actor {
        Actor::Participant {
            id,
            role,
            suspended: false,
            translator: false,
            posting_blocked: false,
        }
    }

    const ORGANISER: i64 = 1;
    const REVIEWER: i64 = 2;
    const STRANGER: i64 = 3;
    const COORDINATOR: i64 = 4;

    fn proposal(status: Status) -> TextOwner {
        TextOwner::Proposal {
            status,
            organisers: vec![ORGANISER],
            reviewers: vec![REVIEWER],
        }
    }

    #[test]
    fn public_texts_are_seen_by_everyone() {
        assert!(may_see_text(Actor::Anonymous, &TextOwner::Public));
        assert!(may_see_text(Actor::Anonymous, &proposal(Status::Accepted)));
    }

    #[test]
    fn private_proposals_only_to_organisers_reviewers_and_the_secretariat() {
        for status in [
            Status::Draft,
            Status::Submitted,
            Status::InReview,
            Status::Declined,
            Status::MergeRequested,
            Status::Merged,
        ] {
            let owner = proposal(status);
            assert!(!may_see_text(Actor::Anonymous, &owner), "{status:?}");
            assert!(!may_see_text(who(STRANGER, Role::Participant), &owner));
            assert!(!may_see_text(who(STRANGER, Role::Moderator), &owner));
            assert!(!may_see_text(who(STRANGER, Role::Reviewer), &owner));
            assert!(may_see_text(who(ORGANISER, Role::Participant), &owner));
            assert!(may_see_text(who(REVIEWER, Role::Reviewer), &owner));
            assert!(may_see_text(who(STRANGER, Role::Secretariat), &owner));
        }
    }

    #[test]
    fn held_coalitions_to_coordinators_and_moderators_hidden_ones_to_moderators() {
        let founder = who(1, Role::Participant);
        let other = who(2, Role::Participant);
        let moderator = who(3, Role::Moderator);
        let coalition = |held, hidden| TextOwner::Coalition {
            held,
            hidden,
            coordinators: vec![1],
        };
        for reader in [Actor::Anonymous, founder, other, moderator] {
            assert!(may_see_text(reader, &coalition(false, false)));
        }
        assert!(may_see_text(founder, &coalition(true, false)));
        assert!(may_see_text(moderator, &coalition(true, false)));
        assert!(!may_see_text(other, &coalition(true, false)));
        assert!(!may_see_text(Actor::Anonymous, &coalition(true, false)));
        assert!(may_see_text(moderator, &coalition(false, true)));
        assert!(!may_see_text(founder, &coalition(false, true)));
        assert!(!may_see_text(other, &coalition(false, true)));
    }

    #[test]
    fn suspended_organisers_lose_sight_of_their_drafts() {
        let suspended = Actor::Participant {
            id: ORGANISER,
            role: Role::Participant,
            suspended: true,
            translator: false,
            posting_blocked: false,
        };
        assert!(!may_see_text(suspended, &proposal(Status::Draft)));
    }

    fn post(held: bool, hidden: bool, coordinators: &[i64]) -> PostFacts<'_> {
        PostFacts {
            author: ORGANISER,
            held,
            hidden,
            coordinators,
        }
    }

    #[test]
    fn ordinary_posts_are_seen_in_full() {
        let p = post(false, false, &[]);
        assert_eq!(post_view(Actor::Anonymous, p), PostView::Full);
        assert_eq!(
            post_view(who(STRANGER, Role::Participant), p),
            PostView::Full
        );
    }

    #[test]
    fn held_posts_only_to_the_author_and_moderators_there() {
        let c = [COORDINATOR];
        let p = post(true, false, &c);
        assert_eq!(post_view(Actor::Anonymous, p), PostView::Nothing);
        assert_eq!(
            post_view(who(STRANGER, Role::Participant), p),
            PostView::Nothing
        );
        assert_eq!(
            post_view(who(ORGANISER, Role::Participant), p),
            PostView::Full
        );
        assert_eq!(
            post_view(who(COORDINATOR, Role::Participant), p),
            PostView::Full
        );
        assert_eq!(post_view(who(STRANGER, Role::Moderator), p), PostView::Full);
    }

    #[test]
    fn hidden_posts_show_their_body_only_to_moderators_there() {
        let c = [COORDINATOR];
        let p = post(false, true, &c);
        assert_eq!(post_view(Actor::Anonymous, p), PostView::HiddenNotice);
        assert_eq!(
            post_view(who(ORGANISER, Role::Participant), p),
            PostView::HiddenNotice,
            "not even to its author"
        );
        assert_eq!(
            post_view(who(COORDINATOR, Role::Participant), p),
            PostView::Full
        );
        assert_eq!(
            post_view(who(STRANGER, Role::Secretariat), p),
            PostView::Full
        );
        // A coordinator elsewhere does not moderate here.
        assert_eq!(
            post_view(who(COORDINATOR, Role::Participant), post(false, true, &[])),
            PostView::HiddenNotice
        );
    }

    #[test]
    fn hidden_posts_cannot_be_edited() {
        let me = who(ORGANISER, Role::Participant);
        assert!(may_edit_post(me, ORGANISER, false));
        assert!(!may_edit_post(me, ORGANISER, true));
        assert!(!may_edit_post(me, STRANGER, false));
        assert!(!may_edit_post(Actor::Anonymous, ORGANISER, false));
    }

    #[test]
    fn threads_opened_by_a_held_post_exist_only_for_author_and_moderators() {
        let c = [COORDINATOR];
        let t = ThreadFacts {
            author: ORGANISER,
            opening_held: true,
            coordinators: &c,
        };
        assert!(!may_see_thread(Actor::Anonymous, t));
        assert!(!may_see_thread(who(STRANGER, Role::Participant), t));
        assert!(may_see_thread(who(ORGANISER, Role::Participant), t));
        assert!(may_see_thread(who(COORDINATOR, Role::Participant), t));
        assert!(may_see_thread(who(STRANGER, Role::Moderator), t));
        let released = ThreadFacts {
            opening_held: false,
            ..t
        };
        assert!(may_see_thread(Actor::Anonymous, released));
    }
}
