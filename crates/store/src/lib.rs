//! Storage. One [`Store`] interface, made of one trait per part of the forum
//! ([`Accounts`], [`Coalitions`], [`Discussion`], [`Topics`], [`Translations`],
//! [`Moderation`], [`Notifications`], [`Meetings`]), each implemented in its own module; one
//! implementation in portable SQL run through sqlx's `Any` driver, with a module per
//! backend for what truly differs (connecting, migrations, locking). Every write appends to
//! the change log in its own transaction.
//!
//! Conventions: one user action is one method and one transaction (nothing is kept if a
//! part fails); a method taking ids of two kinds takes them typed
//! ([`convene_core::model::ParticipantId`], `CoalitionId`, `ProposalId`) so they cannot be
//! swapped; results are named structs, not tuples.

mod accounts;
mod backend;
mod balance;
mod coalitions;
mod discussion;
mod error;
mod mail;
mod meetings;
mod migrate;
mod moderation;
mod notifications;
mod privacy;
mod rows;
mod sql;
pub mod testing;
mod topics;
mod translations;
mod visibility;

use async_trait::async_trait;
use convene_core::model::*;

pub use accounts::Accounts;
pub use backend::{has_schema, open, sqlite_path, Backend, OpenOptions};
pub use coalitions::Coalitions;
pub use discussion::Discussion;
pub use error::{Result, StoreError};
pub use mail::{
    DigestItem, Mail, MailPostFacts, NewDigestItem, NewMail, OutboxCounts, OutgoingMail,
};
pub use meetings::Meetings;
pub use migrate::{latest_version, Applied};
pub use moderation::Moderation;
pub use notifications::Notifications;
pub use topics::Topics;
pub use translations::Translations;
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

/// Everything the forum reads and writes, by the forum's parts: [`Accounts`],
/// [`Coalitions`], [`Discussion`], [`Topics`], [`Translations`], [`Moderation`],
/// [`Notifications`], [`Meetings`] and [`Mail`]. Handlers and tools depend on these traits only, never
/// on a backend; `&dyn Store` reaches every part (bring the parts' methods into scope with
/// `use convene_store::prelude::*`). What stays here belongs to no part: the database itself,
/// leases, site settings and the change log every part writes to.
#[async_trait]
pub trait Store:
    Accounts
    + Coalitions
    + Discussion
    + Topics
    + Translations
    + Moderation
    + Notifications
    + Meetings
    + Mail
    + Send
    + Sync
{
    fn backend(&self) -> Backend;
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
    /// After loading much data at once (generate, restore): PostgreSQL re-reads its
    /// tables' statistics (`ANALYZE`), without which the planner works from the sizes of
    /// empty tables until autovacuum catches up. SQLite needs nothing.
    async fn refresh_statistics(&self) -> Result<()>;
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

    /// A site setting (moderation thresholds, the notifier's cursor).
    async fn setting(&self, key: &str) -> Result<Option<String>>;
    async fn set_setting(&self, key: &str, value: &str) -> Result<()>;
    /// Several `(key, value)` settings from one form, in one transaction.
    async fn set_settings(&self, all: &[(&str, &str)]) -> Result<()>;

    /// The sequence number of the newest committed change (0 before any).
    async fn last_change(&self) -> Result<i64>;
    /// Change-log entries with a sequence number above `after`, in order.
    async fn changes_since(&self, after: i64, limit: i64) -> Result<Vec<Change>>;
}

/// Every part of the Store, for `use convene_store::prelude::*;` where its methods are called.
pub mod prelude {
    pub use crate::{
        Accounts, Coalitions, Discussion, Mail, Meetings, Moderation, Notifications, Store, Topics,
        Translations,
    };
}
