//! Storage. One [`Store`] interface; one implementation in portable SQL run through
//! sqlx's `Any` driver, with a module per backend for what truly differs (connecting,
//! migrations, locking). Every write appends to the change log in its own transaction.

mod accounts;
mod backend;
mod backup;
mod balance;
mod bulk;
mod coalitions;
mod edits;
mod error;
mod leases;
mod meetings;
mod migrate;
mod moderation;
mod notifications;
mod outputs;
mod privacy;
mod rows;
mod sql;
pub mod testing;
mod topics;
mod translations;
mod visibility;

use async_trait::async_trait;
use convene_core::model::*;

pub use backend::{has_schema, open, sqlite_path, Backend, OpenOptions};
pub use error::{Result, StoreError};
pub use meetings::Meetings;
pub use migrate::{latest_version, Applied};
pub use visibility::{PostState, TextOwnerRef};

/// One connection pool's occupancy at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolStatus {
    /// `read` or `write`.
    pub name: &'static str,
    /// Connections open now.
    pub open: u32,
    /// Of those, the ones not serving a query.
    pub idle: u32,
    /// The most it will open.
    pub max: u32,
}

/// Everything the forum reads and writes. Handlers and tools depend on this trait only,
/// never on a backend.
#[async_trait]
pub trait Store: Send + Sync {
    fn backend(&self) -> Backend;
    /// The yearly meeting's records.
    fn meetings(&self) -> &dyn Meetings;
    /// Answers once the database answers a trivial query.
    async fn ping(&self) -> Result<()>;
    /// The connection pools' occupancy, for `/metrics`.
    fn pools(&self) -> Vec<PoolStatus>;
    /// Apply pending migrations; returns what was applied now.
    async fn migrate(&self) -> Result<Vec<Applied>>;
    /// True when no participant and no content exist yet (demo data may go in).
    async fn is_empty(&self) -> Result<bool>;
    /// Finish in-flight work and close connections.
    async fn close(&self);
    /// SQLite: write a consistent copy of the whole database to `path` (which must not
    /// exist yet) while writes go on. PostgreSQL answers `Unsupported`: use pg_dump.
    async fn backup_to(&self, path: &std::path::Path) -> Result<()>;

    /// Take the lease `name` until `now + ttl_seconds` if it is free, expired or already
    /// `holder`'s (then it is renewed); false while another holder has it.
    async fn take_lease(
        &self,
        name: &str,
        holder: &str,
        now: i64,
        ttl_seconds: i64,
    ) -> Result<bool>;
    /// Give up a lease (on shutdown) so another server need not wait for it to expire;
    /// nothing happens if `holder` does not hold it.
    async fn release_lease(&self, name: &str, holder: &str) -> Result<()>;

    async fn create_participant(&self, new: &NewParticipant) -> Result<i64>;
    async fn participant(&self, id: i64) -> Result<Option<Participant>>;

    async fn create_text(&self, new: &NewText) -> Result<i64>;
    /// Change the original; its revision goes up by one. Returns the new revision.
    async fn revise_text(&self, text_id: i64, title: &str, body_md: &str) -> Result<i64>;
    async fn add_translation(&self, new: &NewTranslation) -> Result<i64>;
    /// The text as served in `lang`: its newest approved translation, if any.
    async fn localized(&self, text_id: i64, lang: &str) -> Result<Option<Localized>>;

    async fn create_page(&self, slug: &str, text: &NewText) -> Result<Page>;
    async fn page_by_slug(&self, slug: &str) -> Result<Option<Page>>;

    async fn create_edition(&self, new: &NewEdition) -> Result<i64>;
    /// All yearly meetings, newest first, themes in `lang` where translated.
    async fn editions(&self, lang: &str) -> Result<Vec<Edition>>;

    /// Creates the coalition with its founder as coordinator.
    async fn create_coalition(&self, new: &NewCoalition) -> Result<i64>;
    /// Like [`Store::create_coalition`]; `held` keeps it out of every listing until a
    /// moderator releases it.
    async fn create_coalition_held(&self, new: &NewCoalition, held: bool) -> Result<i64>;
    /// Proposing a coalition, in one transaction: the coalition (its founder coordinator),
    /// the founder as contact person, its topics and action plan. Nothing is kept if any
    /// part fails (a taken slug is a conflict).
    async fn propose_coalition(&self, p: &convene_core::model::CoalitionProposal) -> Result<i64>;
    /// A new thread with its opening post and topics, in one transaction.
    async fn start_thread(&self, new: &NewThread, topic_ids: &[i64]) -> Result<i64>;
    async fn join_coalition(
        &self,
        coalition_id: i64,
        participant_id: i64,
        role: MemberRole,
    ) -> Result<()>;
    async fn coalitions(&self, lang: &str) -> Result<Vec<Coalition>>;
    /// The coalitions with the most members, at most `limit`.
    async fn largest_coalitions(&self, lang: &str, limit: i64) -> Result<Vec<Coalition>>;
    async fn coalition_by_slug(&self, slug: &str, lang: &str) -> Result<Option<Coalition>>;
    /// Members by id, after the given participant id (keyset paging).
    async fn members(&self, coalition_id: i64, after: i64, limit: i64) -> Result<Vec<Member>>;

    /// Creates the thread and its opening post.
    async fn create_thread(&self, new: &NewThread) -> Result<i64>;
    async fn add_post(&self, new: &NewPost) -> Result<i64>;
    async fn thread(&self, id: i64) -> Result<Option<Thread>>;
    /// Most recently active threads, optionally of one coalition.
    async fn recent_threads(&self, coalition_id: Option<i64>, limit: i64) -> Result<Vec<Thread>>;
    /// Posts in order, after the given post id (keyset paging).
    async fn posts(&self, thread_id: i64, after: i64, limit: i64) -> Result<Vec<Post>>;
    /// A thread's newest posts, newest first (held and hidden ones included, marked).
    async fn latest_posts(&self, thread_id: i64, limit: i64) -> Result<Vec<Post>>;

    /// A participant who can sign in (created with a password hash).
    async fn create_account(&self, new: &NewAccount) -> Result<i64>;
    /// A registration from the register form: the account waits until its address is
    /// confirmed through the link whose token hash is given. An unconfirmed account with
    /// the same address is replaced (and its earlier links voided); `None` when a
    /// confirmed account owns the address.
    async fn register_account(
        &self,
        new: &NewAccount,
        confirm_token_hash: &str,
        expires_at: i64,
    ) -> Result<Option<i64>>;
    async fn email_confirmation_valid(&self, token_hash: &str, now: i64) -> Result<bool>;
    /// Confirms the address behind a link, once and before it expires: the account's id
    /// and password hash.
    async fn confirm_email(&self, token_hash: &str, now: i64) -> Result<Option<(i64, String)>>;
    /// The participant with this email (not deleted, address confirmed) and their
    /// password hash, if any.
    async fn credentials(&self, email: &str) -> Result<Option<(Participant, Option<String>)>>;
    async fn update_profile(&self, id: i64, update: &ProfileUpdate) -> Result<()>;
    /// Sets a new password hash and ends every session of the account.
    async fn set_password(&self, id: i64, hash: &str) -> Result<()>;
    /// Records the change in the audit log.
    async fn set_role(&self, id: i64, role: Role, actor: Option<i64>) -> Result<()>;
    /// Erases personal data; posts stay, shown as a former participant's.
    async fn delete_account(&self, id: i64) -> Result<()>;
    /// For the person's data export: every other record that names them (dissents,
    /// flags, translations, follows, speaker entries, contacts, reviews, moderation of
    /// them), by section.
    async fn personal_records(&self, id: i64)
        -> Result<serde_json::Map<String, serde_json::Value>>;

    async fn create_session(
        &self,
        token_hash: &str,
        participant_id: i64,
        expires_at: i64,
    ) -> Result<()>;
    /// The signed-in participant of an unexpired session.
    async fn session_participant(&self, token_hash: &str, now: i64) -> Result<Option<Participant>>;
    /// [`Store::session_participant`] with their unread notifications, in one query.
    async fn session_reader(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(Participant, i64)>>;
    async fn end_session(&self, token_hash: &str) -> Result<()>;

    async fn create_password_reset(
        &self,
        token_hash: &str,
        participant_id: i64,
        expires_at: i64,
    ) -> Result<()>;
    async fn password_reset_valid(&self, token_hash: &str, now: i64) -> Result<bool>;
    /// Marks the link used and returns whose it was, if it was still valid.
    async fn use_password_reset(&self, token_hash: &str, now: i64) -> Result<Option<i64>>;

    /// Count a hit in a fixed window of `window` seconds; false once over `limit`.
    async fn hit_rate_limit(&self, bucket: &str, window: i64, limit: i64, now: i64)
        -> Result<bool>;

    /// Suspends (and signs out) an account, with the reason in the audit log.
    async fn suspend(&self, target: i64, reason: &str, actor: i64) -> Result<()>;
    async fn reinstate(&self, target: i64, reason: &str, actor: i64) -> Result<()>;
    /// Newest first, ids below `before`.
    async fn audit_log(&self, before: i64, limit: i64) -> Result<Vec<AuditEntry>>;

    /// The coalitions someone belongs to that everyone may see (none waiting for review
    /// or hidden).
    async fn participant_coalitions(&self, id: i64, lang: &str) -> Result<Vec<Coalition>>;
    /// Newest first.
    async fn participant_posts(&self, id: i64, limit: i64) -> Result<Vec<PostSummary>>;

    async fn translation(&self, id: i64) -> Result<Option<Translation>>;
    /// Proposals not yet approved, newest first.
    async fn pending_translations(&self, text_id: i64, lang: &str) -> Result<Vec<Translation>>;
    async fn approve_translation(&self, id: i64, approver: i64) -> Result<()>;
    /// Coordinators of the coalition a text describes (empty for other texts).
    async fn text_coordinators(&self, text_id: i64) -> Result<Vec<i64>>;
    /// Trust (or stop trusting) someone to approve translations; audited.
    async fn set_translator(&self, id: i64, trusted: bool, actor: i64) -> Result<()>;
    /// Every translatable text and where it is read.
    async fn coverage_items(&self) -> Result<Vec<convene_core::translation::CoverageItem>>;
    /// `(text_id, lang, newest source revision)` of approved translations.
    async fn approved_revisions(&self) -> Result<Vec<(i64, String, i64)>>;

    /// What a coalition's standing is computed from.
    async fn coalition_facts(&self, coalition_id: i64) -> Result<Option<CoalitionFacts>>;
    /// The facts of every listed coalition (neither held nor hidden), by id.
    async fn listed_coalition_facts(&self) -> Result<Vec<(i64, CoalitionFacts)>>;
    async fn member_role(
        &self,
        coalition_id: i64,
        participant_id: i64,
    ) -> Result<Option<MemberRole>>;
    /// Leaving twice is harmless.
    async fn leave_coalition(&self, coalition_id: i64, participant_id: i64) -> Result<()>;
    async fn set_action_plan(&self, coalition_id: i64, plan_md: &str) -> Result<()>;
    async fn add_contact(&self, coalition_id: i64, participant_id: i64) -> Result<()>;
    async fn add_output(&self, new: &NewOutput) -> Result<i64>;
    /// Publishing an output with its topics, in one transaction.
    async fn publish_output(&self, new: &NewOutput, topic_ids: &[i64]) -> Result<i64>;
    async fn recognize(&self, coalition_id: i64, by: i64) -> Result<()>;
    /// What a text belongs to, `(kind, id)`: `proposal`, `page`, `coalition`, `output`,
    /// `topic`, `edition` or `track` (a proposal's claim first).
    async fn text_owner(&self, text_id: i64) -> Result<Option<TextOwnerRef>>;
    /// `(held, hidden)` of a coalition.
    async fn coalition_state(&self, id: i64) -> Result<Option<(bool, bool)>>;
    /// A post's thread, coalition, author and whether it is held or hidden.
    async fn post_state(&self, post_id: i64) -> Result<Option<PostState>>;
    /// Whether a thread's opening post is held (the thread is then not listed).
    async fn thread_opening_held(&self, thread_id: i64) -> Result<bool>;
    /// A participant's posts as others see them: neither held nor hidden, in listed
    /// threads.
    async fn public_participant_posts(&self, id: i64, limit: i64) -> Result<Vec<PostSummary>>;
    /// A post's thread and Markdown source, for quoting.
    async fn post_source(&self, post_id: i64) -> Result<Option<(i64, String)>>;

    /// `(group, country, count)` of a coalition's members.
    async fn member_balance(
        &self,
        coalition_id: i64,
    ) -> Result<Vec<(convene_core::StakeholderGroup, String, i64)>>;
    /// A coalition's members summed by stakeholder group, and by country.
    async fn member_voices(
        &self,
        coalition_id: i64,
    ) -> Result<(
        Vec<(convene_core::StakeholderGroup, i64)>,
        Vec<(String, i64)>,
    )>;
    /// A thread's posts summed by their authors' stakeholder group, and by country.
    async fn post_voices(
        &self,
        thread_id: i64,
    ) -> Result<(
        Vec<(convene_core::StakeholderGroup, i64)>,
        Vec<(String, i64)>,
    )>;
    /// `(group, country, count)` of a thread's posts by author.
    async fn post_balance(
        &self,
        thread_id: i64,
    ) -> Result<Vec<(convene_core::StakeholderGroup, String, i64)>>;

    async fn create_topic(&self, slug: &str, text: &NewText, mandate_points: &[u8]) -> Result<i64>;
    async fn topics(&self, lang: &str) -> Result<Vec<Topic>>;
    async fn topic_by_slug(&self, slug: &str, lang: &str) -> Result<Option<Topic>>;
    async fn tag_coalition(&self, coalition_id: i64, topic_id: i64) -> Result<()>;
    async fn tag_thread(&self, thread_id: i64, topic_id: i64) -> Result<()>;
    async fn topic_coalitions(&self, topic_id: i64, lang: &str) -> Result<Vec<Coalition>>;
    /// Newest first.
    async fn topic_threads(&self, topic_id: i64, limit: i64) -> Result<Vec<Thread>>;
    async fn coalition_topics(&self, coalition_id: i64, lang: &str) -> Result<Vec<Topic>>;
    async fn thread_topics(&self, thread_id: i64, lang: &str) -> Result<Vec<Topic>>;

    /// A coalition's outputs, newest year first.
    async fn outputs(&self, coalition_id: i64, lang: &str) -> Result<Vec<Output>>;
    async fn output(&self, id: i64, lang: &str) -> Result<Option<Output>>;
    /// Every revision of an original text, newest first.
    async fn revisions(&self, text_id: i64) -> Result<Vec<Revision>>;
    async fn add_dissent(
        &self,
        output_id: i64,
        participant_id: i64,
        lang: &str,
        body_md: &str,
    ) -> Result<i64>;
    /// Oldest first, held and hidden ones included (marked so): a hidden dissent still
    /// shows that it existed and why it was hidden.
    async fn dissents(&self, output_id: i64) -> Result<Vec<Dissent>>;

    async fn flag_post(&self, post_id: i64, reporter: i64, reason: &str) -> Result<i64>;
    /// Unresolved flags, oldest first.
    async fn open_flags(&self, limit: i64) -> Result<Vec<Flag>>;
    /// Hide or restore a post (resolving its open flags); audited with the reason.
    async fn set_post_hidden(
        &self,
        post_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()>;
    async fn dismiss_flag(&self, flag_id: i64, actor: i64) -> Result<()>;
    /// `(post, thread, thread title)` of posts waiting for review, oldest first.
    async fn held_posts(&self, limit: i64) -> Result<Vec<(i64, i64, String)>>;
    async fn release_post(&self, post_id: i64, actor: i64) -> Result<()>;
    /// Remove or give back posting rights; audited. Membership is untouched.
    async fn set_posting_blocked(
        &self,
        participant_id: i64,
        blocked: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()>;
    async fn setting(&self, key: &str) -> Result<Option<String>>;
    async fn set_setting(&self, key: &str, value: &str) -> Result<()>;
    /// Posts by this author that are neither held nor hidden.
    async fn visible_post_count(&self, author_id: i64) -> Result<i64>;
    /// `(thread, coalition, author)` of a post.
    async fn post_context(&self, post_id: i64) -> Result<Option<(i64, Option<i64>, i64)>>;
    async fn coalition_coordinators(&self, coalition_id: i64) -> Result<Vec<i64>>;

    /// Replace a post's text, keeping the previous version in its history.
    async fn edit_post(&self, post_id: i64, body_md: &str) -> Result<()>;
    /// Earlier versions of a post, oldest first.
    async fn post_versions(&self, post_id: i64) -> Result<Vec<PostVersion>>;
    async fn set_follow(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
        follow: bool,
    ) -> Result<()>;
    async fn follows(&self, participant_id: i64, kind: FollowKind, item_id: i64) -> Result<bool>;
    /// Watch something at a level, or stop (`None`).
    async fn set_watch(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
        level: Option<WatchLevel>,
    ) -> Result<()>;
    /// What someone watches of one kind, with the level: `(item id, level)` by id.
    async fn watches(
        &self,
        participant_id: i64,
        kind: FollowKind,
    ) -> Result<Vec<(i64, WatchLevel)>>;
    /// How closely someone watches something, if at all.
    async fn watch_level(
        &self,
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
    ) -> Result<Option<WatchLevel>>;
    /// Threads followed directly or through a followed coalition, most recently active first.
    async fn followed_threads(&self, participant_id: i64, limit: i64) -> Result<Vec<Thread>>;

    // Notifications, output topics and dated history (issue 5).
    /// Tell one participant something; returns its id.
    async fn notify(&self, n: &NewNotification) -> Result<i64>;
    /// Many notifications in one transaction (e.g. every follower of a thread).
    async fn notify_all(&self, all: &[NewNotification]) -> Result<Vec<i64>>;
    /// A participant's notifications, newest first, ids below `before` (keyset paging).
    async fn notifications(
        &self,
        participant_id: i64,
        before: i64,
        limit: i64,
    ) -> Result<Vec<Notification>>;
    async fn unread_notifications(&self, participant_id: i64) -> Result<i64>;
    /// Keep the hash of a participant's new private-feed token (the old one stops working).
    async fn set_feed_token(&self, participant_id: i64, token_hash: &str) -> Result<()>;
    /// Forget a participant's private-feed token: its address stops working.
    async fn revoke_feed_token(&self, participant_id: i64) -> Result<()>;
    /// Whose private feed a token hash opens: a participant who is neither suspended nor
    /// deleted.
    async fn feed_token_owner(&self, token_hash: &str) -> Result<Option<i64>>;
    /// Whether a participant has a private-feed token now.
    async fn has_feed_token(&self, participant_id: i64) -> Result<bool>;
    async fn mark_notifications_read(&self, participant_id: i64) -> Result<()>;
    /// `(participant, following since)` of everyone (not deleted) following an item.
    async fn followers(&self, kind: FollowKind, item_id: i64) -> Result<Vec<(i64, i64)>>;
    /// Of those, the ones who watch it at [`WatchLevel::Everything`] (told of every post).
    async fn followers_of_everything(
        &self,
        kind: FollowKind,
        item_id: i64,
    ) -> Result<Vec<(i64, i64)>>;
    /// The author's upheld flags hidden since `since`, when rights were last given back,
    /// and whether posting is blocked now.
    async fn abuse_record(&self, participant_id: i64, since: i64) -> Result<AbuseRecord>;
    /// Remove posting rights by rule (no person acting): audited with the reason, and
    /// the author told, in one transaction. False when they were already removed.
    async fn auto_block_posting(
        &self,
        participant_id: i64,
        reason: &str,
        notice: &NewNotification,
    ) -> Result<bool>;
    /// Hide or restore a post; `by_staff` is false when a coalition's coordinator (not
    /// site staff) hid it: such hides count only towards posting in that coalition.
    async fn set_post_hidden_by(
        &self,
        post_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
        by_staff: bool,
    ) -> Result<()>;
    /// The author's upheld flags on posts of one coalition's discussions (hidden by
    /// anyone who moderates them) since `since`, and whether posting there is blocked.
    async fn coalition_abuse_record(
        &self,
        participant_id: i64,
        coalition_id: i64,
        since: i64,
    ) -> Result<AbuseRecord>;
    /// Remove posting rights in one coalition by rule: audited, the author told, in one
    /// transaction. False when they were already removed there.
    async fn auto_block_coalition_posting(
        &self,
        participant_id: i64,
        coalition_id: i64,
        reason: &str,
        notice: &NewNotification,
    ) -> Result<bool>;
    /// Whether the participant's posting rights in this coalition were removed.
    async fn coalition_posting_blocked(
        &self,
        coalition_id: i64,
        participant_id: i64,
    ) -> Result<bool>;
    /// Coalitions waiting for review, oldest first.
    async fn held_coalitions(&self, lang: &str, limit: i64) -> Result<Vec<Coalition>>;
    async fn release_coalition(&self, coalition_id: i64, actor: i64) -> Result<()>;
    /// Hide (out of every listing, its page showing the reason) or restore; audited.
    async fn set_coalition_hidden(
        &self,
        coalition_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()>;
    /// Like [`Store::add_dissent`]; `held` waits for review.
    async fn add_dissent_held(
        &self,
        output_id: i64,
        participant_id: i64,
        lang: &str,
        body_md: &str,
        held: bool,
    ) -> Result<i64>;
    /// `(dissent, output)` of dissents waiting for review, oldest first.
    async fn held_dissents(&self, limit: i64) -> Result<Vec<(i64, i64)>>;
    async fn release_dissent(&self, dissent_id: i64, actor: i64) -> Result<()>;
    /// Hide (its reason shown in its place) or restore a dissent; audited.
    async fn set_dissent_hidden(
        &self,
        dissent_id: i64,
        hide: bool,
        reason: &str,
        actor: i64,
    ) -> Result<()>;
    /// `(output, coalition, author)` of a dissent.
    async fn dissent_context(&self, dissent_id: i64) -> Result<Option<(i64, i64, i64)>>;
    async fn tag_output(&self, output_id: i64, topic_id: i64) -> Result<()>;
    /// Outputs tagged with a topic, newest year first.
    async fn topic_outputs(&self, topic_id: i64, lang: &str) -> Result<Vec<Output>>;
    async fn output_topics(&self, output_id: i64, lang: &str) -> Result<Vec<Topic>>;
    /// Move a thread (with its posts) or an output (with its versions) back to `at`; for
    /// imported history and the demo.
    async fn backdate(&self, what: Dated, id: i64, at: i64) -> Result<()>;

    /// Bulk loading (generators, imports): one transaction per call, each record written
    /// exactly as the single-record methods write it.
    async fn create_participants(&self, all: &[NewParticipant]) -> Result<Vec<i64>>;
    /// `(coalition, participant)` pairs joining as members.
    async fn join_coalitions(&self, members: &[(i64, i64)]) -> Result<()>;
    async fn create_threads(&self, all: &[NewThread]) -> Result<Vec<i64>>;
    async fn add_posts(&self, all: &[NewPost]) -> Result<Vec<i64>>;

    /// The sequence number of the newest committed change (0 before any).
    async fn last_change(&self) -> Result<i64>;
    /// Change-log entries with a sequence number above `after`, in order.
    async fn changes_since(&self, after: i64, limit: i64) -> Result<Vec<Change>>;
}
