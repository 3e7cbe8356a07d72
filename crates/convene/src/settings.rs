//! Resolving settings: flag, then environment (both through clap), then the config file,
//! then defaults. Every problem is one clear line.

use crate::cli::{Common, LogFormat};
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
pub const DEFAULT_DATA: &str = "convene-data";

/// The settings file. Unknown keys are refused so a typo never passes silently.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSettings {
    pub listen: Option<String>,
    pub data: Option<PathBuf>,
    pub database_url: Option<String>,
    pub log_format: Option<LogFormat>,
    pub public_url: Option<String>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub reply_domain: Option<String>,
    pub trust_proxy: Option<bool>,
    pub metrics_allow: Option<Vec<String>>,
    pub db_readers: Option<u32>,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub listen: SocketAddr,
    pub data: PathBuf,
    pub database_url: String,
    pub log_format: LogFormat,
    pub public_url: String,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// Domain of reply-by-mail addresses; None: no reply by mail.
    pub reply_domain: Option<String>,
    pub trust_proxy: bool,
    /// Who may read `/metrics`; empty: nobody.
    pub metrics_allow: Vec<ipnet::IpNet>,
    /// Reader connections; `None` leaves the backend's default.
    pub db_readers: Option<u32>,
}

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read config file {path}: {reason}")]
    Read { path: String, reason: String },
    #[error("config file {path}: {reason}")]
    Parse { path: String, reason: String },
    #[error("listen address {0:?} is not an address like 127.0.0.1:8080")]
    Listen(String),
    #[error("public URL {0:?} must start with http:// or https://")]
    PublicUrl(String),
    #[error("db_readers {0} must be from 1 to 256")]
    Readers(u32),
    #[error("metrics_allow: {0:?} is neither an address nor a network like 10.0.0.0/8")]
    MetricsAllow(String),
}

/// `none`, or addresses and networks; nothing given means this machine only.
fn metrics_allow(given: &[String]) -> Result<Vec<ipnet::IpNet>, SettingsError> {
    let given: Vec<&str> = given
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if given.is_empty() {
        return Ok(vec![
            ipnet::IpNet::from(std::net::IpAddr::from([127, 0, 0, 1])),
            ipnet::IpNet::from(std::net::IpAddr::from(std::net::Ipv6Addr::LOCALHOST)),
        ]);
    }
    if given == ["none"] {
        return Ok(Vec::new());
    }
    given
        .iter()
        .map(|s| {
            s.parse::<ipnet::IpNet>()
                .or_else(|_| s.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| SettingsError::MetricsAllow(s.to_string()))
        })
        .collect()
}

pub fn read_file(path: &Path) -> Result<FileSettings, SettingsError> {
    let text = std::fs::read_to_string(path).map_err(|e| SettingsError::Read {
        path: path.display().to_string(),
        reason: e.to_string(),
    })?;
    toml::from_str(&text).map_err(|e| SettingsError::Parse {
        path: path.display().to_string(),
        reason: e.message().replace('\n', " "),
    })
}

pub fn resolve(common: &Common, listen_flag: Option<&str>) -> Result<Settings, SettingsError> {
    let file = match &common.config {
        Some(path) => read_file(path)?,
        None => FileSettings::default(),
    };
    let listen = listen_flag
        .map(str::to_string)
        .or(file.listen)
        .unwrap_or_else(|| DEFAULT_LISTEN.to_string());
    let listen = listen
        .parse()
        .map_err(|_| SettingsError::Listen(listen.clone()))?;
    let data = common
        .data
        .clone()
        .or(file.data)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_DATA));
    let database_url = common
        .database_url
        .clone()
        .or(file.database_url)
        .unwrap_or_else(|| format!("sqlite://{}", data.join("convene.db").display()));
    let public_url = common
        .public_url
        .clone()
        .or(file.public_url)
        .unwrap_or_else(|| format!("http://{listen}"));
    if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
        return Err(SettingsError::PublicUrl(public_url));
    }
    Ok(Settings {
        listen,
        data,
        database_url,
        log_format: common
            .log_format
            .or(file.log_format)
            .unwrap_or(LogFormat::Human),
        public_url,
        smtp_url: common.smtp_url.clone().or(file.smtp_url),
        mail_from: common
            .mail_from
            .clone()
            .or(file.mail_from)
            .unwrap_or_else(|| "Convene <convene@localhost>".into()),
        reply_domain: common
            .reply_domain
            .clone()
            .or(file.reply_domain)
            .filter(|d| !d.trim().is_empty()),
        trust_proxy: common.trust_proxy || file.trust_proxy.unwrap_or(false),
        metrics_allow: if common.metrics_allow.is_empty() {
            metrics_allow(&file.metrics_allow.unwrap_or_default())?
        } else {
            metrics_allow(&common.metrics_allow)?
        },
        db_readers: match common.db_readers.or(file.db_readers) {
            Some(n) if !(1..=256).contains(&n) => return Err(SettingsError::Readers(n)),
            n => n,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::Parser;

    fn write(name: &str, text: &str) -> PathBuf {
        let path = std::env::temp_dir().join(format!("convene-{}-{name}", std::process::id()));
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn flags_beat_file_and_file_beats_defaults() {
        let path = write(
            "a.toml",
            "listen = \"0.0.0.0:9000\"\ndata = \"/srv/x\"\nlog_format = \"json\"\n",
        );
        let cli = Cli::parse_from([
            "convene",
            "--config",
            path.to_str().unwrap(),
            "--data",
            "/flag",
            "serve",
        ]);
        let s = resolve(&cli.common, None).unwrap();
        assert_eq!(s.listen.to_string(), "0.0.0.0:9000");
        assert_eq!(s.data, PathBuf::from("/flag"));
        assert_eq!(s.database_url, "sqlite:///flag/convene.db");
        assert_eq!(s.log_format, LogFormat::Json);
        let s = resolve(&cli.common, Some("127.0.0.1:1")).unwrap();
        assert_eq!(s.listen.to_string(), "127.0.0.1:1");
    }

    #[test]
    fn reader_connections_come_from_flag_or_file_and_are_bounded() {
        let path = write("r.toml", "db_readers = 3\n");
        let cli = Cli::parse_from(["convene", "--config", path.to_str().unwrap(), "serve"]);
        let mut common = cli.common;
        common.db_readers = None;
        assert_eq!(resolve(&common, None).unwrap().db_readers, Some(3));
        common.db_readers = Some(2);
        assert_eq!(resolve(&common, None).unwrap().db_readers, Some(2));
        let path = write("r0.toml", "db_readers = 0\n");
        common.config = Some(path);
        common.db_readers = None;
        let err = resolve(&common, None).unwrap_err().to_string();
        assert!(err.contains("db_readers 0"), "{err}");
        assert!(Cli::try_parse_from(["convene", "--db-readers", "0", "serve"]).is_err());
    }

    #[test]
    fn metrics_readers_default_to_this_machine_and_refuse_nonsense() {
        let cli = Cli::parse_from(["convene", "serve"]);
        let mut common = cli.common;
        common.config = None;
        common.metrics_allow = Vec::new();
        let local = resolve(&common, None).unwrap().metrics_allow;
        assert!(local
            .iter()
            .any(|n| n.contains(&"127.0.0.1".parse::<std::net::IpAddr>().unwrap())));
        assert!(!local
            .iter()
            .any(|n| n.contains(&"10.0.0.1".parse::<std::net::IpAddr>().unwrap())));
        let cli = Cli::parse_from([
            "convene",
            "--metrics-allow",
            "10.0.0.0/8,192.0.2.7",
            "serve",
        ]);
        let allow = resolve(&cli.common, None).unwrap().metrics_allow;
        assert_eq!(allow.len(), 2);
        assert!(allow[1].contains(&"192.0.2.7".parse::<std::net::IpAddr>().unwrap()));
        common.metrics_allow = vec!["none".into()];
        assert!(resolve(&common, None).unwrap().metrics_allow.is_empty());
        common.metrics_allow = vec!["10.0.0.0/33".into()];
        let err = resolve(&common, None).unwrap_err().to_string();
        assert!(err.contains("\"10.0.0.0/33\""), "{err}");
    }

    #[test]
    fn defaults_without_anything() {
        let cli = Cli::parse_from(["convene", "migrate"]);
        let mut common = cli.common;
        // The test process may carry CONVENE_ variables; defaults are about their absence.
        common.data = None;
        common.database_url = None;
        common.log_format = None;
        common.config = None;
        let s = resolve(&common, None).unwrap();
        assert_eq!(s.listen.to_string(), DEFAULT_LISTEN);
        assert_eq!(s.data, PathBuf::from(DEFAULT_DATA));
        assert!(s.database_url.starts_with("sqlite://"));
    }

    #[test]
    fn problems_are_one_line() {
        let path = write("b.toml", "lissen = \"x\"\n");
        let err = read_file(&path).unwrap_err().to_string();
        assert!(err.contains("lissen"), "{err}");
        assert!(!err.contains('\n'), "{err}");
        let cli = Cli::parse_from(["convene", "serve"]);
        let err = resolve(&cli.common, Some("nowhere"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("nowhere"), "{err}");
        assert!(read_file(Path::new("/no/such/file.toml")).is_err());
    }
}
