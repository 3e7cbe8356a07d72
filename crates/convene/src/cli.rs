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
    /// The address people use to reach the forum, for links in mail [default: http://LISTEN]
    #[arg(long, global = true, env = "CONVENE_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
    /// Outgoing mail server, e.g. smtps://user:pass@mail.example.org [default: write mail to DATA/mail]
    #[arg(long, global = true, env = "CONVENE_SMTP_URL", value_name = "URL")]
    pub smtp_url: Option<String>,
    /// Sender of outgoing mail [default: Convene <convene@localhost>]
    #[arg(long, global = true, env = "CONVENE_MAIL_FROM", value_name = "MAILBOX")]
    pub mail_from: Option<String>,
    /// Domain of reply-by-mail addresses (reply+TOKEN@DOMAIN), whose mail your MTA pipes
    /// to `convene mail receive` [default: none, no reply by mail]
    #[arg(
        long,
        global = true,
        env = "CONVENE_REPLY_DOMAIN",
        value_name = "DOMAIN"
    )]
    pub reply_domain: Option<String>,
    /// Take client addresses from X-Forwarded-For (only behind a proxy you control)
    #[arg(long, global = true, env = "CONVENE_TRUST_PROXY")]
    pub trust_proxy: bool,
    /// Addresses or networks that may read /metrics, comma-separated, or `none`
    /// [default: 127.0.0.1,::1]
    #[arg(
        long,
        global = true,
        env = "CONVENE_METRICS_ALLOW",
        value_name = "NETS",
        value_delimiter = ','
    )]
    pub metrics_allow: Vec<String>,
    /// Database connections for reading pages [default: 8 on SQLite, 16 on PostgreSQL]
    #[arg(long, global = true, env = "CONVENE_DB_READERS", value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=256))]
    pub db_readers: Option<u32>,
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
    /// Manage accounts from the command line.
    #[command(subcommand)]
    User(UserCommand),
    /// Add deterministic data at scale (for benchmarks): a large coalition and a long thread.
    Generate(GenerateArgs),
    /// Measure the write path: concurrent writers adding posts for a while (benchmarks).
    WriteBench(WriteBenchArgs),
    /// Make signed-in accounts for the benchmark's replies through the web form; prints
    /// their session and form tokens, and the threads they answer (benchmarks).
    BenchWriters(BenchWritersArgs),
    /// Serve the benchmark's fixed page with no middleware at all (benchmarks).
    BenchBare(BenchBareArgs),
    /// Write a consistent copy of the database to a new file, while servers keep writing.
    Backup(BackupArgs),
    /// Load a backup into an empty database, then bring its schema up to date.
    Restore(RestoreArgs),
    /// Mail coming in (reply by mail).
    #[command(subcommand)]
    Mail(MailCommand),
}

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Read one RFC 5322 message on standard input (an MTA's pipe transport) and post it
    /// as a reply in the thread its reply address names. Exit status: 0 posted (or an
    /// automatic message ignored), 65 unreadable, 67 unknown address, 77 refused, 75 try
    /// again later; refusals are bounced to the sender and told in one line on stderr.
    Receive(ReceiveArgs),
}

#[derive(Debug, Args)]
pub struct ReceiveArgs {
    /// The envelope recipient (Postfix pipe: `${recipient}`; Exim: `$local_part@$domain`);
    /// otherwise RECIPIENT or ORIGINAL_RECIPIENT from the environment, then the
    /// Delivered-To, X-Original-To, To and Cc headers.
    #[arg(long, value_name = "ADDRESS")]
    pub recipient: Vec<String>,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The file to write, refused if it exists: a SQLite database, or on PostgreSQL a
    /// pg_dump archive (custom format).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A file written by `convene backup`.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct WriteBenchArgs {
    #[arg(long, default_value_t = 16)]
    pub writers: usize,
    #[arg(long, default_value_t = 10.0)]
    pub seconds: f64,
    /// Posts per second by all writers together; 0 writes as fast as they can.
    #[arg(long, default_value_t = 0.0)]
    pub rate: f64,
}

#[derive(Debug, Args)]
pub struct BenchWritersArgs {
    #[arg(long, default_value_t = 100,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub count: u32,
}

#[derive(Debug, Args)]
pub struct BenchBareArgs {
    /// Address to listen on.
    #[arg(long, value_name = "ADDR")]
    pub listen: std::net::SocketAddr,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Multiplies the reference scale (1.0: 100,000 participants, 300 coalitions, 20
    /// meetings of 300 sessions, 100,000 threads, 1,000,000 posts).
    #[arg(long, default_value_t = 1.0)]
    pub scale: f64,
    /// Same seed, same data.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account; the password is read from standard input.
    Add(UserAddArgs),
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    #[arg(long)]
    pub email: String,
    /// The name shown with everything the person writes.
    #[arg(long)]
    pub name: String,
    /// secretariat, moderator, reviewer or participant
    #[arg(long, default_value = "participant")]
    pub role: String,
    /// government, intergovernmental, civil-society, technical-community, academia,
    /// private-sector or media
    #[arg(long, default_value = "civil-society")]
    pub group: String,
    /// ISO 3166-1 alpha-2 country code
    #[arg(long)]
    pub country: String,
    #[arg(long, default_value = "")]
    pub affiliation: String,
    /// Interface language
    #[arg(long, default_value = "en")]
    pub ui_lang: String,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8080]
    #[arg(long, env = "CONVENE_LISTEN", value_name = "ADDR")]
    pub listen: Option<String>,
    /// Fill an empty database with the demo forum before serving.
    #[arg(long)]
    pub demo: bool,
    /// Also answer /bench/ceiling?bytes=N with a fixed page (for benchmarks only).
    #[arg(long)]
    pub bench_ceiling: bool,
    /// Render every page, even for anonymous readers (to measure the work the page
    /// cache saves).
    #[arg(long)]
    pub no_page_cache: bool,
}
