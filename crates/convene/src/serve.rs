//! Running the server: open and migrate the store, optionally seed the demo, listen,
//! and on SIGINT/SIGTERM stop taking connections, let in-flight requests finish, then
//! close the database cleanly.

use crate::settings::Settings;
use convene_store::{OpenOptions, Store};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot create data directory {path}: {reason}")]
    DataDir { path: String, reason: String },
    #[error("database: {0}")]
    Store(#[from] convene_store::StoreError),
    #[error("cannot listen on {addr}: {reason}")]
    Listen { addr: String, reason: String },
    #[error("server: {0}")]
    Server(std::io::Error),
    #[error("mail: {0}")]
    Mail(#[from] convene_web::mail::MailError),
}

pub fn web_options(settings: &Settings) -> Result<convene_web::Options, ServeError> {
    let mailer = match &settings.smtp_url {
        Some(url) => convene_web::Mailer::smtp(url, &settings.mail_from)?,
        None => convene_web::Mailer::folder(settings.data.join("mail"), &settings.mail_from)?,
    }
    .with_reply_domain(settings.reply_domain.as_deref())?;
    Ok(convene_web::Options {
        public_url: settings.public_url.clone(),
        trust_proxy: settings.trust_proxy,
        mailer,
        bench_ceiling: false,
        page_cache: Some(std::time::Duration::from_millis(50)),
        metrics_allow: settings.metrics_allow.clone(),
    })
}

/// Open the configured store (creating the data directory first) and migrate it.
pub async fn open_store(settings: &Settings) -> Result<Arc<dyn Store>, ServeError> {
    open_store_with(settings, OpenOptions::default()).await
}

/// [`open_store`] with explicit options (bulk loading, pool size).
pub async fn open_store_with(
    settings: &Settings,
    options: OpenOptions,
) -> Result<Arc<dyn Store>, ServeError> {
    std::fs::create_dir_all(&settings.data).map_err(|e| ServeError::DataDir {
        path: settings.data.display().to_string(),
        reason: e.to_string(),
    })?;
    let options = OpenOptions {
        max_connections: options.max_connections.or(settings.db_readers),
        ..options
    };
    let store = convene_store::open(&settings.database_url, options).await?;
    tracing::info!(backend = store.backend().name(), "database ready");
    crate::builtin::ensure_pages(&*store).await?;
    crate::builtin::ensure_topics(&*store).await?;
    Ok(store)
}

/// How `serve` runs beyond the settings: benchmark helpers.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tuning {
    pub bench_ceiling: bool,
    pub no_page_cache: bool,
}

pub async fn serve(settings: &Settings, demo: bool, tuning: Tuning) -> Result<(), ServeError> {
    let mut options = web_options(settings)?;
    options.bench_ceiling = tuning.bench_ceiling;
    if tuning.no_page_cache {
        options.page_cache = None;
    }
    let store = open_store(settings).await?;
    if demo {
        crate::demo::load_if_empty(&*store).await?;
    }
    let listener = tokio::net::TcpListener::bind(settings.listen)
        .await
        .map_err(|e| ServeError::Listen {
            addr: settings.listen.to_string(),
            reason: e.to_string(),
        })?;
    let local = listener.local_addr().map_err(ServeError::Server)?;
    tracing::info!("listening on http://{local}");
    // Listening on port 0 picks a free port: links must name the one picked.
    if options.public_url == format!("http://{}", settings.listen) && settings.listen.port() == 0 {
        options.public_url = format!("http://{local}");
    }
    let options = Arc::new(options);
    let app = convene_web::app_shared(store.clone(), options.clone())
        .into_make_service_with_connect_info::<std::net::SocketAddr>();
    // The notifier follows the change log beside the server and stops with it; with
    // several servers on one database, the holder of each lease does the work.
    let holder = lease_holder();
    tracing::info!(holder = %holder, "background work runs under leases");
    let (stop_notifier, stop) = tokio::sync::watch::channel(false);
    let notifier = tokio::spawn(convene_web::notifier::run_mailing(
        store.clone(),
        options.clone(),
        holder.clone(),
        stop.clone(),
    ));
    // Queued mail goes out, and digests are made, each by one server at a time.
    let sender = tokio::spawn(convene_web::mailing::run_sender(
        store.clone(),
        options.clone(),
        holder.clone(),
        stop.clone(),
    ));
    let digests = tokio::spawn(convene_web::mailing::run_digests(
        store.clone(),
        options.clone(),
        holder.clone(),
        stop.clone(),
    ));
    let reminders = tokio::spawn(convene_web::reminders::run(
        store.clone(),
        options,
        holder,
        stop,
    ));
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(ServeError::Server);
    let _ = stop_notifier.send(true);
    for (name, task) in [
        ("notifier", notifier),
        ("reminders", reminders),
        ("mail sender", sender),
        ("digests", digests),
    ] {
        if let Err(e) = task.await {
            tracing::warn!(error = %e, task = name, "background task ended abnormally");
        }
    }
    served?;
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// This process's name on the leases it holds: unique per process, also across hosts
/// (the hasher's keys are random per process).
fn lease_holder() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    format!("{}-{:016x}", std::process::id(), h.finish())
}

async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// `convene mail receive`: one message from standard input, posted as a reply or
/// refused (bounced, one line on stderr, a sysexits status for the MTA).
pub async fn mail_receive(settings: &Settings, recipients: &[String]) -> std::process::ExitCode {
    use std::io::Read;
    use std::process::ExitCode;
    let mut raw = Vec::new();
    if let Err(e) = std::io::stdin()
        .take(25 * 1024 * 1024)
        .read_to_end(&mut raw)
    {
        eprintln!("error: cannot read the message: {e}");
        return ExitCode::from(convene_web::inbound::EX_TEMPFAIL);
    }
    let options = match web_options(settings) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(convene_web::inbound::EX_TEMPFAIL);
        }
    };
    let store = match open_store(settings).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e} (try again later)");
            return ExitCode::from(convene_web::inbound::EX_TEMPFAIL);
        }
    };
    // The envelope recipient: given by the MTA, or in its environment.
    let mut envelope: Vec<String> = recipients.to_vec();
    for var in ["RECIPIENT", "ORIGINAL_RECIPIENT"] {
        if let Ok(v) = std::env::var(var) {
            envelope.push(v);
        }
    }
    let result = convene_web::inbound::receive(&*store, &options, &raw, &envelope).await;
    store.close().await;
    match result {
        Ok(convene_web::inbound::Received::Posted {
            post_id,
            thread_id,
            held,
        }) => {
            println!(
                "posted {post_id} in thread {thread_id}{}",
                if held { " (held for review)" } else { "" }
            );
            ExitCode::SUCCESS
        }
        Ok(convene_web::inbound::Received::Ignored(why)) => {
            println!("ignored: {why}");
            ExitCode::SUCCESS
        }
        Err(r) => {
            let bounced = if r.bounced {
                "; the sender is told"
            } else {
                ""
            };
            eprintln!("refused: {}{bounced}", r.line);
            ExitCode::from(r.exit)
        }
    }
}
