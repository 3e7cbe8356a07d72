//! Report reminders: once a session has ended, its organisers are reminded (in the app
//! and by mail) that the short report is due, and later that the full one is. Each
//! reminder goes out once; [`run`] checks every hour beside the server, on one server
//! at a time: the holder of the [`LEASE`].

use crate::programme::tell_organisers;
use crate::Options;
use convene_core::meeting::{self, ReportState, Status};
use convene_store::{Store, StoreError};
use std::sync::Arc;
use std::time::Duration;

const INTERVAL: Duration = Duration::from_secs(3600);
/// The lease naming the server that sends reminders when several share a database.
pub const LEASE: &str = "reminders";
/// Three missed rounds: a crashed holder is replaced within a few hours.
const LEASE_SECONDS: i64 = 3 * 3600;

/// Sends every reminder due at `now` (Unix seconds); returns how many sessions were
/// reminded.
pub async fn send_due(store: &dyn Store, options: &Options, now: i64) -> Result<usize, StoreError> {
    let m = store;
    let mut sent = 0;
    for e in store.editions("en").await? {
        let local_now = meeting::now_in(&e.time_zone, now);
        // Meetings more than a month over have nothing left to chase.
        let over = e
            .ends_on
            .parse::<jiff::civil::Date>()
            .ok()
            .and_then(|d| d.checked_add(jiff::Span::new().days(31)).ok())
            .is_some_and(|d| d < local_now.date());
        if over {
            continue;
        }
        let proposals = m.proposals(e.id, "en").await?;
        let reports = m.edition_reports(e.id).await?;
        for p in proposals.iter().filter(|p| p.status == Status::Accepted) {
            let Some(start) = p.starts_at.as_deref().and_then(meeting::parse_local) else {
                continue;
            };
            let end = meeting::plus_minutes(start, p.fields.duration.unwrap_or(60));
            let r = reports.iter().find(|r| r.proposal_id == p.id);
            let state = meeting::report_state(
                end,
                local_now,
                r.is_some_and(|r| r.short_at.is_some()),
                r.is_some_and(|r| r.full_at.is_some()),
            );
            let kind = match state {
                ReportState::ShortDue | ReportState::ShortLate => "short",
                ReportState::FullDue | ReportState::FullLate => "full",
                ReportState::NotDue | ReportState::Complete => continue,
            };
            if m.mark_reminded(p.id, kind).await? {
                let (short_due, full_due) = meeting::report_deadlines(end.date());
                let due = if kind == "short" { short_due } else { full_due };
                tell_organisers(
                    store,
                    options,
                    p.id,
                    &format!("report-reminder-{kind}"),
                    &[("title", p.title.text.clone()), ("due", due.to_string())],
                )
                .await?;
                sent += 1;
            }
        }
    }
    Ok(sent)
}

/// Checks for due reminders every hour, when `holder` (this process) holds the lease,
/// until told to stop; then gives the lease up.
pub async fn run(
    store: Arc<dyn Store>,
    options: Arc<Options>,
    holder: String,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        let now = convene_core::date::now();
        match store.take_lease(LEASE, &holder, now, LEASE_SECONDS).await {
            Ok(true) => {
                if let Err(e) = send_due(&*store, &options, now).await {
                    tracing::warn!(error = %e, "report reminders failed; will retry");
                }
            }
            // Another server sends them this round.
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "reminders could not take their lease"),
        }
        tokio::select! {
            _ = tokio::time::sleep(INTERVAL) => {}
            _ = stop.changed() => break,
        }
    }
    if let Err(e) = store.release_lease(LEASE, &holder).await {
        tracing::warn!(error = %e, "reminders could not release their lease");
    }
}
