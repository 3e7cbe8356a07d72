//! Running PostgreSQL's client tools (pg_dump, pg_restore) against a database URL.

use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The tool's path on `PATH`, or a line saying what to install.
pub fn find(tool: &str) -> Result<PathBuf, String> {
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join(tool))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            format!(
                "{tool} not found on PATH: install PostgreSQL's client tools \
                 (e.g. apt-get install postgresql-client)"
            )
        })
}

/// The URL without its password, and the password (percent-decoded). The password goes
/// to the tool through `PGPASSWORD`, so it never shows in the process list or in errors.
pub fn split_password(url: &str) -> (String, Option<String>) {
    let Some((scheme, rest)) = url.split_once("://") else {
        return (url.to_string(), None);
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let Some((userinfo, host)) = authority.rsplit_once('@') else {
        return (url.to_string(), None);
    };
    let Some((user, password)) = userinfo.split_once(':') else {
        return (url.to_string(), None);
    };
    let password = percent_encoding::percent_decode_str(password)
        .decode_utf8_lossy()
        .into_owned();
    (format!("{scheme}://{user}@{host}{tail}"), Some(password))
}

/// Run `tool` with `args` and `--dbname`; on failure, its first error line.
pub async fn run(tool: &'static str, url: &str, args: Vec<String>) -> Result<(), String> {
    let path = find(tool)?;
    let (url, password) = split_password(url);
    let mut command = Command::new(path);
    command
        .args(args)
        .arg(format!("--dbname={url}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(password) = password {
        command.env("PGPASSWORD", password);
    }
    let output = tokio::task::spawn_blocking(move || command.output())
        .await
        .map_err(|e| format!("{tool} did not finish: {e}"))?
        .map_err(|e| format!("cannot run {tool}: {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let first = stderr
        .lines()
        .find(|l| l.contains("error"))
        .or_else(|| stderr.lines().next())
        .unwrap_or("no message");
    Err(format!(
        "{tool} failed ({}): {}",
        output.status,
        first.trim()
    ))
}

#[cfg(test)]
mod tests {
    use super::split_password;

    #[test]
    fn the_password_leaves_the_url() {
        assert_eq!(
            split_password("postgres://app:s%40cret@db.example:5432/forum?sslmode=require"),
            (
                "postgres://app@db.example:5432/forum?sslmode=require".to_string(),
                Some("s@cret".to_string())
            )
        );
        assert_eq!(
            split_password("postgres://postgres@127.0.0.1/test"),
            ("postgres://postgres@127.0.0.1/test".to_string(), None)
        );
        assert_eq!(
            split_password("postgres://db/x"),
            ("postgres://db/x".to_string(), None)
        );
    }
}
