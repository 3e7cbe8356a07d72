//! The data: one long thread in a coalition, written through the Store's own methods so
//! its counters, balance and change log are as the forum would have them.

use crate::db::Keys;
use crate::BoxError;
use convene_core::model::*;
use convene_core::StakeholderGroup;
use convene_store::Store;

pub struct Fixture {
    pub keys: Keys,
    pub people: Vec<i64>,
}

/// xorshift64*: deterministic spread.
pub struct Rng(pub u64);

impl Rng {
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n.max(1) as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "governance",
    "internet",
    "multistakeholder",
    "policy",
    "access",
    "open",
    "standards",
    "community",
    "rights",
    "privacy",
    "security",
    "infrastructure",
    "capacity",
    "regional",
    "dialogue",
    "model",
    "digital",
    "inclusion",
    "we",
    "should",
    "consider",
    "the",
    "and",
    "of",
    "to",
    "a",
    "in",
    "that",
    "for",
    "this",
    "is",
    "with",
    "on",
    "as",
    "proposal",
    "session",
    "coalition",
    "report",
    "draft",
    "comment",
    "agree",
    "question",
    "data",
];

/// A reply of a few hundred bytes of Markdown: two paragraphs, some emphasis, a link.
pub fn body(rng: &mut Rng) -> String {
    let mut out = String::new();
    for para in 0..2 {
        let words = 22 + rng.below(20);
        for w in 0..words {
            if w > 0 {
                out.push(' ');
            }
            let word = WORDS[rng.below(WORDS.len())];
            if w == 5 && para == 0 {
                out.push_str(&format!("**{word}**"));
            } else {
                out.push_str(word);
            }
        }
        out.push('.');
        if para == 0 {
            out.push_str(" See [the draft](https://example.org/draft).\n\n");
        }
    }
    out
}

pub async fn fill(
    store: &dyn Store,
    participants: usize,
    posts: usize,
) -> Result<Fixture, BoxError> {
    let countries = convene_core::countries::all();
    let groups = StakeholderGroup::ALL;
    let mut people = Vec::with_capacity(participants);
    for chunk in (0..participants).collect::<Vec<_>>().chunks(1_000) {
        let batch: Vec<NewParticipant> = chunk
            .iter()
            .map(|&i| NewParticipant {
                display_name: format!("Participant {i}"),
                email: format!("p{i}@bench.example"),
                stakeholder_group: groups[i % groups.len()],
                country: countries[(i * 7) % countries.len()].code.to_string(),
                affiliation: format!("Organisation {}", i % 97),
                role: Role::Participant,
            })
            .collect();
        people.extend(store.create_participants(&batch).await?);
    }
    let founder = *people.first().ok_or("no participants")?;
    let coalition = store
        .create_coalition(&NewCoalition {
            slug: "bench".into(),
            text: NewText {
                lang: "en".into(),
                title: "Bench coalition".into(),
                body_md: "A coalition for the data-layer benchmark.".into(),
            },
            founder_id: founder,
            founded_year: None,
        })
        .await?;
    for &p in people.iter().skip(1).take(2) {
        store
            .join_coalition(
                CoalitionId(coalition),
                ParticipantId(p),
                MemberRole::Coordinator,
            )
            .await?;
    }
    let members: Vec<(i64, i64)> = people
        .iter()
        .skip(3)
        .take(500)
        .map(|&p| (coalition, p))
        .collect();
    store.join_coalitions(&members).await?;

    let mut rng = Rng(0x5eed_da7a);
    let thread = store
        .create_thread(&NewThread {
            coalition_id: Some(coalition),
            title: "A very long discussion".into(),
            lang: "en".into(),
            author_id: founder,
            body_md: body(&mut rng),
            held: false,
        })
        .await?;
    for slug in ["access", "privacy"] {
        let topic = store
            .create_topic(
                slug,
                &NewText {
                    lang: "en".into(),
                    title: format!("Topic {slug}"),
                    body_md: "A policy topic.".into(),
                },
                &[1, 4],
            )
            .await?;
        store.tag_thread(thread, topic).await?;
    }
    let mut left = posts.saturating_sub(1);
    while left > 0 {
        let n = left.min(1_000);
        let batch: Vec<NewPost> = (0..n)
            .map(|_| NewPost {
                thread_id: thread,
                author_id: people[rng.below(people.len())],
                lang: "en".into(),
                body_md: body(&mut rng),
                reply_to: None,
                held: false,
            })
            .collect();
        store.add_posts(&batch).await?;
        left -= n;
    }

    // The signed-in reader: a session, a follow, some unread notifications.
    let reader = *people.last().ok_or("no participants")?;
    let token_hash = "9f2c4e0b7d1a3f5e8c6b2a4d0e9f7c1b3a5d8e0f2c4b6a8d0e2f4c6b8a0d2e4f".to_string();
    store
        .create_session(&token_hash, reader, convene_core::date::now() + 30 * 86_400)
        .await?;
    store
        .set_follow(reader, FollowKind::Thread, thread, true)
        .await?;
    let notes: Vec<NewNotification> = (0..25)
        .map(|i| NewNotification {
            participant_id: reader,
            kind: "reply".into(),
            args: vec![("thread".into(), format!("Discussion {i}"))],
            link: format!("/threads/{thread}"),
        })
        .collect();
    store.notify_all(&notes).await?;

    Ok(Fixture {
        keys: Keys {
            thread,
            token_hash,
            reader,
            lang: "fr".into(),
            page_size: 50,
        },
        people,
    })
}
