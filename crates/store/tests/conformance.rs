//! The Store conformance suite: every test here runs unchanged against SQLite and
//! PostgreSQL, each on its own fresh database (a new file, or a new schema).
//! PostgreSQL variants need CONVENE_TEST_DATABASE_URL and are marked ignored so a plain
//! `cargo test` without a server reports them as not run; the project's test script
//! runs them with `--include-ignored`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene_core::model::*;
use convene_core::{StakeholderGroup, TranslationState};
use convene_store::{Store, StoreError};

macro_rules! conformance {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test]
            async fn $name() {
                let t = convene_store::testing::TestStore::sqlite().await.unwrap();
                super::$name(&*t.store).await;
                t.finish().await;
            })*
        }
        mod postgres {
            $(#[tokio::test]
            #[ignore = "needs CONVENE_TEST_DATABASE_URL (the test script sets it)"]
            async fn $name() {
                let t = convene_store::testing::TestStore::postgres().await.unwrap();
                super::$name(&*t.store).await;
                t.finish().await;
            })*
        }
    };
}

conformance!(
    migrations_run_once,
    participants_round_trip,
    duplicate_email_is_a_conflict,
    translations_follow_revisions,
    pages_by_slug,
    editions_newest_first_with_translated_themes,
    coalition_membership,
    threads_and_posts,
    change_log_records_every_write_in_order,
    concurrent_writers_all_land,
);

fn person(n: u32, group: StakeholderGroup, country: &str) -> NewParticipant {
    NewParticipant {
        display_name: format!("Person {n}"),
        email: format!("Person{n}@Example.org"),
        stakeholder_group: group,
        country: country.into(),
        affiliation: format!("Org {n}"),
        role: Role::Participant,
    }
}

fn text(lang: &str, title: &str, body: &str) -> NewText {
    NewText {
        lang: lang.into(),
        title: title.into(),
        body_md: body.into(),
    }
}

async fn migrations_run_once(s: &dyn Store) {
    // open() already migrated; a second run has nothing to do.
    assert!(s.migrate().await.unwrap().is_empty());
    s.ping().await.unwrap();
}

async fn participants_round_trip(s: &dyn Store) {
    assert!(s.is_empty().await.unwrap());
    let id = s
        .create_participant(&person(1, StakeholderGroup::CivilSociety, "br"))
        .await
        .unwrap();
    assert!(!s.is_empty().await.unwrap());
    let p = s.participant(id).await.unwrap().unwrap();
    assert_eq!(p.email, "person1@example.org");
    assert_eq!(p.country, "BR");
    assert_eq!(p.stakeholder_group, StakeholderGroup::CivilSociety);
    assert_eq!(p.role, Role::Participant);
    assert!(s.participant(id + 1000).await.unwrap().is_none());
}

async fn duplicate_email_is_a_conflict(s: &dyn Store) {
    s.create_participant(&person(1, StakeholderGroup::Government, "KE"))
        .await
        .unwrap();
    let mut again = person(2, StakeholderGroup::Academia, "FR");
    again.email = "person1@EXAMPLE.org".into();
    let err = s.create_participant(&again).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
}

async fn translations_follow_revisions(s: &dyn Store) {
    let translator = s
        .create_participant(&person(1, StakeholderGroup::Academia, "FR"))
        .await
        .unwrap();
    let id = s
        .create_text(&text("en", "About", "The *forum* is open."))
        .await
        .unwrap();

    let en = s.localized(id, "en").await.unwrap().unwrap();
    assert_eq!(en.state(), TranslationState::Current);
    assert!(en.body_html().contains("<em>forum</em>"));

    let it = s.localized(id, "it").await.unwrap().unwrap();
    assert_eq!(it.state(), TranslationState::Untranslated);
    assert_eq!(it.shown_lang(), "en");
    assert_eq!(it.available, vec!["en"]);

    let fr = NewTranslation {
        text_id: id,
        lang: "fr".into(),
        title: "À propos".into(),
        body_md: "Le *forum* est ouvert.".into(),
        source_revision: 1,
        translator_id: Some(translator),
        machine: false,
        approved: true,
    };
    s.add_translation(&fr).await.unwrap();
    // A proposal not yet approved is neither served nor listed.
    s.add_translation(&NewTranslation {
        lang: "de".into(),
        approved: false,
        ..fr.clone()
    })
    .await
    .unwrap();

    let l = s.localized(id, "fr").await.unwrap().unwrap();
    assert_eq!(l.state(), TranslationState::Current);
    assert_eq!(l.title(), "À propos");
    assert_eq!(l.shown_lang(), "fr");
    assert_eq!(l.available, vec!["en", "fr"]);
    let de = s.localized(id, "de").await.unwrap().unwrap();
    assert_eq!(de.state(), TranslationState::Untranslated);

    assert_eq!(s.revise_text(id, "About us", "Changed.").await.unwrap(), 2);
    let l = s.localized(id, "fr").await.unwrap().unwrap();
    assert_eq!(
        l.state(),
        TranslationState::Outdated {
            revisions_behind: 1
        }
    );
    assert_eq!(l.original.title, "About us");
    s.revise_text(id, "About us", "Changed again.")
        .await
        .unwrap();
    s.revise_text(id, "About us", "And again.").await.unwrap();
    assert!(s
        .localized(id, "fr")
        .await
        .unwrap()
        .unwrap()
        .state()
        .is_very_outdated());

    assert!(matches!(
        s.revise_text(id + 99, "x", "y").await,
        Err(StoreError::NotFound("text"))
    ));
    assert!(s.localized(id + 99, "en").await.unwrap().is_none());
}

async fn pages_by_slug(s: &dyn Store) {
    let page = s
        .create_page("about", &text("en", "About", "Hello"))
        .await
        .unwrap();
    assert_eq!(s.page_by_slug("about").await.unwrap(), Some(page.clone()));
    assert!(s.page_by_slug("nope").await.unwrap().is_none());
    let err = s
        .create_page("about", &text("en", "Again", "x"))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
}

async fn editions_newest_first_with_translated_themes(s: &dyn Store) {
    let edition = |year, country: &str, city: &str| NewEdition {
        year,
        host_country: country.into(),
        city: city.into(),
        starts_on: format!("{year}-10-08"),
        ends_on: format!("{year}-10-12"),
        theme: text("en", &format!("Theme {year}"), "..."),
    };
    let first = s
        .create_edition(&edition(2023, "jp", "Kyoto"))
        .await
        .unwrap();
    s.create_edition(&edition(2024, "SA", "Riyadh"))
        .await
        .unwrap();
    let all = s.editions("es").await.unwrap();
    assert_eq!(
        all.iter().map(|e| e.year).collect::<Vec<_>>(),
        vec![2024, 2023]
    );
    assert_eq!(all[1].host_country, "JP");
    assert_eq!(all[1].theme.lang, "en");

    let text_id = all[1].text_id;
    s.add_translation(&NewTranslation {
        text_id,
        lang: "es".into(),
        title: "Tema 2023".into(),
        body_md: "...".into(),
        source_revision: 1,
        translator_id: None,
        machine: false,
        approved: true,
    })
    .await
    .unwrap();
    let all = s.editions("es").await.unwrap();
    let e = all.iter().find(|e| e.id == first).unwrap();
    assert_eq!(e.theme.text, "Tema 2023");
    assert_eq!(e.theme.lang, "es");
    let err = s
        .create_edition(&edition(2023, "BR", "Curitiba"))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
}

async fn coalition_membership(s: &dyn Store) {
    let founder = s
        .create_participant(&person(1, StakeholderGroup::CivilSociety, "DE"))
        .await
        .unwrap();
    let mut others = Vec::new();
    for n in 2..7 {
        others.push(
            s.create_participant(&person(n, StakeholderGroup::TechnicalCommunity, "IN"))
                .await
                .unwrap(),
        );
    }
    let id = s
        .create_coalition(&NewCoalition {
            slug: "open-standards".into(),
            text: text("en", "Open Standards", "Why we exist."),
            founder_id: founder,
        })
        .await
        .unwrap();
    for p in &others {
        s.join_coalition(id, *p, MemberRole::Member).await.unwrap();
    }
    // Joining twice changes nothing; a role change is kept.
    s.join_coalition(id, others[0], MemberRole::Member)
        .await
        .unwrap();
    s.join_coalition(id, others[1], MemberRole::Coordinator)
        .await
        .unwrap();

    let c = s
        .coalition_by_slug("open-standards", "en")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.member_count, 6);
    assert_eq!(c.name.text, "Open Standards");
    assert_eq!(s.coalitions("en").await.unwrap(), vec![c.clone()]);

    let page1 = s.members(id, 0, 4).await.unwrap();
    let page2 = s.members(id, page1[3].voice.id, 4).await.unwrap();
    assert_eq!(page1.len(), 4);
    assert_eq!(page2.len(), 2);
    let all: Vec<_> = page1.iter().chain(&page2).collect();
    assert!(all.windows(2).all(|w| w[0].voice.id < w[1].voice.id));
    let role_of = |pid| all.iter().find(|m| m.voice.id == pid).unwrap().role;
    assert_eq!(role_of(founder), MemberRole::Coordinator);
    assert_eq!(role_of(others[1]), MemberRole::Coordinator);
    assert_eq!(role_of(others[0]), MemberRole::Member);

    assert!(matches!(
        s.join_coalition(id + 50, founder, MemberRole::Member).await,
        Err(StoreError::NotFound("coalition"))
    ));
    assert!(s.coalition_by_slug("nope", "en").await.unwrap().is_none());
}

async fn threads_and_posts(s: &dyn Store) {
    let a = s
        .create_participant(&person(1, StakeholderGroup::Government, "GH"))
        .await
        .unwrap();
    let b = s
        .create_participant(&person(2, StakeholderGroup::PrivateSector, "US"))
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: None,
            title: "Spam and small networks".into(),
            lang: "en".into(),
            author_id: a,
            body_md: "Opening **post**".into(),
        })
        .await
        .unwrap();
    let opening = s.posts(thread, 0, 10).await.unwrap()[0].id;
    for n in 0..5 {
        s.add_post(&NewPost {
            thread_id: thread,
            author_id: if n % 2 == 0 { b } else { a },
            lang: "en".into(),
            body_md: format!("Reply {n}"),
            reply_to: Some(opening),
        })
        .await
        .unwrap();
    }
    let t = s.thread(thread).await.unwrap().unwrap();
    assert_eq!(t.post_count, 6);
    assert_eq!(t.title, "Spam and small networks");

    let first = s.posts(thread, 0, 4).await.unwrap();
    let rest = s.posts(thread, first[3].id, 4).await.unwrap();
    assert_eq!(first.len() + rest.len(), 6);
    assert!(first[0].body_html.contains("<strong>post</strong>"));
    assert_eq!(
        first[0].author.stakeholder_group,
        StakeholderGroup::Government
    );
    assert_eq!(first[1].author.country, "US");
    assert_eq!(first[1].reply_to, Some(opening));

    let recent = s.recent_threads(None, 10).await.unwrap();
    assert_eq!(recent.len(), 1);
    assert!(s.recent_threads(Some(999), 10).await.unwrap().is_empty());
    assert!(matches!(
        s.add_post(&NewPost {
            thread_id: thread + 100,
            author_id: a,
            lang: "en".into(),
            body_md: "lost".into(),
            reply_to: None,
        })
        .await,
        Err(StoreError::NotFound("thread"))
    ));
}

async fn change_log_records_every_write_in_order(s: &dyn Store) {
    let a = s
        .create_participant(&person(1, StakeholderGroup::Media, "AR"))
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: None,
            title: "t".into(),
            lang: "en".into(),
            author_id: a,
            body_md: "b".into(),
        })
        .await
        .unwrap();
    // A refused write leaves no trace in the log.
    let _ = s
        .create_participant(&person(1, StakeholderGroup::Media, "AR"))
        .await
        .unwrap_err();
    let changes = s.changes_since(0, 100).await.unwrap();
    let summary: Vec<_> = changes
        .iter()
        .map(|c| (c.entity.as_str(), c.op.as_str()))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("participant", "create"),
            ("thread", "create"),
            ("post", "create")
        ]
    );
    assert_eq!(changes[1].entity_id, thread);
    assert!(changes.windows(2).all(|w| w[0].seq < w[1].seq));
    let tail = s.changes_since(changes[1].seq, 100).await.unwrap();
    assert_eq!(tail, changes[2..].to_vec());
}

async fn concurrent_writers_all_land(s: &dyn Store) {
    let a = s
        .create_participant(&person(1, StakeholderGroup::Academia, "CN"))
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: None,
            title: "busy".into(),
            lang: "zh".into(),
            author_id: a,
            body_md: "start".into(),
        })
        .await
        .unwrap();
    let writes = (0..24).map(|n| async move {
        s.add_post(&NewPost {
            thread_id: thread,
            author_id: a,
            lang: "zh".into(),
            body_md: format!("post {n}"),
            reply_to: None,
        })
        .await
    });
    for result in futures_join_all(writes).await {
        result.unwrap();
    }
    assert_eq!(s.thread(thread).await.unwrap().unwrap().post_count, 25);
    assert_eq!(s.posts(thread, 0, 100).await.unwrap().len(), 25);
}

/// Run futures concurrently on the current task (no extra dependency needed).
async fn futures_join_all<F: std::future::Future>(
    futures: impl Iterator<Item = F>,
) -> Vec<F::Output> {
    let mut set = Vec::new();
    for f in futures {
        set.push(Box::pin(f));
    }
    let mut out: Vec<Option<F::Output>> = (0..set.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in set.iter_mut().enumerate() {
            if out[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => out[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    out.into_iter().map(|o| o.unwrap()).collect()
}
