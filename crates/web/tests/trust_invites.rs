//! Speakers and co-organisers named by email are invited, not enrolled: the organiser
//! learns nothing of the account behind an address, nothing counts until the invitee
//! accepts from their notifications, and declined or pending invitations can be
//! withdrawn.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{register, Client, TestApp};
use convene_core::meeting::{Gender, Mode, SessionFormat, SessionType, SpeakerRole};
use convene_core::model::{NewEdition, NewText, Profile, ProfileUpdate};
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

/// A participant signed in on `c`, with a profile nobody typed into a proposal form.
async fn person(
    app: &TestApp,
    c: &mut Client<'_>,
    name: &str,
    email: &str,
    org: &str,
    group: StakeholderGroup,
    country: &str,
) -> i64 {
    let id = register(c, name, email).await;
    app.store()
        .update_profile(
            id,
            &ProfileUpdate {
                display_name: name.into(),
                stakeholder_group: group,
                country: country.into(),
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
    id
}

async fn organiser(app: &TestApp, c: &mut Client<'_>) -> i64 {
    person(
        app,
        c,
        "Ana Organiser",
        "ana@example.org",
        "Org A",
        StakeholderGroup::CivilSociety,
        "KE",
    )
    .await
}

/// The invitee: everything here is what the organiser must not learn from an address.
async fn zed(app: &TestApp, c: &mut Client<'_>) -> i64 {
    person(
        app,
        c,
        "Zed Hiddenname",
        "zed@example.org",
        "Secret Affiliation Ltd",
        StakeholderGroup::Academia,
        "IS",
    )
    .await
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

/// A draft by `by` with every field filled and `speakers` of the four a complete
/// proposal has (moderator first).
async fn draft(app: &TestApp, edition: i64, by: i64, title: &str, speakers: usize) -> i64 {
    let m = app.store();
    let id = m
        .create_proposal(&NewProposal {
            edition_id: edition,
            created_by: by,
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
    let all = [
        speaker("Mod Erator", Government, Woman, SpeakerRole::Moderator),
        speaker("Speaker One", Academia, Man, SpeakerRole::Speaker),
        speaker("Speaker Two", Media, Woman, SpeakerRole::Speaker),
        speaker("Speaker Three", PrivateSector, Man, SpeakerRole::Speaker),
    ];
    for s in all.iter().take(speakers) {
        m.add_speaker(id, s).await.unwrap();
    }
    id
}

/// A speaker named only by email: gender and role typed, the rest left blank.
fn by_email(email: &str) -> Vec<(&str, &str)> {
    vec![
        ("email", email),
        ("name", ""),
        ("organisation", ""),
        ("group", ""),
        ("country", ""),
        ("gender", "man"),
        ("role", "speaker"),
        ("onsite", "1"),
    ]
}

/// The numbers in `body` between `before` and `after`, in order.
fn ids(body: &str, before: &str, after: &str) -> Vec<i64> {
    body.split(before)
        .skip(1)
        .filter_map(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            rest[digits.len()..]
                .starts_with(after)
                .then(|| digits.parse().ok())
                .flatten()
        })
        .collect()
}

/// What the invitee's profile would give away on the organiser's page. (Their country
/// and group are among the form's choices anyway; the store checks below cover them.)
fn leaks(body: &str) -> Vec<&'static str> {
    ["Zed Hiddenname", "Secret Affiliation"]
        .into_iter()
        .filter(|s| body.contains(s))
        .collect()
}

#[tokio::test]
async fn adding_by_email_shows_only_what_was_typed_and_every_address_answers_alike() {
    let app = TestApp::new().await;
    let e = edition(&app, 2027).await;
    let mut ana = app.client();
    let a = organiser(&app, &mut ana).await;
    let mut z = app.client();
    zed(&app, &mut z).await;
    let id = draft(&app, e, a, "Spam and small servers", 0).await;
    let here = format!("/en/sessions/{id}");

    let known = ana
        .post(&format!("{here}/speakers"), &by_email("zed@example.org"))
        .await;
    let unknown = ana
        .post(
            &format!("{here}/speakers"),
            &by_email("nobody@nowhere.example"),
        )
        .await;
    assert_eq!(known.status, StatusCode::SEE_OTHER, "{}", known.body);
    assert_eq!(
        (known.status, known.location(), known.body.as_str()),
        (unknown.status, unknown.location(), unknown.body.as_str()),
        "a known address answers as an unknown one"
    );
    let known = ana
        .post(
            &format!("{here}/organisers"),
            &[("organiser_email", "ZED@example.org ")],
        )
        .await;
    let unknown = ana
        .post(
            &format!("{here}/organisers"),
            &[("organiser_email", "nobody@nowhere.example")],
        )
        .await;
    assert_eq!(known.status, StatusCode::SEE_OTHER, "{}", known.body);
    assert_eq!(
        (known.status, known.location(), known.body.as_str()),
        (unknown.status, unknown.location(), unknown.body.as_str()),
    );

    let page = ana.get(&here).await.body;
    assert_eq!(leaks(&page), Vec::<&str>::new(), "nothing of the profile");
    assert!(page.contains("zed@example.org") && page.contains("nobody@nowhere.example"));
    assert_eq!(page.matches("data-state=\"pending\"").count(), 4);
    assert!(
        page.contains("data-criterion=\"speakers\""),
        "invitees do not count yet"
    );
    let m = app.store();
    assert!(m.speakers(id).await.unwrap().is_empty());
    assert_eq!(m.organisers(id).await.unwrap().len(), 1);
    // Malformed addresses are refused with what was typed, never a 500.
    let r = ana
        .post(&format!("{here}/organisers"), &[("organiser_email", "zed")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.finish().await;
}

#[tokio::test]
async fn a_pending_co_organisation_neither_counts_toward_the_limit_nor_gives_edit_rights() {
    let app = TestApp::new().await;
    let e = edition(&app, 2027).await;
    let mut ana = app.client();
    let a = organiser(&app, &mut ana).await;
    let mut z = app.client();
    let zid = zed(&app, &mut z).await;
    // Ana names Zed co-organiser of three proposals and submits them.
    let mut theirs = Vec::new();
    for n in 0..3 {
        let id = draft(&app, e, a, &format!("Ana's {n}"), 4).await;
        let r = ana
            .post(
                &format!("/en/sessions/{id}/organisers"),
                &[("organiser_email", "zed@example.org")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let r = ana.post(&format!("/en/sessions/{id}/submit"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        theirs.push(id);
    }
    let open = draft(&app, e, a, "Ana's draft", 4).await;
    ana.post(
        &format!("/en/sessions/{open}/organisers"),
        &[("organiser_email", "zed@example.org")],
    )
    .await;

    // Zed's own proposal is not over the limit.
    let mine = draft(&app, e, zid, "Zed's own", 4).await;
    let page = z.get(&format!("/en/sessions/{mine}")).await.body;
    assert!(page.contains("data-unmet=\"0\""), "no limit reached");
    assert!(!page.contains("data-criterion=\"limit\""));
    // Nor may Zed see, edit or add people to Ana's proposals.
    for id in theirs.iter().chain([&open]) {
        assert_eq!(
            z.get(&format!("/en/sessions/{id}")).await.status,
            StatusCode::NOT_FOUND
        );
    }
    let r = z
        .post(
            &format!("/en/sessions/{open}/edit"),
            &[("title", "Taken over"), ("body", "x")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = z
        .post(
            &format!("/en/sessions/{open}/speakers"),
            &by_email("x@y.org"),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let organised = app.store().organised_by(zid, "en").await.unwrap();
    assert_eq!(organised.len(), 1, "only Zed's own");
    app.finish().await;
}

#[tokio::test]
async fn accepting_from_notifications_makes_the_name_appear_and_count() {
    let app = TestApp::new().await;
    let e = edition(&app, 2027).await;
    let mut ana = app.client();
    let a = organiser(&app, &mut ana).await;
    let mut z = app.client();
    let zid = zed(&app, &mut z).await;
    // Moderator and two speakers: one speaker short.
    let id = draft(&app, e, a, "Spam and small servers", 3).await;
    let here = format!("/en/sessions/{id}");
    ana.post(&format!("{here}/speakers"), &by_email("zed@example.org"))
        .await;
    ana.post(
        &format!("{here}/organisers"),
        &[("organiser_email", "zed@example.org")],
    )
    .await;
    assert!(ana
        .get(&here)
        .await
        .body
        .contains("data-criterion=\"speakers\""));

    // Zed is told, in French if they read French, and answers there.
    let notes = z.get("/fr/notifications").await.body;
    assert!(notes.contains("Ana Organiser"), "{notes}");
    assert!(notes.contains("Spam and small servers"));
    assert!(notes.contains(&convene_i18n::tr("fr", "invitation-accept", None)));
    let accept = ids(&notes, "/fr/invitations/", "/accept");
    assert_eq!(accept.len(), 2, "{notes}");
    // Nobody else can answer for Zed.
    let mut bo = app.client();
    register(&mut bo, "Bo Other", "bo@example.org").await;
    let r = bo
        .post(&format!("/en/invitations/{}/accept", accept[0]), &[])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        bo.post("/en/invitations/x/accept", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    for i in &accept {
        let r = z.post(&format!("/fr/invitations/{i}/accept"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    // Answered once only.
    let r = z
        .post(&format!("/en/invitations/{}/accept", accept[0]), &[])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(ids(
        &z.get("/en/notifications").await.body,
        "/en/invitations/",
        "/accept"
    )
    .is_empty());

    // Now the profile fills the blanks, and Zed counts: as the fourth speaker and as an
    // organiser who may edit.
    let page = ana.get(&here).await.body;
    assert!(page.contains("Zed Hiddenname"));
    assert!(page.contains("Secret Affiliation Ltd"));
    assert!(page.contains("data-unmet=\"0\""), "every criterion met");
    assert!(!page.contains("data-invitation="), "no invitation left");
    let m = app.store();
    let speakers = m.speakers(id).await.unwrap();
    let s = &speakers.last().unwrap().person;
    assert_eq!(s.participant_id, Some(zid));
    assert_eq!(s.group, StakeholderGroup::Academia);
    assert_eq!(s.country, "IS");
    assert_eq!(
        (s.gender, s.role, s.onsite),
        (Gender::Man, SpeakerRole::Speaker, true)
    );
    assert!(m.organisers(id).await.unwrap().iter().any(|o| o.id == zid));
    assert_eq!(z.get(&here).await.status, StatusCode::OK);
    let r = z
        .post(
            &format!("{here}/edit"),
            &[("title", "Spam, co-organised"), ("body", "Together.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    app.finish().await;
}

#[tokio::test]
async fn declining_removes_it_and_organisers_may_withdraw_what_was_not_accepted() {
    let app = TestApp::new().await;
    let e = edition(&app, 2027).await;
    let mut ana = app.client();
    let a = organiser(&app, &mut ana).await;
    let mut z = app.client();
    let zid = zed(&app, &mut z).await;
    let id = draft(&app, e, a, "Spam and small servers", 3).await;
    let here = format!("/en/sessions/{id}");
    let mut typed = by_email("zed@example.org");
    typed[1] = ("name", "Zed As Typed");
    ana.post(&format!("{here}/speakers"), &typed).await;
    ana.post(
        &format!("{here}/organisers"),
        &[("organiser_email", "zed@example.org")],
    )
    .await;
    ana.post(
        &format!("{here}/organisers"),
        &[("organiser_email", "nobody@nowhere.example")],
    )
    .await;
    let page = ana.get(&here).await.body;
    assert!(page.contains("Zed As Typed"), "what the organiser typed");

    let notes = z.get("/en/notifications").await.body;
    let decline = ids(&notes, "/en/invitations/", "/decline");
    assert_eq!(decline.len(), 2);
    for i in &decline {
        let r = z.post(&format!("/en/invitations/{i}/decline"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    // Declined, nothing of Zed is on the proposal and nothing counts.
    let m = app.store();
    assert!(!m.organisers(id).await.unwrap().iter().any(|o| o.id == zid));
    assert_eq!(m.speakers(id).await.unwrap().len(), 3);
    assert_eq!(z.get(&here).await.status, StatusCode::NOT_FOUND);
    let r = z
        .post(&format!("/en/invitations/{}/accept", decline[0]), &[])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "no accepting once declined");
    let page = ana.get(&here).await.body;
    assert_eq!(page.matches("data-state=\"declined\"").count(), 2);
    assert_eq!(page.matches("data-state=\"pending\"").count(), 1);
    assert!(page.contains("data-criterion=\"speakers\""));
    assert_eq!(leaks(&page).len(), 0);

    // The organisers withdraw the declined invitations and the pending one.
    let withdraw = ids(&page, &format!("{here}/invitations/"), "/withdraw");
    assert_eq!(withdraw.len(), 3);
    let mut bo = app.client();
    register(&mut bo, "Bo Other", "bo@example.org").await;
    let r = bo
        .post(&format!("{here}/invitations/{}/withdraw", withdraw[0]), &[])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "only organisers withdraw");
    for i in &withdraw {
        let r = ana
            .post(&format!("{here}/invitations/{i}/withdraw"), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let page = ana.get(&here).await.body;
    assert!(!page.contains("data-invitation="));
    assert!(m.invitations(id).await.unwrap().is_empty());
    app.finish().await;
}
