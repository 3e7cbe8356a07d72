//! The demo's yearly meetings: last year's with its programme and reports (some only
//! short, one never filed; see year.rs), and a coming one
//! whose call is open, with a draft, a proposal in review and the first sessions placed.

use convene_core::meeting::{
    Gender, Mode, ReviewerAssignment, SessionFormat, SessionType, SpeakerRole, Status,
};
use convene_core::model::{NewText, ParticipantId, ProposalId, Role};
use convene_core::programme::*;
use convene_core::StakeholderGroup::{self, *};
use convene_store::{Meetings, Store, StoreError};

fn text(title: &str, body: &str) -> NewText {
    NewText {
        lang: "en".into(),
        title: title.into(),
        body_md: body.into(),
    }
}

/// (name, organisation, group, country, gender, role, onsite, participant index)
type Who = (
    &'static str,
    &'static str,
    StakeholderGroup,
    &'static str,
    Gender,
    SpeakerRole,
    bool,
    Option<usize>,
);

struct Session {
    title: &'static str,
    description: &'static str,
    questions: &'static str,
    kind: SessionType,
    format: SessionFormat,
    minutes: i64,
    organiser: usize,
    speakers: &'static [Who],
    topics: &'static [&'static str],
    coalition: Option<usize>,
    track: usize,
}

async fn propose(
    store: &dyn Store,
    edition: i64,
    tracks: &[i64],
    people: &[i64],
    coalitions: &[i64],
    s: &Session,
) -> Result<i64, StoreError> {
    let m = store;
    let topics = store.topics("en").await?;
    let id = m
        .create_proposal(&NewProposal {
            edition_id: edition,
            created_by: people[s.organiser],
            text: text(s.title, s.description),
            fields: ProposalFields {
                track_id: tracks.get(s.track).copied(),
                session_type: Some(s.kind),
                format: Some(s.format),
                duration: Some(s.minutes),
                mode: Some(Mode::Hybrid),
                policy_questions: s.questions.into(),
                lang: "en".into(),
                topics: topics
                    .iter()
                    .filter(|t| s.topics.contains(&t.slug.as_str()))
                    .map(|t| t.id)
                    .collect(),
                coalitions: s
                    .coalition
                    .and_then(|c| coalitions.get(c).copied())
                    .into_iter()
                    .collect(),
            },
        })
        .await?;
    for (name, org, group, country, gender, role, onsite, who) in s.speakers {
        m.add_speaker(
            id,
            &NewSpeaker {
                participant_id: who.and_then(|i| people.get(i).copied()),
                name: (*name).into(),
                organisation: (*org).into(),
                group: *group,
                country: (*country).into(),
                gender: *gender,
                role: *role,
                onsite: *onsite,
            },
        )
        .await?;
    }
    Ok(id)
}

const SPAM_SESSION: Session = Session {
    title: "Keeping small mail servers reachable",
    description: "Large mailbox providers filter spam with reputation systems that small \
                  servers rarely pass. This roundtable asks operators, regulators and users \
                  how to fight spam without shutting out community and self-hosted mail.",
    questions: "Who decides which servers may deliver mail?\nWhat would fair appeal \
                processes for blocked senders look like?",
    kind: SessionType::Workshop,
    format: SessionFormat::Roundtable,
    minutes: 90,
    organiser: 2,
    speakers: &[
        (
            "Priya Raman",
            "Open Routing Operators Group",
            TechnicalCommunity,
            "IN",
            Gender::Woman,
            SpeakerRole::Moderator,
            true,
            Some(2),
        ),
        (
            "Kenji Sato",
            "Sakura Networks",
            PrivateSector,
            "JP",
            Gender::Man,
            SpeakerRole::Speaker,
            true,
            Some(11),
        ),
        (
            "Grace Wanjiru",
            "East Africa IXP Association",
            TechnicalCommunity,
            "KE",
            Gender::Woman,
            SpeakerRole::Speaker,
            true,
            Some(7),
        ),
        (
            "Yusuf Al-Harbi",
            "Communications Authority",
            Government,
            "SA",
            Gender::Man,
            SpeakerRole::Speaker,
            false,
            Some(6),
        ),
    ],
    topics: &["spam"],
    coalition: Some(3),
    track: 0,
};

const STANDARDS_SESSION: Session = Session {
    title: "Royalty-free standards in public procurement",
    description: "The Dynamic Coalition on Open Standards presents its yearly paper and \
                  asks governments how tenders can stay open to every supplier.",
    questions: "Should public tenders require royalty-free standards where they exist?",
    kind: SessionType::Coalition,
    format: SessionFormat::Panel,
    minutes: 60,
    organiser: 9,
    speakers: &[
        (
            "Tomasz Nowak",
            "Free Software Foundation Europe",
            CivilSociety,
            "PL",
            Gender::Man,
            SpeakerRole::Moderator,
            true,
            Some(9),
        ),
        (
            "Chen Jing",
            "Lotus Cloud Services",
            PrivateSector,
            "CN",
            Gender::Woman,
            SpeakerRole::Speaker,
            true,
            Some(4),
        ),
        (
            "Mateo Fernández",
            "Universidad de Buenos Aires",
            Academia,
            "AR",
            Gender::Man,
            SpeakerRole::Speaker,
            true,
            Some(3),
        ),
        (
            "Eva Lindqvist",
            "Swedish Procurement Agency",
            Government,
            "SE",
            Gender::Woman,
            SpeakerRole::Speaker,
            false,
            None,
        ),
    ],
    topics: &["open-standards", "patents"],
    coalition: Some(0),
    track: 1,
};

const LIBRARIES_DRAFT: Session = Session {
    title: "Copyright exceptions for African libraries",
    description: "Libraries across Africa lend, copy and preserve under very different \
                  rules. We compare them and ask what a fair minimum could be.",
    questions: "Which exceptions do libraries need most?",
    kind: SessionType::Workshop,
    format: SessionFormat::Debate,
    minutes: 60,
    organiser: 0,
    speakers: &[
        (
            "Amina Diallo",
            "Dakar Digital Rights Collective",
            CivilSociety,
            "SN",
            Gender::Woman,
            SpeakerRole::Moderator,
            true,
            Some(0),
        ),
        (
            "Fatima Zahra Benali",
            "Maghreb Internet Society",
            CivilSociety,
            "MA",
            Gender::Woman,
            SpeakerRole::Speaker,
            true,
            Some(12),
        ),
    ],
    topics: &["copyright"],
    coalition: Some(1),
    track: 0,
};

const MEASURING_PROPOSAL: Session = Session {
    title: "Measuring affordability where data is scarce",
    description: "Affordability targets need prices and incomes that many countries do not \
                  publish. Researchers and regulators compare methods that work with little data.",
    questions: "Which affordability measures are comparable across countries?\nWho should \
                collect the data?",
    kind: SessionType::Workshop,
    format: SessionFormat::Panel,
    minutes: 60,
    organiser: 3,
    speakers: &[
        (
            "Mateo Fernández",
            "Universidad de Buenos Aires",
            Academia,
            "AR",
            Gender::Man,
            SpeakerRole::Moderator,
            true,
            Some(3),
        ),
        (
            "Daniel Okoro",
            "National IT Development Agency",
            Government,
            "NG",
            Gender::Man,
            SpeakerRole::Speaker,
            true,
            Some(13),
        ),
        (
            "Isabella Rossi",
            "Politecnico di Torino",
            Academia,
            "IT",
            Gender::Woman,
            SpeakerRole::Speaker,
            true,
            Some(14),
        ),
        (
            "Nomvula Dlamini",
            "Research ICT Africa",
            CivilSociety,
            "ZA",
            Gender::Woman,
            SpeakerRole::Speaker,
            false,
            None,
        ),
    ],
    topics: &["access-affordability"],
    coalition: None,
    track: 0,
};

const COMMUNITY_DAY_ZERO: Session = Session {
    title: "Community networks for the next billion",
    description: "A Day 0 gathering of community network builders before the meeting \
                  opens: spectrum, backhaul and the people who keep the links running.",
    questions: "What stops community networks from growing?",
    kind: SessionType::DayZero,
    format: SessionFormat::BreakOut,
    minutes: 120,
    organiser: 7,
    speakers: &[
        (
            "Grace Wanjiru",
            "East Africa IXP Association",
            TechnicalCommunity,
            "KE",
            Gender::Woman,
            SpeakerRole::Moderator,
            true,
            Some(7),
        ),
        (
            "Miguel Torres",
            "LACNOG",
            TechnicalCommunity,
            "MX",
            Gender::Man,
            SpeakerRole::Speaker,
            true,
            Some(15),
        ),
        (
            "Lars Henriksen",
            "Ministry of Digitalisation",
            Government,
            "NO",
            Gender::Man,
            SpeakerRole::Speaker,
            true,
            Some(1),
        ),
        (
            "Amina Diallo",
            "Dakar Digital Rights Collective",
            CivilSociety,
            "SN",
            Gender::Woman,
            SpeakerRole::Speaker,
            false,
            Some(0),
        ),
    ],
    topics: &["access-affordability", "capacity-building"],
    coalition: Some(2),
    track: 0,
};

async fn setup(
    m: &dyn Meetings,
    edition: i64,
    tracks: &[&str],
    rooms: &[(&str, i64)],
) -> Result<(Vec<i64>, Vec<i64>), StoreError> {
    let mut t = Vec::new();
    for name in tracks {
        t.push(m.add_track(edition, &text(name, "")).await?);
    }
    let mut r = Vec::new();
    for (name, seats) in rooms {
        r.push(m.add_room(edition, name, *seats).await?);
    }
    Ok((t, r))
}

pub async fn load(store: &dyn Store, people: &[i64], coalitions: &[i64]) -> Result<(), StoreError> {
    let m = store;
    let (Some(past), Some(coming)) = (m.edition(2025, "en").await?, m.edition(2027, "en").await?)
    else {
        return Ok(());
    };
    let secretariat = people[1];

    // Last year: a full programme (year.rs) around two sessions written out by hand, one
    // with a full report and transcript, one with the short report only; one declined.
    let (tracks, rooms) = setup(
        m,
        past.id,
        &[
            "Digital trust and security",
            "Governance of standards",
            "Access and inclusion",
            "Rights and freedoms online",
        ],
        super::year::ROOMS,
    )
    .await?;
    let spam = propose(store, past.id, &tracks, people, coalitions, &SPAM_SESSION).await?;
    let standards = propose(
        store,
        past.id,
        &tracks,
        people,
        coalitions,
        &STANDARDS_SESSION,
    )
    .await?;
    for id in [spam, standards] {
        m.set_status(id, Status::Submitted, None, None).await?;
        m.set_status(id, Status::Accepted, None, Some(secretariat))
            .await?;
    }
    let names = |s: &Session| -> Vec<&'static str> { s.speakers.iter().map(|w| w.0).collect() };
    let (spam_people, standards_people) = (names(&SPAM_SESSION), names(&STANDARDS_SESSION));
    let fixed = [
        super::year::Fixed {
            room: 1,
            at: "2025-06-24T09:00",
            minutes: SPAM_SESSION.minutes,
            speakers: &spam_people,
        },
        super::year::Fixed {
            room: 3,
            at: "2025-06-25T11:00",
            minutes: STANDARDS_SESSION.minutes,
            speakers: &standards_people,
        },
    ];
    m.place(
        spam,
        Some((rooms[fixed[0].room], fixed[0].at)),
        "https://meet.example.org/spam-2025",
    )
    .await?;
    m.place(
        standards,
        Some((rooms[fixed[1].room], fixed[1].at)),
        "https://meet.example.org/standards-2025",
    )
    .await?;
    let report = ReportFields {
        lang: "en".into(),
        key_messages: "Spam filtering must come with a way for small senders to appeal.\n\n\
                       Reputation data should be shared on fair terms."
            .into(),
        key_issues: "Opaque blocklists; no appeal process; cost of compliance for small operators."
            .into(),
        presentations: "Priya Raman described how community mail servers are blocked; Kenji \
                        Sato explained the reputation systems providers use; Grace Wanjiru \
                        shared the IXP view; Yusuf Al-Harbi spoke on regulators' role."
            .into(),
        discussion: "Online participants asked for a public registry of blocklist operators."
            .into(),
        takeaways: "Draft good-practice principles for appeals before the next meeting.".into(),
        onsite_count: 64,
        online_count: 41,
        participation: Participation {
            groups: vec![
                ("government".into(), 12),
                ("civil-society".into(), 30),
                ("technical-community".into(), 38),
                ("private-sector".into(), 19),
                ("academia".into(), 6),
            ],
            genders: vec![
                ("woman".into(), 49),
                ("man".into(), 52),
                ("undisclosed".into(), 4),
            ],
        },
        transcript: "PRIYA RAMAN: Welcome, everyone, onsite and online.\n\
                     KENJI SATO: Thank you. Let me start with how reputation works…"
            .into(),
    };
    m.file_report(spam, &report, true, people[2]).await?;
    let short = ReportFields {
        lang: "en".into(),
        key_messages: "Governments can require royalty-free standards where they exist.".into(),
        ..ReportFields::default()
    };
    m.file_report(standards, &short, false, people[9]).await?;
    super::year::load(
        store,
        past.id,
        &tracks,
        &rooms,
        people,
        coalitions,
        secretariat,
        &fixed,
    )
    .await?;
    let declined = propose(
        store,
        past.id,
        &tracks,
        people,
        coalitions,
        &LIBRARIES_DRAFT,
    )
    .await?;
    m.set_status(declined, Status::Submitted, None, None)
        .await?;
    m.set_status(declined, Status::Declined, None, Some(secretariat))
        .await?;

    // The coming meeting: the call is open around today.
    let today = jiff::Zoned::now().date();
    let shift = |days: i64| {
        today
            .checked_add(jiff::Span::new().days(days))
            .unwrap_or(today)
            .to_string()
    };
    m.update_edition(
        coming.id,
        &EditionSettings {
            host_country: coming.host_country.clone(),
            city: coming.city.clone(),
            starts_on: coming.starts_on.clone(),
            ends_on: coming.ends_on.clone(),
            time_zone: coming.time_zone.clone(),
            call_opens_on: Some(shift(-30)),
            call_closes_on: Some(shift(90)),
            proposal_limit: 3,
            word_limit: 250,
        },
    )
    .await?;
    let (tracks, rooms) = setup(
        m,
        coming.id,
        &[
            "Access and inclusion",
            "Trust and security",
            "Digital public goods",
        ],
        &[("Main hall", 1000), ("Room A", 200), ("Room B", 150)],
    )
    .await?;
    // A reviewer (a MAG member) who therefore proposes nothing.
    store
        .set_role(people[10], Role::Reviewer, Some(secretariat))
        .await?;
    propose(
        store,
        coming.id,
        &tracks,
        people,
        coalitions,
        &LIBRARIES_DRAFT,
    )
    .await?;
    let measuring = propose(
        store,
        coming.id,
        &tracks,
        people,
        coalitions,
        &MEASURING_PROPOSAL,
    )
    .await?;
    m.set_status(measuring, Status::Submitted, None, None)
        .await?;
    m.assign_reviewer(&ReviewerAssignment {
        proposal_id: ProposalId(measuring),
        reviewer_id: ParticipantId(people[10]),
        by: ParticipantId(secretariat),
        status: Some(Status::InReview),
    })
    .await?;
    let day_zero = propose(
        store,
        coming.id,
        &tracks,
        people,
        coalitions,
        &COMMUNITY_DAY_ZERO,
    )
    .await?;
    m.set_status(day_zero, Status::Submitted, None, None)
        .await?;
    m.set_status(day_zero, Status::Accepted, None, Some(secretariat))
        .await?;
    m.place(
        day_zero,
        Some((rooms[1], "2027-06-14T10:00")),
        "https://meet.example.org/day0",
    )
    .await?;
    m.set_interest(day_zero, people[9], true).await?;
    Ok(())
}
