//! Leases: a named piece of background work held by one server at a time. Not logged in
//! the change log: renewing a lease changes nothing a reader sees, and logging it would
//! expire every cached page each round.

use crate::{sql::SqlStore, Result};

impl SqlStore {
    pub(crate) async fn do_take_lease(
        &self,
        name: &str,
        holder: &str,
        now: i64,
        ttl_seconds: i64,
    ) -> Result<bool> {
        // One statement, so two servers asking at once cannot both win: the row is
        // written only when it is new, expired or already this holder's.
        let won: Option<i64> = sqlx::query_scalar(
            "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,
               expires_at = excluded.expires_at
             WHERE leases.holder = excluded.holder OR leases.expires_at <= $4
             RETURNING expires_at",
        )
        .bind(name)
        .bind(holder)
        .bind(now.saturating_add(ttl_seconds))
        .bind(now)
        .fetch_optional(&self.write)
        .await?;
        Ok(won.is_some())
    }

    pub(crate) async fn do_release_lease(&self, name: &str, holder: &str) -> Result<()> {
        sqlx::query("DELETE FROM leases WHERE name = $1 AND holder = $2")
            .bind(name)
            .bind(holder)
            .execute(&self.write)
            .await?;
        Ok(())
    }
}
