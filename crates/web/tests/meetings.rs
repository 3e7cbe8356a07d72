//! The yearly meeting through the real router: editions, the call with its criteria,
//! review, the schedule's refusals and clash flags, the agenda and its exports, and
//! reports with their reminders.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{register, Client, TestApp};
use convene_core::meeting::{Gender, Mode, SessionFormat, SessionType, SpeakerRole, Status};
use convene_core::model::{NewEdition, NewText, Profile, ProfileUpdate, Role};
use convene_core::programme::*;
use convene_core::StakeholderGroup;

fn day(offset: i64) -> String {
    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    today
        .checked_add(jiff::Span::new().days(offset))
        .unwrap()
        .to_string()
}

/// An edition whose call is open around today.
async fn edition(app: &TestApp, year: i64) -> i64 {
    let s = app.store();
    let id = s
        .create_edition(&NewEdition {
            year,
            host_country: "KE".into(),
            city: "Nairobi".into(),
            starts_on: format!("{year}-06-14"),
            ends_on: format!("{year}-06-18"),
            time_zone: "Africa/Nairobi".into(),
            theme: NewText {
                lang: "en".into(),
                title: format!("Theme {year}"),
                body_md: "Everyone governs.".into(),
            },
        })
        .await
        .unwrap();
    s.update_edition(
        id,
        &EditionSettings {
            host_country: "KE".into(),
            city: "Nairobi".into(),
            starts_on: format!("{year}-06-14"),
            ends_on: format!("{year}-06-18"),
            time_zone: "Africa/Nairobi".into(),
            call_opens_on: Some(day(-1)),
            call_closes_on: Some(day(30)),
            proposal_limit: 3,
            word_limit: 250,
        },
    )
    .await
    .unwrap();
    id
}

async fn person(app: &TestApp, c: &mut Client<'_>, name: &str, org: &str, role: Role) -> i64 {
    let email = format!("{}@example.org", name.to_lowercase().replace(' ', "."));
    let id = register(c, name, &email).await;
    app.store()
        .update_profile(
            id,
            &ProfileUpdate {
                display_name: name.into(),
                stakeholder_group: StakeholderGroup::CivilSociety,
                country: "KE".into(),
                affiliation: org.into(),
                profile: Profile {
                    gender: None,
                    languages: vec!["en".into()],
                    ui_lang: "en".into(),
                },
            },
        )
        .await
        .unwrap();
    if role != Role::Participant {
        app.store().set_role(id, role, None).await.unwrap();
    }
    id
}

fn speaker(name: &str, group: StakeholderGroup, gender: Gender, role: SpeakerRole) -> NewSpeaker {
    NewSpeaker {
        participant_id: None,
        name: name.into(),
        organisation: "Elsewhere".into(),
        group,
        country: "BR".into(),
        gender,
        role,
        onsite: true,
    }
}

/// A proposal that meets every criterion, by `organiser`, in `status`.
async fn complete(app: &TestApp, edition: i64, organiser: i64, title: &str, status: Status) -> i64 {
    let m = app.store();
    let id = m
        .create_proposal(&NewProposal {
            edition_id: edition,
            created_by: organiser,
            text: NewText {
                lang: "en".into(),
                title: title.into(),
                body_md: "A short description.".into(),
            },
            fields: ProposalFields {
                session_type: Some(SessionType::Workshop),
                format: Some(SessionFormat::Panel),
                duration: Some(60),
                mode: Some(Mode::Hybrid),
                policy_questions: "Why?".into(),
                lang: "en".into(),
                ..Default::default()
            },
        })
        .await
        .unwrap();
    use Gender::*;
    use StakeholderGroup::*;
    for s in [
        speaker("Mod Erator", Government, Woman, SpeakerRole::Moderator),
        speaker("Speaker One", Academia, Man, SpeakerRole::Speaker),
        speaker("Speaker Two", Media, Woman, SpeakerRole::Speaker),
        speaker("Speaker Three", PrivateSector, Man, SpeakerRole::Speaker),
    ] {
        m.add_speaker(id, &s).await.unwrap();
    }
    if status != Status::Draft {
        m.set_status(id, Status::Submitted, None, None)
            .await
            .unwrap();
        if status != Status::Submitted {
            m.set_status(id, status, None, None).await.unwrap();
        }
    }
    id
}

#[tokio::test]
async fn the_secretariat_creates_editions_and_everyone_sees_the_hosts() {
    let app = TestApp::new().await;
    let mut sec = app.client();
    person(&app, &mut sec, "Sec Retariat", "Forum", Role::Secretariat).await;
    let mut someone = app.client();
    person(&app, &mut someone, "Some One", "Org", Role::Participant).await;
    assert_eq!(
        someone.get("/en/meetings/new").await.status,
        StatusCode::FORBIDDEN
    );

    let mut form = vec![
        ("year", "2028"),
        ("title", "Open networks"),
        ("body", "About openness."),
        ("host_country", "BR"),
        ("city", "Salvador"),
        ("starts_on", "2028-11-06"),
        ("ends_on", "2028-11-10"),
        ("time_zone", "Mars/Olympus"),
        ("call_opens_on", "2028-02-01"),
        ("call_closes_on", "2028-04-01"),
        ("proposal_limit", "3"),
        ("word_limit", "250"),
    ];
    let r = sec.post("/fr/meetings/new", &form).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("value=\"Salvador\""),
        "typed values are kept"
    );
    assert!(r
        .body
        .contains(&convene_i18n::tr("fr", "form-error-time-zone", None)));
    form[7] = ("time_zone", "America/Bahia");
    let r = sec.post("/en/meetings/new", &form).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/en/meetings/2028");
    let again = sec.post("/en/meetings/new", &form).await;
    assert_eq!(again.status, StatusCode::CONFLICT);

    let page = app.client().get("/en/meetings/2028").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Open networks"));
    assert!(page.body.contains("data-call=\"closed\""));
    let list = app.client().get("/es/meetings").await.body;
    assert!(list.contains("Salvador"));
    assert!(
        list.contains("Brasil"),
        "host country in the reader's language"
    );
    let e = app.store().edition(2028, "en").await.unwrap().unwrap();
    assert_eq!(e.time_zone, "America/Bahia");
    assert_eq!(e.call_closes_on.as_deref(), Some("2028-04-01"));
    app.finish().await;
}

#[tokio::test]
async fn drafts_show_unmet_criteria_and_submit_only_once_met() {
    let app = TestApp::new().await;
    edition(&app, 2027).await;
    let mut ana = app.client();
    person(&app, &mut ana, "Ana Org", "Org A", Role::Participant).await;
    let r = ana
        .post(
            "/en/meetings/2027/propose",
            &[
                ("title", "Spam and small servers"),
                ("body", "Why small servers get blocked."),
                ("policy_questions", "Who decides?"),
                ("session_type", "workshop"),
                ("format", "roundtable"),
                ("duration", "90"),
                ("mode", "hybrid"),
                ("session_lang", "en"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let here = r.location().to_string();
    let page = ana.get(&here).await.body;
    for c in ["speakers", "gender", "groups", "onsite"] {
        assert!(page.contains(&format!("data-criterion=\"{c}\"")), "{c}");
    }
    // Drafts are private.
    let anon = app.client().get(&here).await;
    assert_eq!(anon.status, StatusCode::SEE_OTHER);
    let mut bo = app.client();
    person(&app, &mut bo, "Bo Other", "Org B", Role::Participant).await;
    assert_eq!(bo.get(&here).await.status, StatusCode::NOT_FOUND);

    let r = ana.post(&format!("{here}/submit"), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // A speaker missing fields keeps what was typed.
    let r = ana
        .post(
            &format!("{here}/speakers"),
            &[("name", "Half Typed"), ("role", "speaker")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("value=\"Half Typed\""));
    for (name, group, gender, role, onsite) in [
        ("Mo Derator", "government", "woman", "moderator", "1"),
        ("Sam One", "academia", "man", "speaker", "1"),
        ("Kim Two", "media", "woman", "speaker", "1"),
        ("Lee Three", "private-sector", "non-binary", "speaker", ""),
    ] {
        let r = ana
            .post(
                &format!("{here}/speakers"),
                &[
                    ("name", name),
                    ("organisation", "Elsewhere"),
                    ("group", group),
                    ("country", "BR"),
                    ("gender", gender),
                    ("role", role),
                    ("onsite", onsite),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let page = ana.get(&here).await.body;
    assert!(page.contains("data-unmet=\"0\""), "every criterion met");
    // Someone else cannot submit it.
    assert_eq!(
        bo.post(&format!("{here}/submit"), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    let r = ana.post(&format!("{here}/submit"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let id: i64 = here.rsplit('/').next().unwrap().parse().unwrap();
    let p = app.store().proposal(id, "en").await.unwrap().unwrap();
    assert_eq!(p.status, Status::Submitted);
    // Submitted proposals no longer change.
    let r = ana
        .post(
            &format!("{here}/edit"),
            &[("title", "Changed"), ("body", "x")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    app.finish().await;
}

#[tokio::test]
async fn reviewers_missing_reports_and_the_limit_block_submission() {
    let app = TestApp::new().await;
    let past = edition(&app, 2025).await;
    let now = edition(&app, 2027).await;
    let mut rev = app.client();
    let reviewer = person(&app, &mut rev, "Rev Iewer", "MAG", Role::Reviewer).await;
    let mut late = app.client();
    let lately = person(
        &app,
        &mut late,
        "Late Reporter",
        "Slow Org",
        Role::Participant,
    )
    .await;
    complete(&app, past, lately, "Held last time", Status::Accepted).await;

    let mine = complete(&app, now, reviewer, "By a reviewer", Status::Draft).await;
    let page = rev.get(&format!("/en/sessions/{mine}")).await.body;
    assert!(page.contains("data-criterion=\"reviewer\""));
    let theirs = complete(&app, now, lately, "By a late reporter", Status::Draft).await;
    let page = late.get(&format!("/fr/sessions/{theirs}")).await.body;
    assert!(page.contains("data-criterion=\"missing-report\""));
    assert!(page.contains("Late Reporter"));
    let r = late
        .post(&format!("/en/sessions/{theirs}/submit"), &[])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Three submitted already: the fourth is over the limit.
    let mut busy = app.client();
    let b = person(&app, &mut busy, "Busy Body", "Busy Org", Role::Participant).await;
    for n in 0..3 {
        complete(&app, now, b, &format!("Busy {n}"), Status::Submitted).await;
    }
    let fourth = complete(&app, now, b, "Busy 4", Status::Draft).await;
    let page = busy.get(&format!("/en/sessions/{fourth}")).await.body;
    assert!(page.contains("data-criterion=\"limit\""));
    app.finish().await;
}

#[tokio::test]
async fn review_assignment_scores_ranking_and_decisions() {
    let app = TestApp::new().await;
    let e = edition(&app, 2027).await;
    let mut sec = app.client();
    person(&app, &mut sec, "Sec Retariat", "Forum", Role::Secretariat).await;
    let mut org = app.client();
    let organiser = person(
        &app,
        &mut org,
        "Orga Niser",
        "Acme Institute",
        Role::Participant,
    )
    .await;
    let mut rev = app.client();
    person(
        &app,
        &mut rev,
        "Fair Reviewer",
        "Other Place",
        Role::Reviewer,
    )
    .await;
    let mut same = app.client();
    person(
        &app,
        &mut same,
        "Close Reviewer",
        "ACME  institute",
        Role::Reviewer,
    )
    .await;
    let id = complete(&app, e, organiser, "Spam again", Status::Submitted).await;
    let here = format!("/en/sessions/{id}");

    // Reviewers from the organisers' organisation are refused.
    let r = sec
        .post(
            &format!("{here}/assign"),
            &[("reviewer_email", "close.reviewer@example.org")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let r = sec
        .post(
            &format!("{here}/assign"),
            &[("reviewer_email", "fair.reviewer@example.org")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let m = app.store();
    assert_eq!(
        m.proposal(id, "en").await.unwrap().unwrap().status,
        Status::InReview
    );

    // An unassigned reviewer neither sees nor scores it.
    assert_eq!(same.get(&here).await.status, StatusCode::NOT_FOUND);
    let scores = [
        ("relevance", "5"),
        ("content", "4"),
        ("diversity", "3"),
        ("format", "2"),
        ("comments", "Solid"),
    ];
    assert_eq!(
        same.post(&format!("{here}/review"), &scores).await.status,
        StatusCode::NOT_FOUND
    );

    let queue = rev.get("/en/reviews").await.body;
    assert!(queue.contains("Spam again"));
    let bad = [
        ("relevance", "6"),
        ("content", "4"),
        ("diversity", "3"),
        ("format", "2"),
    ];
    assert_eq!(
        rev.post(&format!("{here}/review"), &bad).await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        rev.post(&format!("{here}/review"), &scores).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(m.reviews(id).await.unwrap()[0].scores.total(), 14);

    let board = sec.get("/en/meetings/2027/proposals").await.body;
    assert!(board.contains(&format!("data-proposal=\"{id}\"")));
    assert!(board.contains("14.0"));
    assert!(board.contains("data-mark=\"first-time\""));
    assert_eq!(
        org.get("/en/meetings/2027/proposals").await.status,
        StatusCode::FORBIDDEN
    );

    // Not public before the decision; accepted, it is, and organisers are told.
    assert_eq!(app.client().get(&here).await.status, StatusCode::SEE_OTHER);
    let r = sec
        .post(&format!("{here}/decide"), &[("outcome", "accepted")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(app.client().get(&here).await.status, StatusCode::OK);
    let notes = app
        .store()
        .notifications(organiser, i64::MAX, 10)
        .await
        .unwrap();
    assert_eq!(notes[0].kind, "proposal-accepted");
    assert!(app
        .mails()
        .iter()
        .any(|m| m.contains("Spam again") && m.contains("accepted")));
    // The audit log names the decision and links the session, not a person.
    let log = sec.get("/en/admin/audit").await.body;
    assert!(log.contains("Session decision: Accepted"), "{log}");
    assert!(log.contains(&format!("href=\"{here}\"")));
    // A decided proposal cannot be decided the same way twice.
    let r = sec
        .post(&format!("{here}/decide"), &[("outcome", "accepted")])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);

    // Merging: both are asked, and agreeing moves people over.
    let other = complete(&app, e, organiser, "Spam, the sequel", Status::Submitted).await;
    let third = complete(&app, e, organiser, "Spam, the prequel", Status::Submitted).await;
    let r = sec
        .post(
            &format!("/en/sessions/{other}/decide"),
            &[
                ("outcome", "merge-requested"),
                ("merge_with", &third.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = org.post(&format!("/en/sessions/{other}/merge"), &[]).await;
    assert_eq!(r.location(), format!("/en/sessions/{third}"));
    assert_eq!(
        m.proposal(other, "en").await.unwrap().unwrap().status,
        Status::Merged
    );
    assert_eq!(m.speakers(third).await.unwrap().len(), 8);
    app.finish().await;
}

async fn accepted_with(app: &TestApp, e: i64, organiser: i64, title: &str, shared: i64) -> i64 {
    let id = complete(app, e, organiser, title, Status::Accepted).await;
    let mut s = speaker(
        "Shared Person",
        StakeholderGroup::Government,
        Gender::Woman,
        SpeakerRole::Speaker,
    );
    s.participant_id = Some(shared);
    app.store().add_speaker(id, &s).await.unwrap();
    id
}

#[tokio::test]
async fn the_schedule_refuses_double_booking_and_flags_clashes() {
    let app = TestApp::new().await;
    let e = edition(&app, 2027).await;
    let m = app.store();
    let a = m.add_room(e, "Room A", 100).await.unwrap();
    let b = m.add_room(e, "Room B", 100).await.unwrap();
    let mut sec = app.client();
    let secretariat = person(&app, &mut sec, "Sec Retariat", "Forum", Role::Secretariat).await;
    let first = accepted_with(&app, e, secretariat, "First", secretariat).await;
    let second = accepted_with(&app, e, secretariat, "Second", secretariat).await;
    let (a_id, b_id) = (a.to_string(), b.to_string());
    let first_slot = [
        ("room", a_id.as_str()),
        ("starts_at", "2027-06-15T09:00"),
        ("online_url", "https://meet.example/x"),
    ];
    let r = sec
        .post(&format!("/en/sessions/{first}/place"), &first_slot)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let same_room = [("room", a_id.as_str()), ("starts_at", "2027-06-15T09:30")];
    let r = sec
        .post(&format!("/en/sessions/{second}/place"), &same_room)
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains(&format!("data-refused=\"{second}\"")));
    assert!(
        r.body.contains("value=\"2027-06-15T09:30\""),
        "what was typed is kept"
    );
    assert_eq!(
        m.proposal(second, "en").await.unwrap().unwrap().starts_at,
        None
    );

    let other_room = [("room", b_id.as_str()), ("starts_at", "2027-06-15T09:30")];
    let r = sec
        .post(&format!("/en/sessions/{second}/place"), &other_room)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let board = sec.get("/en/meetings/2027/schedule").await.body;
    // The organiser (also a speaker) and the four invited speakers both sessions share.
    assert!(
        board.contains("data-clashes=\"5\""),
        "people in both are flagged"
    );
    assert!(board.contains("Sec Retariat"));
    assert!(board.contains("Mod Erator"));
    app.finish().await;
}

#[tokio::test]
async fn the_agenda_filters_and_exports_calendars_and_frab_schedules() {
    let app = TestApp::new().await;
    let e = edition(&app, 2027).await;
    let m = app.store();
    let room = m.add_room(e, "Hall", 500).await.unwrap();
    let mut sec = app.client();
    let secretariat = person(&app, &mut sec, "Sec Retariat", "Forum", Role::Secretariat).await;
    let ws = complete(&app, e, secretariat, "A workshop on spam", Status::Accepted).await;
    let placed = m.proposal(ws, "en").await.unwrap().unwrap();
    m.place(
        ws,
        Some((room, "2027-06-15T09:00")),
        "https://meet.example/ws",
    )
    .await
    .unwrap();
    let draft = complete(&app, e, secretariat, "A secret draft", Status::Draft).await;
    assert_eq!(placed.status, Status::Accepted);

    let page = app.client().get("/en/meetings/2027/agenda").await.body;
    assert!(page.contains("A workshop on spam"));
    assert!(!page.contains("A secret draft"));
    let filtered = app
        .client()
        .get("/en/meetings/2027/agenda?type=main")
        .await
        .body;
    assert!(!filtered.contains("A workshop on spam"));
    let by_group = app
        .client()
        .get("/en/meetings/2027/agenda?group=media")
        .await
        .body;
    assert!(
        by_group.contains("A workshop on spam"),
        "a speaker is from the media"
    );
    let by_day = app
        .client()
        .get("/en/meetings/2027/agenda?day=2027-06-16")
        .await
        .body;
    assert!(!by_day.contains("A workshop on spam"));

    let ics = app.client().get("/en/meetings/2027/agenda.ics").await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(ics.body.contains("BEGIN:VTIMEZONE\r\nTZID:Africa/Nairobi"));
    assert!(ics
        .body
        .contains("DTSTART;TZID=Africa/Nairobi:20270615T090000"));
    assert!(ics.body.contains(&format!("UID:session-{ws}@forum.test")));
    let one = app
        .client()
        .get(&format!("/en/sessions/{ws}/calendar.ics"))
        .await;
    assert_eq!(one.body.matches("BEGIN:VEVENT").count(), 1);
    assert_eq!(
        app.client()
            .get(&format!("/en/sessions/{draft}/calendar.ics"))
            .await
            .status,
        StatusCode::SEE_OTHER
    );

    let json = app
        .client()
        .get("/en/meetings/2027/schedule.json")
        .await
        .body;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let day2 = &v["schedule"]["conference"]["days"][1];
    assert_eq!(day2["date"], "2027-06-15");
    assert_eq!(day2["rooms"]["Hall"][0]["title"], "A workshop on spam");
    assert_eq!(
        day2["rooms"]["Hall"][0]["date"],
        "2027-06-15T09:00:00+03:00"
    );
    let xml = app
        .client()
        .get("/en/meetings/2027/schedule.xml")
        .await
        .body;
    assert!(xml.contains("<room name=\"Hall\"><event guid="));

    // Anonymous readers get a sign-in link, so the page is the same for all of them.
    let anon = app.client().get(&format!("/en/sessions/{ws}")).await.body;
    assert!(anon.contains(&format!("/en/signin?next=/en/sessions/{ws}")));
    assert!(!anon.contains("name=\"csrf\""));
    // A personal agenda, and its calendar feed readable by its secret address only.
    let mut me = app.client();
    person(&app, &mut me, "Agenda Keeper", "Org", Role::Participant).await;
    let r = me
        .post(&format!("/en/sessions/{ws}/interest"), &[("on", "1")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        me.post(&format!("/en/sessions/{draft}/interest"), &[("on", "1")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let mine = me.get("/en/agenda").await.body;
    assert!(mine.contains("A workshop on spam"));
    let feed = mine
        .split("/en/calendar/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let ics = app
        .client()
        .get(&format!("/en/calendar/{feed}/agenda.ics"))
        .await;
    assert!(ics.body.contains("SUMMARY:A workshop on spam"));
    assert_eq!(
        app.client()
            .get("/en/calendar/not-a-token/agenda.ics")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    app.finish().await;
}

#[tokio::test]
async fn reports_are_filed_listed_and_reminded_once() {
    let app = TestApp::new().await;
    let e = edition(&app, 2026).await;
    let m = app.store();
    let room = m.add_room(e, "Hall", 500).await.unwrap();
    let mut org = app.client();
    let organiser = person(&app, &mut org, "Orga Niser", "Org", Role::Participant).await;
    let mut sec = app.client();
    person(&app, &mut sec, "Sec Retariat", "Forum", Role::Secretariat).await;
    let held = complete(&app, e, organiser, "Held in June", Status::Accepted).await;
    let also = complete(&app, e, organiser, "Also held", Status::Accepted).await;
    m.place(held, Some((room, "2026-06-15T09:00")), "")
        .await
        .unwrap();
    m.place(also, Some((room, "2026-06-16T09:00")), "")
        .await
        .unwrap();
    let here = format!("/en/sessions/{held}");

    let mut stranger = app.client();
    let rapporteur = person(&app, &mut stranger, "Stran Ger", "Else", Role::Participant).await;
    assert_eq!(
        stranger.get(&format!("{here}/report")).await.status,
        StatusCode::FORBIDDEN
    );
    // Named the session's rapporteur, the same person may file its report.
    let mut r = speaker(
        "Stran Ger",
        StakeholderGroup::Academia,
        Gender::Man,
        SpeakerRole::Rapporteur,
    );
    r.participant_id = Some(rapporteur);
    m.add_speaker(also, &r).await.unwrap();
    assert_eq!(
        stranger
            .get(&format!("/en/sessions/{also}/report"))
            .await
            .status,
        StatusCode::OK
    );
    let r = org
        .post(
            &format!("{here}/report"),
            &[("kind", "full"), ("discussion", "We talked.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("We talked."), "typed text is kept");
    let r = org
        .post(
            &format!("{here}/report"),
            &[("kind", "short"), ("key_messages", "Keep mail open.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let full = [
        ("kind", "full"),
        ("key_messages", "Keep mail open."),
        ("key_issues", "Blocklists."),
        ("discussion", "We talked."),
        ("takeaways", "Write principles."),
        ("onsite_count", "40"),
        ("online_count", "12"),
        ("group_government", "5"),
        ("gender_woman", "30"),
        ("transcript", "SPEAKER: Hello."),
    ];
    assert_eq!(
        org.post(&format!("{here}/report"), &full).await.status,
        StatusCode::SEE_OTHER
    );
    let page = app.client().get(&here).await.body;
    assert!(page.contains("Write principles."));
    assert!(page.contains(&convene_i18n::tr("en", "report-transcript-notice", None)));

    let list = sec.get("/en/meetings/2026/reports").await.body;
    assert!(list.contains("data-report-state=\"complete\""));
    assert!(list.contains("data-report-state=\"full-late\""));

    let options = convene_web::Options {
        public_url: "http://forum.test".into(),
        trust_proxy: false,
        mailer: convene_web::Mailer::folder(
            std::env::temp_dir().join(format!("convene-mail-{held}-{}", std::process::id())),
            "f@test",
        )
        .unwrap(),
        bench_ceiling: false,
        page_cache: Some(std::time::Duration::ZERO),
        metrics_allow: Vec::new(),
    };
    // The edition ended long ago in this test's clock? It ended in June 2026; within a
    // month of "now" only when the test runs then, so use a clock just after the meeting.
    let soon_after = jiff::civil::date(2026, 6, 20)
        .at(12, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp()
        .as_second();
    let sent = convene_web::reminders::send_due(app.store(), &options, soon_after)
        .await
        .unwrap();
    assert_eq!(sent, 1, "only the session without a report");
    let again = convene_web::reminders::send_due(app.store(), &options, soon_after)
        .await
        .unwrap();
    assert_eq!(again, 0, "each reminder goes out once");
    let notes = app
        .store()
        .notifications(organiser, i64::MAX, 10)
        .await
        .unwrap();
    assert_eq!(notes[0].kind, "report-reminder-short");
    app.finish().await;
}

#[tokio::test]
async fn topics_and_coalitions_link_their_sessions_across_the_years() {
    let app = TestApp::new().await;
    let e = edition(&app, 2027).await;
    let s = app.store();
    let mut c = app.client();
    let organiser = person(&app, &mut c, "Orga Niser", "Org", Role::Participant).await;
    let topic = s
        .create_topic(
            "spam",
            &NewText {
                lang: "en".into(),
                title: "Spam".into(),
                body_md: String::new(),
            },
            &[5],
        )
        .await
        .unwrap();
    let coalition = s
        .create_coalition(&convene_core::model::NewCoalition {
            slug: "small-networks".into(),
            text: NewText {
                lang: "en".into(),
                title: "Small networks".into(),
                body_md: String::new(),
            },
            founder_id: organiser,
            founded_year: None,
        })
        .await
        .unwrap();
    let m = s;
    for (title, status) in [
        ("Held on spam", Status::Accepted),
        ("Drafted on spam", Status::Draft),
    ] {
        let id = complete(&app, e, organiser, title, status).await;
        let p = m.proposal(id, "en").await.unwrap().unwrap();
        let mut f = p.fields.clone();
        f.topics = vec![topic];
        f.coalitions = vec![coalition];
        m.update_proposal(id, title, "Text.", &f).await.unwrap();
    }
    let page = app.client().get("/en/topics/spam").await.body;
    assert!(page.contains("Held on spam"));
    assert!(!page.contains("Drafted on spam"));
    assert!(page.contains("/en/meetings/2027/agenda?topic=spam"));
    let page = app.client().get("/en/coalitions/small-networks").await.body;
    assert!(page.contains("Held on spam"));
    assert!(!page.contains("Drafted on spam"));
    let agenda = app
        .client()
        .get("/en/meetings/2027/agenda?topic=spam")
        .await
        .body;
    assert!(agenda.contains("Held on spam"));
    app.finish().await;
}

#[tokio::test]
async fn a_long_programme_opens_on_its_first_day_with_links_to_the_others() {
    let app = TestApp::new().await;
    let e = edition(&app, 2027).await;
    let m = app.store();
    let room = m.add_room(e, "Hall", 500).await.unwrap();
    let mut c = app.client();
    let organiser = person(&app, &mut c, "Orga Niser", "Org", Role::Participant).await;
    for n in 0..82 {
        let id = complete(
            &app,
            e,
            organiser,
            &format!("Session {n:02}"),
            Status::Accepted,
        )
        .await;
        let at = if n < 41 {
            format!("2027-06-15T{:02}:{:02}", 8 + n / 4, (n % 4) * 15)
        } else {
            format!(
                "2027-06-16T{:02}:{:02}",
                8 + (n - 41) / 4,
                ((n - 41) % 4) * 15
            )
        };
        // Rooms hold one session at a time only through the schedule form; the store
        // takes whatever it is given.
        m.place(id, Some((room, &at)), "").await.unwrap();
    }
    let page = app
        .client()
        .get("/en/meetings/2027/agenda?type=workshop")
        .await;
    assert!(page.body.contains("Session 00"));
    assert!(!page.body.contains("Session 41"), "only the first day");
    assert!(page.body.contains("aria-current=\"page\""));
    assert!(page
        .body
        .contains("/en/meetings/2027/agenda?day=2027-06-16&amp;type=workshop"));
    let next = app
        .client()
        .get("/en/meetings/2027/agenda?day=2027-06-16&type=workshop")
        .await
        .body;
    assert!(next.contains("Session 41"));
    assert!(!next.contains("Session 00"));
    app.finish().await;
}

/// The class list of the timetable cell for a session.
fn cell_classes(page: &str, id: i64) -> String {
    let at = page
        .find(&format!("data-session=\"{id}\""))
        .unwrap_or_else(|| panic!("session {id} is not in the grid"));
    let open = page[..at].rfind("<div class=\"").unwrap();
    let rest = &page[open + "<div class=\"".len()..];
    rest[..rest.find('"').unwrap()].to_string()
}

#[tokio::test]
async fn the_timetable_puts_each_day_in_rooms_and_times_with_the_agendas_filters() {
    let app = TestApp::new().await;
    let e = edition(&app, 2027).await;
    let m = app.store();
    let hall = m.add_room(e, "Hall", 500).await.unwrap();
    let side = m.add_room(e, "Side room", 50).await.unwrap();
    let mut c = app.client();
    let organiser = person(&app, &mut c, "Orga Niser", "Org", Role::Participant).await;
    let mut placed = Vec::new();
    for (title, room, at) in [
        ("Opening workshop", hall, "2027-06-15T09:00"),
        ("Side workshop", side, "2027-06-15T10:30"),
        ("Second day workshop", hall, "2027-06-16T14:00"),
    ] {
        let id = complete(&app, e, organiser, title, Status::Accepted).await;
        m.place(id, Some((room, at)), "").await.unwrap();
        placed.push(id);
    }
    complete(&app, e, organiser, "Not yet placed", Status::Accepted).await;

    let r = app.client().get("/en/meetings/2027/timetable").await;
    assert_eq!(r.status, StatusCode::OK);
    let page = r.body;
    // The first day with a session, rooms as columns after the times, 15 minutes a row.
    assert!(page.contains("Opening workshop") && page.contains("Side workshop"));
    assert!(!page.contains("Second day workshop"));
    assert!(page.contains(">Hall</div>") && page.contains(">Side room</div>"));
    assert_eq!(cell_classes(&page, placed[0]), "tt-session gr2 gs4 gc2");
    assert_eq!(cell_classes(&page, placed[1]), "tt-session gr8 gs4 gc3");
    assert!(page.contains("<bdi dir=\"ltr\">09:00–10:00</bdi>"));
    assert!(page.contains("<bdi dir=\"ltr\">10:30–11:30</bdi>"));
    assert!(page.contains("One session is not in the grid"));
    assert!(page.contains("href=\"/en/meetings/2027/agenda\""));
    assert!(!page.contains("style="), "the policy forbids inline styles");
    // The stylesheet knows every class the grid uses.
    let css_href = page.split("rel=\"stylesheet\" href=\"").nth(1).unwrap();
    let css = app
        .client()
        .get(&css_href[..css_href.find('"').unwrap()])
        .await
        .body;
    for rule in [
        ".gr8{grid-row-start:8}",
        ".gs4{grid-row-end:span 4}",
        ".gc3{grid-column-start:3}",
        ".gw3{grid-column-end:span 3}",
    ] {
        assert!(css.contains(rule), "{rule}");
    }

    // The same filters as the list; the days link to the grid, keeping them.
    let next = app
        .client()
        .get("/en/meetings/2027/timetable?day=2027-06-16&type=workshop")
        .await
        .body;
    assert!(next.contains("Second day workshop") && !next.contains("Opening workshop"));
    assert!(next.contains("/en/meetings/2027/timetable?day=2027-06-15&amp;type=workshop"));
    assert!(next.contains("href=\"/en/meetings/2027/agenda?day=2027-06-16&amp;type=workshop\""));
    let none = app
        .client()
        .get("/en/meetings/2027/timetable?type=main")
        .await
        .body;
    assert!(none.contains("No session on this day matches the filters."));
    assert!(!none.contains("tt-session"));
    let list = app
        .client()
        .get("/en/meetings/2027/agenda?type=workshop")
        .await
        .body;
    assert!(list.contains("href=\"/en/meetings/2027/timetable?type=workshop\""));

    // Right to left in Arabic: the grid follows the page's direction.
    let ar = app.client().get("/ar/meetings/2027/timetable").await;
    assert_eq!(ar.status, StatusCode::OK);
    assert!(ar.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.body.contains("الجدول الزمني"));
    assert_eq!(
        app.client().get("/en/meetings/1999/timetable").await.status,
        StatusCode::NOT_FOUND
    );
    app.finish().await;
}
