//! The facts the visibility rules (convene_core::visibility) need: what a text belongs
//! to, a post's state, whether a thread's opening post is held, and the SQL conditions
//! lists use to leave out what readers may not see.
use convene_core::meeting::Status;

/// What a text belongs to: `(kind, id)` with kind one of `page`, `coalition`, `output`,
/// `topic`, `edition`, `track` or `proposal`.
pub type TextOwnerRef = (String, i64);

/// One post's state, for deciding what a reader sees of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostState {
    pub thread_id: i64,
    pub coalition_id: Option<i64>,
    pub author_id: i64,
    pub held: bool,
    pub hidden: bool,
    /// The moderators' reason, shown in a hidden post's place.
    pub hidden_reason: String,
}

/// SQL condition: the thread aliased `alias` is listed, i.e. its opening post is not
/// held (a held account's new thread waits with its opening post).
///
/// Written `<> 1` rather than `= 0` (`held` is only ever 0 or 1): PostgreSQL guesses
/// that an equality on a subquery keeps 0.5% of the rows and then sorts every tagged
/// thread of a topic instead of walking the index newest first; an inequality it guesses
/// keeps nearly all. At the reference scale that took the topic page from 375 ms to
/// render to about a millisecond for this query.
pub(crate) fn thread_listed(alias: &str) -> String {
    format!(
        "COALESCE((SELECT op.held FROM posts op WHERE op.thread_id = {alias}.id
                   ORDER BY op.id LIMIT 1), 0) <> 1"
    )
}

/// SQL condition: the text aliased `alias` is public, i.e. it is neither the text of a
/// proposal that is still private nor that of a coalition waiting for review or hidden.
/// `$n` is bound to [`public_proposal_status`].
pub(crate) fn text_public(alias: &str, param: usize) -> String {
    format!(
        "NOT EXISTS (SELECT 1 FROM proposals pv WHERE pv.text_id = {alias}.id
                     AND pv.status <> ${param})
         AND NOT EXISTS (SELECT 1 FROM coalitions cv WHERE cv.text_id = {alias}.id
                         AND (cv.held <> 0 OR cv.hidden_at IS NOT NULL))"
    )
}

/// The one status whose proposals are public.
pub(crate) fn public_proposal_status() -> &'static str {
    debug_assert!(!Status::Accepted.is_private());
    Status::Accepted.code()
}
