//! Deterministic data at scale, loaded through the Store like everything else. The
//! reference scale is ten times the IGF's size: 100,000 participants, 300 coalitions,
//! 20 yearly meetings of 300 sessions, 100,000 threads with 1,000,000 posts in 8
//! languages, about 30% of translatable texts translated. `--scale` multiplies it.

use convene_core::countries;
use convene_core::meeting::{Gender, Mode, SessionFormat, SessionType, SpeakerRole, Status};
use convene_core::model::*;
use convene_core::programme::*;
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

    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

pub struct Scale {
    pub participants: usize,
    pub coalitions: usize,
    pub editions: usize,
    pub sessions_per_edition: usize,
    pub threads: usize,
    /// Every post, openings included.
    pub posts: usize,
    /// Members of the largest coalition.
    pub big_coalition: usize,
    /// Posts in the longest thread.
    pub long_thread: usize,
    /// Share of translatable texts that get translations.
    pub translated: f64,
    pub seed: u64,
}

impl Scale {
    /// The reference scale times `factor` (at least one of everything).
    pub fn times(factor: f64, seed: u64) -> Self {
        let n = |reference: f64| ((reference * factor).round() as usize).max(1);
        let participants = n(100_000.0).max(10);
        Scale {
            participants,
            coalitions: n(300.0),
            editions: n(20.0).min(20),
            sessions_per_edition: n(300.0).min(420),
            threads: n(100_000.0),
            posts: n(1_000_000.0),
            big_coalition: n(5_000.0).min(participants),
            long_thread: n(10_000.0),
            translated: 0.3,
            seed,
        }
    }
}

/// What was generated, for the benchmark to aim at.
pub struct Generated {
    pub coalition_slug: String,
    pub thread_id: i64,
    pub last_post_id: i64,
    pub topic_slug: String,
    pub year: i64,
}

/// Content languages and how often each is written in.
const LANGS: &[(&str, u32)] = &[
    ("en", 40),
    ("es", 12),
    ("fr", 12),
    ("ar", 8),
    ("zh", 8),
    ("ru", 8),
    ("de", 6),
    ("it", 6),
];

fn words(lang: &str) -> &'static [&'static str] {
    match lang {
        "es" => &[
            "acceso",
            "política",
            "red",
            "derechos",
            "comunidad",
            "abierto",
            "gobernanza",
            "usuarios",
            "diálogo",
            "informe",
        ],
        "fr" => &[
            "accès",
            "politique",
            "réseau",
            "droits",
            "communauté",
            "ouvert",
            "gouvernance",
            "usagers",
            "dialogue",
            "rapport",
        ],
        "ar" => &[
            "النفاذ",
            "السياسات",
            "الشبكة",
            "الحقوق",
            "المجتمع",
            "مفتوح",
            "الحوكمة",
            "المستخدمون",
            "الحوار",
            "التقرير",
        ],
        "zh" => &[
            "接入", "政策", "网络", "权利", "社区", "开放", "治理", "用户", "对话", "报告",
        ],
        "ru" => &[
            "доступ",
            "политика",
            "сеть",
            "права",
            "сообщество",
            "открытый",
            "управление",
            "пользователи",
            "диалог",
            "доклад",
        ],
        "de" => &[
            "Zugang",
            "Politik",
            "Netz",
            "Rechte",
            "Gemeinschaft",
            "offen",
            "Steuerung",
            "Nutzer",
            "Dialog",
            "Bericht",
        ],
        "it" => &[
            "accesso",
            "politica",
            "rete",
            "diritti",
            "comunità",
            "aperto",
            "governance",
            "utenti",
            "dialogo",
            "rapporto",
        ],
        _ => &[
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
            "multistakeholder",
            "dialogue",
        ],
    }
}

fn lang(rng: &mut Rng) -> &'static str {
    let total: u32 = LANGS.iter().map(|(_, w)| w).sum();
    let mut roll = (rng.next() % u64::from(total)) as u32;
    for (code, weight) in LANGS {
        if roll < *weight {
            return code;
        }
        roll -= weight;
    }
    "en"
}

fn sentence(rng: &mut Rng, lang: &str, n: usize) -> String {
    let list = words(lang);
    let sep = if lang == "zh" { "" } else { " " };
    let body: Vec<&str> = (0..n.max(1)).map(|_| *rng.pick(list)).collect();
    format!("{}.", body.join(sep))
}

fn other_lang(rng: &mut Rng, not: &str) -> &'static str {
    loop {
        let l = LANGS[rng.below(LANGS.len())].0;
        if l != not {
            return l;
        }
    }
}

/// Translations of a text into one or two other languages, approved.
async fn translate(
    store: &dyn Store,
    rng: &mut Rng,
    text_id: i64,
    original: &str,
    translator: i64,
) -> Result<(), StoreError> {
    for _ in 0..1 + rng.below(2) {
        let to = other_lang(rng, original);
        store
            .add_translation(&NewTranslation {
                text_id,
                lang: to.into(),
                title: sentence(rng, to, 4),
                body_md: sentence(rng, to, 30),
                source_revision: 1,
                translator_id: Some(translator),
                machine: false,
                approved: true,
            })
            .await?;
    }
    Ok(())
}

/// Host city and time zone for each yearly meeting, in turn.
const HOSTS: &[(&str, &str, &str)] = &[
    ("GR", "Athens", "Europe/Athens"),
    ("BR", "Rio de Janeiro", "America/Sao_Paulo"),
    ("IN", "Hyderabad", "Asia/Kolkata"),
    ("EG", "Sharm El Sheikh", "Africa/Cairo"),
    ("LT", "Vilnius", "Europe/Vilnius"),
    ("KE", "Nairobi", "Africa/Nairobi"),
    ("AZ", "Baku", "Asia/Baku"),
    ("ID", "Bali", "Asia/Makassar"),
    ("TR", "Istanbul", "Europe/Istanbul"),
    ("MX", "Guadalajara", "America/Mexico_City"),
    ("CH", "Geneva", "Europe/Zurich"),
    ("FR", "Paris", "Europe/Paris"),
    ("DE", "Berlin", "Europe/Berlin"),
    ("PL", "Katowice", "Europe/Warsaw"),
    ("ET", "Addis Ababa", "Africa/Addis_Ababa"),
    ("JP", "Kyoto", "Asia/Tokyo"),
    ("SA", "Riyadh", "Asia/Riyadh"),
    ("NO", "Lillestrøm", "Europe/Oslo"),
    ("AR", "Buenos Aires", "America/Argentina/Buenos_Aires"),
    ("SN", "Dakar", "Africa/Dakar"),
];

const CHUNK: usize = 2_000;

pub async fn generate(
    store: &dyn Store,
    scale: &Scale,
    progress: impl Fn(&str),
) -> Result<Generated, StoreError> {
    let mut rng = Rng(scale.seed.max(1));
    let all = countries::all();

    // Participants, in every stakeholder group and country.
    let mut people: Vec<i64> = Vec::with_capacity(scale.participants);
    let mut batch = Vec::with_capacity(CHUNK);
    for n in 0..scale.participants {
        batch.push(NewParticipant {
            display_name: format!("Participant {n}"),
            email: format!("p{n}-{}@scale.convene.invalid", scale.seed),
            stakeholder_group: *rng.pick(&StakeholderGroup::ALL),
            country: rng.pick(all).code.into(),
            affiliation: format!("Organisation {}", rng.below(2_000)),
            role: Role::Participant,
        });
        if batch.len() == CHUNK || n + 1 == scale.participants {
            people.extend(store.create_participants(&batch).await?);
            batch.clear();
            progress(&format!("{} participants", people.len()));
        }
    }
    let translator = people[0];
    crate::builtin::ensure_topics(store).await?;
    let topics = store.topics("en").await?;

    // Coalitions: the first is the big one; about 30% translated.
    let mut coalitions = Vec::with_capacity(scale.coalitions);
    for i in 0..scale.coalitions {
        let l = lang(&mut rng);
        let founder = *rng.pick(&people);
        let id = store
            .create_coalition(&NewCoalition {
                slug: format!("dc-{}-{i}", scale.seed),
                text: NewText {
                    lang: l.into(),
                    title: format!("Dynamic Coalition {i}: {}", sentence(&mut rng, l, 3)),
                    body_md: sentence(&mut rng, l, 40),
                },
                founder_id: founder,
                founded_year: Some(2006 + rng.below(20) as i64),
            })
            .await?;
        if rng.chance(0.7) {
            store
                .set_action_plan(id, &sentence(&mut rng, l, 30))
                .await?;
            store.add_contact(id, founder).await?;
        }
        if !topics.is_empty() {
            store.tag_coalition(id, rng.pick(&topics).id).await?;
        }
        if rng.chance(scale.translated) {
            if let Some(c) = store
                .coalition_by_slug(&format!("dc-{}-{i}", scale.seed), l)
                .await?
            {
                translate(store, &mut rng, c.text_id, l, translator).await?;
            }
        }
        coalitions.push(id);
    }
    progress(&format!("{} coalitions", coalitions.len()));

    // Members: the big coalition, then a few dozen for each of the others.
    let mut pairs: Vec<(i64, i64)> = people
        .iter()
        .take(scale.big_coalition)
        .map(|p| (coalitions[0], *p))
        .collect();
    for c in coalitions.iter().skip(1) {
        for _ in 0..5 + rng.below(55) {
            pairs.push((*c, *rng.pick(&people)));
        }
    }
    for chunk in pairs.chunks(5_000) {
        store.join_coalitions(chunk).await?;
    }
    progress(&format!("{} memberships", pairs.len()));

    // Threads: the first is the long one, in the big coalition.
    let mut threads: Vec<(i64, &'static str)> = Vec::with_capacity(scale.threads);
    let mut batch = Vec::with_capacity(CHUNK);
    let mut langs = Vec::with_capacity(CHUNK);
    for n in 0..scale.threads {
        let l = if n == 0 { "en" } else { lang(&mut rng) };
        let coalition = if n == 0 {
            Some(coalitions[0])
        } else if rng.chance(0.6) {
            Some(*rng.pick(&coalitions))
        } else {
            None
        };
        batch.push(NewThread {
            coalition_id: coalition,
            title: if n == 0 {
                "A very long discussion".into()
            } else {
                sentence(&mut rng, l, 6)
            },
            lang: l.into(),
            author_id: *rng.pick(&people),
            body_md: sentence(&mut rng, l, 20),
            held: false,
        });
        langs.push(l);
        if batch.len() == CHUNK || n + 1 == scale.threads {
            let ids = store.create_threads(&batch).await?;
            threads.extend(ids.into_iter().zip(langs.drain(..)));
            batch.clear();
            progress(&format!("{} threads", threads.len()));
        }
    }
    let topic_slug = topics
        .iter()
        .find(|t| t.slug == "spam")
        .or(topics.first())
        .map(|t| t.slug.clone())
        .unwrap_or_default();
    if let Some(spam) = topics.iter().find(|t| t.slug == topic_slug) {
        for (i, (t, _)) in threads.iter().enumerate() {
            if i % 10 == 0 {
                store.tag_thread(*t, spam.id).await?;
            }
        }
    }

    // Replies: the long thread first, then spread over the others.
    let replies = scale.posts.saturating_sub(threads.len());
    let long_replies = scale.long_thread.saturating_sub(1).min(replies);
    let mut last = 0;
    let mut written = 0;
    let mut batch = Vec::with_capacity(CHUNK);
    for n in 0..replies {
        let (thread, l) = if n < long_replies || threads.len() == 1 {
            threads[0]
        } else {
            threads[1 + rng.below(threads.len() - 1)]
        };
        let words = 8 + rng.below(40);
        batch.push(NewPost {
            thread_id: thread,
            author_id: *rng.pick(&people),
            lang: l.into(),
            body_md: sentence(&mut rng, l, words),
            reply_to: None,
            held: false,
        });
        if batch.len() == CHUNK || n + 1 == replies || n + 1 == long_replies {
            let ids = store.add_posts(&batch).await?;
            if n < long_replies {
                last = ids.last().copied().unwrap_or(last);
            }
            written += ids.len();
            batch.clear();
            if written % 50_000 < CHUNK {
                progress(&format!("{written} posts"));
            }
        }
    }
    if last == 0 {
        last = store
            .posts(threads[0].0, 0, 1)
            .await?
            .first()
            .map_or(0, |p| p.id);
    }

    let year = meetings(
        store,
        scale,
        &mut rng,
        &people,
        &coalitions,
        &topics,
        &progress,
    )
    .await?;
    Ok(Generated {
        coalition_slug: format!("dc-{}-0", scale.seed),
        thread_id: threads[0].0,
        last_post_id: last,
        topic_slug,
        year,
    })
}

/// Yearly meetings up to this year, each with tracks, rooms and a full programme of
/// accepted sessions placed without double-booking, most with their reports.
async fn meetings(
    store: &dyn Store,
    scale: &Scale,
    rng: &mut Rng,
    people: &[i64],
    coalitions: &[i64],
    topics: &[Topic],
    progress: &impl Fn(&str),
) -> Result<i64, StoreError> {
    let m = store;
    let last_year = 2026;
    let first_year = last_year + 1 - scale.editions as i64;
    let kinds = [
        SessionType::Workshop,
        SessionType::Workshop,
        SessionType::Workshop,
        SessionType::OpenForum,
        SessionType::Coalition,
        SessionType::Lightning,
        SessionType::Main,
        SessionType::Networking,
    ];
    let formats = SessionFormat::ALL;
    for (i, year) in (first_year..=last_year).enumerate() {
        let (country, city, zone) = HOSTS[i % HOSTS.len()];
        let l = lang(rng);
        let edition = store
            .create_edition(&NewEdition {
                year,
                host_country: country.into(),
                city: city.into(),
                starts_on: format!("{year}-06-15"),
                ends_on: format!("{year}-06-19"),
                time_zone: zone.into(),
                theme: NewText {
                    lang: l.into(),
                    title: sentence(rng, l, 6),
                    body_md: sentence(rng, l, 40),
                },
            })
            .await?;
        let mut tracks = Vec::new();
        for t in 0..8 {
            tracks.push(
                m.add_track(
                    edition,
                    &NewText {
                        lang: "en".into(),
                        title: format!("Track {t}"),
                        body_md: String::new(),
                    },
                )
                .await?,
            );
        }
        let mut rooms = Vec::new();
        for r in 0..12 {
            rooms.push(
                m.add_room(edition, &format!("Room {r}"), 100 + 50 * r)
                    .await?,
            );
        }
        // A grid of 5 days × 7 slots × 12 rooms: one session per room and slot.
        for s in 0..scale.sessions_per_edition {
            let l = lang(rng);
            let kind = *rng.pick(&kinds);
            let id = m
                .create_proposal(&NewProposal {
                    edition_id: edition,
                    created_by: *rng.pick(people),
                    text: NewText {
                        lang: l.into(),
                        title: sentence(rng, l, 6),
                        body_md: sentence(rng, l, 120),
                    },
                    fields: ProposalFields {
                        track_id: Some(*rng.pick(&tracks)),
                        session_type: Some(kind),
                        format: Some(*rng.pick(formats)),
                        duration: Some(60),
                        mode: Some(Mode::Hybrid),
                        policy_questions: sentence(rng, l, 15),
                        lang: l.into(),
                        topics: if topics.is_empty() {
                            vec![]
                        } else {
                            vec![rng.pick(topics).id]
                        },
                        coalitions: if kind == SessionType::Coalition {
                            vec![*rng.pick(coalitions)]
                        } else {
                            vec![]
                        },
                    },
                })
                .await?;
            for k in 0..4 {
                m.add_speaker(
                    id,
                    &NewSpeaker {
                        participant_id: Some(*rng.pick(people)),
                        name: format!("Speaker {}", rng.below(people.len())),
                        organisation: format!("Organisation {}", rng.below(2_000)),
                        group: *rng.pick(&StakeholderGroup::ALL),
                        country: rng.pick(countries::all()).code.into(),
                        gender: if k % 2 == 0 {
                            Gender::Woman
                        } else {
                            Gender::Man
                        },
                        role: if k == 0 {
                            SpeakerRole::Moderator
                        } else {
                            SpeakerRole::Speaker
                        },
                        onsite: k < 3,
                    },
                )
                .await?;
            }
            m.set_status(id, Status::Submitted, None, None).await?;
            m.set_status(id, Status::Accepted, None, None).await?;
            let slot = s / rooms.len();
            let (day, hour) = (15 + (slot / 7) % 5, 9 + slot % 7);
            let at = format!("{year}-06-{day:02}T{hour:02}:00");
            m.place(
                id,
                Some((rooms[s % rooms.len()], &at)),
                "https://meet.example.org/room",
            )
            .await?;
            if rng.chance(0.8) {
                m.file_report(
                    id,
                    &ReportFields {
                        lang: l.into(),
                        key_messages: sentence(rng, l, 30),
                        key_issues: sentence(rng, l, 30),
                        presentations: sentence(rng, l, 60),
                        discussion: sentence(rng, l, 60),
                        takeaways: sentence(rng, l, 30),
                        onsite_count: 20 + rng.below(200) as i64,
                        online_count: rng.below(150) as i64,
                        participation: Participation::default(),
                        transcript: String::new(),
                    },
                    true,
                    people[0],
                )
                .await?;
            }
            if rng.chance(scale.translated) {
                if let Some(p) = m.proposal(id, l).await? {
                    translate(store, rng, p.text_id, l, people[0]).await?;
                }
            }
        }
        progress(&format!(
            "meeting {year}: {} sessions",
            scale.sessions_per_edition
        ));
    }
    Ok(last_year)
}

/// The write path under load: `writers` tasks each adding posts through the Store (with
/// the durability the server uses) to the most recent threads, for `seconds`. Returns
/// the posts written and the time taken.
/// After generating: the history is the forum's past, so the notifier starts after it
/// (otherwise a fresh server spends its first minutes, and a benchmark's whole run,
/// turning a million old posts into notifications); and PostgreSQL plans the first
/// pages from the real table sizes.
pub async fn settle(store: &dyn Store) -> Result<(), StoreError> {
    let last = store.last_change().await?;
    store
        .set_setting(convene_web::notifier::CURSOR, &last.to_string())
        .await?;
    store.refresh_statistics().await
}

/// `n` new participants for the write benchmarks, spread over the stakeholder groups.
async fn bench_authors(store: &dyn Store, n: usize, label: &str) -> Result<Vec<i64>, StoreError> {
    let stamp = convene_core::date::now();
    let mut authors = Vec::with_capacity(n);
    for w in 0..n {
        authors.push(
            store
                .create_participant(&NewParticipant {
                    display_name: format!("Bench {label} {w}"),
                    email: format!("{label}{w}-{stamp}@bench.convene.invalid"),
                    stakeholder_group: StakeholderGroup::ALL[w % StakeholderGroup::ALL.len()],
                    country: "KE".into(),
                    affiliation: String::new(),
                    role: Role::Participant,
                })
                .await?,
        );
    }
    Ok(authors)
}

/// Signed-in writers for the benchmark's replies through the web form: `n` accounts,
/// each with a session, and the recent threads they answer. Lines of `account TOKEN
/// CSRF` and `thread ID`, for bench/reply.lua.
pub async fn bench_writers(store: &dyn Store, n: usize) -> Result<String, StoreError> {
    let mut out = String::new();
    for author in bench_authors(store, n, "form-writer").await? {
        let (token, csrf) = convene_web::bench_session(store, author).await?;
        out.push_str(&format!("account {token} {csrf}\n"));
    }
    let threads = store.recent_threads(None, 200).await?;
    if threads.is_empty() {
        return Err(StoreError::NotFound("thread"));
    }
    for t in threads {
        out.push_str(&format!("thread {}\n", t.id));
    }
    Ok(out)
}

pub async fn write_load(
    store: std::sync::Arc<dyn Store>,
    writers: usize,
    seconds: f64,
    rate: f64,
) -> Result<(usize, f64), StoreError> {
    let threads: Vec<i64> = store
        .recent_threads(None, 200)
        .await?
        .iter()
        .map(|t| t.id)
        .collect();
    if threads.is_empty() {
        return Err(StoreError::NotFound("thread"));
    }
    let authors = bench_authors(&*store, writers.max(1), "writer").await?;
    let started = std::time::Instant::now();
    let deadline = started + std::time::Duration::from_secs_f64(seconds.max(0.1));
    let mut tasks = Vec::with_capacity(authors.len());
    for (w, author) in authors.into_iter().enumerate() {
        let store = store.clone();
        let threads = threads.clone();
        tasks.push(tokio::spawn(async move {
            let mut written = 0usize;
            let mut rng = Rng(w as u64 + 11);
            // Paced, each writer takes its share of the rate; unpaced, it never waits.
            let pace =
                (rate > 0.0).then(|| std::time::Duration::from_secs_f64(writers as f64 / rate));
            let mut next = tokio::time::Instant::now();
            while std::time::Instant::now() < deadline {
                if let Some(pace) = pace {
                    next += pace;
                    tokio::time::sleep_until(next).await;
                }
                let thread = threads[(w + written) % threads.len()];
                store
                    .add_post(&NewPost {
                        thread_id: thread,
                        author_id: author,
                        lang: "en".into(),
                        body_md: sentence(&mut rng, "en", 25),
                        reply_to: None,
                        held: false,
                    })
                    .await?;
                written += 1;
            }
            Ok::<usize, StoreError>(written)
        }));
    }
    let mut total = 0;
    for t in tasks {
        total += t
            .await
            .map_err(|e| StoreError::Corrupt(format!("writer task: {e}")))??;
    }
    Ok((total, started.elapsed().as_secs_f64()))
}
