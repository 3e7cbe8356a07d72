//! The forum's rules and domain types. Plain Rust with no I/O, so every rule can be
//! unit-tested without a database or a server.

pub mod account;
pub mod balance;
pub mod coalition;
pub mod countries;
pub mod date;
pub mod mail;
pub mod markdown;
pub mod meeting;
pub mod model;
pub mod moderation;
pub mod notify;
pub mod permissions;
pub mod programme;
pub mod secrets;
pub mod stakeholder;
pub mod text;
pub mod timetable;
pub mod translation;
pub mod visibility;

pub use stakeholder::{Region, StakeholderGroup};
pub use translation::TranslationState;
