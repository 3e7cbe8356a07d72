//! Every statement the main pages run, checked against the database's own query plan
//! (issue #18): on a generated forum, each page is read signed out and signed in
//! through the real router while sqlx's statement log is captured, then each distinct
//! read is explained. A full scan of a table that grows with the forum fails the test,
//! on SQLite and on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use convene_core::model::{NewParticipant, Role};
use convene_core::StakeholderGroup;
use convene_store::testing::TestStore;
use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};
use tower::ServiceExt;
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::Layer;

/// Tables that grow with the forum's size. Scanning any of them whole on a page read
/// is a bug; small fixed tables (settings, editions, topics, pages...) may be scanned.
const GROWING: &[&str] = &[
    "participants",
    "posts",
    "threads",
    "coalitions",
    "coalition_members",
    "texts",
    "translations",
    "change_log",
    "notifications",
    "sessions",
    "follows",
    "outputs",
    "flags",
    "audit_log",
    "thread_voices",
    "coalition_voices",
    "meeting_sessions",
    "session_speakers",
    "proposals",
    "thread_topics",
    "coalition_topics",
    "post_revisions",
];

fn statements() -> &'static Mutex<Vec<String>> {
    static LOG: OnceLock<Mutex<Vec<String>>> = OnceLock::new();
    LOG.get_or_init(|| Mutex::new(Vec::new()))
}

/// Keeps the text of every statement sqlx logs (its `db.statement` field, or the
/// summary when the statement is short enough to be its own summary).
struct Capture;

struct Fields {
    summary: String,
    statement: String,
}

impl tracing::field::Visit for Fields {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        match field.name() {
            "db.statement" => self.statement = value.to_string(),
            "summary" => self.summary = value.to_string(),
            _ => {}
        }
    }
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        match field.name() {
            "db.statement" => self.statement = format!("{value:?}"),
            "summary" => self.summary = format!("{value:?}"),
            _ => {}
        }
    }
}

impl<S: tracing::Subscriber> Layer<S> for Capture {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        if event.metadata().target() != "sqlx::query" {
            return;
        }
        let mut f = Fields {
            summary: String::new(),
            statement: String::new(),
        };
        event.record(&mut f);
        let sql = if f.statement.trim().is_empty() {
            f.summary
        } else {
            f.statement
        };
        statements().lock().unwrap().push(sql.trim().to_string());
    }
}

fn capture_statements() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let subscriber = tracing_subscriber::registry().with(Capture);
        tracing::subscriber::set_global_default(subscriber).unwrap();
    });
}

fn router(t: &TestStore) -> axum::Router {
    let options = convene_web::Options {
        public_url: "http://forum.test".into(),
        trust_proxy: false,
        mailer: convene_web::Mailer::folder(
            std::env::temp_dir().join("convene-test-mail"),
            "forum@test",
        )
        .unwrap(),
        bench_ceiling: false,
        // No page cache: every request runs its page's statements.
        page_cache: None,
        metrics_allow: Vec::new(),
    };
    convene_web::app(t.store.clone(), options)
}

/// Reads that go through a whole growing table by design, each with its reason. Any
/// other full scan fails the test.
const WHOLE_BY_DESIGN: &[(&str, &str)] = &[
    (
        "FROM coalitions c WHERE c.held = 0 AND c.hidden_at IS NULL ORDER BY c.id",
        "the coalition directory lists every listed coalition on one page",
    ),
    (
        "SELECT DISTINCT coalition_id, stakeholder_group FROM coalition_voices",
        "the directory shows the groups of every coalition",
    ),
];

/// `alias -> table` for every `FROM table alias` and `JOIN table alias` in `sql`
/// (a table named without an alias maps to itself; subqueries are left out).
fn aliases(sql: &str) -> std::collections::HashMap<String, String> {
    let words: Vec<&str> = sql
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
        .collect();
    let mut map = std::collections::HashMap::new();
    for (i, w) in words.iter().enumerate() {
        if !(w.eq_ignore_ascii_case("FROM") || w.eq_ignore_ascii_case("JOIN")) {
            continue;
        }
        let Some(table) = words.get(i + 1).filter(|t| !t.starts_with('(')) else {
            continue;
        };
        let table = table.trim_end_matches(')').to_string();
        map.insert(table.clone(), table.clone());
        let mut next = words.get(i + 2).copied();
        if next.is_some_and(|n| n.eq_ignore_ascii_case("AS")) {
            next = words.get(i + 3).copied();
        }
        if let Some(alias) =
            next.filter(|a| a.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        {
            map.insert(alias.to_string(), table);
        }
    }
    map
}

/// Full scans of growing tables in one plan. SQLite: `SCAN t` without an index, or
/// `SCAN t USING ... INDEX` (every row, in index order) in a statement with no LIMIT.
/// PostgreSQL, with sequential scans disabled: `Seq Scan on t`, or an index scan with
/// no index condition in a statement with no LIMIT.
fn full_scans(sql: &str, plan: &str) -> Vec<String> {
    let names = aliases(sql);
    let limited = sql.to_ascii_uppercase().contains("LIMIT");
    let lines: Vec<&str> = plan.lines().collect();
    let mut found = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim_start_matches([' ', '-', '>']);
        let name = if let Some(rest) = line.strip_prefix("SCAN ") {
            (!rest.contains(" USING ") || !limited).then(|| rest.split_whitespace().next())
        } else if let Some(rest) = line.strip_prefix("Seq Scan on ") {
            Some(rest.split_whitespace().next())
        } else if line.starts_with("Index Scan using ")
            || line.starts_with("Index Only Scan using ")
        {
            // Its conditions are the indented lines right below it.
            let depth = raw.len() - raw.trim_start().len();
            let has_cond = lines[i + 1..]
                .iter()
                .take_while(|l| l.len() - l.trim_start().len() > depth && !l.contains("->"))
                .any(|l| l.contains("Index Cond"));
            (!has_cond && !limited).then(|| {
                line.split(" on ")
                    .nth(1)
                    .and_then(|r| r.split_whitespace().next())
            })
        } else {
            None
        };
        if let Some(Some(name)) = name {
            let table = names.get(name).map_or(name, String::as_str);
            if GROWING.contains(&table) {
                found.push(line.to_string());
            }
        }
    }
    found
}

/// The statement log is global: one backend at a time, from before its store is made
/// (making it runs statements too), so each explains its own statements only.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn main_pages_use_indexes(t: TestStore) {
    capture_statements();
    let scale = convene::generate::Scale::times(0.002, 1);
    let g = convene::generate::generate(&*t.store, &scale, |_| {})
        .await
        .unwrap();
    let reader = t
        .store
        .create_participant(&NewParticipant {
            display_name: "Plan Reader".into(),
            email: "plan-reader@example.org".into(),
            stakeholder_group: StakeholderGroup::ALL[0],
            country: "KE".into(),
            affiliation: String::new(),
            role: Role::Participant,
        })
        .await
        .unwrap();
    let (token, _) = convene_web::bench_session(&*t.store, reader).await.unwrap();
    let pages = [
        "/en/".to_string(),
        "/en/coalitions".into(),
        format!("/en/coalitions/{}", g.coalition_slug),
        format!("/fr/threads/{}", g.thread_id),
        format!("/fr/threads/{}?after={}", g.thread_id, g.last_post_id - 5),
        "/en/topics".into(),
        format!("/en/topics/{}", g.topic_slug),
        "/en/meetings".into(),
        format!("/en/meetings/{}", g.year),
        format!("/en/meetings/{}/agenda", g.year),
        "/en/feed.atom".into(),
        format!("/en/threads/{}/feed.atom", g.thread_id),
        "/en/notifications".into(),
        "/en/following".into(),
    ];
    statements().lock().unwrap().clear();
    let app = router(&t);
    for path in &pages {
        for cookie in [None, Some(format!("convene_session={token}"))] {
            let mut req = Request::get(path.as_str());
            if let Some(c) = &cookie {
                req = req.header(header::COOKIE, c);
            }
            let res = app
                .clone()
                .oneshot(req.body(Body::empty()).unwrap())
                .await
                .unwrap();
            let signed_in_only = path.ends_with("notifications") || path.ends_with("following");
            if cookie.is_some() || !signed_in_only {
                assert_eq!(res.status(), StatusCode::OK, "{path} (cookie: {cookie:?})");
            }
        }
    }
    let reads: BTreeSet<String> = statements()
        .lock()
        .unwrap()
        .drain(..)
        .filter(|s| {
            let head = s.trim_start().to_ascii_uppercase();
            head.starts_with("SELECT") || head.starts_with("WITH")
        })
        .collect();
    // Enough distinct reads that the capture cannot have silently missed the pages.
    assert!(reads.len() >= 20, "only {} reads captured", reads.len());
    let mut failures = Vec::new();
    for sql in &reads {
        let plan = t
            .explain(sql)
            .await
            .unwrap_or_else(|e| panic!("cannot explain {sql}: {e}"));
        if std::env::var_os("CONVENE_SHOW_PLANS").is_some() {
            eprintln!("{sql}\n{plan}\n");
        }
        let scans = full_scans(sql, &plan);
        let exempt = WHOLE_BY_DESIGN.iter().any(|(part, _)| sql.contains(part));
        if !scans.is_empty() && !exempt {
            failures.push(format!("{sql}\n  plan:\n{plan}\n  full scans: {scans:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} page reads scan a growing table whole:\n\n{}",
        failures.len(),
        reads.len(),
        failures.join("\n\n")
    );
    t.finish().await;
}

#[tokio::test]
async fn sqlite_main_pages_use_indexes() {
    let _turn = ONE_AT_A_TIME.lock().await;
    main_pages_use_indexes(TestStore::sqlite().await.unwrap()).await;
}

#[tokio::test]
#[ignore = "needs CONVENE_TEST_DATABASE_URL (the test script sets it)"]
async fn postgres_main_pages_use_indexes() {
    let _turn = ONE_AT_A_TIME.lock().await;
    main_pages_use_indexes(TestStore::postgres().await.unwrap()).await;
}
