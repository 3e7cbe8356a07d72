//! The demo forum: enough coherent content that a newcomer sees every feature as it
//! lands. Loaded only into an empty database, always through the Store.

mod about;
mod meetings;
mod year;

use convene_core::model::*;
use convene_core::StakeholderGroup::{self, *};
use convene_store::{Store, StoreError};

/// (name, email local part, stakeholder group, country, affiliation)
const PEOPLE: &[(&str, &str, StakeholderGroup, &str, &str)] = &[
    (
        "Amina Diallo",
        "amina",
        CivilSociety,
        "SN",
        "Dakar Digital Rights Collective",
    ),
    (
        "Lars Henriksen",
        "lars",
        Government,
        "NO",
        "Ministry of Digitalisation",
    ),
    (
        "Priya Raman",
        "priya",
        TechnicalCommunity,
        "IN",
        "Open Routing Operators Group",
    ),
    (
        "Mateo Fernández",
        "mateo",
        Academia,
        "AR",
        "Universidad de Buenos Aires",
    ),
    (
        "Chen Jing",
        "chen",
        PrivateSector,
        "CN",
        "Lotus Cloud Services",
    ),
    ("Olga Petrova", "olga", Media, "RU", "Open Wire Press"),
    (
        "Yusuf Al-Harbi",
        "yusuf",
        Government,
        "SA",
        "Communications Authority",
    ),
    (
        "Grace Wanjiru",
        "grace",
        TechnicalCommunity,
        "KE",
        "East Africa IXP Association",
    ),
    (
        "Sophie Martin",
        "sophie",
        Intergovernmental,
        "FR",
        "International Telecommunication Union",
    ),
    (
        "Tomasz Nowak",
        "tomasz",
        CivilSociety,
        "PL",
        "Free Software Foundation Europe",
    ),
    (
        "Ana Lima",
        "ana",
        Academia,
        "BR",
        "Instituto de Pesquisa em Redes",
    ),
    (
        "Kenji Sato",
        "kenji",
        PrivateSector,
        "JP",
        "Sakura Networks",
    ),
    (
        "Fatima Zahra Benali",
        "fatima",
        CivilSociety,
        "MA",
        "Maghreb Internet Society",
    ),
    (
        "Daniel Okoro",
        "daniel",
        Government,
        "NG",
        "National IT Development Agency",
    ),
    (
        "Isabella Rossi",
        "isabella",
        Academia,
        "IT",
        "Politecnico di Torino",
    ),
    (
        "Miguel Torres",
        "miguel",
        TechnicalCommunity,
        "MX",
        "LACNOG",
    ),
    (
        "Hannah Schmidt",
        "hannah",
        CivilSociety,
        "DE",
        "Digitale Freiheit e.V.",
    ),
    ("Ravi Perera", "ravi", Media, "LK", "Colombo Tech Journal"),
];

struct Coalition {
    slug: &'static str,
    name: &'static str,
    mission: &'static str,
    /// Indexes into PEOPLE; the first is the founder and contact person.
    members: &'static [usize],
    founded: Option<i64>,
    action_plan: &'static str,
    /// Year of the latest yearly report, if any.
    reported: Option<i64>,
}

const COALITIONS: &[Coalition] = &[
    Coalition {
        slug: "open-standards",
        name: "Dynamic Coalition on Open Standards",
        mission: "We work for open, royalty-free standards so that anyone can implement \
                  them, on any platform, without asking permission.\n\n\
                  **How we work:** openness, rough consensus and running code. When \
                  consensus fails, our papers record who disagreed and why.",
        members: &[9, 2, 3, 4, 10, 16],
        founded: Some(2007),
        action_plan: "1. Collect procurement rules that require royalty-bearing standards.\n\
                      2. Publish the yearly paper before the meeting.\n\
                      3. Hold an open session at the yearly meeting.",
        reported: Some(2026),
    },
    Coalition {
        slug: "access-to-knowledge",
        name: "Dynamic Coalition on Access to Knowledge and Freedom of Expression",
        mission: "Copyright, patents and trademarks shape what people can learn, say and \
                  build. We bring libraries, researchers, rights holders and governments \
                  together to look for rules that keep knowledge flowing.",
        members: &[0, 5, 13, 14, 12, 9],
        founded: Some(2007),
        action_plan: "Map copyright exceptions for libraries and education, country by country.",
        reported: Some(2023),
    },
    Coalition {
        slug: "community-connectivity",
        name: "Dynamic Coalition on Community Connectivity",
        mission: "Community networks bring affordable access where markets have not. We \
                  collect what works, from spectrum rules to backhaul sharing.",
        members: &[7, 15, 1, 10],
        founded: Some(2016),
        action_plan: "Gather spectrum and licensing rules that help community networks.",
        reported: Some(2025),
    },
    Coalition {
        slug: "small-networks-spam",
        name: "Dynamic Coalition on Spam and Small Networks",
        mission: "Spam filtering should not lock small mail servers out of the network. \
                  We document practices that keep both users and small operators safe.",
        members: &[2],
        founded: None,
        action_plan: "",
        reported: None,
    },
];

/// Load the demo into `store` if it is empty. Returns whether anything was loaded.
pub async fn load_if_empty(store: &dyn Store) -> Result<bool, StoreError> {
    if !store.is_empty().await? {
        return Ok(false);
    }
    let mut people = Vec::with_capacity(PEOPLE.len());
    for (i, (name, mail, group, country, org)) in PEOPLE.iter().enumerate() {
        let role = if i == 1 {
            Role::Secretariat
        } else {
            Role::Participant
        };
        people.push(
            store
                .create_participant(&NewParticipant {
                    display_name: (*name).into(),
                    email: format!("{mail}@demo.convene.invalid"),
                    stakeholder_group: *group,
                    country: (*country).into(),
                    affiliation: (*org).into(),
                    role,
                })
                .await?,
        );
    }

    about::load(store, people[9]).await?;
    editions(store).await?;

    let mut coalition_ids = Vec::new();
    for c in COALITIONS {
        let founder = people[c.members[0]];
        let id = store
            .create_coalition(&NewCoalition {
                slug: c.slug.into(),
                text: NewText {
                    lang: "en".into(),
                    title: c.name.into(),
                    body_md: c.mission.into(),
                },
                founder_id: founder,
                founded_year: c.founded,
            })
            .await?;
        for &m in &c.members[1..] {
            store
                .join_coalition(
                    CoalitionId(id),
                    ParticipantId(people[m]),
                    MemberRole::Member,
                )
                .await?;
        }
        if !c.action_plan.is_empty() {
            store.set_action_plan(id, c.action_plan).await?;
            store.add_contact(id, founder).await?;
            store.recognize(id, people[1]).await?;
        }
        if let Some(year) = c.reported {
            let output = store
                .add_output(&NewOutput {
                    coalition_id: id,
                    kind: "yearly-report".into(),
                    year,
                    text: NewText {
                        lang: "en".into(),
                        title: format!("{} – yearly report {year}", c.name),
                        body_md: "What we did this year, who took part, and what comes next."
                            .into(),
                    },
                    created_by: Some(founder),
                })
                .await?;
            if c.slug == "open-standards" {
                open_standards_report(store, output, &people).await?;
            }
        }
        coalition_ids.push(id);
    }
    coalition_translations(store, people[0]).await?;
    let thread_ids = threads(store, &people, &coalition_ids).await?;
    tag_topics(store, &coalition_ids, &thread_ids).await?;
    last_year(store, &people, &coalition_ids).await?;
    meetings::load(store, &people, &coalition_ids).await?;
    Ok(true)
}

/// Unix seconds at noon UTC on a civil date (Howard Hinnant's days-from-civil).
fn unix_noon(year: i64, month: u32, day: u32) -> i64 {
    let (m, d) = (i64::from(month), i64::from(day));
    let y = if m <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) * 86_400 + 43_200
}

/// History from the year before: a discussion and a thematic paper on patents, so the
/// topic pages show the same policy question followed across two years; this year's
/// report is tagged too.
async fn last_year(
    store: &dyn Store,
    people: &[i64],
    coalitions: &[i64],
) -> Result<(), StoreError> {
    let Some(&standards) = coalitions.first() else {
        return Ok(());
    };
    let year = convene_core::date::civil_from_unix(convene_core::date::now()).0 - 1;
    let topics = store.topics("en").await?;
    let tags: Vec<i64> = topics
        .iter()
        .filter(|t| t.slug == "patents" || t.slug == "open-standards")
        .map(|t| t.id)
        .collect();
    let thread = store
        .create_thread(&NewThread {
            coalition_id: Some(standards),
            title: "Patent pledges and royalty-free profiles".into(),
            lang: "en".into(),
            author_id: people[3],
            body_md: "Several standards bodies now publish royalty-free profiles backed by \
                      patent pledges. Do they give implementers enough certainty?"
                .into(),
            held: false,
        })
        .await?;
    for (who, text) in [
        (10, "A pledge that can be withdrawn is not enough for a public tender; the profile should come with a licence."),
        (4, "Pledges work when they are irrevocable and cover every essential claim. Ours do."),
    ] {
        store
            .add_post(&NewPost {
                thread_id: thread,
                author_id: people[who],
                lang: "en".into(),
                body_md: text.into(),
                reply_to: None,
                held: false,
            })
            .await?;
    }
    store
        .backdate(Dated::Thread, thread, unix_noon(year, 3, 12))
        .await?;
    let paper = store
        .add_output(&NewOutput {
            coalition_id: standards,
            kind: "thematic-paper".into(),
            year,
            text: NewText {
                lang: "en".into(),
                title: format!("Patent pledges and open standards – thematic paper {year}"),
                body_md: "What implementers need from a patent pledge: that it cannot be \
                          withdrawn, covers every essential claim and passes to whoever \
                          acquires the patents."
                    .into(),
            },
            created_by: Some(people[9]),
        })
        .await?;
    store
        .backdate(Dated::Output, paper, unix_noon(year, 10, 1))
        .await?;
    let report = store
        .outputs(standards, "en")
        .await?
        .into_iter()
        .find(|o| o.kind == "yearly-report");
    for t in &tags {
        store.tag_thread(thread, *t).await?;
        store.tag_output(paper, *t).await?;
        if let Some(r) = &report {
            store.tag_output(r.id, *t).await?;
        }
    }
    Ok(())
}

/// The Open Standards report gets a second version and a member's signed dissent.
async fn open_standards_report(
    store: &dyn Store,
    output: i64,
    people: &[i64],
) -> Result<(), StoreError> {
    let Some(o) = store.output(output, "en").await? else {
        return Ok(());
    };
    store
        .revise_text(
            o.text_id,
            "Royalty-free standards in public procurement – yearly report",
            "Public tenders in several countries still require standards that carry \
             royalties, which shuts out Free Software suppliers.\n\n\
             **We recommend** that procurement rules require open, royalty-free standards \
             wherever one exists.",
        )
        .await?;
    store
        .add_dissent(
            output,
            people[4],
            "en",
            "Lotus Cloud Services supports open standards, but FRAND licensing funds research \
             that benefits everyone. A blanket royalty-free requirement would exclude some of \
             the best-tested standards. We ask that procurement rules allow FRAND terms too.",
        )
        .await?;
    Ok(())
}

/// Coalitions and threads tagged with the seeded policy topics.
async fn tag_topics(
    store: &dyn Store,
    coalitions: &[i64],
    threads: &[i64],
) -> Result<(), StoreError> {
    crate::builtin::ensure_topics(store).await?;
    let topics = store.topics("en").await?;
    let id = |slug: &str| topics.iter().find(|t| t.slug == slug).map(|t| t.id);
    let coalition_tags: [&[&str]; 4] = [
        &["open-standards", "patents"],
        &["copyright", "patents", "trademarks", "human-rights"],
        &["access-affordability", "capacity-building"],
        &["spam"],
    ];
    for (c, tags) in coalitions.iter().zip(coalition_tags) {
        for t in tags.iter().filter_map(|s| id(s)) {
            store.tag_coalition(*c, t).await?;
        }
    }
    let thread_tags: [&[&str]; 3] = [
        &["open-standards", "patents"],
        &["copyright"],
        &["access-affordability"],
    ];
    for (th, tags) in threads.iter().zip(thread_tags) {
        for t in tags.iter().filter_map(|s| id(s)) {
            store.tag_thread(*th, t).await?;
        }
    }
    Ok(())
}

async fn editions(store: &dyn Store) -> Result<(), StoreError> {
    let past = store
        .create_edition(&NewEdition {
            year: 2025,
            host_country: "NO".into(),
            city: "Lillestrøm".into(),
            starts_on: "2025-06-23".into(),
            ends_on: "2025-06-27".into(),
            time_zone: "Europe/Oslo".into(),
            theme: NewText {
                lang: "en".into(),
                title: "Building Digital Governance Together".into(),
                body_md: "Four days of dialogue on how every stakeholder group can shape \
                          the rules of a network that belongs to all."
                    .into(),
            },
        })
        .await?;
    store
        .create_edition(&NewEdition {
            year: 2027,
            host_country: "KE".into(),
            city: "Nairobi".into(),
            starts_on: "2027-06-14".into(),
            ends_on: "2027-06-18".into(),
            time_zone: "Africa/Nairobi".into(),
            theme: NewText {
                lang: "en".into(),
                title: "An Internet for the Next Billion, Governed by Everyone".into(),
                body_md: "The call for session proposals is open to everyone.".into(),
            },
        })
        .await?;
    // The past meeting's theme exists in French and Spanish too.
    let editions = store.editions("en").await?;
    if let Some(e) = editions.iter().find(|e| e.id == past) {
        for (lang, title) in [
            ("fr", "Construire ensemble la gouvernance numérique"),
            ("es", "Construir juntos la gobernanza digital"),
        ] {
            store
                .add_translation(&NewTranslation {
                    text_id: e.text_id,
                    lang: lang.into(),
                    title: title.into(),
                    body_md: String::new(),
                    source_revision: 1,
                    translator_id: None,
                    machine: false,
                    approved: true,
                })
                .await?;
        }
    }
    Ok(())
}

async fn coalition_translations(store: &dyn Store, translator: i64) -> Result<(), StoreError> {
    let Some(c) = store.coalition_by_slug("open-standards", "en").await? else {
        return Ok(());
    };
    for (lang, title, body) in [
        (
            "fr",
            "Coalition dynamique sur les normes ouvertes",
            "Nous défendons des normes ouvertes et libres de redevances, que chacun peut \
             mettre en œuvre sur toute plateforme sans demander d’autorisation.",
        ),
        (
            "es",
            "Coalición dinámica sobre estándares abiertos",
            "Trabajamos por estándares abiertos y libres de regalías que cualquiera pueda \
             implementar, en cualquier plataforma, sin pedir permiso.",
        ),
    ] {
        store
            .add_translation(&NewTranslation {
                text_id: c.text_id,
                lang: lang.into(),
                title: title.into(),
                body_md: body.into(),
                source_revision: 1,
                translator_id: Some(translator),
                machine: false,
                approved: true,
            })
            .await?;
    }
    Ok(())
}

async fn threads(
    store: &dyn Store,
    people: &[i64],
    coalitions: &[i64],
) -> Result<Vec<i64>, StoreError> {
    let standards = store
        .create_thread(&NewThread {
            coalition_id: coalitions.first().copied(),
            title: "Yearly paper: royalty-free standards in public procurement".into(),
            lang: "en".into(),
            author_id: people[9],
            body_md: "Our yearly paper is due before the meeting. I propose we focus on \
                      **public procurement**: when a tender requires a standard that costs \
                      royalties, Free Software suppliers are shut out.\n\nWho can share \
                      examples from their country?"
                .into(),
            held: false,
        })
        .await?;
    let opening = store.posts(standards, 0, 1).await?.first().map(|p| p.id);
    // Who started the discussion follows it, and hears of each reply; the founder of
    // Access to Knowledge follows her coalition.
    store
        .set_follow(people[9], FollowKind::Thread, standards, true)
        .await?;
    if let Some(&a2k) = coalitions.get(1) {
        store
            .set_follow(people[0], FollowKind::Coalition, a2k, true)
            .await?;
    }
    for (who, text) in [
        (2, "Our operators' group can document the routing protocols case: every one of them is openly specified, and that is why the network interconnects at all."),
        (3, "In Argentina the national interoperability framework already points to open formats. I can write that section, with the dissenting view from the software chamber."),
        (4, "We sell cloud services and we support open standards, but FRAND licensing also funds research. Please record that position in the paper as a minority view."),
    ] {
        store
            .add_post(&NewPost {
                thread_id: standards,
                author_id: people[who],
                lang: "en".into(),
                body_md: text.into(),
                reply_to: opening,
                held: false,
            })
            .await?;
    }

    let a2k = store
        .create_thread(&NewThread {
            coalition_id: coalitions.get(1).copied(),
            title: "Exceptions pour les bibliothèques : état des lieux 2026".into(),
            lang: "fr".into(),
            author_id: people[12],
            body_md: "Dressons la liste des pays qui ont adopté des exceptions au droit \
                      d’auteur pour les bibliothèques numériques depuis 2024."
                .into(),
            held: false,
        })
        .await?;
    store
        .add_post(&NewPost {
            thread_id: a2k,
            author_id: people[14],
            lang: "it".into(),
            body_md: "In Italia l'eccezione per il prestito digitale è ancora in discussione \
                      in parlamento."
                .into(),
            reply_to: None,
            held: false,
        })
        .await?;

    let spectrum = store
        .create_thread(&NewThread {
            coalition_id: coalitions.get(2).copied(),
            title: "Spectrum licences for community networks".into(),
            lang: "en".into(),
            author_id: people[7],
            body_md: "Which regulators offer low-cost licences for community networks? \
                      Kenya's 2021 framework is one example; please add yours."
                .into(),
            held: false,
        })
        .await?;
    Ok(vec![standards, a2k, spectrum])
}

#[cfg(test)]
mod tests {
    use super::unix_noon;
    use convene_core::date::civil_from_unix;

    #[test]
    fn noon_on_a_civil_date_reads_back() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2025, 3, 12), (2026, 12, 31)] {
            assert_eq!(civil_from_unix(unix_noon(y, m, d)), (y, m, d));
        }
    }
}
