//! The real router over a real (fresh SQLite) database: languages, redirects, the
//! translation notices, errors and assets.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use convene_core::model::*;
use convene_core::StakeholderGroup;
use convene_store::testing::TestStore;
use convene_store::Store;
use http_body_util::BodyExt;
use tower::ServiceExt;

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

async fn get(store: &TestStore, path: &str, headers: &[(&str, &str)]) -> Reply {
    let mut req = Request::get(path);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let mail = std::env::temp_dir().join("convene-test-mail");
    let options = convene_web::Options {
        public_url: "http://forum.test".into(),
        trust_proxy: false,
        mailer: convene_web::Mailer::folder(mail, "Convene <forum@test>").unwrap(),
        bench_ceiling: false,
        page_cache: Some(std::time::Duration::ZERO),
        metrics_allow: Vec::new(),
    };
    let res = convene_web::app(store.store.clone(), options)
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

fn location(r: &Reply) -> &str {
    r.headers
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

async fn about_page(s: &dyn Store) -> Page {
    let page = s
        .create_page(
            "about",
            &NewText {
                lang: "en".into(),
                title: "About the forum".into(),
                body_md: "The forum makes **no binding decisions**.".into(),
            },
        )
        .await
        .unwrap();
    s.add_translation(&NewTranslation {
        text_id: page.text_id,
        lang: "fr".into(),
        title: "À propos du forum".into(),
        body_md: "Le forum ne prend **aucune décision contraignante**.".into(),
        source_revision: 1,
        translator_id: None,
        machine: false,
        approved: true,
    })
    .await
    .unwrap();
    page
}

#[tokio::test]
async fn root_picks_a_language_by_cookie_then_header_then_default() {
    let t = TestStore::sqlite().await.unwrap();
    let r = get(&t, "/", &[("accept-language", "de-AT,de;q=0.9,en;q=0.5")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/de/");
    let r = get(
        &t,
        "/",
        &[
            ("accept-language", "de"),
            ("cookie", "x=1; convene_lang=fr"),
        ],
    )
    .await;
    assert_eq!(location(&r), "/fr/");
    let r = get(&t, "/", &[("accept-language", "sw, ja")]).await;
    assert_eq!(location(&r), "/en/");
    assert!(r.headers.get(header::VARY).is_some());
    t.finish().await;
}

#[tokio::test]
async fn paths_without_a_language_keep_path_and_query() {
    let t = TestStore::sqlite().await.unwrap();
    let r = get(&t, "/pages/about?x=1", &[("accept-language", "ar")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/ar/pages/about?x=1");
    // An unsupported language code is replaced, not kept.
    let r = get(&t, "/pt-BR/pages/about", &[("accept-language", "es")]).await;
    assert_eq!(location(&r), "/es/pages/about");
    let r = get(&t, "/ru", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/ru/");
    t.finish().await;
}

#[tokio::test]
async fn home_page_in_every_locale_is_complete_and_arabic_is_rtl() {
    let t = TestStore::sqlite().await.unwrap();
    let en_ids: Vec<String> =
        convene_i18n::message_ids(convene_i18n::source("en").unwrap()).unwrap();
    for (code, _) in convene_i18n::LOCALES {
        let r = get(&t, &format!("/{code}/"), &[]).await;
        assert_eq!(r.status, StatusCode::OK, "{code}");
        let dir = if *code == "ar" { "rtl" } else { "ltr" };
        assert!(
            r.body
                .contains(&format!("<html lang=\"{code}\" dir=\"{dir}\">")),
            "{code}"
        );
        // No message id leaks into the page (a missing string would show as its id).
        for id in &en_ids {
            assert!(
                !r.body.contains(&format!(">{id}<")),
                "{code}: {id} unresolved"
            );
        }
        assert_eq!(r.headers.get(header::CONTENT_LANGUAGE).unwrap(), *code);
    }
    t.finish().await;
}

#[tokio::test]
async fn untranslated_page_serves_the_original_marked_under_a_notice() {
    let t = TestStore::sqlite().await.unwrap();
    about_page(&*t.store).await;
    let r = get(&t, "/it/pages/about", &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<html lang=\"it\" dir=\"ltr\">"));
    assert!(r.body.contains("data-translation-state=\"untranslated\""));
    // The English text carries its own language, not the page's.
    assert!(r
        .body
        .contains("<div class=\"content\" lang=\"en\" dir=\"ltr\"><h1>About the forum</h1>"));
    assert!(r
        .body
        .contains("<meta name=\"robots\" content=\"noindex\">"));
    // hreflang lists only the languages the page truly exists in, as absolute addresses,
    // and lets the forum pick for everyone else.
    assert!(r
        .body
        .contains("hreflang=\"en\" href=\"http://forum.test/en/pages/about\""));
    assert!(r
        .body
        .contains("hreflang=\"fr\" href=\"http://forum.test/fr/pages/about\""));
    assert!(r
        .body
        .contains("hreflang=\"x-default\" href=\"http://forum.test/pages/about\""));
    assert!(!r.body.contains("rel=\"alternate\" hreflang=\"it\""));
    // The description comes from the page's own words.
    assert!(r.body.contains("<meta name=\"description\" content=\""));
    // The notice speaks Italian, and the link to translate is there.
    assert!(!r.body.contains("has not been translated"));
    assert!(r.body.contains("href=\"/it/translate/"));
    t.finish().await;
}

#[tokio::test]
async fn current_translation_is_served_plainly_and_indexed() {
    let t = TestStore::sqlite().await.unwrap();
    about_page(&*t.store).await;
    let r = get(&t, "/fr/pages/about", &[]).await;
    assert!(r
        .body
        .contains("<div class=\"content\" lang=\"fr\" dir=\"ltr\"><h1>À propos du forum</h1>"));
    assert!(!r.body.contains("data-translation-state"));
    assert!(!r.body.contains("noindex"));
    let r = get(&t, "/en/pages/about", &[]).await;
    assert!(!r.body.contains("data-translation-state"));
    assert!(r.body.contains("<strong>no binding decisions</strong>"));
    t.finish().await;
}

#[tokio::test]
async fn changing_the_original_marks_translations_outdated_then_very_outdated() {
    let t = TestStore::sqlite().await.unwrap();
    let page = about_page(&*t.store).await;
    t.store
        .revise_text(page.text_id, "About the forum", "Now with more.")
        .await
        .unwrap();
    let r = get(&t, "/fr/pages/about", &[]).await;
    assert!(r.body.contains("data-translation-state=\"outdated\""));
    assert!(r
        .body
        .contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(r.body.contains("href=\"/en/pages/about\" hreflang=\"en\""));
    assert!(!r.body.contains("notice strong"));
    assert!(r
        .body
        .contains("lang=\"fr\" dir=\"ltr\"><h1>À propos du forum</h1>"));
    for n in 0..2 {
        t.store
            .revise_text(page.text_id, "About the forum", &format!("Edit {n}"))
            .await
            .unwrap();
    }
    let r = get(&t, "/fr/pages/about", &[]).await;
    assert!(r.body.contains("class=\"notice strong\""));
    t.finish().await;
}

#[tokio::test]
async fn arabic_reader_gets_rtl_chrome_around_ltr_original() {
    let t = TestStore::sqlite().await.unwrap();
    about_page(&*t.store).await;
    let r = get(&t, "/ar/pages/about", &[]).await;
    assert!(r.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(r.body.contains("data-translation-state=\"untranslated\""));
    assert!(r.body.contains("lang=\"en\" dir=\"ltr\""));
    t.finish().await;
}

#[tokio::test]
async fn coalition_and_thread_pages_show_who_speaks_for_whom() {
    let t = TestStore::sqlite().await.unwrap();
    let s = &*t.store;
    let gov = s
        .create_participant(&NewParticipant {
            display_name: "Lars H".into(),
            email: "lars@example.org".into(),
            stakeholder_group: StakeholderGroup::Government,
            country: "NO".into(),
            affiliation: "Ministry".into(),
            role: Role::Participant,
        })
        .await
        .unwrap();
    let cs = s
        .create_participant(&NewParticipant {
            display_name: "Amina D".into(),
            email: "amina@example.org".into(),
            stakeholder_group: StakeholderGroup::CivilSociety,
            country: "SN".into(),
            affiliation: "Rights Collective".into(),
            role: Role::Participant,
        })
        .await
        .unwrap();
    let c = s
        .create_coalition(&NewCoalition {
            slug: "open-standards".into(),
            text: NewText {
                lang: "en".into(),
                title: "Open Standards".into(),
                body_md: "Royalty-free.".into(),
            },
            founder_id: cs,
            founded_year: None,
        })
        .await
        .unwrap();
    s.join_coalition(CoalitionId(c), ParticipantId(gov), MemberRole::Member)
        .await
        .unwrap();
    let thread = s
        .create_thread(&NewThread {
            coalition_id: Some(c),
            title: "Procurement".into(),
            lang: "en".into(),
            author_id: gov,
            body_md: "<script>alert(1)</script>Hello".into(),
            held: false,
        })
        .await
        .unwrap();

    let r = get(&t, "/en/coalitions/open-standards", &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Amina D"));
    assert!(r.body.contains("Civil society"));
    assert!(r.body.contains("Rights Collective"));
    assert!(r.body.contains(&format!("/en/threads/{thread}")));

    let r = get(&t, &format!("/es/threads/{thread}"), &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Lars H"));
    assert!(
        r.body.contains("Noruega"),
        "country names follow the page language"
    );
    // Governments are identified by country, not organisation.
    assert!(!r.body.contains("Ministry"));
    assert!(!r.body.contains("<script>alert"));
    t.finish().await;
}

#[tokio::test]
async fn missing_things_are_localized_404s_never_500s() {
    let t = TestStore::sqlite().await.unwrap();
    for path in [
        "/fr/pages/nope",
        "/fr/threads/abc",
        "/fr/threads/99999999999999999999999",
        "/fr/coalitions/none",
        "/fr/no/such/thing",
    ] {
        let r = get(&t, path, &[]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert!(r.body.contains("<html lang=\"fr\""), "{path}");
        assert!(r
            .body
            .contains(&convene_i18n::tr("fr", "error-not-found-title", None)));
    }
    let r = get(&t, "/fr/threads/1?after=zzz", &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    t.finish().await;
}

#[tokio::test]
async fn health_answers_while_the_database_does() {
    let t = TestStore::sqlite().await.unwrap();
    let r = get(&t, "/healthz", &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers.get("x-request-id").is_some());
    t.store.close().await;
    let r = get(&t, "/healthz", &[]).await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
    t.finish().await;
}

#[tokio::test]
async fn stylesheet_is_fingerprinted_cached_and_compressed() {
    let t = TestStore::sqlite().await.unwrap();
    let home = get(&t, "/en/", &[]).await;
    let start = home.body.find("/static/convene-").unwrap();
    let end = start + home.body[start..].find('"').unwrap();
    let href = &home.body[start..end];
    let r = get(&t, href, &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers[header::CACHE_CONTROL]
        .to_str()
        .unwrap()
        .contains("immutable"));
    assert!(r.body.contains("inset-inline-start"));
    let r = get(&t, href, &[("accept-encoding", "br")]).await;
    assert_eq!(r.headers[header::CONTENT_ENCODING], "br");
    let r = get(&t, "/static/convene-000000000000.css", &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    t.finish().await;
}

#[tokio::test]
async fn pages_carry_an_etag_and_answer_304_when_unchanged() {
    let t = TestStore::sqlite().await.unwrap();
    about_page(&*t.store).await;
    let first = get(&t, "/fr/pages/about", &[("cookie", "convene_lang=fr")]).await;
    let tag = first.headers[header::ETAG].to_str().unwrap().to_string();
    assert!(tag.starts_with("W/\""));
    assert_eq!(first.headers[header::CACHE_CONTROL], "private, no-cache");
    let again = get(
        &t,
        "/fr/pages/about",
        &[("cookie", "convene_lang=fr"), ("if-none-match", &tag)],
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    // A change to the content changes the tag.
    let page = t.store.page_by_slug("about").await.unwrap().unwrap();
    t.store
        .revise_text(page.text_id, "About", "New text")
        .await
        .unwrap();
    let changed = get(
        &t,
        "/fr/pages/about",
        &[("cookie", "convene_lang=fr"), ("if-none-match", &tag)],
    )
    .await;
    assert_eq!(changed.status, StatusCode::OK);
    assert_ne!(changed.headers[header::ETAG].to_str().unwrap(), tag);
    t.finish().await;
}

#[tokio::test]
async fn every_response_forbids_scripts_framing_and_sniffing() {
    let t = TestStore::sqlite().await.unwrap();
    for path in ["/en/", "/en/no/such/page", "/healthz"] {
        let r = get(&t, path, &[]).await;
        let csp = r.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("script-src 'none'"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert_eq!(r.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    }
    t.finish().await;
}

/// The benchmark's ceiling exists only when asked for, and serves exactly the size asked.
#[tokio::test]
async fn the_bench_ceiling_is_off_unless_enabled() {
    let store = TestStore::sqlite().await.unwrap();
    // Without it, the path is like any unknown one: sent to a language, then not found.
    assert_eq!(
        get(&store, "/bench/ceiling", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        get(&store, "/en/bench/ceiling", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    let options = convene_web::Options {
        public_url: "http://forum.test".into(),
        trust_proxy: false,
        mailer: convene_web::Mailer::folder(std::env::temp_dir(), "f@test").unwrap(),
        bench_ceiling: true,
        page_cache: Some(std::time::Duration::ZERO),
        metrics_allow: Vec::new(),
    };
    let res = convene_web::app(store.store.clone(), options)
        .oneshot(
            Request::get("/bench/ceiling?bytes=12345")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.headers().contains_key("content-security-policy"),
        "same middleware"
    );
    let body = res.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(body.len(), 12345);
    store.finish().await;
}

/// Anonymous pages are shared from memory until the next write, never with anyone's
/// cookies; a write shows at once.
#[tokio::test]
async fn anonymous_pages_are_cached_until_a_write_and_keep_their_cookies() {
    let store = TestStore::sqlite().await.unwrap();
    let options = convene_web::Options {
        public_url: "http://forum.test".into(),
        trust_proxy: false,
        mailer: convene_web::Mailer::folder(std::env::temp_dir(), "f@test").unwrap(),
        bench_ceiling: false,
        page_cache: Some(std::time::Duration::ZERO),
        metrics_allow: Vec::new(),
    };
    let app = convene_web::app(store.store.clone(), options);
    let fetch = |path: &str, cookie: Option<&str>| {
        let mut req = Request::get(path);
        if let Some(c) = cookie {
            req = req.header(header::COOKIE, c);
        }
        let app = app.clone();
        let req = req.body(Body::empty()).unwrap();
        async move {
            let res = app.oneshot(req).await.unwrap();
            let cookies: Vec<String> = res
                .headers()
                .get_all(header::SET_COOKIE)
                .iter()
                .map(|v| v.to_str().unwrap().to_string())
                .collect();
            let body = res.into_body().collect().await.unwrap().to_bytes();
            (String::from_utf8_lossy(&body).into_owned(), cookies)
        }
    };
    let (first, first_cookies) = fetch("/fr/meetings", None).await;
    let (second, second_cookies) = fetch("/fr/meetings", None).await;
    assert_eq!(first, second);
    // Each new reader gets a token of their own, and the language is remembered.
    let token = |cookies: &[String]| {
        cookies
            .iter()
            .find(|c| c.starts_with("convene_csrf="))
            .cloned()
            .unwrap()
    };
    assert_ne!(token(&first_cookies), token(&second_cookies));
    assert!(second_cookies
        .iter()
        .any(|c| c.starts_with("convene_lang=fr")));
    let (_, returning) = fetch(
        "/fr/meetings",
        Some(&format!("convene_lang=fr; convene_csrf={}", "a".repeat(64))),
    )
    .await;
    assert!(returning.is_empty(), "{returning:?}");
    // A write is visible on the next request.
    store
        .store
        .create_edition(&NewEdition {
            year: 2031,
            host_country: "UY".into(),
            city: "Montevideo".into(),
            starts_on: "2031-05-01".into(),
            ends_on: "2031-05-04".into(),
            time_zone: "America/Montevideo".into(),
            theme: NewText {
                lang: "es".into(),
                title: "Redes abiertas".into(),
                body_md: String::new(),
            },
        })
        .await
        .unwrap();
    let (after, _) = fetch("/fr/meetings", None).await;
    assert!(after.contains("Montevideo"));
    assert!(!first.contains("Montevideo"));
    // A page served from memory keeps its ETag, and an unchanged one answers 304.
    let tagged = |tag: Option<String>| {
        let mut req = Request::get("/fr/meetings");
        if let Some(t) = tag {
            req = req.header(header::IF_NONE_MATCH, t);
        }
        app.clone().oneshot(req.body(Body::empty()).unwrap())
    };
    let first = tagged(None).await.unwrap();
    let tag = first.headers()[header::ETAG].to_str().unwrap().to_string();
    let hit = tagged(None).await.unwrap();
    assert_eq!(hit.headers()[header::ETAG].to_str().unwrap(), tag);
    assert_eq!(
        tagged(Some(tag)).await.unwrap().status(),
        StatusCode::NOT_MODIFIED
    );
    // Forms carry the reader's token: such pages are never shared.
    let (a, _) = fetch("/en/register", None).await;
    let (b, _) = fetch("/en/register", None).await;
    assert_ne!(a, b);
    store.finish().await;
}

#[tokio::test]
async fn icon_manifest_and_descriptions_for_browsers_and_search_engines() {
    let t = TestStore::sqlite().await.unwrap();
    for path in ["/favicon.ico", "/favicon.svg"] {
        let r = get(&t, path, &[]).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert_eq!(r.headers["content-type"], "image/svg+xml");
        assert!(r.body.starts_with("<svg"));
    }
    let r = get(&t, "/manifest.webmanifest", &[("accept-language", "ar")]).await;
    assert_eq!(r.status, StatusCode::OK);
    let m: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(m["lang"], "ar");
    assert_eq!(m["dir"], "rtl");
    assert_eq!(m["start_url"], "/ar/");
    assert_eq!(m["icons"][0]["src"], "/favicon.svg");
    // Every page names the icon and the manifest and has a description.
    let home = get(&t, "/en/", &[]).await;
    assert!(home
        .body
        .contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">"));
    assert!(home
        .body
        .contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"));
    assert!(home.body.contains(&format!(
        "<meta name=\"description\" content=\"{}\">",
        convene_i18n::tr("en", "site-description", None)
    )));
    t.finish().await;
}

#[tokio::test]
async fn the_country_picker_is_in_the_readers_alphabetical_order() {
    let t = TestStore::sqlite().await.unwrap();
    let pos = |body: &str, name: &str| body.find(&format!(">{name}</option>")).unwrap();
    let zh = get(&t, "/zh/register", &[]).await;
    // Pinyin: Āfùhàn before Zhōngguó (by code point 中 comes first).
    assert!(pos(&zh.body, "阿富汗") < pos(&zh.body, "中国"));
    let de = get(&t, "/de/register", &[]).await;
    assert!(pos(&de.body, "Oman") < pos(&de.body, "Österreich"));
    assert!(pos(&de.body, "Österreich") < pos(&de.body, "Panama"));
    t.finish().await;
}

#[tokio::test]
async fn agenda_filters_name_their_choices_in_alphabetical_order() {
    let t = TestStore::sqlite().await.unwrap();
    let s = &*t.store;
    let founder = s
        .create_participant(&NewParticipant {
            display_name: "F".into(),
            email: "f@example.org".into(),
            stakeholder_group: StakeholderGroup::Academia,
            country: "KE".into(),
            affiliation: String::new(),
            role: Role::Participant,
        })
        .await
        .unwrap();
    // Slugs in the opposite order of the names: the list used to follow the slugs.
    for (slug, name) in [("aaa", "Zeta Coalition"), ("zzz", "Alpha Coalition")] {
        s.create_coalition(&NewCoalition {
            slug: slug.into(),
            text: NewText {
                lang: "en".into(),
                title: name.into(),
                body_md: "x".into(),
            },
            founder_id: founder,
            founded_year: None,
        })
        .await
        .unwrap();
    }
    s.create_edition(&NewEdition {
        year: 2031,
        host_country: "KE".into(),
        city: "Nairobi".into(),
        starts_on: "2031-06-14".into(),
        ends_on: "2031-06-18".into(),
        time_zone: "Africa/Nairobi".into(),
        theme: NewText {
            lang: "en".into(),
            title: "Theme".into(),
            body_md: "x".into(),
        },
    })
    .await
    .unwrap();
    let r = get(&t, "/en/meetings/2031/agenda", &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    let alpha = r.body.find(">Alpha Coalition</option>").unwrap();
    let zeta = r.body.find(">Zeta Coalition</option>").unwrap();
    assert!(alpha < zeta);
    // Days keep their own order.
    let first = r.body.find("value=\"2031-06-14\"").unwrap();
    let last = r.body.find("value=\"2031-06-18\"").unwrap();
    assert!(first < last);
    t.finish().await;
}
