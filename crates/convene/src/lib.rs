//! The `convene` command: settings from flags, environment and file; the server; the
//! demo forum. `main.rs` only turns results into exit codes.

pub mod backup;
pub mod builtin;
pub mod cli;
pub mod demo;
pub mod generate;
pub mod pg_tools;
pub mod serve;
pub mod settings;
pub mod users;
