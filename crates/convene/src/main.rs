use clap::error::ErrorKind;
use clap::Parser;
use convene::cli::{Cli, Command, LogFormat};
use convene::settings::{self, Settings};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            // One line: what is wrong, and where to look.
            let rendered = e.render().to_string();
            let first = rendered
                .lines()
                .next()
                .unwrap_or("error: invalid arguments");
            eprintln!("{first} (see convene --help)");
            return ExitCode::from(2);
        }
    };
    let listen = match &cli.command {
        Command::Serve(args) => args.listen.as_deref(),
        _ => None,
    };
    let settings = match settings::resolve(&cli.common, listen) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    // A mail delivery answers with one line: logs only for what goes wrong.
    let quiet = matches!(cli.command, Command::Mail(_));
    init_logging(&settings, quiet);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Command::Mail(convene::cli::MailCommand::Receive(args)) = &cli.command {
        return runtime.block_on(convene::serve::mail_receive(&settings, &args.recipient));
    }
    match runtime.block_on(run(cli.command, settings)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, settings: Settings) -> Result<(), String> {
    match command {
        Command::Serve(args) => convene::serve::serve(
            &settings,
            args.demo,
            convene::serve::Tuning {
                bench_ceiling: args.bench_ceiling,
                no_page_cache: args.no_page_cache,
            },
        )
        .await
        .map_err(|e| e.to_string()),
        Command::Migrate => {
            let store = convene::serve::open_store(&settings)
                .await
                .map_err(|e| e.to_string())?;
            // open_store migrated already; report the state.
            println!("database schema is up to date ({})", store.backend().name());
            store.close().await;
            Ok(())
        }
        Command::User(convene::cli::UserCommand::Add(args)) => {
            let mut password = String::new();
            std::io::stdin()
                .read_line(&mut password)
                .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
            let store = convene::serve::open_store(&settings)
                .await
                .map_err(|e| e.to_string())?;
            let result =
                convene::users::add(&*store, &args, password.trim_end_matches(['\n', '\r'])).await;
            store.close().await;
            let id = result?;
            println!("created account {id} for {} ({})", args.email, args.role);
            Ok(())
        }
        Command::Generate(args) => {
            if !(args.scale > 0.0 && args.scale <= 10.0) {
                return Err("--scale must be above 0 and at most 10".into());
            }
            let bulk = convene_store::OpenOptions {
                bulk_load: true,
                ..Default::default()
            };
            let store = convene::serve::open_store_with(&settings, bulk)
                .await
                .map_err(|e| e.to_string())?;
            let scale = convene::generate::Scale::times(args.scale, args.seed);
            let result =
                convene::generate::generate(&*store, &scale, |msg| eprintln!("{msg}")).await;
            let result = match result {
                Ok(g) => convene::generate::settle(&*store).await.map(|()| g),
                Err(e) => Err(e),
            };
            store.close().await;
            let g = result.map_err(|e| e.to_string())?;
            // Machine-readable, for bench/ scripts.
            println!(
                "coalition={} thread={} last_post={} topic={} year={}",
                g.coalition_slug, g.thread_id, g.last_post_id, g.topic_slug, g.year
            );
            Ok(())
        }
        Command::WriteBench(args) => {
            if args.writers == 0
                || args.writers > 1024
                || !(args.seconds > 0.0 && args.seconds <= 3600.0)
                || !(args.rate >= 0.0 && args.rate <= 1_000_000.0)
            {
                return Err(
                    "--writers must be 1 to 1024, --seconds above 0 and at most 3600, --rate 0 to 1000000"
                        .into(),
                );
            }
            let store = convene::serve::open_store(&settings)
                .await
                .map_err(|e| e.to_string())?;
            let result =
                convene::generate::write_load(store.clone(), args.writers, args.seconds, args.rate)
                    .await;
            store.close().await;
            let (posts, secs) = result.map_err(|e| e.to_string())?;
            println!(
                "posts={posts} seconds={secs:.2} per_second={:.0}",
                posts as f64 / secs
            );
            Ok(())
        }
        Command::BenchWriters(args) => {
            let store = convene::serve::open_store(&settings)
                .await
                .map_err(|e| e.to_string())?;
            let result = convene::generate::bench_writers(&*store, args.count as usize).await;
            store.close().await;
            print!("{}", result.map_err(|e| e.to_string())?);
            Ok(())
        }
        Command::BenchBare(args) => {
            let listener = tokio::net::TcpListener::bind(args.listen)
                .await
                .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
            axum::serve(listener, convene_web::bare_ceiling())
                .await
                .map_err(|e| e.to_string())
        }
        Command::Backup(args) => {
            let bytes = convene::backup::backup(&settings, &args.out).await?;
            println!("backup written to {} ({bytes} bytes)", args.out.display());
            Ok(())
        }
        Command::Restore(args) => {
            convene::backup::restore(&settings, &args.file).await?;
            println!(
                "restored {}; the database schema is up to date",
                args.file.display()
            );
            Ok(())
        }
        // Answered before the runtime runs `run` (it has an exit status of its own).
        Command::Mail(_) => Ok(()),
        Command::Demo => {
            let store = convene::serve::open_store(&settings)
                .await
                .map_err(|e| e.to_string())?;
            let loaded = convene::demo::load_if_empty(&*store)
                .await
                .map_err(|e| e.to_string())?;
            if loaded {
                println!("demo forum loaded");
            } else {
                println!("database is not empty: demo not loaded");
            }
            store.close().await;
            Ok(())
        }
    }
}

fn init_logging(settings: &Settings, quiet: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("CONVENE_LOG").unwrap_or_else(|_| {
        tracing_subscriber::EnvFilter::new(if quiet { "error" } else { "info" })
    });
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match settings.log_format {
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_span_list(false)
            .init(),
        LogFormat::Human => builder.init(),
    }
}
