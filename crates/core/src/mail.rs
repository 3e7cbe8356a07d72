//! Mail rules: how often a watch is mailed, who gets a post by mail and how, the
//! addresses that let people reply by mail or unsubscribe without signing in (each
//! carrying a MAC bound to the person and the thread or watch), and trimming quoted text
//! and signatures from a reply. No I/O: messages are built and parsed in `web`.

use crate::model::FollowKind;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// How a watch reaches its watcher by mail (besides the in-site notifications).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MailFrequency {
    /// Each post as its own mail, as soon as the notifier reads it.
    Immediately,
    /// One mail a day collecting what arrived since the last.
    Daily,
    /// One mail a week.
    Weekly,
}

impl MailFrequency {
    pub fn code(self) -> &'static str {
        match self {
            MailFrequency::Immediately => "now",
            MailFrequency::Daily => "daily",
            MailFrequency::Weekly => "weekly",
        }
    }

    /// `none` (and anything unknown) is no mail.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "now" => Some(MailFrequency::Immediately),
            "daily" => Some(MailFrequency::Daily),
            "weekly" => Some(MailFrequency::Weekly),
            _ => None,
        }
    }

    /// The code of an optional frequency, `none` for no mail.
    pub fn code_of(f: Option<Self>) -> &'static str {
        f.map_or("none", Self::code)
    }

    /// How long a digest waits after the previous one.
    pub fn period_seconds(self) -> i64 {
        match self {
            MailFrequency::Immediately => 0,
            MailFrequency::Daily => 24 * 3600,
            MailFrequency::Weekly => 7 * 24 * 3600,
        }
    }
}

/// Someone who may get a post by mail: through which watch, since when, how often.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MailWatch {
    pub participant_id: i64,
    pub since: i64,
    pub frequency: MailFrequency,
}

/// Who gets a post (or output) by mail and how: each watcher once, never the author nor
/// anyone for what was written before they watched; someone reached through several
/// watches gets it the soonest way any of them asks for (immediately before daily before
/// weekly). In participant order.
pub fn mail_recipients(
    watches: &[MailWatch],
    author: i64,
    written_at: i64,
) -> Vec<(i64, MailFrequency)> {
    let mut best: std::collections::BTreeMap<i64, MailFrequency> = Default::default();
    for w in watches {
        if w.participant_id == author || w.since > written_at {
            continue;
        }
        best.entry(w.participant_id)
            .and_modify(|f| *f = (*f).min(w.frequency))
            .or_insert(w.frequency);
    }
    best.into_iter().collect()
}

type HmacSha256 = Hmac<Sha256>;

fn mac_hex(secret: &str, message: &str, bytes: usize) -> String {
    // HMAC takes keys of any length, so this cannot fail; an empty MAC never verifies.
    let Ok(mut mac) = HmacSha256::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(message.as_bytes());
    mac.finalize().into_bytes()[..bytes]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// 128 bits of MAC: unguessable, short enough for an address's local part.
const MAC_BYTES: usize = 16;

/// The token in a reply address, `reply+TOKEN@domain`: the person, the thread and a MAC
/// of both under the forum's secret, so it cannot be made up or moved to another thread
/// or person. Lower case only (some MTAs fold the local part's case).
pub fn reply_token(secret: &str, participant_id: i64, thread_id: i64) -> String {
    let mac = mac_hex(
        secret,
        &format!("convene reply\n{participant_id}\n{thread_id}"),
        MAC_BYTES,
    );
    format!("{participant_id}-{thread_id}-{mac}")
}

/// `(participant, thread)` of a reply token made with `secret`; None if forged.
pub fn check_reply_token(secret: &str, token: &str) -> Option<(i64, i64)> {
    let mut parts = token.trim().splitn(3, '-');
    let who: i64 = parts.next()?.parse().ok()?;
    let thread: i64 = parts.next()?.parse().ok()?;
    let given = parts.next()?.to_ascii_lowercase();
    let expected = reply_token(secret, who, thread);
    let expected_mac = expected.rsplit('-').next()?;
    crate::secrets::same_secret(&given, expected_mac).then_some((who, thread))
}

/// The token of a reply address `reply+TOKEN@domain` (any case), if it is one.
pub fn reply_token_in(address: &str, domain: &str) -> Option<String> {
    let address = address.trim().trim_start_matches('<').trim_end_matches('>');
    let (local, host) = address.rsplit_once('@')?;
    if !host.eq_ignore_ascii_case(domain) {
        return None;
    }
    let token = local
        .get(..6)
        .filter(|p| p.eq_ignore_ascii_case("reply+"))
        .and_then(|_| local.get(6..))?;
    (!token.is_empty()).then(|| token.to_ascii_lowercase())
}

/// What an unsubscribe link stops: the mail of one watch, or every digest of a frequency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsubscribe {
    Watch {
        participant_id: i64,
        kind: FollowKind,
        item_id: i64,
    },
    Digests {
        participant_id: i64,
        frequency: MailFrequency,
    },
}

impl Unsubscribe {
    pub fn participant_id(&self) -> i64 {
        match *self {
            Unsubscribe::Watch { participant_id, .. }
            | Unsubscribe::Digests { participant_id, .. } => participant_id,
        }
    }

    fn subject(&self) -> String {
        match *self {
            Unsubscribe::Watch {
                participant_id,
                kind,
                item_id,
            } => format!("{participant_id}-{}-{item_id}", kind.code()),
            Unsubscribe::Digests {
                participant_id,
                frequency,
            } => format!("{participant_id}-digest-{}", frequency.code()),
        }
    }

    /// The token of a one-click unsubscribe link (RFC 8058), signed with `secret`.
    pub fn token(&self, secret: &str) -> String {
        let subject = self.subject();
        let mac = mac_hex(
            secret,
            &format!("convene unsubscribe\n{subject}"),
            MAC_BYTES,
        );
        format!("{subject}-{mac}")
    }

    /// What a token made with `secret` unsubscribes from; None if forged or malformed.
    pub fn from_token(secret: &str, token: &str) -> Option<Self> {
        let mut parts = token.split('-');
        let who: i64 = parts.next()?.parse().ok()?;
        let kind = parts.next()?;
        let what = parts.next()?;
        let _mac = parts.next()?;
        if parts.next().is_some() {
            return None;
        }
        let parsed = match kind {
            "digest" => Unsubscribe::Digests {
                participant_id: who,
                frequency: MailFrequency::from_code(what)
                    .filter(|f| *f != MailFrequency::Immediately)?,
            },
            _ => Unsubscribe::Watch {
                participant_id: who,
                kind: match kind {
                    "coalition" => FollowKind::Coalition,
                    "thread" => FollowKind::Thread,
                    "topic" => FollowKind::Topic,
                    _ => return None,
                },
                item_id: what.parse().ok()?,
            },
        };
        crate::secrets::same_secret(token, &parsed.token(secret)).then_some(parsed)
    }
}

/// The Message-ID of a post's mail: the same for every recipient, so replies from any of
/// them thread under it.
pub fn post_message_id(post_id: i64, host: &str) -> String {
    format!("<post-{post_id}@{host}>")
}

/// The post a Message-ID made by [`post_message_id`] names.
pub fn post_of_message_id(id: &str, host: &str) -> Option<i64> {
    let id = id.trim().trim_start_matches('<').trim_end_matches('>');
    let (local, h) = id.rsplit_once('@')?;
    if !h.eq_ignore_ascii_case(host) {
        return None;
    }
    local.strip_prefix("post-")?.parse().ok()
}

/// An "On … wrote:" line in the languages of the interface (mail clients write it in
/// their user's language before the quoted message).
fn is_attribution(line: &str) -> bool {
    let l = line.trim();
    if l.is_empty() || l.starts_with('>') {
        return false;
    }
    let lower = l.to_lowercase();
    const ENDINGS: &[&str] = &[
        "wrote:",
        "a écrit :",
        "a écrit:",
        "escribió:",
        "schrieb:",
        "ha scritto:",
        "написал:",
        "написала:",
        "написал(а):",
        "写道：",
        "写道:",
        "كتب:",
    ];
    ENDINGS.iter().any(|e| lower.ends_with(e))
        || lower.starts_with("-----original message-----")
        || lower.starts_with("-------- original message --------")
}

/// The new text of a reply: everything above the quoted message its client added (an
/// "On … wrote:" line, or quoted lines at the end) and above a `-- ` signature. Quotes
/// the writer interleaved with their own words stay. Trailing blank lines go.
pub fn trim_reply(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut kept: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line == "-- " || line == "--" || is_attribution(line) {
            break;
        }
        kept.push(line);
    }
    // Quoted lines (and blank lines among them) at the end are the message replied to.
    while let Some(last) = kept.last() {
        let t = last.trim_start();
        if t.is_empty() || t.starts_with('>') {
            kept.pop();
        } else {
            break;
        }
    }
    while kept.first().is_some_and(|l| l.trim().is_empty()) {
        kept.remove(0);
    }
    kept.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soonest_frequency_wins_and_nobody_twice() {
        let w = |p, since, f| MailWatch {
            participant_id: p,
            since,
            frequency: f,
        };
        let watches = [
            w(2, 10, MailFrequency::Weekly),
            w(2, 10, MailFrequency::Immediately),
            w(1, 10, MailFrequency::Immediately),
            w(3, 10, MailFrequency::Daily),
            w(4, 500, MailFrequency::Daily),
        ];
        assert_eq!(
            mail_recipients(&watches, 1, 100),
            vec![(2, MailFrequency::Immediately), (3, MailFrequency::Daily)]
        );
    }

    #[test]
    fn reply_tokens_are_bound_to_person_and_thread() {
        let t = reply_token("secret", 7, 42);
        assert_eq!(check_reply_token("secret", &t), Some((7, 42)));
        assert_eq!(check_reply_token("other", &t), None);
        let moved = t.replacen("7-42", "7-43", 1);
        assert_eq!(check_reply_token("secret", &moved), None);
        let other_person = t.replacen("7-", "8-", 1);
        assert_eq!(check_reply_token("secret", &other_person), None);
        assert_eq!(check_reply_token("secret", "7-42-"), None);
        assert_eq!(
            check_reply_token("secret", &t.to_uppercase()),
            Some((7, 42))
        );
        assert!(t.len() < 64, "fits a local part");
    }

    #[test]
    fn reply_addresses() {
        assert_eq!(
            reply_token_in("<Reply+7-42-ab@Forum.Example>", "forum.example").as_deref(),
            Some("7-42-ab")
        );
        assert_eq!(
            reply_token_in("reply+7-42-ab@evil.example", "forum.example"),
            None
        );
        assert_eq!(
            reply_token_in("someone@forum.example", "forum.example"),
            None
        );
        assert_eq!(
            reply_token_in("reply+@forum.example", "forum.example"),
            None
        );
    }

    #[test]
    fn unsubscribe_tokens() {
        let u = Unsubscribe::Watch {
            participant_id: 3,
            kind: FollowKind::Coalition,
            item_id: 9,
        };
        let t = u.token("s");
        assert_eq!(Unsubscribe::from_token("s", &t), Some(u));
        assert_eq!(Unsubscribe::from_token("x", &t), None);
        assert_eq!(
            Unsubscribe::from_token("s", &t.replacen("3-", "4-", 1)),
            None
        );
        let d = Unsubscribe::Digests {
            participant_id: 3,
            frequency: MailFrequency::Weekly,
        };
        assert_eq!(Unsubscribe::from_token("s", &d.token("s")), Some(d));
        assert_eq!(Unsubscribe::from_token("s", "garbage"), None);
    }

    #[test]
    fn message_ids() {
        assert_eq!(post_message_id(5, "f.example"), "<post-5@f.example>");
        assert_eq!(
            post_of_message_id(" <post-5@F.example>", "f.example"),
            Some(5)
        );
        assert_eq!(post_of_message_id("<post-5@other>", "f.example"), None);
    }

    #[test]
    fn trimming_replies() {
        let reply = "I agree with the draft.\n\nBest,\nAna\n\n-- \nAna Example\nExample Org\n";
        assert_eq!(trim_reply(reply), "I agree with the draft.\n\nBest,\nAna");
        let quoted = "Yes.\r\n\r\nOn Mon, 2 Jun 2025, Bo wrote:\r\n> the old text\r\n> more\r\n";
        assert_eq!(trim_reply(quoted), "Yes.");
        let bottom = "Agreed.\n\n> quoted\n>\n> more quoted\n\n";
        assert_eq!(trim_reply(bottom), "Agreed.");
        let interleaved = "> point one\nMy answer to one.\n> point two\nAnd two.\n";
        assert_eq!(trim_reply(interleaved), interleaved.trim_end());
        let french = "D'accord.\nLe lun. 2 juin 2025, Bo a écrit :\n> texte\n";
        assert_eq!(trim_reply(french), "D'accord.");
        let chinese = "同意。\n\n张三 写道：\n> 原文\n";
        assert_eq!(trim_reply(chinese), "同意。");
        assert_eq!(trim_reply("> only a quote\n"), "");
    }
}
