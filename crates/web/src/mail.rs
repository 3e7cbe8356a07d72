//! Outgoing mail. With SMTP configured, mail goes through lettre's SMTP transport; with
//! none, each message is written as an .eml file under the data directory and the log
//! says where, so a fresh install can still reset passwords.

use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    Folder {
        dir: PathBuf,
        from: Mailbox,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("sender address {0:?} is not a mailbox")]
    From(String),
    #[error("SMTP URL: {0}")]
    Url(String),
    #[error("message: {0}")]
    Build(String),
    #[error("sending: {0}")]
    Send(String),
}

impl Mailer {
    /// `smtp_url` like `smtps://user:pass@host` or `smtp://host:587?tls=required`.
    pub fn smtp(smtp_url: &str, from: &str) -> Result<Self, MailError> {
        let from: Mailbox = from.parse().map_err(|_| MailError::From(from.into()))?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| MailError::Url(e.to_string()))?
            .build();
        Ok(Mailer::Smtp { transport, from })
    }

    pub fn folder(dir: PathBuf, from: &str) -> Result<Self, MailError> {
        let from: Mailbox = from.parse().map_err(|_| MailError::From(from.into()))?;
        Ok(Mailer::Folder { dir, from })
    }

    pub async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), MailError> {
        let to: Mailbox = to
            .parse()
            .map_err(|_| MailError::Build(format!("bad address {to:?}")))?;
        let from = match self {
            Mailer::Smtp { from, .. } | Mailer::Folder { from, .. } => from.clone(),
        };
        let message = Message::builder()
            .from(from)
            .to(to)
            .subject(subject)
            .body(body.to_string())
            .map_err(|e| MailError::Build(e.to_string()))?;
        match self {
            Mailer::Smtp { transport, .. } => {
                transport
                    .send(message)
                    .await
                    .map_err(|e| MailError::Send(e.to_string()))?;
            }
            Mailer::Folder { dir, .. } => {
                static N: AtomicU64 = AtomicU64::new(0);
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|e| MailError::Send(e.to_string()))?;
                let name = format!(
                    "{}-{}.eml",
                    convene_core::date::now(),
                    N.fetch_add(1, Ordering::Relaxed)
                );
                let path = dir.join(name);
                tokio::fs::write(&path, message.formatted())
                    .await
                    .map_err(|e| MailError::Send(e.to_string()))?;
                tracing::info!(path = %path.display(), "no SMTP configured: mail written to file");
            }
        }
        Ok(())
    }
}
