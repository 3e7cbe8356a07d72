//! Outgoing mail. With SMTP configured, mail goes through lettre's SMTP transport; with
//! none, each message is written as an .eml file under the data directory and the log
//! says where, so a fresh install can still reset passwords. Notification mail is built
//! in `mailing.rs`, queued in the outbox and handed over here by its sender.

use lettre::address::Envelope;
use lettre::message::Mailbox;
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(PathBuf),
}

pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    /// The domain of reply addresses (`reply+TOKEN@DOMAIN`) whose mail the MTA hands to
    /// `convene mail receive`; None: no reply by mail.
    reply_domain: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("sender address {0:?} is not a mailbox")]
    From(String),
    #[error("SMTP URL: {0}")]
    Url(String),
    #[error("reply domain {0:?} is not a domain name")]
    ReplyDomain(String),
    #[error("message: {0}")]
    Build(String),
    #[error("sending: {0}")]
    Send(String),
    /// The server refused the message for good (a 5xx answer): trying again won't help.
    #[error("refused: {0}")]
    Refused(String),
}

impl Mailer {
    /// `smtp_url` like `smtps://user:pass@host` or `smtp://host:587?tls=required`.
    pub fn smtp(smtp_url: &str, from: &str) -> Result<Self, MailError> {
        let from: Mailbox = from.parse().map_err(|_| MailError::From(from.into()))?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| MailError::Url(e.to_string()))?
            .build();
        Ok(Mailer {
            transport: Transport::Smtp(transport),
            from,
            reply_domain: None,
        })
    }

    pub fn folder(dir: PathBuf, from: &str) -> Result<Self, MailError> {
        let from: Mailbox = from.parse().map_err(|_| MailError::From(from.into()))?;
        Ok(Mailer {
            transport: Transport::Folder(dir),
            from,
            reply_domain: None,
        })
    }

    /// Let people reply by mail to `reply+TOKEN@domain` (None: they cannot).
    pub fn with_reply_domain(mut self, domain: Option<&str>) -> Result<Self, MailError> {
        self.reply_domain = match domain.map(str::trim).filter(|d| !d.is_empty()) {
            None => None,
            Some(d) => {
                let valid = d.len() <= 253
                    && d.split('.').all(|label| {
                        !label.is_empty()
                            && label.len() <= 63
                            && label
                                .bytes()
                                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                            && !label.starts_with('-')
                            && !label.ends_with('-')
                    });
                if !valid {
                    return Err(MailError::ReplyDomain(d.into()));
                }
                Some(d.to_ascii_lowercase())
            }
        };
        Ok(self)
    }

    pub fn from(&self) -> &Mailbox {
        &self.from
    }

    pub fn reply_domain(&self) -> Option<&str> {
        self.reply_domain.as_deref()
    }

    pub async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), MailError> {
        let to: Mailbox = to
            .parse()
            .map_err(|_| MailError::Build(format!("bad address {to:?}")))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to.clone())
            .subject(subject)
            .body(body.to_string())
            .map_err(|e| MailError::Build(e.to_string()))?;
        self.send_raw(to.email.as_ref(), &message.formatted()).await
    }

    /// Hand over a whole formatted message for `to`, from this mailer's address.
    pub async fn send_raw(&self, to: &str, message: &[u8]) -> Result<(), MailError> {
        let to: Address = to
            .parse()
            .map_err(|_| MailError::Refused(format!("bad address {to:?}")))?;
        match &self.transport {
            Transport::Smtp(transport) => {
                let envelope = Envelope::new(Some(self.from.email.clone()), vec![to])
                    .map_err(|e| MailError::Build(e.to_string()))?;
                transport.send_raw(&envelope, message).await.map_err(|e| {
                    if e.is_permanent() {
                        MailError::Refused(e.to_string())
                    } else {
                        MailError::Send(e.to_string())
                    }
                })?;
            }
            Transport::Folder(dir) => {
                static N: AtomicU64 = AtomicU64::new(0);
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|e| MailError::Send(e.to_string()))?;
                let name = format!(
                    "{}-{:06}-{}.eml",
                    convene_core::date::now(),
                    N.fetch_add(1, Ordering::Relaxed),
                    std::process::id(),
                );
                let path = dir.join(name);
                // Written whole under another name first, so a reader never sees half.
                let partial = path.with_extension("eml.part");
                tokio::fs::write(&partial, message)
                    .await
                    .map_err(|e| MailError::Send(e.to_string()))?;
                tokio::fs::rename(&partial, &path)
                    .await
                    .map_err(|e| MailError::Send(e.to_string()))?;
                tracing::info!(path = %path.display(), "no SMTP configured: mail written to file");
            }
        }
        Ok(())
    }
}
