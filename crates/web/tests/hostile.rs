//! The hostile-participant suite: one forum full of private things (draft, declined and
//! in-review proposals, held and hidden posts, a held thread and coalition, a hidden
//! dissent, flags, invitations, the audit log), then every role that does not own them
//! tries every private object's URL and every form against them.
//!
//! Reads: each secret word must be visible to its rightful reader (so the check can
//! fail) and to nobody else, on the object's own URL and on every public page.
//! Writes: each attempt must be refused and leave the database exactly as it was (its
//! fingerprint, every row of every content table, is compared); afterwards the
//! rightful actor sends the same form and it works, so the refusals were about who sent
//! it and not about a malformed form.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use common::{Client, TestApp};
use convene_core::meeting::Status;
use convene_core::model::{CoalitionId, ParticipantId};
use convene_core::model::{
    MemberRole, NewCoalition, NewEdition, NewOutput, NewPost, NewText, NewThread, Role,
};
use convene_core::programme::{NewProposal, ProposalFields};
use std::collections::BTreeMap;

const YEAR: i64 = 2031;

fn text(title: &str, body: &str) -> NewText {
    NewText {
        lang: "en".into(),
        title: title.into(),
        body_md: body.into(),
    }
}

/// Ids of everything the suite attacks.
struct World {
    olga: i64,
    hal: i64,
    mel: i64,
    draft: i64,
    draft_text: i64,
    declined: i64,
    in_review: i64,
    accepted: i64,
    room: i64,
    thread: i64,
    olga_post: i64,
    held_post: i64,
    hidden_post: i64,
    held_thread: i64,
    output: i64,
    dissent: i64,
    hidden_dissent: i64,
    flag: i64,
    invitation: i64,
    pending_translation: i64,
    held_dc_text: i64,
}

async fn proposal(app: &TestApp, edition: i64, by: i64, title: &str, status: Status) -> i64 {
    let m = app.store();
    let id = m
        .create_proposal(&NewProposal {
            edition_id: edition,
            created_by: by,
            text: text(title, &format!("The plans of {title}")),
            fields: ProposalFields {
                policy_questions: "Why?".into(),
                lang: "en".into(),
                ..Default::default()
            },
        })
        .await
        .unwrap();
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

/// Registers `name` with an organisation of their own (reviewers never see proposals
/// from their own organisation, so a shared one would hide what this suite checks).
async fn register_at(client: &mut Client<'_>, name: &str) -> i64 {
    let email = format!("{name}@example.org");
    let organisation = format!("{name} Org");
    let mut fields = common::registration(name, &email, "civil-society");
    for field in fields.iter_mut() {
        if field.0 == "affiliation" {
            field.1 = &organisation;
        }
    }
    let r = client.post("/en/register", &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    common::confirm_from_mail(client, &email).await
}

/// Builds the forum; returns the signed-in clients by name and the ids.
async fn world(app: &TestApp) -> (BTreeMap<&'static str, Client<'_>>, World) {
    let s = app.store();
    let mut clients = BTreeMap::new();
    let mut ids = BTreeMap::new();
    for name in [
        "olga", "hal", "mel", "mona", "sam", "rita", "eve", "cory", "rex",
    ] {
        let mut c = app.client();
        let id = register_at(&mut c, name).await;
        ids.insert(name, id);
        clients.insert(name, c);
    }
    let id = |n: &str| ids[n];
    s.set_role(id("mona"), Role::Moderator, None).await.unwrap();
    s.set_role(id("sam"), Role::Secretariat, None)
        .await
        .unwrap();
    s.set_role(id("rita"), Role::Reviewer, None).await.unwrap();
    s.set_role(id("rex"), Role::Reviewer, None).await.unwrap();

    // Coalitions: Olga's, Cory's elsewhere, and one by Hal that waits for review.
    let dc = s
        .create_coalition(&NewCoalition {
            slug: "olga-dc".into(),
            text: text("Olga's coalition", "Open standards."),
            founder_id: id("olga"),
            founded_year: None,
        })
        .await
        .unwrap();
    s.join_coalition(
        CoalitionId(dc),
        ParticipantId(id("mel")),
        MemberRole::Member,
    )
    .await
    .unwrap();
    s.join_coalition(
        CoalitionId(dc),
        ParticipantId(id("hal")),
        MemberRole::Member,
    )
    .await
    .unwrap();
    s.create_coalition(&NewCoalition {
        slug: "cory-dc".into(),
        text: text("Cory's coalition", "Elsewhere."),
        founder_id: id("cory"),
        founded_year: None,
    })
    .await
    .unwrap();
    s.create_coalition_held(
        &NewCoalition {
            slug: "held-dc".into(),
            text: text("Helddcsecret", "Waiting."),
            founder_id: id("hal"),
            founded_year: None,
        },
        true,
    )
    .await
    .unwrap();

    // Discussion: Olga's thread with her post, a held and a hidden reply; a held thread.
    let thread = s
        .create_thread(&NewThread {
            coalition_id: Some(dc),
            author_id: id("olga"),
            title: "Procurement".into(),
            lang: "en".into(),
            body_md: "Olga opens.".into(),
            held: false,
        })
        .await
        .unwrap();
    let post = |author: i64, body: &str, held: bool| NewPost {
        thread_id: thread,
        author_id: author,
        lang: "en".into(),
        body_md: body.into(),
        reply_to: None,
        held,
    };
    let olga_post = s
        .add_post(&post(id("olga"), "Olgasays", false))
        .await
        .unwrap();
    let held_post = s
        .add_post(&post(id("hal"), "Heldsecret", true))
        .await
        .unwrap();
    let hidden_post = s
        .add_post(&post(id("mel"), "Hiddensecret", false))
        .await
        .unwrap();
    // Edited once each, so their histories hold an earlier version.
    s.edit_post(held_post, "Heldsecret, corrected")
        .await
        .unwrap();
    s.edit_post(hidden_post, "Hiddensecret, corrected")
        .await
        .unwrap();
    s.set_post_hidden(hidden_post, true, "Auditsecret", id("mona"))
        .await
        .unwrap();
    let flag = s
        .flag_post(olga_post, id("mel"), "Flagreasonsecret")
        .await
        .unwrap();
    let held_thread = s
        .create_thread(&NewThread {
            coalition_id: Some(dc),
            author_id: id("hal"),
            title: "Heldthreadsecret".into(),
            lang: "en".into(),
            body_md: "Waiting words.".into(),
            held: true,
        })
        .await
        .unwrap();

    // An output with a visible and a hidden dissent.
    let output = s
        .add_output(&NewOutput {
            coalition_id: dc,
            kind: "statement".into(),
            year: 2026,
            text: text("Our statement", "We agree."),
            created_by: Some(id("olga")),
        })
        .await
        .unwrap();
    let dissent = s
        .add_dissent(output, id("mel"), "en", "Mel disagrees")
        .await
        .unwrap();
    let hidden_dissent = s
        .add_dissent(output, id("hal"), "en", "Hiddendissentsecret")
        .await
        .unwrap();
    s.set_dissent_hidden(hidden_dissent, true, "insults", id("mona"))
        .await
        .unwrap();

    // Eve offers a French title for Olga's coalition; it waits for approval.
    let dc_text = s
        .coalition_by_slug("olga-dc", "en")
        .await
        .unwrap()
        .unwrap()
        .text_id;
    let r = clients
        .get_mut("eve")
        .unwrap()
        .post(
            &format!("/en/translate/{dc_text}"),
            &[
                ("to", "fr"),
                ("title", "La coalition d'Olga"),
                ("body", "Normes ouvertes."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let pending_translation = s.pending_translations(dc_text, "fr").await.unwrap()[0].id;

    // The meeting: Olga's draft, declined and accepted proposals; one in review with
    // Rita assigned; Sam's draft to which Olga is invited as co-organiser.
    let edition = s
        .create_edition(&NewEdition {
            year: YEAR,
            host_country: "KE".into(),
            city: "Nairobi".into(),
            starts_on: format!("{YEAR}-06-14"),
            ends_on: format!("{YEAR}-06-18"),
            time_zone: "Africa/Nairobi".into(),
            theme: text("Theme", "Everyone governs."),
        })
        .await
        .unwrap();
    let m = s;
    let draft = proposal(app, edition, id("olga"), "Draftsecret", Status::Draft).await;
    let draft_text = m.proposal(draft, "en").await.unwrap().unwrap().text_id;
    let declined = proposal(app, edition, id("olga"), "Declinedsecret", Status::Declined).await;
    let in_review = proposal(app, edition, id("olga"), "Reviewsecret", Status::InReview).await;
    m.assign_reviewer(&convene_core::meeting::ReviewerAssignment {
        proposal_id: convene_core::model::ProposalId(in_review),
        reviewer_id: convene_core::model::ParticipantId(id("rita")),
        by: convene_core::model::ParticipantId(id("rita")),
        status: None,
    })
    .await
    .unwrap();
    let accepted = proposal(app, edition, id("olga"), "Accepted", Status::Accepted).await;
    let room = m.add_room(edition, "Room A", 100).await.unwrap();
    let sams = proposal(app, edition, id("sam"), "Sam's own", Status::Draft).await;
    let r = clients
        .get_mut("sam")
        .unwrap()
        .post(
            &format!("/en/sessions/{sams}/organisers"),
            &[("organiser_email", "olga@example.org")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let invitation = m.invitations_for(id("olga")).await.unwrap()[0].id;

    let held_dc_text = s
        .coalition_by_slug("held-dc", "en")
        .await
        .unwrap()
        .unwrap()
        .text_id;
    let w = World {
        held_dc_text,
        olga: id("olga"),
        hal: id("hal"),
        mel: id("mel"),
        draft,
        draft_text,
        declined,
        in_review,
        accepted,
        room,
        thread,
        olga_post,
        held_post,
        hidden_post,
        held_thread,
        output,
        dissent,
        hidden_dissent,
        flag,
        invitation,
        pending_translation,
    };
    // An anonymous reader too.
    clients.insert("anonymous", app.client());
    (clients, w)
}

const ATTACKERS: [&str; 4] = ["anonymous", "eve", "cory", "rex"];

const SECRETS: [&str; 9] = [
    "Draftsecret",
    "Declinedsecret",
    "Reviewsecret",
    "Heldsecret",
    "Hiddensecret",
    "Heldthreadsecret",
    "Helddcsecret",
    "Hiddendissentsecret",
    "Flagreasonsecret",
];

#[tokio::test]
async fn no_other_role_reads_a_private_object() {
    let app = TestApp::new().await;
    let (mut clients, w) = world(&app).await;
    // (URL, the secret it holds, who may read it there)
    let private: Vec<(String, &str, Option<&str>)> = vec![
        (
            format!("/en/sessions/{}", w.draft),
            "Draftsecret",
            Some("olga"),
        ),
        (
            format!("/en/sessions/{}", w.declined),
            "Declinedsecret",
            Some("olga"),
        ),
        (
            format!("/en/sessions/{}", w.in_review),
            "Reviewsecret",
            Some("rita"),
        ),
        (
            format!("/en/translate/{}", w.draft_text),
            "Draftsecret",
            Some("olga"),
        ),
        (
            format!("/en/texts/{}/edit", w.draft_text),
            "Draftsecret",
            Some("sam"),
        ),
        (
            format!("/en/sessions/{}/report", w.draft),
            "Draftsecret",
            None,
        ),
        (
            format!("/en/posts/{}/history", w.held_post),
            "Heldsecret",
            Some("mona"),
        ),
        (
            format!("/en/posts/{}/history", w.hidden_post),
            "Hiddensecret",
            Some("mona"),
        ),
        (
            format!("/en/posts/{}/edit", w.held_post),
            "Heldsecret",
            Some("hal"),
        ),
        (
            format!("/en/posts/{}/edit", w.hidden_post),
            "Hiddensecret",
            None,
        ),
        (
            format!("/en/threads/{}?quote={}", w.thread, w.held_post),
            "Heldsecret",
            None,
        ),
        (
            format!("/en/threads/{}?quote={}", w.thread, w.hidden_post),
            "Hiddensecret",
            None,
        ),
        (
            format!("/en/threads/{}", w.held_thread),
            "Heldthreadsecret",
            Some("mona"),
        ),
        (
            "/en/coalitions/held-dc".into(),
            "Helddcsecret",
            Some("mona"),
        ),
        (
            format!("/en/translate/{}", w.held_dc_text),
            "Helddcsecret",
            Some("mona"),
        ),
        ("/en/moderation".into(), "Flagreasonsecret", Some("mona")),
        ("/en/reviews".into(), "Reviewsecret", Some("rita")),
        (
            format!("/en/meetings/{YEAR}/proposals"),
            "Reviewsecret",
            Some("sam"),
        ),
        ("/en/admin/audit".into(), "Auditsecret", Some("sam")),
        ("/en/account".into(), "olga@example.org", Some("olga")),
        (
            format!("/en/sessions/{}?lang=en", w.accepted),
            "Draftsecret",
            None,
        ),
    ];
    for (url, secret, rightful) in &private {
        if let Some(who) = rightful {
            let page = clients.get_mut(who).unwrap().get(url).await;
            assert_eq!(page.status, StatusCode::OK, "{who} reads {url}");
            assert!(page.body.contains(secret), "{who} sees {secret} at {url}");
        }
        for attacker in ATTACKERS {
            let page = clients.get_mut(attacker).unwrap().get(url).await;
            assert!(
                !page.status.is_server_error(),
                "{attacker} at {url}: {}",
                page.status
            );
            assert!(
                !page.body.contains(secret),
                "{attacker} reads {secret} at {url}"
            );
        }
    }

    // Public pages show none of the secrets, to anyone who is not staff. (A hidden post's
    // reason is public by design: it stands in the post's place.)
    let public = [
        "/en/".to_string(),
        "/en/coalitions".into(),
        "/en/coalitions/olga-dc".into(),
        format!("/en/threads/{}", w.thread),
        format!("/en/outputs/{}", w.output),
        format!("/en/people/{}", w.hal),
        format!("/en/people/{}", w.mel),
        format!("/en/people/{}", w.olga),
        "/en/translations".into(),
        "/en/topics".into(),
        "/en/meetings".into(),
        format!("/en/meetings/{YEAR}"),
        format!("/en/meetings/{YEAR}/agenda"),
        format!("/en/meetings/{YEAR}/agenda.ics"),
        format!("/en/meetings/{YEAR}/schedule.json"),
        format!("/en/meetings/{YEAR}/schedule.xml"),
        "/en/feed.atom".into(),
        "/en/coalitions/olga-dc/feed.atom".into(),
        "/en/coalitions/held-dc/feed.atom".into(),
        format!("/en/threads/{}/feed.atom", w.thread),
        format!("/en/threads/{}/feed.atom", w.held_thread),
        "/en/notifications".into(),
        "/en/following".into(),
        "/en/agenda".into(),
    ];
    for url in &public {
        for attacker in ATTACKERS {
            let page = clients.get_mut(attacker).unwrap().get(url).await;
            assert!(
                !page.status.is_server_error(),
                "{attacker} at {url}: {}",
                page.status
            );
            for secret in SECRETS.iter().chain(&["olga@example.org"]) {
                assert!(
                    !page.body.contains(secret),
                    "{attacker} reads {secret} at {url}"
                );
            }
        }
    }
    app.finish().await;
}

/// A form's path, its fields, and who may send it.
type Attempt<'a> = (String, Vec<(&'a str, &'a str)>, Option<&'a str>);

/// Refused: a 403 or 404, or, for a reader who is not signed in, the way to sign in.
fn refused(attacker: &str, status: StatusCode, location: &str) -> bool {
    match status {
        StatusCode::FORBIDDEN | StatusCode::NOT_FOUND => true,
        StatusCode::SEE_OTHER => attacker == "anonymous" && location.contains("/signin?next="),
        _ => false,
    }
}

#[tokio::test]
async fn no_other_role_changes_what_it_does_not_own() {
    let app = TestApp::new().await;
    let (mut clients, w) = world(&app).await;
    let sessions = |id: i64, what: &str| format!("/en/sessions/{id}/{what}");
    let room = w.room.to_string();
    let mel = w.mel.to_string();
    // (form, its fields, who may send it). The rightful senders go last, in this order,
    // so an action that later ones depend on comes first.
    let forms: Vec<Attempt> = vec![
        (
            sessions(w.draft, "edit"),
            vec![("title", "Taken over"), ("body", "x")],
            None,
        ),
        (
            sessions(w.draft, "speakers"),
            vec![
                ("name", "Mallory"),
                ("email", "mallory@example.org"),
                ("organisation", "Elsewhere"),
                ("group", "civil-society"),
                ("country", "KE"),
                ("role", "speaker"),
                ("gender", "woman"),
            ],
            Some("olga"),
        ),
        (
            sessions(w.draft, "organisers"),
            vec![("organiser_email", "mel@example.org")],
            Some("olga"),
        ),
        (sessions(w.draft, "submit"), vec![], None),
        (sessions(w.draft, "merge"), vec![], None),
        (sessions(w.draft, "interest"), vec![("on", "1")], None),
        (
            sessions(w.in_review, "review"),
            vec![
                ("relevance", "5"),
                ("content", "5"),
                ("diversity", "5"),
                ("format", "5"),
                ("comments", "Fine"),
            ],
            Some("rita"),
        ),
        (
            sessions(w.in_review, "assign"),
            vec![("reviewer_email", "rex@example.org")],
            Some("sam"),
        ),
        (
            sessions(w.in_review, "decide"),
            vec![("outcome", "accepted")],
            Some("sam"),
        ),
        (
            sessions(w.accepted, "place"),
            vec![("room", &room), ("starts_at", "2031-06-15T09:30")],
            Some("sam"),
        ),
        (
            sessions(w.accepted, "report"),
            vec![("kind", "short"), ("key_messages", "Keep mail open.")],
            Some("olga"),
        ),
        (
            format!("/en/meetings/{YEAR}/tracks"),
            vec![("name", "A new track")],
            Some("sam"),
        ),
        (
            format!("/en/meetings/{YEAR}/rooms"),
            vec![("name", "Room B"), ("capacity", "20")],
            Some("sam"),
        ),
        (
            "/en/meetings/new".into(),
            vec![("year", "2032"), ("title", "Theme"), ("body", "x")],
            None,
        ),
        (
            format!("/en/texts/{}/edit", w.draft_text),
            vec![("title", "Mine now"), ("body", "x")],
            Some("sam"),
        ),
        (
            format!("/en/translate/{}", w.draft_text),
            vec![("to", "fr"), ("title", "Rêves"), ("body", "Plans")],
            Some("olga"),
        ),
        (
            format!("/en/translations/{}/approve", w.pending_translation),
            vec![],
            Some("olga"),
        ),
        (
            format!("/en/posts/{}/edit", w.olga_post),
            vec![("body", "Defaced")],
            Some("olga"),
        ),
        (
            format!("/en/flags/{}/dismiss", w.flag),
            vec![],
            Some("mona"),
        ),
        (
            format!("/en/posts/{}/hide", w.olga_post),
            vec![("reason", "silence her")],
            Some("mona"),
        ),
        (
            format!("/en/posts/{}/restore", w.hidden_post),
            vec![("reason", "appeal")],
            Some("mona"),
        ),
        (
            format!("/en/posts/{}/release", w.held_post),
            vec![],
            Some("mona"),
        ),
        (
            format!("/en/threads/{}/reply", w.held_thread),
            vec![("body", "Seen it")],
            None,
        ),
        (
            "/en/coalitions/olga-dc/coordinators".into(),
            vec![("participant", &mel)],
            Some("olga"),
        ),
        (
            "/en/coalitions/olga-dc/outputs".into(),
            vec![
                ("kind", "statement"),
                ("year", "2026"),
                ("title", "Forged"),
                ("body", "Forged words"),
            ],
            Some("olga"),
        ),
        ("/en/coalitions/olga-dc/recognize".into(), vec![], None),
        (
            "/en/coalitions/held-dc/release".into(),
            vec![],
            Some("mona"),
        ),
        (
            "/en/coalitions/cory-dc/hide".into(),
            vec![("reason", "rivals")],
            Some("mona"),
        ),
        (
            format!("/en/dissents/{}/hide", w.dissent),
            vec![("reason", "inconvenient")],
            Some("mona"),
        ),
        (
            format!("/en/dissents/{}/restore", w.hidden_dissent),
            vec![("reason", "appeal")],
            Some("mona"),
        ),
        (
            format!("/en/invitations/{}/accept", w.invitation),
            vec![],
            Some("olga"),
        ),
        (
            format!("/en/people/{}/posting", w.olga),
            vec![("reason", "silence her")],
            Some("mona"),
        ),
        (
            format!("/en/people/{}/suspend", w.olga),
            vec![("reason", "silence her")],
            Some("sam"),
        ),
        (
            format!("/en/people/{}/reinstate", w.olga),
            vec![("reason", "appeal")],
            Some("sam"),
        ),
        (
            format!("/en/people/{}/role", w.olga),
            vec![("role", "moderator")],
            Some("sam"),
        ),
        (
            format!("/en/people/{}/translator", w.mel),
            vec![("trusted", "1")],
            Some("sam"),
        ),
        (
            "/en/admin/settings".into(),
            vec![("hold_first_posts", "on")],
            Some("sam"),
        ),
    ];
    for (url, fields, _) in &forms {
        for attacker in ATTACKERS {
            let before = app.db.fingerprint().await.unwrap();
            let r = clients.get_mut(attacker).unwrap().post(url, fields).await;
            assert!(
                refused(attacker, r.status, r.location()),
                "{attacker} POST {url}: {} {}",
                r.status,
                r.location()
            );
            assert_eq!(
                before,
                app.db.fingerprint().await.unwrap(),
                "{attacker} POST {url} changed something"
            );
        }
    }
    for (url, fields, rightful) in &forms {
        let Some(who) = rightful else { continue };
        let before = app.db.fingerprint().await.unwrap();
        let r = clients.get_mut(who).unwrap().post(url, fields).await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "{who} POST {url}: {}",
            r.body
        );
        assert!(!r.location().contains("/signin"), "{who} POST {url}");
        assert_ne!(
            before,
            app.db.fingerprint().await.unwrap(),
            "{who} POST {url} changed nothing"
        );
    }
    app.finish().await;
}
