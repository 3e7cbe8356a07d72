//! Issue #18, item 2: what the data layer costs on the signed-in thread page and on a
//! reply, through sqlx's `Any` driver (as the store runs today) and the alternatives,
//! with the same SQL texts and binds. See BENCHMARKS.md for how to run it and what it
//! found.

mod db;
mod decode;
mod fill;
mod lite;
mod pool;
mod sql;
mod tpg;

use db::{AnyDb, Db, Keys, PgDb, SqliteDb, StoreDb};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

const USAGE: &str = "datalayer-bench [options]
  --backend sqlite|postgres|both   (both)
  --pg-url URL                     server to make a scratch database on
                                   (postgres://postgres@127.0.0.1:5432/test)
  --dir PATH                       where the SQLite scratch directory goes (the temp dir)
  --participants N --posts N       the thread's size (2000, 10000)
  --rounds N                       interleaved rounds; medians are over them (3)
  --concurrency LIST               tasks at once, e.g. 1,16,64 (1,16,64)
  --workloads LIST                 page,signed-in,reply (all)
  --variants LIST                  a subset of the variant names (all)
  --page-ops N --signed-in-ops N --reply-ops N   operations per measurement (1500, 5000, 1000)";

#[derive(Clone)]
struct Args {
    backends: Vec<String>,
    pg_url: String,
    dir: PathBuf,
    participants: usize,
    posts: usize,
    rounds: usize,
    concurrency: Vec<usize>,
    workloads: Vec<Work>,
    variants: Option<Vec<String>>,
    page_ops: usize,
    signed_in_ops: usize,
    reply_ops: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Work {
    Page,
    SignedIn,
    Reply,
}

impl Work {
    fn name(self) -> &'static str {
        match self {
            Work::Page => "page",
            Work::SignedIn => "signed-in",
            Work::Reply => "reply",
        }
    }
}

fn list<T>(s: &str, f: impl Fn(&str) -> Result<T, BoxError>) -> Result<Vec<T>, BoxError> {
    s.split(',').filter(|x| !x.is_empty()).map(f).collect()
}

fn parse_args() -> Result<Args, BoxError> {
    let mut a = Args {
        backends: vec!["sqlite".into(), "postgres".into()],
        pg_url: "postgres://postgres@127.0.0.1:5432/test".into(),
        dir: std::env::temp_dir(),
        participants: 2_000,
        posts: 10_000,
        rounds: 3,
        concurrency: vec![1, 16, 64],
        workloads: vec![Work::Page, Work::SignedIn, Work::Reply],
        variants: None,
        page_ops: 1_500,
        signed_in_ops: 5_000,
        reply_ops: 1_000,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        if flag == "-h" || flag == "--help" {
            println!("{USAGE}");
            std::process::exit(0);
        }
        let value = it
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--backend" => {
                a.backends = match value.as_str() {
                    "both" => vec!["sqlite".into(), "postgres".into()],
                    "sqlite" | "postgres" => vec![value],
                    _ => return Err(format!("unknown backend {value}").into()),
                }
            }
            "--pg-url" => a.pg_url = value,
            "--dir" => a.dir = PathBuf::from(value),
            "--participants" => a.participants = value.parse()?,
            "--posts" => a.posts = value.parse()?,
            "--rounds" => a.rounds = value.parse()?,
            "--concurrency" => a.concurrency = list(&value, |x| Ok(x.parse()?))?,
            "--workloads" => {
                a.workloads = list(&value, |x| match x {
                    "page" => Ok(Work::Page),
                    "signed-in" => Ok(Work::SignedIn),
                    "reply" => Ok(Work::Reply),
                    _ => Err(format!("unknown workload {x}").into()),
                })?
            }
            "--variants" => a.variants = Some(list(&value, |x| Ok(x.to_string()))?),
            "--page-ops" => a.page_ops = value.parse()?,
            "--signed-in-ops" => a.signed_in_ops = value.parse()?,
            "--reply-ops" => a.reply_ops = value.parse()?,
            _ => return Err(format!("unknown option {flag}\n{USAGE}").into()),
        }
    }
    Ok(a)
}

/// One timed run: throughput and latency percentiles.
#[derive(Clone, Copy, Debug)]
struct Sample {
    per_second: f64,
    p50: Duration,
    p99: Duration,
}

async fn measure(
    db: Arc<dyn Db>,
    work: Work,
    tasks: usize,
    ops: usize,
    keys: Arc<Keys>,
    people: Arc<Vec<i64>>,
) -> Result<Sample, BoxError> {
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let mut handles = Vec::with_capacity(tasks);
    for t in 0..tasks {
        let (db, keys, people, next) = (db.clone(), keys.clone(), people.clone(), next.clone());
        handles.push(tokio::spawn(async move {
            let mut rng = fill::Rng(0x9e37_79b9_7f4a_7c15 ^ ((t as u64 + 1) * 0x1000_0001));
            let mut took = Vec::with_capacity(ops / tasks + 1);
            while next.fetch_add(1, Ordering::Relaxed) < ops {
                let t0 = Instant::now();
                match work {
                    Work::Page => {
                        let rows = db.page(&keys).await?;
                        if rows < 50 {
                            return Err(format!("page read only {rows} rows").into());
                        }
                    }
                    Work::SignedIn => {
                        db.signed_in(&keys).await?;
                    }
                    Work::Reply => {
                        let new = convene_core::model::NewPost {
                            thread_id: keys.thread,
                            author_id: people[rng.below(people.len())],
                            lang: "en".into(),
                            body_md: fill::body(&mut rng),
                            reply_to: None,
                            held: false,
                        };
                        db.reply(&new).await?;
                    }
                }
                took.push(t0.elapsed());
            }
            Ok::<_, BoxError>(took)
        }));
    }
    let mut all = Vec::with_capacity(ops);
    for h in handles {
        all.extend(h.await??);
    }
    let wall = start.elapsed();
    all.sort_unstable();
    let at = |q: f64| {
        all.get(((all.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or_default()
    };
    Ok(Sample {
        per_second: all.len() as f64 / wall.as_secs_f64(),
        p50: at(0.50),
        p99: at(0.99),
    })
}

/// How each variant connects; a fresh connection set per round.
#[derive(Clone)]
enum Target {
    Sqlite { url: String, path: PathBuf },
    Postgres { url: String },
}

const SQLITE_VARIANTS: &[&str] = &[
    "store",
    "any",
    "any-noping",
    "native",
    "native-noping",
    "rusqlite",
    "rusqlite-1call",
];
const PG_VARIANTS: &[&str] = &[
    "store",
    "any",
    "any-noping",
    "native",
    "native-noping",
    "tokio-postgres",
];

async fn sqlite_prepare_any(conn: &mut sqlx::AnyConnection) -> Result<(), sqlx::Error> {
    use sqlx::Executor;
    conn.execute("PRAGMA foreign_keys = ON").await?;
    conn.execute("PRAGMA busy_timeout = 5000").await?;
    conn.execute("PRAGMA synchronous = FULL").await?;
    Ok(())
}

async fn sqlite_prepare_native(conn: &mut sqlx::SqliteConnection) -> Result<(), sqlx::Error> {
    use sqlx::Executor;
    conn.execute("PRAGMA foreign_keys = ON").await?;
    conn.execute("PRAGMA busy_timeout = 5000").await?;
    conn.execute("PRAGMA synchronous = FULL").await?;
    Ok(())
}

/// Open `variant` on `target`, with the pool settings crates/store/src/backend uses
/// (SQLite: 8 readers and one writer; PostgreSQL: one pool of 16). `-noping` turns off
/// sqlx's `test_before_acquire` (a ping on every checkout, on by default and so in the
/// store today).
async fn open(variant: &str, target: &Target) -> Result<Arc<dyn Db>, BoxError> {
    use sqlx::any::AnyPoolOptions;
    use sqlx::postgres::PgPoolOptions;
    use sqlx::sqlite::SqlitePoolOptions;
    let ping = !variant.ends_with("-noping");
    Ok(match (target, variant) {
        (Target::Sqlite { url, .. } | Target::Postgres { url }, "store") => Arc::new(StoreDb(
            convene_store::open(url, convene_store::OpenOptions::default()).await?,
        )),
        (Target::Sqlite { url, .. }, "any" | "any-noping") => {
            let opts = || {
                AnyPoolOptions::new()
                    .test_before_acquire(ping)
                    .after_connect(|c, _| Box::pin(sqlite_prepare_any(c)))
            };
            let write = opts().max_connections(1).connect(url).await?;
            let read = opts().max_connections(8).connect(url).await?;
            Arc::new(AnyDb {
                read,
                write,
                postgres: false,
            })
        }
        (Target::Sqlite { url, .. }, "native" | "native-noping") => {
            let opts = || {
                SqlitePoolOptions::new()
                    .test_before_acquire(ping)
                    .after_connect(|c, _| Box::pin(sqlite_prepare_native(c)))
            };
            let write = opts().max_connections(1).connect(url).await?;
            let read = opts().max_connections(8).connect(url).await?;
            Arc::new(SqliteDb {
                read,
                write,
                postgres: false,
            })
        }
        (Target::Sqlite { path, .. }, "rusqlite") => Arc::new(lite::LiteDb::open(path, 8, false)?),
        (Target::Sqlite { path, .. }, "rusqlite-1call") => {
            Arc::new(lite::LiteDb::open(path, 8, true)?)
        }
        (Target::Postgres { url }, "any" | "any-noping") => {
            let pool = AnyPoolOptions::new()
                .test_before_acquire(ping)
                .max_connections(16)
                .connect(url)
                .await?;
            Arc::new(AnyDb {
                read: pool.clone(),
                write: pool,
                postgres: true,
            })
        }
        (Target::Postgres { url }, "native" | "native-noping") => {
            let pool = PgPoolOptions::new()
                .test_before_acquire(ping)
                .max_connections(16)
                .connect(url)
                .await?;
            Arc::new(PgDb {
                read: pool.clone(),
                write: pool,
                postgres: true,
            })
        }
        (Target::Postgres { url }, "tokio-postgres") => {
            Arc::new(tpg::TokioPgDb::connect(url, 16).await?)
        }
        _ => return Err(format!("no variant {variant} for this backend").into()),
    })
}

type Key = (String, Work, usize, String);

async fn run_backend(
    args: &Args,
    backend: &str,
    target: &Target,
    fixture: &fill::Fixture,
    results: &mut BTreeMap<Key, Vec<Sample>>,
) -> Result<(), BoxError> {
    let all = if backend == "sqlite" {
        SQLITE_VARIANTS
    } else {
        PG_VARIANTS
    };
    let variants: Vec<&str> = all
        .iter()
        .copied()
        .filter(|v| {
            args.variants
                .as_ref()
                .is_none_or(|only| only.iter().any(|o| o == v))
        })
        .collect();
    let keys = Arc::new(fixture.keys.clone());
    let people = Arc::new(fixture.people.clone());
    for round in 0..args.rounds {
        // Rotate the order each round so no variant always runs first or last.
        let mut order = variants.clone();
        order.rotate_left(round % variants.len().max(1));
        for variant in order {
            let db = open(variant, target).await?;
            for &work in &args.workloads {
                let ops = match work {
                    Work::Page => args.page_ops,
                    Work::SignedIn => args.signed_in_ops,
                    Work::Reply => args.reply_ops,
                };
                for &tasks in &args.concurrency {
                    // Warm up: connections open, statements prepared, caches hot.
                    measure(
                        db.clone(),
                        work,
                        tasks,
                        (ops / 10).max(tasks * 2),
                        keys.clone(),
                        people.clone(),
                    )
                    .await?;
                    let s =
                        measure(db.clone(), work, tasks, ops, keys.clone(), people.clone()).await?;
                    // SQLite: the WAL's size after each run, since a WAL that only grows
                    // (no checkpoint can reset it) makes every durable commit slower.
                    let wal = match target {
                        Target::Sqlite { path, .. } => {
                            let wal = path.with_extension("db-wal");
                            std::fs::metadata(wal)
                                .map(|m| format!(" wal {:.1} MB", m.len() as f64 / 1e6))
                                .unwrap_or_default()
                        }
                        Target::Postgres { .. } => String::new(),
                    };
                    eprintln!(
                        "round {} {backend:8} {:9} c={tasks:<3} {variant:15} {:>9.0}/s p50 {:>8.2?} p99 {:>8.2?}{wal}",
                        round + 1,
                        work.name(),
                        s.per_second,
                        s.p50,
                        s.p99
                    );
                    results
                        .entry((backend.to_string(), work, tasks, variant.to_string()))
                        .or_default()
                        .push(s);
                }
            }
            db.close().await;
        }
    }
    Ok(())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

fn ms(d: f64) -> String {
    if d < 1.0 {
        format!("{:.0} µs", d * 1000.0)
    } else {
        format!("{d:.2} ms")
    }
}

fn report(results: &BTreeMap<Key, Vec<Sample>>) {
    println!("| backend | work | C | variant | ops/s | p50 | p99 | ops/s vs any | p50 vs any | ops/s per round |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for ((backend, work, tasks, variant), samples) in results {
        let any = results.get(&(backend.clone(), *work, *tasks, "any".to_string()));
        let ops = median(samples.iter().map(|s| s.per_second).collect());
        let p50 = median(samples.iter().map(|s| s.p50.as_secs_f64() * 1e3).collect());
        let p99 = median(samples.iter().map(|s| s.p99.as_secs_f64() * 1e3).collect());
        // Ratios within the same round, then their median.
        let (ratio, lat_ratio) = match any {
            Some(any) => (
                median(
                    samples
                        .iter()
                        .zip(any)
                        .map(|(s, a)| s.per_second / a.per_second)
                        .collect(),
                ),
                median(
                    samples
                        .iter()
                        .zip(any)
                        .map(|(s, a)| s.p50.as_secs_f64() / a.p50.as_secs_f64())
                        .collect(),
                ),
            ),
            None => (f64::NAN, f64::NAN),
        };
        let rounds: Vec<String> = samples
            .iter()
            .map(|s| format!("{:.0}", s.per_second))
            .collect();
        println!(
            "| {backend} | {} | {tasks} | {variant} | {ops:.0} | {} | {} | {ratio:.2}× | {lat_ratio:.2}× | {} |",
            work.name(),
            ms(p50),
            ms(p99),
            rounds.join(", ")
        );
    }
}

async fn sqlite(args: &Args, results: &mut BTreeMap<Key, Vec<Sample>>) -> Result<(), BoxError> {
    let dir = args
        .dir
        .join(format!("convene-datalayer-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let outcome = sqlite_in(args, &dir, results).await;
    let _ = std::fs::remove_dir_all(&dir);
    outcome
}

async fn sqlite_in(
    args: &Args,
    dir: &Path,
    results: &mut BTreeMap<Key, Vec<Sample>>,
) -> Result<(), BoxError> {
    let path = dir.join("convene.db");
    let url = format!("sqlite://{}?mode=rwc", path.display());
    let fixture = load(&url, args).await?;
    let target = Target::Sqlite { url, path };
    run_backend(args, "sqlite", &target, &fixture, results).await
}

/// Fill the database through the Store (bulk mode, as `convene generate` does), then
/// close it so every variant opens it afresh.
async fn load(url: &str, args: &Args) -> Result<fill::Fixture, BoxError> {
    let t0 = Instant::now();
    let store = convene_store::open(
        url,
        convene_store::OpenOptions {
            bulk_load: true,
            ..Default::default()
        },
    )
    .await?;
    let fixture = fill::fill(&*store, args.participants, args.posts).await?;
    store.close().await;
    eprintln!(
        "filled {url} with {} posts in {:.1?}",
        args.posts,
        t0.elapsed()
    );
    Ok(fixture)
}

async fn postgres(args: &Args, results: &mut BTreeMap<Key, Vec<Sample>>) -> Result<(), BoxError> {
    use sqlx::{Connection, Executor};
    let name = format!("convene_datalayer_{}", std::process::id());
    let mut admin = sqlx::PgConnection::connect(&args.pg_url).await?;
    admin
        .execute(format!("CREATE DATABASE \"{name}\"").as_str())
        .await?;
    let (base, query) = match args.pg_url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (args.pg_url.as_str(), String::new()),
    };
    let prefix = base.rsplit_once('/').map_or(base, |(p, _)| p);
    let url = format!("{prefix}/{name}{query}");
    let outcome = async {
        let fixture = load(&url, args).await?;
        let target = Target::Postgres { url: url.clone() };
        run_backend(args, "postgres", &target, &fixture, results).await
    }
    .await;
    admin
        .execute(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").as_str())
        .await?;
    admin.close().await?;
    outcome
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let args = parse_args()?;
    sqlx::any::install_default_drivers();
    let mut results = BTreeMap::new();
    for backend in &args.backends {
        if backend == "sqlite" {
            sqlite(&args, &mut results).await?;
        } else {
            postgres(&args, &mut results).await?;
        }
    }
    report(&results);
    Ok(())
}
