//! Replying in a thread, the one way both the web form and a reply by mail post: posting
//! rights (here and in the thread's coalition), the text's limits, the per-account rate
//! limit, whether the thread may be read, a reply pointing only into its own thread,
//! holding new accounts' first posts. The rules are core's; this loads their facts.

use crate::limits::POSTS_PER_ACCOUNT;
use convene_core::account::FieldError;
use convene_core::model::{CoalitionId, NewPost, Participant, ParticipantId};
use convene_core::moderation as abuse;
use convene_core::permissions::{decide, Action, Decision};
use convene_core::visibility::{may_see_thread, ThreadFacts};
use convene_store::{Store, StoreError};

/// Why a reply was not posted.
#[derive(Debug)]
pub enum Refusal {
    /// No such thread, or one this person may not read.
    NotFound,
    /// Posting rights removed, here or everywhere; or suspended.
    Forbidden,
    SignIn,
    /// The text breaks its limits (empty, too long).
    Invalid(Vec<FieldError>),
    /// Too many posts from this account lately.
    TooMany,
    Store(StoreError),
}

impl From<StoreError> for Refusal {
    fn from(e: StoreError) -> Self {
        Refusal::Store(e)
    }
}

/// A reply that was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posted {
    pub post_id: i64,
    /// Waiting for review (a new account's first posts, when the site holds them).
    pub held: bool,
}

/// What a reply says and where.
pub struct Reply<'a> {
    pub thread_id: i64,
    pub body: &'a str,
    /// The post answered; kept only when it is in the same thread.
    pub reply_to: Option<i64>,
    pub lang: &'a str,
}

/// Whether something new by `who` waits for review: the rule is [`abuse::should_hold`].
pub async fn should_hold(store: &dyn Store, who: &Participant) -> Result<bool, StoreError> {
    let staff = decide(who.actor(), Action::Moderate { coordinators: &[] }) == Decision::Allow;
    if staff {
        return Ok(false);
    }
    let setting = store.setting(crate::routes::HOLD_FIRST_POSTS).await?;
    if setting.as_deref() != Some("on") {
        return Ok(false);
    }
    let visible = store.visible_post_count(who.id).await?;
    Ok(abuse::should_hold(staff, setting.as_deref(), visible))
}

/// Post `reply` as `who`, under every rule the reply form has.
pub async fn reply(
    store: &dyn Store,
    who: &Participant,
    reply: &Reply<'_>,
) -> Result<Posted, Refusal> {
    let thread = store.thread(reply.thread_id).await?;
    // Posting rights first: removed in the thread's coalition, or everywhere.
    let blocked_here = match thread.as_ref().and_then(|t| t.coalition_id) {
        Some(c) => {
            store
                .coalition_posting_blocked(CoalitionId(c), ParticipantId(who.id))
                .await?
        }
        None => false,
    };
    match decide(who.actor(), Action::Post { blocked_here }) {
        Decision::Allow => {}
        Decision::SignInFirst => return Err(Refusal::SignIn),
        Decision::Forbidden => return Err(Refusal::Forbidden),
    }
    let errors = crate::routes::check_post(None, reply.body);
    if !errors.is_empty() {
        return Err(Refusal::Invalid(errors));
    }
    let bucket = format!("{}:{}", POSTS_PER_ACCOUNT.name, who.id);
    let allowed = store
        .hit_rate_limit(
            &bucket,
            POSTS_PER_ACCOUNT.window,
            POSTS_PER_ACCOUNT.max,
            convene_core::date::now(),
        )
        .await?;
    if !allowed {
        tracing::warn!(bucket, "rate limit reached");
        return Err(Refusal::TooMany);
    }
    // Nobody replies in a thread they may not read.
    let t = thread.ok_or(Refusal::NotFound)?;
    let coordinators = match t.coalition_id {
        Some(c) => store.coalition_coordinators(c).await?,
        None => Vec::new(),
    };
    let opening_held = store.thread_opening_held(t.id).await?;
    let facts = ThreadFacts {
        author: t.author_id,
        opening_held,
        coordinators: &coordinators,
    };
    if !may_see_thread(who.actor(), facts) {
        return Err(Refusal::NotFound);
    }
    // A reply may only point at a post of the same thread.
    let reply_to = match reply.reply_to {
        Some(r) => store
            .post_source(r)
            .await?
            .filter(|(thread, _)| *thread == t.id)
            .map(|_| r),
        None => None,
    };
    let new = NewPost {
        thread_id: t.id,
        author_id: who.id,
        lang: reply.lang.to_string(),
        body_md: reply.body.to_string(),
        reply_to,
        held: should_hold(store, who).await?,
    };
    match store.add_post(&new).await {
        Ok(post_id) => Ok(Posted {
            post_id,
            held: new.held,
        }),
        Err(StoreError::NotFound(_)) => Err(Refusal::NotFound),
        Err(e) => Err(e.into()),
    }
}
