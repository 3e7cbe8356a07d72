//! Reply by mail: one RFC 5322 message (as an MTA's pipe transport hands it to
//! `convene mail receive`) becomes a post in the thread its reply address names, as the
//! person it names, under the reply form's rules (posting.rs). The address carries a
//! token bound to the person and the thread; the message must come from that person's
//! address. Quoted text and signatures are trimmed. A message that cannot be placed gets
//! a bounce in the sender's language (their account's when known), queued in the outbox.

use crate::mailing::{self, BounceReason, Outgoing};
use crate::posting::{self, Refusal};
use convene_core::mail as rules;
use convene_store::{Store, StoreError};
use lettre::Address;
use mail_parser::{HeaderValue, MessageParser};

/// What happened to a message that was accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    Posted {
        post_id: i64,
        thread_id: i64,
        held: bool,
    },
    /// An automatic answer (vacation notice, delivery report): dropped without a bounce,
    /// so two robots never answer each other forever.
    Ignored(&'static str),
}

/// A message that was not posted.
#[derive(Debug)]
pub struct Rejected {
    /// One line for the MTA's log and the operator.
    pub line: String,
    /// The exit status for the MTA (sysexits.h): 65 unreadable, 67 no such address,
    /// 77 refused, 75 try again later.
    pub exit: u8,
    /// Whether a bounce was queued for the sender.
    pub bounced: bool,
}

pub const EX_DATAERR: u8 = 65;
pub const EX_NOUSER: u8 = 67;
pub const EX_TEMPFAIL: u8 = 75;
pub const EX_NOPERM: u8 = 77;

fn temporary(e: StoreError) -> Rejected {
    Rejected {
        line: format!("database: {e} (try again later)"),
        exit: EX_TEMPFAIL,
        bounced: false,
    }
}

/// The addresses a header holds (To, Cc, Delivered-To…), as text.
fn addresses(value: &HeaderValue<'_>) -> Vec<String> {
    match value {
        HeaderValue::Address(a) => a
            .iter()
            .filter_map(|addr| addr.address.as_deref().map(str::to_string))
            .collect(),
        HeaderValue::Text(t) => vec![t.to_string()],
        HeaderValue::TextList(l) => l.iter().map(|t| t.to_string()).collect(),
        _ => Vec::new(),
    }
}

/// Take one message. `envelope` holds the recipients the MTA named (its `$recipient`,
/// or `RECIPIENT`/`ORIGINAL_RECIPIENT` in the environment), tried before the headers.
pub async fn receive(
    store: &dyn Store,
    options: &crate::Options,
    raw: &[u8],
    envelope: &[String],
) -> Result<Received, Rejected> {
    let Some(message) = MessageParser::default().parse(raw) else {
        return Err(Rejected {
            line: "not a mail message".into(),
            exit: EX_DATAERR,
            bounced: false,
        });
    };
    let from = message
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address.as_deref())
        .and_then(|a| a.parse::<Address>().ok());
    let Some(from) = from else {
        return Err(Rejected {
            line: "the message has no sender address".into(),
            exit: EX_DATAERR,
            bounced: false,
        });
    };
    // Robots: never answered, never posted.
    let auto = message
        .header_raw("Auto-Submitted")
        .is_some_and(|v| !v.trim().eq_ignore_ascii_case("no"));
    let bulk = message.header_raw("Precedence").is_some_and(|v| {
        matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "bulk" | "junk" | "list" | "auto_reply"
        )
    });
    if auto || bulk || message.header_raw("X-Autoreply").is_some() {
        return Ok(Received::Ignored("an automatic message"));
    }
    if from == options.mailer.from().email {
        return Ok(Received::Ignored("a message from this forum"));
    }
    let subject = message.subject().unwrap_or("").to_string();
    let original_id = message.message_id().map(str::to_string);
    let secret = store.mail_secret().await.map_err(temporary)?;
    let out = Outgoing::new(&options.public_url, &options.mailer, secret);

    // The sender's account, if the From is one: for the bounce's language.
    let sender = store
        .credentials(from.as_ref())
        .await
        .map_err(temporary)?
        .map(|(p, _)| p)
        .filter(|p| !p.deleted);
    let bounce = |reason: BounceReason, exit: u8, line: String| {
        let lang = sender
            .as_ref()
            .map_or("en", mailing::reader_lang)
            .to_string();
        let who = sender.as_ref().map(|p| p.id);
        let out = &out;
        let from = &from;
        let subject = &subject;
        let original_id = original_id.as_deref();
        async move {
            let queued =
                match mailing::bounce_mail(out, from, who, &lang, reason, subject, original_id) {
                    Ok(mail) => store.queue_mail(&mail).await.is_ok(),
                    Err(e) => {
                        tracing::warn!(error = %e, "cannot build bounce");
                        false
                    }
                };
            Rejected {
                line,
                exit,
                bounced: queued,
            }
        }
    };

    let Some(domain) = options.mailer.reply_domain() else {
        return Err(bounce(
            BounceReason::Off,
            EX_NOUSER,
            "reply by mail is off (no reply domain is set)".into(),
        )
        .await);
    };
    // The envelope first (what the MTA delivered to), then the headers MTAs add and
    // the ones the sender wrote.
    let mut candidates: Vec<String> = envelope.to_vec();
    for name in ["Delivered-To", "X-Original-To", "Envelope-To", "To", "Cc"] {
        for value in message.header_values(name) {
            candidates.extend(addresses(value));
        }
    }
    let Some(token) = candidates
        .iter()
        .find_map(|a| rules::reply_token_in(a, domain))
    else {
        return Err(bounce(
            BounceReason::NoAddress,
            EX_NOUSER,
            format!("no reply+TOKEN@{domain} address among the recipients"),
        )
        .await);
    };
    let Some((who, thread_id)) = rules::check_reply_token(&out.secret, &token) else {
        return Err(bounce(
            BounceReason::Forged,
            EX_NOUSER,
            "the reply address was not made by this forum".into(),
        )
        .await);
    };
    let person = store.participant(who).await.map_err(temporary)?;
    let Some(person) = person.filter(|p| !p.deleted && p.suspension.is_none()) else {
        return Err(bounce(
            BounceReason::Account,
            EX_NOPERM,
            format!("the account {who} of the reply address is gone or suspended"),
        )
        .await);
    };
    if !person.email.eq_ignore_ascii_case(from.as_ref()) {
        return Err(bounce(
            BounceReason::WrongSender,
            EX_NOPERM,
            format!("sender {from} is not the address the reply address was made for"),
        )
        .await);
    }
    let text = message
        .body_text(0)
        .map(|t| t.into_owned())
        .unwrap_or_default();
    let body = rules::trim_reply(&text);
    if body.trim().is_empty() {
        return Err(bounce(
            BounceReason::Empty,
            EX_DATAERR,
            "nothing to post once quoted text and signatures are trimmed".into(),
        )
        .await);
    }
    // The post the mail answers, from the Message-ID it replies to.
    let reply_to = match message.in_reply_to() {
        HeaderValue::Text(id) => rules::post_of_message_id(id, &out.host),
        HeaderValue::TextList(ids) => ids
            .iter()
            .rev()
            .find_map(|id| rules::post_of_message_id(id, &out.host)),
        _ => None,
    };
    let lang = mailing::reader_lang(&person);
    let request = posting::Reply {
        thread_id,
        body: &body,
        reply_to,
        lang,
    };
    match posting::reply(store, &person, &request).await {
        Ok(p) => Ok(Received::Posted {
            post_id: p.post_id,
            thread_id,
            held: p.held,
        }),
        Err(Refusal::Store(e)) => Err(temporary(e)),
        // Try again later: the MTA keeps the message and the limit passes.
        Err(Refusal::TooMany) => Err(Rejected {
            line: "too many posts from this account lately (try again later)".into(),
            exit: EX_TEMPFAIL,
            bounced: false,
        }),
        Err(Refusal::Invalid(_)) => Err(bounce(
            BounceReason::TooLong,
            EX_DATAERR,
            "the text is longer than a post may be".into(),
        )
        .await),
        Err(Refusal::NotFound) => Err(bounce(
            BounceReason::NotFound,
            EX_NOPERM,
            format!("thread {thread_id} is gone or cannot be read by its author"),
        )
        .await),
        Err(Refusal::Forbidden | Refusal::SignIn) => Err(bounce(
            BounceReason::Forbidden,
            EX_NOPERM,
            format!("participant {who} may not post in thread {thread_id}"),
        )
        .await),
    }
}
