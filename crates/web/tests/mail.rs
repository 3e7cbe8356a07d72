//! Mail end to end over the real router, read back with a mail parser nobody here wrote
//! (mail-parser): posts mailed to watchers in their own language with list, threading
//! and one-click unsubscribe headers; the outbox sending each mail once across a
//! restart; unsubscribing without a session; digests; replies by mail posted under the
//! reply form's rules, notifying the thread's watchers; forged replies refused and
//! bounced in the sender's language.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{registration, Client, TestApp};
use convene_core::mail::MailFrequency;
use convene_core::model::{FollowKind, NewThread, WatchLevel};
use convene_web::inbound::{self, Received};
use convene_web::{mailing, notifier, Options};
use mail_parser::{Message, MessageParser};
use std::sync::Arc;

const HOST: &str = "forum.test";

struct MailTest {
    app: TestApp,
    options: Arc<Options>,
}

impl MailTest {
    async fn new() -> Self {
        let app = TestApp::with_url("https://forum.test").await;
        let options = Arc::new(options(&app));
        MailTest { app, options }
    }

    fn router(&self) -> axum::Router {
        convene_web::app_shared(self.app.db.store.clone(), self.options.clone())
    }

    fn client(&self) -> Client<'_> {
        self.app.client().with_router(self.router())
    }

    fn store(&self) -> &dyn convene_store::Store {
        self.app.store()
    }

    /// The notifier's round with mail, then the sender's.
    async fn deliver(&self) -> usize {
        notifier::catch_up_mailing(self.store(), &self.options)
            .await
            .unwrap();
        mailing::send_due(self.store(), &self.options.mailer, "test", None)
            .await
            .unwrap()
    }

    /// Every notification mail and bounce handed over (not the account mails sent
    /// directly, such as confirmation links), oldest first, as raw bytes.
    fn sent(&self) -> Vec<Vec<u8>> {
        let mut files: Vec<_> = std::fs::read_dir(&self.app.mail.0)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "eml"));
        files.sort();
        files
            .iter()
            .map(|p| std::fs::read(p).unwrap())
            .filter(|raw| parse(raw).header_raw("Auto-Submitted").is_some())
            .collect()
    }

    /// The sent mails addressed to `email`.
    fn sent_to(&self, email: &str) -> Vec<Vec<u8>> {
        self.sent()
            .into_iter()
            .filter(|raw| {
                let m = parse(raw);
                to_address(&m).as_deref() == Some(email)
            })
            .collect()
    }
}

fn options(app: &TestApp) -> Options {
    Options {
        public_url: app.public_url.clone(),
        trust_proxy: false,
        mailer: convene_web::Mailer::folder(app.mail.0.clone(), "Convene <forum@forum.test>")
            .unwrap()
            .with_reply_domain(Some(HOST))
            .unwrap(),
        bench_ceiling: false,
        page_cache: Some(std::time::Duration::ZERO),
        metrics_allow: Vec::new(),
    }
}

fn parse(raw: &[u8]) -> Message<'_> {
    MessageParser::default().parse(raw).expect("a mail message")
}

fn to_address(m: &Message<'_>) -> Option<String> {
    m.to()?.first()?.address().map(str::to_string)
}

fn list_url(value: &mail_parser::HeaderValue<'_>) -> String {
    value
        .as_address()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .unwrap_or_default()
        .to_string()
}

/// Register and confirm someone reading the forum in `lang`; returns their id and a
/// signed-in client.
async fn person<'a>(t: &'a MailTest, name: &str, email: &str, lang: &str) -> (i64, Client<'a>) {
    let mut c = t.client();
    let fields: Vec<(&str, &str)> = registration(name, email, "civil-society")
        .into_iter()
        .map(|(k, v)| if k == "ui_lang" { (k, lang) } else { (k, v) })
        .collect();
    let r = c.post(&format!("/{lang}/register"), &fields).await;
    assert_eq!(r.status, axum::http::StatusCode::SEE_OTHER, "{}", r.body);
    // The confirmation link, read from the mail as a mail client would (its body may be
    // base64 in scripts other than Latin).
    let token = std::fs::read_dir(&t.app.mail.0)
        .unwrap()
        .filter_map(Result::ok)
        .filter_map(|e| std::fs::read(e.path()).ok())
        .find_map(|raw| {
            let m = parse(&raw).into_owned();
            if to_address(&m).as_deref() != Some(email) {
                return None;
            }
            let text = m.body_text(0)?.into_owned();
            let (_, rest) = text.split_once("/confirm/")?;
            Some(
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect::<String>(),
            )
        })
        .expect("a confirmation mail");
    let r = c.post(&format!("/en/confirm/{token}"), &[]).await;
    assert_eq!(r.status, axum::http::StatusCode::SEE_OTHER, "{}", r.body);
    let id = r.location().rsplit('/').next().unwrap().parse().unwrap();
    (id, c)
}

async fn watch(c: &mut Client<'_>, kind: &str, id: i64, level: &str, mail: &str) {
    let r = c
        .post(
            "/en/follow",
            &[
                ("kind", kind),
                ("id", &id.to_string()),
                ("level", level),
                ("mail", mail),
            ],
        )
        .await;
    assert_eq!(r.status, axum::http::StatusCode::SEE_OTHER, "{}", r.body);
}

async fn thread(t: &MailTest, coalition: i64, author: i64, title: &str, lang: &str) -> i64 {
    t.store()
        .start_thread(
            &NewThread {
                coalition_id: Some(coalition),
                title: title.into(),
                lang: lang.into(),
                author_id: author,
                body_md: format!("Opening of {title}"),
                held: false,
            },
            &[],
        )
        .await
        .unwrap()
}

async fn reply_form(c: &mut Client<'_>, thread: i64, body: &str) -> i64 {
    let r = c
        .post(
            &format!("/en/threads/{thread}/reply"),
            &[("body", body), ("lang", "en")],
        )
        .await;
    assert_eq!(r.status, axum::http::StatusCode::SEE_OTHER, "{}", r.body);
    r.location()
        .rsplit("#post-")
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// A reply as a mail client writes it, to `to`, answering `in_reply_to`.
fn reply_mail(from: &str, to: &str, in_reply_to: &str, body: &str) -> Vec<u8> {
    format!(
        "From: Someone <{from}>\r\nTo: {to}\r\nSubject: Re: the discussion\r\n\
         Message-ID: <reply-{}@mail.example>\r\nIn-Reply-To: <{in_reply_to}>\r\n\
         Date: Mon, 2 Jun 2025 10:00:00 +0000\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

#[tokio::test]
async fn posts_are_mailed_in_the_readers_language_with_list_and_thread_headers() {
    let t = MailTest::new().await;
    let (ana, mut ana_c) = person(&t, "Ana", "ana@example.org", "en").await;
    let (bo, mut bo_c) = person(&t, "Bo", "bo@example.org", "ar").await;
    let (_chen, mut chen_c) = person(&t, "Chen", "chen@example.org", "zh").await;
    let spam = common::coalition(&t.app, "spam", ana).await;
    let arabic = thread(&t, spam, ana, "مكافحة الرسائل المزعجة", "ar").await;
    let chinese = thread(&t, spam, ana, "垃圾邮件治理", "zh").await;
    t.deliver().await;
    let before = t.sent().len();

    // Bo gets every post of the coalition as it comes (mailing-list mode); Chen gets
    // the Chinese thread's posts as they come.
    watch(&mut bo_c, "coalition", spam, "all", "now").await;
    watch(&mut chen_c, "thread", chinese, "all", "now").await;
    let first = reply_form(&mut ana_c, arabic, "A first **reply**.").await;
    let second = reply_form(&mut ana_c, chinese, "另一个回复").await;
    assert_eq!(t.deliver().await, 3, "Bo twice, Chen once");
    assert_eq!(t.sent().len(), before + 3);

    let bo_mails = t.sent_to("bo@example.org");
    assert_eq!(bo_mails.len(), 2);
    let m = parse(&bo_mails[0]);
    assert_eq!(m.subject(), Some("Re: [spam] مكافحة الرسائل المزعجة"));
    assert_eq!(
        m.message_id(),
        Some(format!("post-{first}@{HOST}").as_str())
    );
    let opening = t.store().posts(arabic, 0, 1).await.unwrap()[0].id;
    let opening_id = format!("post-{opening}@{HOST}");
    assert_eq!(m.in_reply_to().as_text(), Some(opening_id.as_str()));
    assert_eq!(m.references().as_text(), Some(opening_id.as_str()));
    assert_eq!(list_url(m.list_id()), format!("spam.coalitions.{HOST}"));
    assert_eq!(
        list_url(m.list_archive()),
        "https://forum.test/ar/coalitions/spam"
    );
    let unsubscribe = list_url(m.list_unsubscribe());
    assert!(
        unsubscribe.starts_with("https://forum.test/ar/unsubscribe/"),
        "{unsubscribe}"
    );
    assert_eq!(
        m.header_raw("List-Unsubscribe-Post").map(str::trim),
        Some("List-Unsubscribe=One-Click")
    );
    let post_to = list_url(m.list_post());
    assert!(post_to.starts_with("mailto:reply+"), "{post_to}");
    let reply_to = m
        .reply_to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .unwrap()
        .to_string();
    assert_eq!(post_to, format!("mailto:{reply_to}"));
    assert!(reply_to.ends_with("@forum.test"));
    assert_eq!(m.header_raw("Content-Language").map(str::trim), Some("ar"));
    // Plain text with an HTML alternative, both in Arabic, with the author's group and
    // country.
    let ct = m
        .header("Content-Type")
        .and_then(|h| h.as_content_type())
        .unwrap();
    assert_eq!(ct.ctype(), "multipart");
    assert_eq!(ct.subtype(), Some("alternative"));
    assert_eq!(m.text_body_count(), 1);
    assert_eq!(m.html_body_count(), 1);
    let text = m.body_text(0).unwrap();
    assert!(text.contains("A first **reply**."), "{text}");
    assert!(text.contains("Ana"), "{text}");
    assert!(
        text.contains("المجتمع المدني"),
        "stakeholder group in Arabic: {text}"
    );
    assert!(text.contains("كينيا"), "country in Arabic: {text}");
    assert!(text.contains("اقرأها في المنتدى"), "{text}");
    let html = m.body_html(0).unwrap();
    assert!(html.contains("<strong>reply</strong>"), "{html}");
    assert!(html.contains("lang=\"ar\" dir=\"rtl\""), "{html}");
    let from = m.from().and_then(|a| a.first()).unwrap();
    assert_eq!(from.address(), Some("forum@forum.test"));
    assert!(from.name().unwrap_or("").contains("Ana"));

    // Chen's mail: a Chinese subject, in Chinese.
    let chen_mails = t.sent_to("chen@example.org");
    assert_eq!(chen_mails.len(), 1);
    let m = parse(&chen_mails[0]);
    assert_eq!(m.subject(), Some("Re: [spam] 垃圾邮件治理"));
    assert_eq!(
        m.message_id(),
        Some(format!("post-{second}@{HOST}").as_str())
    );
    assert!(m.body_text(0).unwrap().contains("在论坛上阅读"));
    // Ana wrote them: she is mailed nothing about her own posts.
    assert!(t.sent_to("ana@example.org").is_empty());

    // Immediately means as it comes: nothing waits for a digest.
    let now = convene_core::date::now();
    assert!(t
        .store()
        .due_digests(now + 30 * 86400, 10)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        t.store()
            .watch(bo, FollowKind::Coalition, spam)
            .await
            .unwrap(),
        Some((WatchLevel::Everything, Some(MailFrequency::Immediately)))
    );
    t.app.finish().await;
}

#[tokio::test]
async fn the_outbox_sends_each_mail_once_across_a_restart() {
    let t = MailTest::new().await;
    let (ana, mut ana_c) = person(&t, "Ana", "ana@example.org", "en").await;
    let (_bo, mut bo_c) = person(&t, "Bo", "bo@example.org", "fr").await;
    let spam = common::coalition(&t.app, "spam", ana).await;
    let th = thread(&t, spam, ana, "Spam", "en").await;
    // The opening post is told before anyone watches.
    t.deliver().await;
    watch(&mut bo_c, "thread", th, "all", "now").await;
    reply_form(&mut ana_c, th, "one").await;
    reply_form(&mut ana_c, th, "two").await;
    // The notifier runs twice (as after a crash before anything else moved): the mails
    // are queued once, with its place.
    t.deliver().await;
    notifier::catch_up_mailing(t.store(), &t.options)
        .await
        .unwrap();
    assert_eq!(t.sent_to("bo@example.org").len(), 2);

    // A third mail is claimed by a sender that then dies before marking it.
    reply_form(&mut ana_c, th, "three").await;
    notifier::catch_up_mailing(t.store(), &t.options)
        .await
        .unwrap();
    let claimed = t
        .store()
        .claim_mail("crashed", convene_core::date::now(), 10)
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1);

    // "Restart": a new process, a new mailer, a new sender.
    let restarted = options(&t.app);
    let sent = mailing::send_due(t.store(), &restarted.mailer, "restarted", None)
        .await
        .unwrap();
    assert_eq!(
        sent, 0,
        "sent mail is not sent again, a claimed one is not sent twice"
    );
    assert_eq!(t.sent_to("bo@example.org").len(), 2);
    let counts = t.store().outbox_counts().await.unwrap();
    assert_eq!((counts.sent, counts.claimed), (2, 1));
    // Its claim goes stale: it is given up, never sent (it may have gone out).
    assert_eq!(
        t.store()
            .abandon_stale_claims(convene_core::date::now() + 1)
            .await
            .unwrap(),
        1
    );
    mailing::send_due(t.store(), &restarted.mailer, "restarted", None)
        .await
        .unwrap();
    assert_eq!(t.sent_to("bo@example.org").len(), 2);
    t.app.finish().await;
}

#[tokio::test]
async fn one_click_unsubscribe_needs_no_session_and_a_wrong_token_is_refused() {
    let t = MailTest::new().await;
    let (ana, mut ana_c) = person(&t, "Ana", "ana@example.org", "en").await;
    let (bo, mut bo_c) = person(&t, "Bo", "bo@example.org", "es").await;
    let spam = common::coalition(&t.app, "spam", ana).await;
    let th = thread(&t, spam, ana, "Spam", "en").await;
    // The opening post is told before anyone watches.
    t.deliver().await;
    watch(&mut bo_c, "coalition", spam, "all", "now").await;
    reply_form(&mut ana_c, th, "one").await;
    t.deliver().await;
    let mails = t.sent_to("bo@example.org");
    let m = parse(&mails[0]);
    let url = list_url(m.list_unsubscribe());
    let path = url.trim_start_matches("https://forum.test").to_string();
    assert!(path.starts_with("/es/unsubscribe/"));

    // A stranger's browser (no cookies): GET only shows the button, changes nothing.
    let mut stranger = t.client();
    let r = stranger.get(&path).await;
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains("Dejar de recibir estos correos"),
        "{}",
        r.body
    );
    assert!(!r.body.contains("name=\"csrf\""));
    assert_eq!(
        t.store()
            .watch_mail(bo, FollowKind::Coalition, spam)
            .await
            .unwrap(),
        Some(MailFrequency::Immediately)
    );

    // A wrong token is refused, with nothing changed.
    let mut forged = path.clone();
    let last = forged.pop().unwrap();
    forged.push(if last == '0' { '1' } else { '0' });
    let mut client = t.client();
    let r = client
        .post_raw(&forged, &[("List-Unsubscribe", "One-Click")])
        .await;
    assert_eq!(r.status, 404, "{}", r.body);
    assert_eq!(
        t.store()
            .watch_mail(bo, FollowKind::Coalition, spam)
            .await
            .unwrap(),
        Some(MailFrequency::Immediately)
    );
    // The exemption is for this path only: another form without a token is refused.
    let r = client
        .post_raw("/en/follow", &[("kind", "coalition"), ("id", "1")])
        .await;
    assert_eq!(r.status, 403);

    // RFC 8058: the mail client's POST, no cookie, no CSRF token.
    let mut mail_client = t.client();
    let r = mail_client
        .post_raw(&path, &[("List-Unsubscribe", "One-Click")])
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        t.store()
            .watch(bo, FollowKind::Coalition, spam)
            .await
            .unwrap(),
        Some((WatchLevel::Everything, None)),
        "the mail stops, the watch stays"
    );
    reply_form(&mut ana_c, th, "two").await;
    t.deliver().await;
    assert_eq!(t.sent_to("bo@example.org").len(), 1);
    t.app.finish().await;
}

#[tokio::test]
async fn digests_collect_what_waited_in_the_readers_language() {
    let t = MailTest::new().await;
    let (ana, mut ana_c) = person(&t, "Ana", "ana@example.org", "en").await;
    let (_chen, mut chen_c) = person(&t, "Chen", "chen@example.org", "zh").await;
    let spam = common::coalition(&t.app, "spam", ana).await;
    let th = thread(&t, spam, ana, "Spam", "en").await;
    // The opening post is told before anyone watches.
    t.deliver().await;
    watch(&mut chen_c, "coalition", spam, "all", "daily").await;
    reply_form(&mut ana_c, th, "first").await;
    reply_form(&mut ana_c, th, "second").await;
    t.deliver().await;
    assert!(
        t.sent_to("chen@example.org").is_empty(),
        "nothing before the digest"
    );
    let secret = t.store().mail_secret().await.unwrap();
    let out = mailing::Outgoing::new(&t.options.public_url, &t.options.mailer, secret);
    let now = convene_core::date::now();
    assert_eq!(
        mailing::make_digests(t.store(), &out, now, None)
            .await
            .unwrap(),
        0
    );
    let later = now + 86_400 + 1;
    assert_eq!(
        mailing::make_digests(t.store(), &out, later, None)
            .await
            .unwrap(),
        1
    );
    mailing::send_due(t.store(), &t.options.mailer, "test", None)
        .await
        .unwrap();
    let mails = t.sent_to("chen@example.org");
    assert_eq!(mails.len(), 1);
    let m = parse(&mails[0]);
    assert_eq!(
        m.subject(),
        Some("您的每日摘要：\u{2068}2\u{2069} 条新帖子")
    );
    let text = m.body_text(0).unwrap();
    assert!(text.contains("first") && text.contains("second"), "{text}");
    assert!(list_url(m.list_unsubscribe()).contains("/zh/unsubscribe/"));
    // Made once: the items are gone.
    assert_eq!(
        mailing::make_digests(t.store(), &out, later + 1, None)
            .await
            .unwrap(),
        0
    );
    t.app.finish().await;
}

#[tokio::test]
async fn a_reply_by_mail_is_posted_and_notifies_the_threads_watchers() {
    let t = MailTest::new().await;
    let (ana, mut ana_c) = person(&t, "Ana", "ana@example.org", "en").await;
    let (bo, mut bo_c) = person(&t, "Bo", "bo@example.org", "ar").await;
    let spam = common::coalition(&t.app, "spam", ana).await;
    let th = thread(&t, spam, ana, "Spam", "en").await;
    // The opening post is told before anyone watches.
    t.deliver().await;
    watch(&mut bo_c, "coalition", spam, "all", "now").await;
    watch(&mut ana_c, "thread", th, "all", "now").await;
    let anas = reply_form(&mut ana_c, th, "What do you think?").await;
    t.deliver().await;
    let m = parse(&t.sent_to("bo@example.org")[0]).into_owned();
    let reply_to = m
        .reply_to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .unwrap()
        .to_string();
    let mid = m.message_id().unwrap().to_string();

    let raw = reply_mail(
        "Bo@Example.org",
        &reply_to,
        &mid,
        "أوافق على ذلك.\n\nOn Mon, 2 Jun 2025, Ana wrote:\n> What do you think?\n",
    );
    let got = inbound::receive(t.store(), &t.options, &raw, &[])
        .await
        .unwrap();
    let Received::Posted {
        post_id, thread_id, ..
    } = got
    else {
        panic!("not posted: {got:?}");
    };
    assert_eq!(thread_id, th);
    // On the thread page, as Bo, answering Ana's post, quoted text trimmed.
    let page = t.client().get(&format!("/en/threads/{th}")).await;
    assert!(page.body.contains("أوافق على ذلك."), "{}", page.body);
    assert!(!page.body.contains("Ana wrote"));
    let post = t.store().posts(th, post_id - 1, 1).await.unwrap().remove(0);
    assert_eq!(post.author.id, bo);
    assert_eq!(post.reply_to, Some(anas));
    assert_eq!(post.lang, "ar");

    // The thread's watchers hear of it: Ana in the site and by mail, threaded under
    // her own post.
    t.deliver().await;
    let notes = t.store().notifications(ana, i64::MAX, 10).await.unwrap();
    assert!(notes
        .iter()
        .any(|n| n.link.ends_with(&format!("#post-{post_id}"))));
    let anas_mails = t.sent_to("ana@example.org");
    assert_eq!(anas_mails.len(), 1);
    let m = parse(&anas_mails[0]);
    assert_eq!(
        m.in_reply_to().as_text(),
        Some(format!("post-{anas}@{HOST}").as_str())
    );
    assert!(m.body_text(0).unwrap().contains("أوافق على ذلك."));
    assert!(
        t.sent_to("bo@example.org").len() == 1,
        "not told of his own words"
    );

    // The same message again (the MTA retried): the rate limit and rules still apply,
    // and it is simply another post; an automatic reply is ignored.
    let auto = String::from_utf8(raw.clone()).unwrap().replacen(
        "Subject:",
        "Auto-Submitted: auto-replied\r\nSubject:",
        1,
    );
    assert_eq!(
        inbound::receive(t.store(), &t.options, auto.as_bytes(), &[])
            .await
            .unwrap(),
        Received::Ignored("an automatic message")
    );
    t.app.finish().await;
}

#[tokio::test]
async fn forged_replies_are_refused_and_bounced_in_the_senders_language() {
    let t = MailTest::new().await;
    let (ana, mut ana_c) = person(&t, "Ana", "ana@example.org", "en").await;
    let (_bo, mut bo_c) = person(&t, "Bo", "bo@example.org", "ar").await;
    let (_chen, _) = person(&t, "Chen", "chen@example.org", "zh").await;
    let spam = common::coalition(&t.app, "spam", ana).await;
    let th = thread(&t, spam, ana, "Spam", "en").await;
    // The opening post is told before anyone watches.
    t.deliver().await;
    watch(&mut bo_c, "thread", th, "all", "now").await;
    reply_form(&mut ana_c, th, "Hello").await;
    t.deliver().await;
    let m = parse(&t.sent_to("bo@example.org")[0]).into_owned();
    let reply_to = m
        .reply_to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .unwrap()
        .to_string();
    let posts_before = t.store().thread(th).await.unwrap().unwrap().post_count;

    // Someone else sending to Bo's reply address: refused, bounced to them.
    let forged = reply_mail("mallory@evil.example", &reply_to, "x@y", "I am Bo");
    let r = inbound::receive(t.store(), &t.options, &forged, &[])
        .await
        .unwrap_err();
    assert_eq!(r.exit, inbound::EX_NOPERM);
    assert!(r.bounced);
    assert!(r.line.contains("mallory@evil.example"), "{}", r.line);
    // A participant with an account: the bounce is in their language (Chinese).
    let wrong = reply_mail("chen@example.org", &reply_to, "x@y", "我是 Bo");
    let r = inbound::receive(t.store(), &t.options, &wrong, &[])
        .await
        .unwrap_err();
    assert_eq!(r.exit, inbound::EX_NOPERM);
    // A made-up token, and one moved to another thread.
    let made_up = reply_to.replacen(
        &reply_to[reply_to.len() - 15..reply_to.len() - 12],
        "abc",
        1,
    );
    let r = inbound::receive(
        t.store(),
        &t.options,
        &reply_mail("bo@example.org", &made_up, "x@y", "hi"),
        &[],
    )
    .await
    .unwrap_err();
    assert_eq!(r.exit, inbound::EX_NOUSER);
    let moved = reply_to.replacen(&format!("-{th}-"), &format!("-{}-", th + 1), 1);
    let r = inbound::receive(
        t.store(),
        &t.options,
        &reply_mail("bo@example.org", &moved, "x@y", "hi"),
        &[],
    )
    .await
    .unwrap_err();
    assert_eq!(r.exit, inbound::EX_NOUSER);
    // No reply address at all; garbage.
    let r = inbound::receive(
        t.store(),
        &t.options,
        &reply_mail("bo@example.org", "forum@forum.test", "x@y", "hi"),
        &[],
    )
    .await
    .unwrap_err();
    assert_eq!(r.exit, inbound::EX_NOUSER);
    let r = inbound::receive(t.store(), &t.options, b"", &[])
        .await
        .unwrap_err();
    assert_eq!(r.exit, inbound::EX_DATAERR);
    assert!(!r.bounced);
    assert_eq!(
        t.store().thread(th).await.unwrap().unwrap().post_count,
        posts_before,
        "nothing was posted"
    );

    mailing::send_due(t.store(), &t.options.mailer, "test", None)
        .await
        .unwrap();
    let bounce = t.sent_to("mallory@evil.example");
    assert_eq!(bounce.len(), 1);
    let b = parse(&bounce[0]);
    assert_eq!(b.subject(), Some("Your message could not be posted"));
    assert!(b
        .body_text(0)
        .unwrap()
        .contains("did not come from the address"));
    assert_eq!(
        b.header_raw("Auto-Submitted").map(str::trim),
        Some("auto-replied")
    );
    let chinese = t.sent_to("chen@example.org");
    assert_eq!(chinese.len(), 1);
    assert_eq!(parse(&chinese[0]).subject(), Some("您的邮件未能发布"));
    t.app.finish().await;
}

#[tokio::test]
async fn a_reply_by_mail_meets_the_reply_forms_rules() {
    let t = MailTest::new().await;
    let (ana, mut ana_c) = person(&t, "Ana", "ana@example.org", "en").await;
    let (bo, mut bo_c) = person(&t, "Bo", "bo@example.org", "fr").await;
    let spam = common::coalition(&t.app, "spam", ana).await;
    let th = thread(&t, spam, ana, "Spam", "en").await;
    // The opening post is told before anyone watches.
    t.deliver().await;
    watch(&mut bo_c, "thread", th, "all", "now").await;
    reply_form(&mut ana_c, th, "Hello").await;
    t.deliver().await;
    let m = parse(&t.sent_to("bo@example.org")[0]).into_owned();
    let reply_to = list_url(m.list_post())
        .trim_start_matches("mailto:")
        .to_string();

    // Only a signature and a quote: nothing to post.
    let r = inbound::receive(
        t.store(),
        &t.options,
        &reply_mail("bo@example.org", &reply_to, "x@y", "> Hello\n\n-- \nBo\n"),
        &[],
    )
    .await
    .unwrap_err();
    assert_eq!(r.exit, inbound::EX_DATAERR);
    // Posting rights removed in the coalition: refused like the form, bounced in French.
    t.store()
        .set_posting_blocked(bo, true, "spam", ana)
        .await
        .unwrap();
    let r = inbound::receive(
        t.store(),
        &t.options,
        &reply_mail("bo@example.org", &reply_to, "x@y", "Bonjour"),
        &[],
    )
    .await
    .unwrap_err();
    assert_eq!(r.exit, inbound::EX_NOPERM);
    assert!(r.bounced);
    mailing::send_due(t.store(), &t.options.mailer, "test", None)
        .await
        .unwrap();
    let bounces: Vec<_> = t
        .sent_to("bo@example.org")
        .into_iter()
        .filter(|raw| parse(raw).subject() == Some("Votre message n’a pas pu être publié"))
        .collect();
    assert_eq!(bounces.len(), 2);
    t.store()
        .set_posting_blocked(bo, false, "ok", ana)
        .await
        .unwrap();
    // The site holds new accounts' first posts: a reply by mail is held too.
    t.store()
        .set_setting("hold_first_posts", "on")
        .await
        .unwrap();
    let got = inbound::receive(
        t.store(),
        &t.options,
        &reply_mail("bo@example.org", &reply_to, "x@y", "Bonjour à tous"),
        &[],
    )
    .await
    .unwrap();
    assert!(
        matches!(got, Received::Posted { held: true, .. }),
        "{got:?}"
    );
    // Sanitized like any post.
    t.store()
        .set_setting("hold_first_posts", "off")
        .await
        .unwrap();
    let got = inbound::receive(
        t.store(),
        &t.options,
        &reply_mail(
            "bo@example.org",
            &reply_to,
            "x@y",
            "<script>alert(1)</script>Merci",
        ),
        &[],
    )
    .await
    .unwrap();
    let Received::Posted { post_id, .. } = got else {
        panic!("{got:?}")
    };
    let post = t.store().posts(th, post_id - 1, 1).await.unwrap().remove(0);
    assert!(!post.body_html.contains("<script"), "{}", post.body_html);
    t.app.finish().await;
}
