//! Command-line interface. Every flag that takes a setting can also come from the
//! environment (`CONVENE_…`) or the config file; flags win, then environment, then file,
//! then defaults.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "convene",
    version,
    about = "Convene: an open, multilingual forum for multistakeholder policy dialogue"
)]
pub struct Cli {
    #[command(flatten)]
    pub common: Common,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Common {
    /// Settings file (TOML); flags and environment variables override it.
    #[arg(long, global = true, env = "CONVENE_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Directory for the database, outgoing mail and other files [default: ./convene-data]
    #[arg(long, global = true, env = "CONVENE_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// sqlite://FILE or postgres://… [default: a SQLite file in the data directory]
    #[arg(long, global = true, env = "CONVENE_DATABASE_URL", value_name = "URL")]
    pub database_url: Option<String>,
    /// Log lines for people (human) or for machines (json) [default: human]
    #[arg(long, global = true, env = "CONVENE_LOG_FORMAT", value_enum)]
    pub log_format: Option<LogFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Human,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server (migrating the database first).
    Serve(ServeArgs),
    /// Bring the database schema up to date, then exit.
    Migrate,
    /// Fill an empty database with a demo forum, then exit.
    Demo,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8080]
    #[arg(long, env = "CONVENE_LISTEN", value_name = "ADDR")]
    pub listen: Option<String>,
    /// Fill an empty database with the demo forum before serving.
    #[arg(long)]
    pub demo: bool,
}
