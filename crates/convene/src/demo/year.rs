//! The past edition's full programme, generated from small tables: four days in six
//! rooms, placed by a daily template, speakers drawn from a roster that covers every
//! stakeholder group and region so that nobody is in two rooms at once, and reports
//! for most sessions (a few only short, so they show as late; one never filed). One
//! session was first placed against another that shares a speaker and then moved, as
//! the secretariat would after seeing the clash flag. Deterministic: no randomness, the
//! same tables give the same forum.

use convene_core::meeting::{self, Gender, Mode, SessionFormat, SessionType, SpeakerRole, Status};
use convene_core::model::{NewText, NewTranslation};
use convene_core::programme::*;
use convene_core::StakeholderGroup::{self, *};
use convene_store::{Store, StoreError};
use jiff::civil::DateTime;

/// (name, organisation, group, country, gender). The first 18 are the demo's accounts,
/// in `PEOPLE` order; the rest are invited speakers without one.
type Speaker = (
    &'static str,
    &'static str,
    StakeholderGroup,
    &'static str,
    Gender,
);

const ACCOUNTS: usize = 18;

const ROSTER: &[Speaker] = &[
    (
        "Amina Diallo",
        "Dakar Digital Rights Collective",
        CivilSociety,
        "SN",
        Gender::Woman,
    ),
    (
        "Lars Henriksen",
        "Ministry of Digitalisation",
        Government,
        "NO",
        Gender::Man,
    ),
    (
        "Priya Raman",
        "Open Routing Operators Group",
        TechnicalCommunity,
        "IN",
        Gender::Woman,
    ),
    (
        "Mateo Fernández",
        "Universidad de Buenos Aires",
        Academia,
        "AR",
        Gender::Man,
    ),
    (
        "Chen Jing",
        "Lotus Cloud Services",
        PrivateSector,
        "CN",
        Gender::Woman,
    ),
    (
        "Olga Petrova",
        "Open Wire Press",
        Media,
        "RU",
        Gender::Woman,
    ),
    (
        "Yusuf Al-Harbi",
        "Communications Authority",
        Government,
        "SA",
        Gender::Man,
    ),
    (
        "Grace Wanjiru",
        "East Africa IXP Association",
        TechnicalCommunity,
        "KE",
        Gender::Woman,
    ),
    (
        "Sophie Martin",
        "International Telecommunication Union",
        Intergovernmental,
        "FR",
        Gender::Woman,
    ),
    (
        "Tomasz Nowak",
        "Free Software Foundation Europe",
        CivilSociety,
        "PL",
        Gender::Man,
    ),
    (
        "Ana Lima",
        "Instituto de Pesquisa em Redes",
        Academia,
        "BR",
        Gender::Woman,
    ),
    (
        "Kenji Sato",
        "Sakura Networks",
        PrivateSector,
        "JP",
        Gender::Man,
    ),
    (
        "Fatima Zahra Benali",
        "Maghreb Internet Society",
        CivilSociety,
        "MA",
        Gender::Woman,
    ),
    (
        "Daniel Okoro",
        "National IT Development Agency",
        Government,
        "NG",
        Gender::Man,
    ),
    (
        "Isabella Rossi",
        "Politecnico di Torino",
        Academia,
        "IT",
        Gender::Woman,
    ),
    (
        "Miguel Torres",
        "LACNOG",
        TechnicalCommunity,
        "MX",
        Gender::Man,
    ),
    (
        "Hannah Schmidt",
        "Digitale Freiheit e.V.",
        CivilSociety,
        "DE",
        Gender::Woman,
    ),
    (
        "Ravi Perera",
        "Colombo Tech Journal",
        Media,
        "LK",
        Gender::Man,
    ),
    (
        "Aisha Mensah",
        "Ghana Internet Governance Forum",
        CivilSociety,
        "GH",
        Gender::Woman,
    ),
    (
        "Oleksandr Kovalenko",
        "Kyiv Polytechnic Institute",
        Academia,
        "UA",
        Gender::Man,
    ),
    (
        "Mari Tamm",
        "Information System Authority",
        Government,
        "EE",
        Gender::Woman,
    ),
    (
        "Carlos Mendoza",
        "Andean Telecom Regulators Forum",
        Government,
        "CO",
        Gender::Man,
    ),
    (
        "Valentina Rojas",
        "Fundación Datos Abiertos",
        CivilSociety,
        "CL",
        Gender::Woman,
    ),
    (
        "Andre Campbell",
        "Caribbean Telecommunications Union",
        Intergovernmental,
        "JM",
        Gender::Man,
    ),
    (
        "Siti Rahmawati",
        "Jakarta Cyber Institute",
        Academia,
        "ID",
        Gender::Woman,
    ),
    (
        "José Reyes",
        "Manila Broadcasting News",
        Media,
        "PH",
        Gender::Man,
    ),
    (
        "Layla Haddad",
        "UNESCO",
        Intergovernmental,
        "LB",
        Gender::Woman,
    ),
    (
        "Ahmed Mostafa",
        "National Telecom Regulatory Authority",
        Government,
        "EG",
        Gender::Man,
    ),
    (
        "Elena Popescu",
        "Bucharest Digital Rights",
        CivilSociety,
        "RO",
        Gender::Woman,
    ),
    (
        "Wei Zhang",
        "Beijing Internet Institute",
        Academia,
        "CN",
        Gender::Man,
    ),
    (
        "Sarah Thompson",
        "Open Net Foundation",
        TechnicalCommunity,
        "US",
        Gender::Woman,
    ),
    (
        "Jean-Pierre Dubois",
        "Council of Europe",
        Intergovernmental,
        "FR",
        Gender::Man,
    ),
    (
        "Nomvula Dlamini",
        "Research ICT Africa",
        CivilSociety,
        "ZA",
        Gender::Woman,
    ),
    (
        "Eva Lindqvist",
        "Swedish Procurement Agency",
        Government,
        "SE",
        Gender::Woman,
    ),
    (
        "Liam O'Connor",
        "CanNet Providers",
        PrivateSector,
        "CA",
        Gender::Man,
    ),
    (
        "Ingrid Solberg",
        "Norwegian Broadcasting",
        Media,
        "NO",
        Gender::Woman,
    ),
    (
        "Tariq Rahman",
        "Dhaka Youth IGF",
        CivilSociety,
        "BD",
        Gender::Man,
    ),
    (
        "Kofi Boateng",
        "AfriNIC Community",
        TechnicalCommunity,
        "GH",
        Gender::Man,
    ),
    (
        "Mei Lin",
        "Pacific Islands Telecommunications Association",
        PrivateSector,
        "FJ",
        Gender::Woman,
    ),
    (
        "Omar Farouk",
        "Arab States Broadcasting Union",
        Media,
        "TN",
        Gender::Man,
    ),
];

/// Roster index of the speaker in the session whose first placement clashed.
const SHARED: usize = 8;

/// One session of the programme: its type, language, title, topics (slugs), coalition
/// (index into `COALITIONS`), speakers it must have (roster indexes), and for sessions
/// not in English a description and a policy question in their own language.
struct Talk {
    kind: SessionType,
    lang: &'static str,
    title: &'static str,
    topics: &'static [&'static str],
    coalition: Option<usize>,
    with: &'static [usize],
    own: Option<(&'static str, &'static str)>,
}

const fn talk(kind: SessionType, title: &'static str, topics: &'static [&'static str]) -> Talk {
    Talk {
        kind,
        lang: "en",
        title,
        topics,
        coalition: None,
        with: &[],
        own: None,
    }
}

const fn local(
    lang: &'static str,
    title: &'static str,
    topics: &'static [&'static str],
    description: &'static str,
    question: &'static str,
) -> Talk {
    Talk {
        kind: SessionType::Workshop,
        lang,
        title,
        topics,
        coalition: None,
        with: &[],
        own: Some((description, question)),
    }
}

use SessionType::{
    BestPractice, Coalition, Launch, Lightning, Main, Networking, Nri, OpenForum, TownHall,
    Workshop,
};

const TALKS: &[Talk] = &[
    talk(Main, "Opening main session: digital governance, built together", &["participation", "capacity-building"]),
    talk(Main, "Main session: artificial intelligence and the public interest", &["emerging-issues", "human-rights"]),
    talk(Main, "Main session: keeping the Internet whole – fragmentation and interoperability", &["open-standards", "critical-internet-resources"]),
    talk(Main, "Main session: financing connectivity for the next billion", &["access-affordability"]),
    talk(TownHall, "Closing town hall: messages from Lillestrøm", &["participation"]),
    talk(Workshop, "Data protection rules that travel across borders", &["privacy"]),
    talk(Workshop, "Encryption, lawful access and everyday security", &["privacy", "cybercrime"]),
    talk(Workshop, "Cybercrime treaties and the rights of suspects", &["cybercrime", "human-rights"]),
    talk(Workshop, "Internet shutdowns: counting what they cost", &["human-rights", "access-affordability"]),
    local(
        "fr",
        "Normes ouvertes et logiciels libres dans les administrations africaines",
        &["open-standards"],
        "Des administrations du Sénégal, du Maroc et du Kenya racontent comment elles ont adopté des formats ouverts, et ce qu’il leur en a coûté.",
        "Comment les marchés publics peuvent-ils rester ouverts à tous les fournisseurs ?",
    ),
    local(
        "es",
        "Redes comunitarias en América Latina: espectro y sostenibilidad",
        &["access-affordability"],
        "Operadores comunitarios, reguladores e investigadores comparan licencias de espectro y modelos de financiación que mantienen las redes en marcha.",
        "¿Qué reglas de espectro ayudan a las redes comunitarias a crecer?",
    ),
    local(
        "ar",
        "الشمول الرقمي للنساء في المنطقة العربية",
        &["participation", "access-affordability"],
        "باحثات ومنظمات مجتمع مدني وجهات تنظيمية تناقش العوائق التي تمنع النساء من الوصول إلى الإنترنت وسبل تجاوزها.",
        "ما السياسات التي تقلّص الفجوة الرقمية بين الجنسين؟",
    ),
    local(
        "ru",
        "Доменные имена на национальных языках: опыт и проблемы",
        &["critical-internet-resources", "trademarks"],
        "Регистраторы, исследователи и представители правительств обсуждают, почему интернационализированные домены до сих пор редко используются.",
        "Что мешает доменам на кириллице и других письменностях работать повсюду?",
    ),
    local(
        "zh",
        "数字技能与青年就业",
        &["capacity-building"],
        "来自亚太地区的教育者、企业和青年代表讨论如何让数字技能培训真正带来就业机会。",
        "谁应为青年的数字技能培训出资？",
    ),
    local(
        "de",
        "Digitale Souveränität und offene Standards in Europa",
        &["open-standards"],
        "Verwaltungen, Unternehmen und Zivilgesellschaft fragen, ob offene Standards Abhängigkeiten von einzelnen Anbietern wirklich verringern.",
        "Sollten öffentliche Stellen offene Standards vorschreiben?",
    ),
    local(
        "it",
        "Archivi digitali e diritto d'autore nelle biblioteche",
        &["copyright"],
        "Bibliotecari, giuristi e titolari di diritti discutono le eccezioni che permettono di conservare e prestare opere digitali.",
        "Quali eccezioni servono alle biblioteche per conservare il patrimonio digitale?",
    ),
    talk(Workshop, "Routing security: from voluntary norms to regulation?", &["critical-internet-resources", "cybercrime"]),
    talk(Workshop, "Trademark claims and free expression in domain disputes", &["trademarks", "human-rights"]),
    talk(Workshop, "Text and data mining exceptions for researchers", &["copyright", "emerging-issues"]),
    talk(Workshop, "Standard-essential patents and small manufacturers", &["patents"]),
    talk(Workshop, "Children's privacy on learning platforms", &["privacy"]),
    talk(Workshop, "Local content and languages online", &["participation", "capacity-building"]),
    Talk {
        with: &[SHARED],
        ..talk(Workshop, "Satellite broadband: who regulates the sky?", &["access-affordability", "emerging-issues"])
    },
    talk(Workshop, "Misinformation, elections and platform accountability", &["human-rights"]),
    talk(Workshop, "Building national CERTs with local expertise", &["cybercrime", "capacity-building"]),
    talk(Workshop, "Digital public infrastructure: open, by whom and for whom?", &["open-standards", "participation"]),
    Talk {
        coalition: Some(1),
        ..talk(Coalition, "Access to knowledge: a map of library exceptions", &["copyright"])
    },
    Talk {
        coalition: Some(2),
        ..talk(Coalition, "Community networks: spectrum rules that work", &["access-affordability"])
    },
    talk(BestPractice, "Best Practice Forum on cybersecurity: the draft for comment", &["cybercrime"]),
    talk(Nri, "National and regional IGFs: what travels from local to global", &["participation"]),
    talk(Networking, "Newcomers and youth meet the community", &["capacity-building"]),
    Talk {
        coalition: Some(2),
        ..talk(Launch, "Launch: the community connectivity yearly report", &["access-affordability"])
    },
    Talk {
        with: &[SHARED],
        ..talk(OpenForum, "Open forum: ITU – connecting the unconnected by 2030", &["access-affordability"])
    },
    talk(OpenForum, "Open forum: Norway's strategy for digital inclusion", &["participation"]),
    Talk {
        kind: OpenForum,
        ..local(
            "es",
            "Foro abierto: la agenda digital de la región andina",
            &["participation"],
            "Los reguladores andinos presentan su agenda digital común y escuchan a la sociedad civil y al sector técnico.",
            "¿Cómo puede una agenda regional incluir a quienes aún no están conectados?",
        )
    },
    talk(OpenForum, "Open forum: UNESCO – guidelines for governing digital platforms", &["human-rights"]),
    talk(OpenForum, "Open forum: Council of Europe – artificial intelligence and human rights", &["emerging-issues", "human-rights"]),
    talk(OpenForum, "Open forum: Kenya prepares to host in 2027", &["participation"]),
    talk(Lightning, "Lightning talk: an open map of Africa's exchange points", &["critical-internet-resources"]),
    talk(Lightning, "Lightning talk: measuring IPv6 in sixty countries", &["critical-internet-resources"]),
    talk(Lightning, "Lightning talk: a plain-language privacy label", &["privacy"]),
    talk(Lightning, "Lightning talk: Arabic script in email addresses", &["critical-internet-resources"]),
    talk(Lightning, "Lightning talk: spam traps run by volunteers", &["spam"]),
    talk(Lightning, "Lightning talk: open courseware for network engineers", &["capacity-building"]),
    talk(Lightning, "Lightning talk: a blocked website, seen from Colombo", &["human-rights"]),
    talk(Lightning, "Lightning talk: old phones as community routers", &["access-affordability"]),
];

/// The rooms, in the order the timetable shows them: (name, seats).
pub const ROOMS: &[(&str, i64)] = &[
    ("Plenary hall", 1200),
    ("Workshop room 1", 150),
    ("Workshop room 2", 120),
    ("Workshop room 3", 100),
    ("Open forum room", 200),
    ("Village stage", 80),
];

/// What each room holds each day: (room, time, minutes, type, days it runs, 0-based).
const DAY: &[(usize, &str, i64, SessionType, &[usize])] = &[
    (1, "09:00", 90, Workshop, &[0, 1, 2, 3]),
    (2, "09:00", 60, Workshop, &[0, 2]),
    (4, "09:30", 60, OpenForum, &[0, 1, 2]),
    (0, "10:00", 90, Main, &[0, 1, 2, 3]),
    (1, "11:00", 90, Workshop, &[0, 1, 2, 3]),
    (2, "11:00", 90, Workshop, &[0, 1, 2, 3]),
    (3, "11:00", 60, Coalition, &[0, 1, 2]),
    (5, "12:45", 20, Lightning, &[0, 1, 2, 3]),
    (5, "13:10", 20, Lightning, &[0, 1, 2, 3]),
    (1, "14:00", 60, Workshop, &[0, 1, 2, 3]),
    (3, "14:00", 90, BestPractice, &[0]),
    (3, "14:00", 90, Nri, &[1]),
    (4, "14:00", 60, OpenForum, &[0, 1, 3]),
    (2, "15:30", 90, Workshop, &[0, 1, 2]),
    (5, "16:00", 45, Networking, &[0]),
    (5, "16:00", 45, Launch, &[2]),
    (0, "15:30", 60, TownHall, &[3]),
];

const DAYS: [&str; 4] = ["2025-06-24", "2025-06-25", "2025-06-26", "2025-06-27"];

/// What a report says about each topic: (slug, key message, key issue, takeaway).
const NOTES: &[(&str, &str, &str, &str)] = &[
    (
        "privacy",
        "Rules that protect personal data should follow the data across borders.",
        "Conflicting national rules; weak enforcement against large processors.",
        "Compare adequacy mechanisms across regions before the next meeting.",
    ),
    (
        "cybercrime",
        "Cooperation against cybercrime must not weaken the security of everyone else.",
        "Broad offence definitions; little room for security researchers.",
        "Publish a short guide for legislators on safeguards.",
    ),
    (
        "human-rights",
        "Rights offline are rights online, including in times of crisis.",
        "Shutdowns and blocking without court orders or public notice.",
        "Document shutdowns and their costs in one open dataset.",
    ),
    (
        "access-affordability",
        "Affordable access needs shared infrastructure and room for small operators.",
        "Spectrum fees and licensing built for large operators only.",
        "Collect licensing rules that already work for small networks.",
    ),
    (
        "open-standards",
        "Open standards keep public services open to every supplier.",
        "Procurement rules that name products instead of standards.",
        "Share model tender language across administrations.",
    ),
    (
        "critical-internet-resources",
        "The Internet's shared resources work because many parties cooperate.",
        "Routing incidents and uneven adoption of security practices.",
        "Invite operators from every region to the next technical clinic.",
    ),
    (
        "trademarks",
        "Trademark protection and free expression can both be served in domain disputes.",
        "Fast takedowns that ignore criticism and parody.",
        "Gather decisions that balance the two for a public digest.",
    ),
    (
        "copyright",
        "Libraries and researchers need exceptions that work online as well as on paper.",
        "Exceptions that differ from country to country and stop at borders.",
        "Extend the coalition's map of exceptions to twenty more countries.",
    ),
    (
        "patents",
        "Standards should be open to implementers of every size.",
        "Licensing terms that small manufacturers cannot read or afford.",
        "Ask standards bodies for clearer disclosure of essential patents.",
    ),
    (
        "capacity-building",
        "Capacity is built best with local experts, in local languages.",
        "Training that ends when the funding does.",
        "Pair newcomers with mentors from the community for a year.",
    ),
    (
        "participation",
        "Every stakeholder group has a place at the table, from every region.",
        "Visa refusals and travel costs that keep participants away.",
        "Keep remote participation equal to being in the room.",
    ),
    (
        "emerging-issues",
        "New technologies should be discussed before the rules are set.",
        "Decisions taken by a few companies and states without public input.",
        "Bring the forum's messages to the bodies that decide.",
    ),
    (
        "spam",
        "Spam filtering must leave room for small senders.",
        "Opaque blocklists without appeal.",
        "Draft appeal principles with mailbox providers.",
    ),
];

fn note(slug: &str) -> (&'static str, &'static str, &'static str) {
    NOTES
        .iter()
        .find(|n| n.0 == slug)
        .or(NOTES.first())
        .map_or(("", "", ""), |n| (n.1, n.2, n.3))
}

/// A description and a policy question for sessions in English, by type and topic.
fn english_text(t: &Talk) -> (String, String) {
    let what = match t.kind {
        Main => "A main session set by the advisory group: ministers, researchers, engineers and activists on one stage.",
        OpenForum => "An open forum: the organisation presents its work of the year and takes questions from every stakeholder group.",
        Coalition => "A Dynamic Coalition presents its yearly output and asks for comment, dissent included.",
        Lightning => "Twenty minutes on the village stage: one idea, one speaker, questions at the end.",
        TownHall => "The whole forum together: the messages of the week, read back for correction.",
        BestPractice => "A Best Practice Forum reads its draft paragraph by paragraph with the room.",
        Nri => "National, regional and youth IGFs compare what they heard at home.",
        Networking => "An informal hour to meet people from other stakeholder groups.",
        Launch => "The launch of a report, with its authors and its critics.",
        _ => "Speakers from several stakeholder groups compare what works and say where they disagree.",
    };
    let topic = t.topics.first().copied().unwrap_or("participation");
    let (message, issue, _) = note(topic);
    (
        format!("{what}\n\n{message} {issue}"),
        format!("{message} What would it take, and who should act?"),
    )
}

fn format_of(kind: SessionType, n: usize) -> SessionFormat {
    match kind {
        Lightning => SessionFormat::Flash,
        Networking => SessionFormat::BirdsOfAFeather,
        Main | OpenForum | Launch => SessionFormat::Panel,
        TownHall | Coalition | BestPractice | Nri => SessionFormat::Roundtable,
        _ => [
            SessionFormat::Panel,
            SessionFormat::Roundtable,
            SessionFormat::Debate,
            SessionFormat::BreakOut,
        ][n % 4],
    }
}

/// Who is in which room when, so that nobody is booked twice.
#[derive(Default)]
struct Busy(Vec<(usize, DateTime, DateTime)>);

impl Busy {
    fn free(&self, who: usize, start: DateTime, end: DateTime) -> bool {
        !self
            .0
            .iter()
            .any(|(w, s, e)| *w == who && *s < end && start < *e)
    }
    fn book(&mut self, who: usize, start: DateTime, end: DateTime) {
        self.0.push((who, start, end));
    }
}

/// Picks `n` speakers free at that time: the required ones first, then from the roster
/// starting at `from`, each from a new stakeholder group while any is left, and at
/// least one of another gender than the rest.
fn pick(
    busy: &Busy,
    required: &[usize],
    from: usize,
    n: usize,
    start: DateTime,
    end: DateTime,
) -> Vec<usize> {
    let mut out: Vec<usize> = required
        .iter()
        .copied()
        .filter(|w| busy.free(*w, start, end))
        .collect();
    let order: Vec<usize> = (0..ROSTER.len())
        .map(|k| (from + k * 7) % ROSTER.len())
        .collect();
    for new_group_only in [true, false] {
        for &w in &order {
            if out.len() >= n {
                break;
            }
            let group = ROSTER[w].2;
            if out.contains(&w) || !busy.free(w, start, end) {
                continue;
            }
            if new_group_only && out.iter().any(|o| ROSTER[*o].2 == group) {
                continue;
            }
            out.push(w);
        }
    }
    if out.len() > 1 && out.iter().all(|o| ROSTER[*o].4 == ROSTER[out[0]].4) {
        let gender = ROSTER[out[0]].4;
        if let Some(&w) = order
            .iter()
            .find(|w| ROSTER[**w].4 != gender && !out.contains(w) && busy.free(**w, start, end))
        {
            out.pop();
            out.push(w);
        }
    }
    out
}

/// Every slot of the four days not taken by a fixed session, in time order, with the
/// talk that fills it.
fn slots(fixed: &[Fixed<'_>]) -> Vec<(usize, String, i64, &'static Talk)> {
    let mut by_kind: Vec<(SessionType, Vec<&'static Talk>)> = Vec::new();
    for t in TALKS {
        match by_kind.iter_mut().find(|(k, _)| *k == t.kind) {
            Some((_, v)) => v.push(t),
            None => by_kind.push((t.kind, vec![t])),
        }
    }
    for (_, v) in &mut by_kind {
        v.reverse();
    }
    let mut out = Vec::new();
    for (d, day) in DAYS.iter().enumerate() {
        for (room, at, minutes, kind, days) in DAY {
            let at = format!("{day}T{at}");
            if !days.contains(&d) || taken(fixed, *room, &at) {
                continue;
            }
            let next = by_kind
                .iter_mut()
                .find(|(k, _)| k == kind)
                .and_then(|(_, v)| v.pop());
            if let Some(t) = next {
                out.push((*room, at, *minutes, t));
            }
        }
    }
    out.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    out
}

/// Sessions already in the demo, with their speakers, so the generated ones avoid them.
pub struct Fixed<'a> {
    pub room: usize,
    pub at: &'a str,
    pub minutes: i64,
    pub speakers: &'a [&'a str],
}

/// Whether a slot is taken by a fixed session.
fn taken(fixed: &[Fixed<'_>], room: usize, at: &str) -> bool {
    fixed.iter().any(|f| f.room == room && f.at == at)
}

/// Loads the generated programme into the past edition. `rooms` are the ids of
/// [`ROOMS`]; `people` the demo's accounts; `secretariat` decides.
#[allow(clippy::too_many_arguments)]
pub async fn load(
    store: &dyn Store,
    edition: i64,
    tracks: &[i64],
    rooms: &[i64],
    people: &[i64],
    coalitions: &[i64],
    secretariat: i64,
    fixed: &[Fixed<'_>],
) -> Result<(), StoreError> {
    let m = store;
    let topics = store.topics("en").await?;
    let mut busy = Busy::default();
    for f in fixed {
        let Some(start) = meeting::parse_local(f.at) else {
            continue;
        };
        let end = meeting::plus_minutes(start, f.minutes);
        for name in f.speakers {
            if let Some(w) = ROSTER.iter().position(|r| r.0 == *name) {
                busy.book(w, start, end);
            }
        }
    }
    // Organisers who propose again in 2027 file full reports (the next call checks);
    // the secretariat and the reviewer organise nothing.
    let proposes_again = [0, 3, 7];
    let mut clash_shown = false;
    for (n, (room, at, minutes, t)) in slots(fixed).into_iter().enumerate() {
        let Some(start) = meeting::parse_local(&at) else {
            continue;
        };
        let end = meeting::plus_minutes(start, minutes);
        let count = match t.kind {
            Main => 5,
            Lightning => 1,
            OpenForum | Networking => 3,
            _ => 4,
        };
        let chosen = pick(&busy, t.with, n * 5 + 3, count, start, end);
        // Reports: most full, every seventh only short (late by now), one never filed.
        let missing = n == 20;
        let late = !missing && n % 7 == 5;
        let organiser = chosen
            .iter()
            .copied()
            .filter(|w| *w < ACCOUNTS && *w != 1 && *w != 10)
            .find(|w| !(late || missing) || !proposes_again.contains(w))
            .or_else(|| {
                (0..ACCOUNTS).map(|k| (n + k * 5) % ACCOUNTS).find(|w| {
                    *w != 1
                        && *w != 10
                        && !((late || missing) && proposes_again.contains(w))
                        && busy.free(*w, start, end)
                })
            })
            .unwrap_or(2);
        for w in chosen.iter().chain(std::iter::once(&organiser)) {
            busy.book(*w, start, end);
        }
        let (description, question) = match t.own {
            Some((d, q)) => (d.to_string(), q.to_string()),
            None => english_text(t),
        };
        let id = m
            .create_proposal(&NewProposal {
                edition_id: edition,
                created_by: people.get(organiser).copied().unwrap_or(secretariat),
                text: NewText {
                    lang: t.lang.into(),
                    title: t.title.into(),
                    body_md: description,
                },
                fields: ProposalFields {
                    track_id: tracks.get(n % tracks.len().max(1)).copied(),
                    session_type: Some(t.kind),
                    format: Some(format_of(t.kind, n)),
                    duration: Some(minutes),
                    mode: Some(if t.kind == Lightning {
                        Mode::Onsite
                    } else {
                        Mode::Hybrid
                    }),
                    policy_questions: question,
                    lang: t.lang.into(),
                    topics: topics
                        .iter()
                        .filter(|x| t.topics.contains(&x.slug.as_str()))
                        .map(|x| x.id)
                        .collect(),
                    coalitions: t
                        .coalition
                        .and_then(|c| coalitions.get(c).copied())
                        .into_iter()
                        .collect(),
                },
            })
            .await?;
        for (k, w) in chosen.iter().enumerate() {
            let (name, org, group, country, gender) = ROSTER[*w];
            m.add_speaker(
                id,
                &NewSpeaker {
                    participant_id: (*w < ACCOUNTS).then(|| people.get(*w).copied()).flatten(),
                    name: name.into(),
                    organisation: org.into(),
                    group,
                    country: country.into(),
                    gender,
                    role: if k == 0 && count > 1 {
                        SpeakerRole::Moderator
                    } else {
                        SpeakerRole::Speaker
                    },
                    // Online speakers now and then, as hybrid sessions have.
                    onsite: (n + k) % 5 != 4,
                },
            )
            .await?;
        }
        m.set_status(id, Status::Submitted, None, None).await?;
        m.set_status(id, Status::Accepted, None, Some(secretariat))
            .await?;
        let room_id = rooms.get(room).copied().unwrap_or_default();
        let url = format!("https://meet.example.org/2025-{n:02}");
        // The clash the secretariat resolved: first placed at the open forum's time in
        // a free room, though both share a speaker; then moved to where it is now.
        if t.with.contains(&SHARED) && t.kind == Workshop && !clash_shown {
            if let Some(first) = rooms.get(3) {
                m.place(id, Some((*first, "2025-06-24T09:00")), &url)
                    .await?;
                clash_shown = true;
            }
        }
        m.place(id, Some((room_id, &at)), &url).await?;
        if !missing {
            let report = report(t, &chosen, n, late);
            m.file_report(
                id,
                &report,
                !late,
                people.get(organiser).copied().unwrap_or(secretariat),
            )
            .await?;
        }
        if t.kind == Main || t.kind == TownHall {
            translate_title(store, id, t.title).await?;
        }
    }
    Ok(())
}

fn report(t: &Talk, speakers: &[usize], n: usize, short: bool) -> ReportFields {
    let topic = t.topics.first().copied().unwrap_or("participation");
    let (message, issue, takeaway) = note(topic);
    let second = t.topics.get(1).map(|s| note(s).0);
    let key_messages = match second {
        Some(more) => format!("{message}\n\n{more}"),
        None => message.to_string(),
    };
    if short {
        return ReportFields {
            lang: "en".into(),
            key_messages,
            ..ReportFields::default()
        };
    }
    let who: Vec<String> = speakers
        .iter()
        .map(|w| format!("{} ({})", ROSTER[*w].0, ROSTER[*w].1))
        .collect();
    let onsite = 15 + (n as i64 * 37) % 140;
    let online = 5 + (n as i64 * 23) % 90;
    let all = onsite + online;
    let groups = [
        ("government", 18),
        ("civil-society", 27),
        ("technical-community", 21),
        ("private-sector", 14),
        ("academia", 12),
        ("intergovernmental", 5),
        ("media", 3),
    ];
    ReportFields {
        lang: "en".into(),
        key_messages,
        key_issues: issue.into(),
        presentations: format!("Speakers: {}.", who.join("; ")),
        discussion: [
            "Online participants asked how the proposals would reach the bodies that decide.",
            "Several speakers disagreed on the role of governments; the disagreement is recorded here.",
            "Questions from the floor focused on costs for developing countries.",
            "Youth participants asked for follow-up in the intersessional work.",
        ][n % 4]
            .into(),
        takeaways: takeaway.into(),
        onsite_count: onsite,
        online_count: online,
        participation: Participation {
            groups: groups
                .iter()
                .map(|(g, pct)| (g.to_string(), all * pct / 100))
                .collect(),
            genders: vec![
                ("woman".into(), all * 48 / 100),
                ("man".into(), all * 47 / 100),
                ("undisclosed".into(), all - all * 48 / 100 - all * 47 / 100),
            ],
        },
        transcript: String::new(),
    }
}

/// The main sessions' titles in the UN languages, as the secretariat has them translated.
async fn translate_title(store: &dyn Store, id: i64, title: &str) -> Result<(), StoreError> {
    const TITLES: &[(&str, &[(&str, &str)])] = &[
        (
            "Opening main session: digital governance, built together",
            &[
                ("fr", "Session principale d’ouverture : une gouvernance numérique construite ensemble"),
                ("es", "Sesión principal de apertura: una gobernanza digital construida entre todos"),
                ("ar", "الجلسة الرئيسية الافتتاحية: حوكمة رقمية نبنيها معًا"),
                ("ru", "Открывающая главная сессия: цифровое управление, созданное вместе"),
                ("zh", "开幕主会议：共同构建数字治理"),
            ],
        ),
        (
            "Main session: artificial intelligence and the public interest",
            &[
                ("fr", "Session principale : l’intelligence artificielle et l’intérêt public"),
                ("es", "Sesión principal: la inteligencia artificial y el interés público"),
                ("ar", "جلسة رئيسية: الذكاء الاصطناعي والمصلحة العامة"),
            ],
        ),
        (
            "Closing town hall: messages from Lillestrøm",
            &[
                ("fr", "Assemblée de clôture : les messages de Lillestrøm"),
                ("es", "Asamblea de clausura: los mensajes de Lillestrøm"),
                ("ar", "الاجتماع الختامي المفتوح: رسائل ليلستروم"),
                ("ru", "Заключительное общее собрание: послания из Лиллестрёма"),
                ("zh", "闭幕全体会议：来自利勒斯特罗姆的信息"),
                ("de", "Abschließende Versammlung: Botschaften aus Lillestrøm"),
            ],
        ),
    ];
    let Some((_, langs)) = TITLES.iter().find(|(t, _)| *t == title) else {
        return Ok(());
    };
    // The description, as the secretariat's translators summed it up for every session
    // in the plenary hall.
    const BODIES: &[(&str, &str)] = &[
        ("fr", "Une séance plénière ouverte à tous, sur place et en ligne, avec interprétation dans les six langues de l’ONU."),
        ("es", "Una sesión plenaria abierta a todos, presencial y en línea, con interpretación en los seis idiomas de la ONU."),
        ("ar", "جلسة عامة مفتوحة للجميع، حضوريًا وعبر الإنترنت، مع ترجمة فورية إلى لغات الأمم المتحدة الست."),
        ("ru", "Пленарное заседание, открытое для всех, очно и онлайн, с синхронным переводом на шесть языков ООН."),
        ("zh", "面向所有人开放的全体会议，现场和线上均可参加，提供联合国六种语言的同声传译。"),
        ("de", "Eine Plenarsitzung für alle, vor Ort und online, mit Verdolmetschung in die sechs UN-Sprachen."),
    ];
    let Some(p) = store.proposal(id, "en").await? else {
        return Ok(());
    };
    for (lang, translated) in *langs {
        let body = BODIES
            .iter()
            .find(|(l, _)| l == lang)
            .map_or("", |(_, b)| *b);
        store
            .add_translation(&NewTranslation {
                text_id: p.text_id,
                lang: (*lang).into(),
                title: (*translated).into(),
                body_md: body.into(),
                source_revision: 1,
                translator_id: None,
                machine: false,
                approved: true,
            })
            .await?;
    }
    Ok(())
}
