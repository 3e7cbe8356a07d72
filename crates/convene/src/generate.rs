//! Deterministic test data at scale, loaded through the Store like everything else: a
//! coalition with many members and a thread with many posts (issue scale targets), from
//! a seed so every run builds the same forum.

use convene_core::countries;
use convene_core::model::*;
use convene_core::StakeholderGroup;
use convene_store::{Store, StoreError};

/// xorshift64*: tiny, deterministic, good enough to spread test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

pub struct Scale {
    pub members: usize,
    pub posts: usize,
    pub seed: u64,
}

/// What was generated, for the benchmark to aim at.
pub struct Generated {
    pub coalition_slug: String,
    pub thread_id: i64,
    pub last_post_id: i64,
}

const WORDS: &[&str] = &[
    "access",
    "policy",
    "standards",
    "network",
    "rights",
    "spectrum",
    "community",
    "open",
    "governance",
    "users",
    "privacy",
    "security",
    "affordable",
    "interoperable",
    "multistakeholder",
    "dialogue",
    "report",
    "coalition",
    "forum",
    "proposal",
];

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s: Vec<&str> = (0..words).map(|_| WORDS[rng.below(WORDS.len())]).collect();
    if let Some(first) = s.first_mut() {
        *first = "Perhaps";
    }
    format!("{}.", s.join(" "))
}

pub async fn generate(
    store: &dyn Store,
    scale: &Scale,
    progress: impl Fn(&str),
) -> Result<Generated, StoreError> {
    let mut rng = Rng(scale.seed.max(1));
    let all = countries::all();
    let mut people = Vec::with_capacity(scale.members);
    for n in 0..scale.members.max(1) {
        let group = StakeholderGroup::ALL[rng.below(StakeholderGroup::ALL.len())];
        let country = all[rng.below(all.len())].code;
        people.push(
            store
                .create_participant(&NewParticipant {
                    display_name: format!("Participant {n}"),
                    email: format!("p{n}-{}@scale.convene.invalid", scale.seed),
                    stakeholder_group: group,
                    country: country.into(),
                    affiliation: format!("Organisation {}", rng.below(500)),
                    role: Role::Participant,
                })
                .await?,
        );
        if (n + 1) % 1000 == 0 {
            progress(&format!("{} participants", n + 1));
        }
    }
    let slug = format!("scale-{}", scale.seed);
    let coalition = store
        .create_coalition(&NewCoalition {
            slug: slug.clone(),
            text: NewText {
                lang: "en".into(),
                title: "Scale test coalition".into(),
                body_md: "Generated to measure large coalitions and long threads.".into(),
            },
            founder_id: people[0],
            founded_year: Some(2010),
        })
        .await?;
    for (n, p) in people.iter().enumerate().skip(1) {
        store
            .join_coalition(coalition, *p, MemberRole::Member)
            .await?;
        if (n + 1) % 1000 == 0 {
            progress(&format!("{} members", n + 1));
        }
    }
    let thread = store
        .create_thread(&NewThread {
            coalition_id: Some(coalition),
            title: "A very long discussion".into(),
            lang: "en".into(),
            author_id: people[0],
            body_md: sentence(&mut rng, 12),
            held: false,
        })
        .await?;
    let mut last = 0;
    for n in 1..scale.posts.max(1) {
        let author = people[rng.below(people.len())];
        let words = 8 + rng.below(40);
        last = store
            .add_post(&NewPost {
                thread_id: thread,
                author_id: author,
                lang: "en".into(),
                body_md: sentence(&mut rng, words),
                reply_to: None,
                held: false,
            })
            .await?;
        if (n + 1) % 1000 == 0 {
            progress(&format!("{} posts", n + 1));
        }
    }
    Ok(Generated {
        coalition_slug: slug,
        thread_id: thread,
        last_post_id: last,
    })
}
