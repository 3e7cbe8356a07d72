//! Who hears of what is written in the discussions they follow. Following a coalition
//! means following every discussion in it, so a new post reaches the followers of its
//! thread and of the thread's coalition, once each; a new discussion reaches the
//! coalition's followers. Nobody is told of their own words, nor of anything written
//! before they started following.

use crate::model::NewNotification;

/// Notification kinds, each the Fluent message `notification-{kind}`.
pub const NEW_POST: &str = "new-post";
pub const NEW_THREAD: &str = "new-thread";
pub const POSTING_REMOVED: &str = "posting-removed";
pub const COALITION_POSTING_REMOVED: &str = "coalition-posting-removed";

/// Someone named a participant as a speaker or co-organiser of a session proposal; the
/// invitee answers on their notifications page.
pub const INVITED_SPEAKER: &str = "invited-speaker";
pub const INVITED_ORGANISER: &str = "invited-organiser";

/// Telling a participant they were invited to a proposal, by whom; linking to where
/// they accept or decline.
pub fn invited(
    invitee: i64,
    kind: crate::meeting::InvitationKind,
    inviter_name: &str,
    proposal_title: &str,
) -> NewNotification {
    let kind = match kind {
        crate::meeting::InvitationKind::Speaker => INVITED_SPEAKER,
        crate::meeting::InvitationKind::Organiser => INVITED_ORGANISER,
    };
    NewNotification {
        participant_id: invitee,
        kind: kind.to_string(),
        args: vec![
            ("who".to_string(), inviter_name.to_string()),
            ("title".to_string(), proposal_title.to_string()),
        ],
        link: "/notifications#invitations".to_string(),
    }
}

/// `(participant, following since)` of everyone following the thread or its coalition;
/// returns each participant to notify once, in id order.
pub fn recipients(followers: &[(i64, i64)], author: i64, written_at: i64) -> Vec<i64> {
    let mut ids: Vec<i64> = followers
        .iter()
        .filter(|(who, since)| *who != author && *since <= written_at)
        .map(|(who, _)| *who)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Where a post is read: its thread's page that starts with it.
pub fn post_link(thread_id: i64, post_id: i64) -> String {
    format!("/threads/{thread_id}?after={}#post-{post_id}", post_id - 1)
}

/// The notifications for a post (or, when `opening`, a new discussion).
pub fn about_post(
    recipients: &[i64],
    opening: bool,
    thread_id: i64,
    post_id: i64,
    author_name: &str,
    thread_title: &str,
) -> Vec<NewNotification> {
    let (kind, link) = if opening {
        (NEW_THREAD, format!("/threads/{thread_id}"))
    } else {
        (NEW_POST, post_link(thread_id, post_id))
    };
    recipients
        .iter()
        .map(|&participant_id| NewNotification {
            participant_id,
            kind: kind.to_string(),
            args: vec![
                ("author".to_string(), author_name.to_string()),
                ("title".to_string(), thread_title.to_string()),
            ],
            link: link.clone(),
        })
        .collect()
}

/// The notifications for a coalition's new output.
pub fn about_output(recipients: &[i64], output_id: i64, title: &str) -> Vec<NewNotification> {
    recipients
        .iter()
        .map(|&participant_id| NewNotification {
            participant_id,
            kind: "new-output".to_string(),
            args: vec![("title".to_string(), title.to_string())],
            link: format!("/outputs/{output_id}"),
        })
        .collect()
}

/// Telling an author that repeated abuse cost them their posting rights (but not their
/// memberships), linking to the Code of Conduct.
pub fn posting_removed(author: i64, upheld: u32) -> NewNotification {
    NewNotification {
        participant_id: author,
        kind: POSTING_REMOVED.to_string(),
        args: vec![
            ("count".to_string(), upheld.to_string()),
            (
                "days".to_string(),
                crate::moderation::WINDOW_DAYS.to_string(),
            ),
        ],
        link: "/pages/code-of-conduct".to_string(),
    }
}

/// Telling an author that a coalition's coordinators, by hiding their flagged posts, cost
/// them posting rights in that coalition's discussions only; linking to the discussion.
pub fn coalition_posting_removed(author: i64, upheld: u32, thread: i64) -> NewNotification {
    NewNotification {
        participant_id: author,
        kind: COALITION_POSTING_REMOVED.to_string(),
        args: vec![
            ("count".to_string(), upheld.to_string()),
            (
                "days".to_string(),
                crate::moderation::WINDOW_DAYS.to_string(),
            ),
        ],
        link: format!("/threads/{thread}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_follower_once_never_the_author() {
        // 2 follows both the thread and its coalition; 1 wrote the post.
        let followers = [(2, 10), (1, 10), (3, 10), (2, 20)];
        assert_eq!(recipients(&followers, 1, 100), vec![2, 3]);
    }

    #[test]
    fn nothing_written_before_following() {
        let followers = [(2, 50), (3, 150)];
        assert_eq!(recipients(&followers, 1, 100), vec![2]);
        assert_eq!(recipients(&followers, 1, 150), vec![2, 3]);
    }

    #[test]
    fn replies_link_to_the_post_and_new_threads_to_the_thread() {
        let n = about_post(&[4], false, 12, 40, "Ana", "Spam");
        assert_eq!(n[0].kind, NEW_POST);
        assert_eq!(n[0].link, "/threads/12?after=39#post-40");
        assert_eq!(n[0].participant_id, 4);
        assert!(n[0].args.contains(&("author".into(), "Ana".into())));
        let n = about_post(&[4, 5], true, 12, 39, "Ana", "Spam");
        assert_eq!(n.len(), 2);
        assert_eq!(n[1].kind, NEW_THREAD);
        assert_eq!(n[1].link, "/threads/12");
    }
}
