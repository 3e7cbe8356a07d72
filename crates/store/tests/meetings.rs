//! The yearly meeting's storage, on both backends: proposals and their people, the facts
//! the criteria read, reviews, the schedule, personal agendas and reports.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_core::meeting::*;
use convene_core::model::*;
use convene_core::programme::*;
use convene_core::StakeholderGroup as G;
use convene_store::{conformance, Store};

conformance!(
    proposals_round_trip_with_people_and_links,
    organiser_facts_feed_the_criteria,
    reviews_replace_and_rank,
    schedule_interest_and_feeds,
    reports_and_reminders,
    merging_moves_people_over,
    invitations_enrol_nobody_until_accepted,
);

fn text(title: &str, body: &str) -> NewText {
    NewText {
        lang: "en".into(),
        title: title.into(),
        body_md: body.into(),
    }
}

async fn person(s: &dyn Store, n: u32, role: Role) -> i64 {
    s.create_participant(&NewParticipant {
        display_name: format!("Person {n}"),
        email: format!("p{n}@example.org"),
        stakeholder_group: G::CivilSociety,
        country: "KE".into(),
        affiliation: format!("Org {n}"),
        role,
    })
    .await
    .unwrap()
}

async fn edition(s: &dyn Store, year: i64) -> i64 {
    s.create_edition(&NewEdition {
        year,
        host_country: "ke".into(),
        city: "Nairobi".into(),
        starts_on: format!("{year}-06-14"),
        ends_on: format!("{year}-06-18"),
        time_zone: "Africa/Nairobi".into(),
        theme: text(&format!("Theme {year}"), "..."),
    })
    .await
    .unwrap()
}

fn fields() -> ProposalFields {
    ProposalFields {
        session_type: Some(SessionType::Workshop),
        format: Some(SessionFormat::Debate),
        duration: Some(90),
        mode: Some(Mode::Hybrid),
        policy_questions: "Who pays?".into(),
        lang: "en".into(),
        ..Default::default()
    }
}

async fn proposal(s: &dyn Store, edition_id: i64, by: i64, title: &str) -> i64 {
    s.create_proposal(&NewProposal {
        edition_id,
        created_by: by,
        text: text(title, "A description."),
        fields: fields(),
    })
    .await
    .unwrap()
}

fn speaker(name: &str, role: SpeakerRole) -> NewSpeaker {
    NewSpeaker {
        participant_id: None,
        name: name.into(),
        organisation: "Somewhere".into(),
        group: G::Government,
        country: "br".into(),
        gender: Gender::Woman,
        role,
        onsite: true,
    }
}

async fn proposals_round_trip_with_people_and_links(s: &dyn Store) {
    let m = s;
    let e = edition(s, 2027).await;
    let ana = person(s, 1, Role::Participant).await;
    let track = m.add_track(e, &text("Access", "")).await.unwrap();
    let topic = s
        .create_topic("spam", &text("Spam", ""), &[1])
        .await
        .unwrap();
    let id = proposal(s, e, ana, "Spam filters").await;
    let dc = s
        .create_coalition(&NewCoalition {
            slug: "dc".into(),
            text: text("DC", ""),
            founder_id: ana,
            founded_year: None,
        })
        .await
        .unwrap();
    let mut f = fields();
    f.track_id = Some(track);
    f.topics = vec![topic, topic];
    f.coalitions = vec![dc];
    f.format = Some(SessionFormat::Roundtable);
    m.update_proposal(id, "Spam filters, again", "New words.", &f)
        .await
        .unwrap();
    let p = m.proposal(id, "en").await.unwrap().unwrap();
    assert_eq!(p.title.text, "Spam filters, again");
    assert_eq!(p.status, Status::Draft);
    assert_eq!(p.year, 2027);
    assert_eq!(p.fields.track_id, Some(track));
    assert_eq!(p.fields.topics, vec![topic]);
    assert_eq!(p.fields.coalitions, vec![dc], "links read back apart");
    assert_eq!(p.fields.format, Some(SessionFormat::Roundtable));
    let body = s.localized(p.text_id, "en").await.unwrap().unwrap();
    assert_eq!(body.original.body_md, "New words.");

    let tracks = m.tracks(e, "en").await.unwrap();
    assert_eq!(tracks[0].name.text, "Access");

    let organisers = m.organisers(id).await.unwrap();
    assert_eq!(organisers.len(), 1);
    assert_eq!(organisers[0].id, ana);

    let first = m
        .add_speaker(id, &speaker("Bo", SpeakerRole::Moderator))
        .await
        .unwrap();
    m.add_speaker(id, &speaker("Cy", SpeakerRole::Speaker))
        .await
        .unwrap();
    let list = m.speakers(id).await.unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].person.country, "BR");
    assert_eq!(list[0].person.role, SpeakerRole::Moderator);
    // Removing needs the right proposal.
    m.remove_speaker(id + 1, first).await.unwrap();
    assert_eq!(m.speakers(id).await.unwrap().len(), 2);
    m.remove_speaker(id, first).await.unwrap();
    assert_eq!(m.edition_speakers(e).await.unwrap().len(), 1);

    m.set_status(id, Status::Submitted, None, None)
        .await
        .unwrap();
    let p = m.proposal(id, "en").await.unwrap().unwrap();
    assert_eq!(p.status, Status::Submitted);
    assert!(p.submitted_at.is_some());
    assert_eq!(m.organised_by(ana, "en").await.unwrap().len(), 1);
    assert_eq!(m.proposals(e, "en").await.unwrap().len(), 1);
    // Only accepted sessions show on a topic.
    assert!(m.topic_sessions(topic, "en", 10).await.unwrap().is_empty());
    m.set_status(id, Status::Accepted, None, Some(ana))
        .await
        .unwrap();
    assert_eq!(m.topic_sessions(topic, "en", 10).await.unwrap().len(), 1);
}

async fn organiser_facts_feed_the_criteria(s: &dyn Store) {
    let m = s;
    let past = edition(s, 2025).await;
    let now = edition(s, 2027).await;
    let ana = person(s, 1, Role::Participant).await;
    let bo = person(s, 2, Role::Reviewer).await;
    let old = proposal(s, past, ana, "Old").await;
    m.set_status(old, Status::Accepted, None, None)
        .await
        .unwrap();
    let other = proposal(s, now, ana, "Other").await;
    m.set_status(other, Status::Submitted, None, None)
        .await
        .unwrap();
    proposal(s, now, ana, "Still a draft").await;
    let new = proposal(s, now, ana, "New").await;
    m.add_organiser(new, bo).await.unwrap();

    let o = m.organisers(new).await.unwrap();
    let a = o.iter().find(|x| x.id == ana).unwrap();
    assert_eq!(a.missing_reports, 1);
    assert_eq!(a.submitted_this_year, 1, "drafts do not count");
    assert_eq!(a.earlier_proposals, 1);
    assert!(!a.reviewer);
    let b = o.iter().find(|x| x.id == bo).unwrap();
    assert!(b.reviewer);
    assert_eq!(b.earlier_proposals, 0);

    // Filing the full report lifts the block; a short one does not.
    let report = ReportFields {
        lang: "en".into(),
        key_messages: "Keep talking.".into(),
        ..Default::default()
    };
    m.file_report(old, &report, false, ana).await.unwrap();
    assert_eq!(m.organisers(new).await.unwrap()[0].missing_reports, 1);
    m.file_report(old, &report, true, ana).await.unwrap();
    assert_eq!(m.organisers(new).await.unwrap()[0].missing_reports, 0);
}

async fn reviews_replace_and_rank(s: &dyn Store) {
    let m = s;
    let e = edition(s, 2027).await;
    let ana = person(s, 1, Role::Participant).await;
    let rev = person(s, 2, Role::Reviewer).await;
    let id = proposal(s, e, ana, "P").await;
    m.assign_reviewer(&convene_core::meeting::ReviewerAssignment {
        proposal_id: convene_core::model::ProposalId(id),
        reviewer_id: convene_core::model::ParticipantId(rev),
        by: convene_core::model::ParticipantId(rev),
        status: None,
    })
    .await
    .unwrap();
    assert!(
        m.assign_reviewer(&convene_core::meeting::ReviewerAssignment {
            proposal_id: convene_core::model::ProposalId(id),
            reviewer_id: convene_core::model::ParticipantId(rev),
            by: convene_core::model::ParticipantId(rev),
            status: None
        })
        .await
        .is_err(),
        "assigned once"
    );
    assert_eq!(
        m.assigned_reviewers(id).await.unwrap(),
        vec![(rev, "Person 2".into())]
    );
    assert_eq!(m.review_queue(rev, "en").await.unwrap()[0].id, id);
    m.save_review(id, rev, Scores::new(1, 1, 1, 1).unwrap(), "weak")
        .await
        .unwrap();
    m.save_review(id, rev, Scores::new(5, 4, 3, 2).unwrap(), "better")
        .await
        .unwrap();
    let reviews = m.reviews(id).await.unwrap();
    assert_eq!(reviews.len(), 1);
    assert_eq!(reviews[0].comments, "better");
    assert_eq!(m.review_totals(e).await.unwrap(), vec![(id, 14)]);
}

async fn schedule_interest_and_feeds(s: &dyn Store) {
    let m = s;
    let e = edition(s, 2027).await;
    let ana = person(s, 1, Role::Participant).await;
    let room = m.add_room(e, "Plenary", 800).await.unwrap();
    assert_eq!(m.rooms(e).await.unwrap()[0].capacity, 800);
    let id = proposal(s, e, ana, "P").await;
    m.place(
        id,
        Some((room, "2027-06-15T09:00")),
        "https://meet.example/p",
    )
    .await
    .unwrap();
    let p = m.proposal(id, "en").await.unwrap().unwrap();
    assert_eq!(p.room_id, Some(room));
    assert_eq!(p.starts_at.as_deref(), Some("2027-06-15T09:00"));
    assert_eq!(p.online_url, "https://meet.example/p");

    m.set_interest(id, ana, true).await.unwrap();
    m.set_interest(id, ana, true).await.unwrap();
    assert!(m.is_interested(id, ana).await.unwrap());
    assert_eq!(
        m.proposal(id, "en").await.unwrap().unwrap().interest_count,
        1
    );
    assert_eq!(m.interests(ana, "en").await.unwrap().len(), 1);
    m.set_interest(id, ana, false).await.unwrap();
    m.set_interest(id, ana, false).await.unwrap();
    assert_eq!(
        m.proposal(id, "en").await.unwrap().unwrap().interest_count,
        0
    );

    let token = m.agenda_token(ana, "first").await.unwrap();
    assert_eq!(token, "first");
    assert_eq!(m.agenda_token(ana, "second").await.unwrap(), "first");
    assert_eq!(m.agenda_owner("first").await.unwrap(), Some(ana));
    assert_eq!(m.agenda_owner("second").await.unwrap(), None);

    m.place(id, None, "").await.unwrap();
    assert_eq!(m.proposal(id, "en").await.unwrap().unwrap().room_id, None);
}

async fn reports_and_reminders(s: &dyn Store) {
    let m = s;
    let e = edition(s, 2027).await;
    let ana = person(s, 1, Role::Participant).await;
    let id = proposal(s, e, ana, "P").await;
    assert!(m.report(id).await.unwrap().is_none());
    let mut f = ReportFields {
        lang: "fr".into(),
        key_messages: "Messages".into(),
        onsite_count: 40,
        online_count: 25,
        participation: Participation {
            groups: vec![("government".into(), 10), ("civil-society".into(), 30)],
            genders: vec![("woman".into(), 35)],
        },
        transcript: "Bonjour.".into(),
        ..Default::default()
    };
    m.file_report(id, &f, false, ana).await.unwrap();
    let short = m.report(id).await.unwrap().unwrap();
    assert!(short.short_at.is_some());
    assert!(short.full_at.is_none());
    assert_eq!(
        short.fields.participation.groups[1],
        ("civil-society".into(), 30)
    );
    f.takeaways = "Way forward".into();
    m.file_report(id, &f, true, ana).await.unwrap();
    let full = m.report(id).await.unwrap().unwrap();
    assert_eq!(
        full.short_at, short.short_at,
        "the short report keeps its date"
    );
    assert!(full.full_at.is_some());
    assert_eq!(full.fields, f);
    assert_eq!(m.edition_reports(e).await.unwrap().len(), 1);

    assert!(m.mark_reminded(id, "short").await.unwrap());
    assert!(!m.mark_reminded(id, "short").await.unwrap());
    assert!(m.mark_reminded(id, "full").await.unwrap());
}

async fn merging_moves_people_over(s: &dyn Store) {
    let m = s;
    let e = edition(s, 2027).await;
    let ana = person(s, 1, Role::Participant).await;
    let bo = person(s, 2, Role::Participant).await;
    let a = proposal(s, e, ana, "A").await;
    let b = proposal(s, e, bo, "B").await;
    m.add_organiser(b, ana).await.unwrap();
    m.add_speaker(a, &speaker("Cy", SpeakerRole::Speaker))
        .await
        .unwrap();
    m.set_status(a, Status::MergeRequested, Some(b), Some(ana))
        .await
        .unwrap();
    assert_eq!(
        m.proposal(a, "en").await.unwrap().unwrap().merge_with,
        Some(b)
    );
    m.merge_into(a, b).await.unwrap();
    let pa = m.proposal(a, "en").await.unwrap().unwrap();
    let pb = m.proposal(b, "en").await.unwrap().unwrap();
    assert_eq!((pa.status, pa.merge_with), (Status::Merged, Some(b)));
    assert_eq!((pb.status, pb.merge_with), (Status::InReview, None));
    let organisers: Vec<i64> = m
        .organisers(b)
        .await
        .unwrap()
        .iter()
        .map(|o| o.id)
        .collect();
    assert_eq!(organisers, vec![ana, bo]);
    assert_eq!(m.speakers(b).await.unwrap().len(), 1);
}

async fn invitations_enrol_nobody_until_accepted(s: &dyn Store) {
    let m = s;
    let e = edition(s, 2027).await;
    let ana = person(s, 1, Role::Participant).await;
    let bo = person(s, 2, Role::Participant).await;
    let p = proposal(s, e, ana, "A").await;
    let typed = InvitedSpeaker {
        name: String::new(),
        organisation: "Typed".into(),
        group: None,
        country: String::new(),
        gender: Gender::Man,
        role: SpeakerRole::Moderator,
        onsite: true,
    };
    let invite = |kind, email: &str, who, speaker| NewInvitation {
        proposal_id: p,
        kind,
        email: email.into(),
        participant_id: who,
        invited_by: ana,
        speaker,
    };
    let sp = m
        .invite(
            &invite(
                InvitationKind::Speaker,
                "p2@example.org",
                Some(bo),
                Some(typed.clone()),
            ),
            None,
        )
        .await
        .unwrap();
    let org = m
        .invite(
            &invite(InvitationKind::Organiser, "p2@example.org", Some(bo), None),
            None,
        )
        .await
        .unwrap();
    let nobody = m
        .invite(
            &invite(InvitationKind::Organiser, "x@nowhere.example", None, None),
            None,
        )
        .await
        .unwrap();
    // Invited is not enrolled.
    assert!(m.speakers(p).await.unwrap().is_empty());
    assert_eq!(m.organisers(p).await.unwrap().len(), 1);
    assert!(m.organised_by(bo, "en").await.unwrap().is_empty());
    let all = m.invitations(p).await.unwrap();
    assert_eq!(
        all.iter().map(|i| i.id).collect::<Vec<_>>(),
        [sp, org, nobody]
    );
    assert_eq!(all[0].new.speaker.as_ref(), Some(&typed));
    assert_eq!(all[0].state, InvitationState::Pending);
    assert_eq!(all[2].new.participant_id, None);
    let mine: Vec<i64> = m
        .invitations_for(bo)
        .await
        .unwrap()
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(mine, [sp, org]);

    // Only the invitee answers, once.
    assert!(m.accept_invitation(org, ana, None).await.is_err());
    m.accept_invitation(org, bo, None).await.unwrap();
    assert!(m.accept_invitation(org, bo, None).await.is_err());
    let organisers: Vec<i64> = m
        .organisers(p)
        .await
        .unwrap()
        .iter()
        .map(|o| o.id)
        .collect();
    assert_eq!(organisers, [ana, bo]);
    m.decline_invitation(sp, bo).await.unwrap();
    assert!(m.decline_invitation(sp, bo).await.is_err());
    assert_eq!(
        m.invitation(sp).await.unwrap().unwrap().state,
        InvitationState::Declined
    );
    assert!(m.invitations_for(bo).await.unwrap().is_empty());
    assert!(m
        .accept_invitation(sp, bo, Some(&speaker("Bo", SpeakerRole::Speaker)))
        .await
        .is_err());
    assert!(m.speakers(p).await.unwrap().is_empty());

    // A speaker invitation accepted becomes the speaker given.
    let again = m
        .invite(
            &invite(
                InvitationKind::Speaker,
                "p2@example.org",
                Some(bo),
                Some(typed),
            ),
            None,
        )
        .await
        .unwrap();
    let mut filled = speaker("Person 2", SpeakerRole::Moderator);
    filled.participant_id = Some(bo);
    m.accept_invitation(again, bo, Some(&filled)).await.unwrap();
    let speakers = m.speakers(p).await.unwrap();
    assert_eq!(speakers.len(), 1);
    assert_eq!(speakers[0].person.participant_id, Some(bo));
    assert_eq!(speakers[0].person.name, "Person 2");
    assert!(m.invitation(again).await.unwrap().is_none());

    // Withdrawing: the organisers' own proposal only.
    let other = proposal(s, e, bo, "B").await;
    assert!(m.withdraw_invitation(other, sp).await.is_err());
    m.withdraw_invitation(p, sp).await.unwrap();
    m.withdraw_invitation(p, nobody).await.unwrap();
    assert!(m.invitations(p).await.unwrap().is_empty());
}
