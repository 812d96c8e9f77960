//! Replay check shared by all replicas: an interaction (or any input) id is handled once,
//! whichever replica it reaches. Ids are remembered in the database until they expire; expired
//! ids are purged by [`Store::purge_replays`] (from the hourly retention task of `serve`).

use std::time::Duration;

use chrono::TimeDelta;

use super::{Store, ms, now, on_tx};
use crate::error::Error;

/// How long an input id is remembered by default. Discord retries an interaction within
/// seconds and refuses timestamps older than a few minutes; a day is ample.
pub const DEFAULT_REPLAY_TTL: Duration = Duration::from_secs(24 * 3600);

impl Store {
    /// True the first time `id` is seen by any replica within `ttl`; false for a replay. The
    /// check and the record are one statement, so two replicas racing on the same id cannot
    /// both get `true`.
    pub async fn first_seen(&self, id: &str, ttl: Duration) -> Result<bool, Error> {
        let now = now();
        let expires = now + TimeDelta::from_std(ttl).unwrap_or(TimeDelta::days(1));
        let mut tx = self.begin().await?;
        let n = on_tx!(&mut tx, c => sqlx::query(
            "INSERT INTO interaction_replays (id, expires_at) VALUES ($1, $2) \
             ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at \
             WHERE interaction_replays.expires_at < $3")
            .bind(id)
            .bind(ms(expires))
            .bind(ms(now))
            .execute(&mut **c)
            .await?
            .rows_affected());
        tx.commit().await?;
        Ok(n > 0)
    }

    /// Forgets input ids whose time has passed (and expired shared rate counters). Returns how
    /// many rows were deleted.
    pub async fn purge_replays(&self) -> Result<u64, Error> {
        let now = ms(now());
        let mut tx = self.begin().await?;
        let n = on_tx!(&mut tx, c => {
            let a = sqlx::query("DELETE FROM interaction_replays WHERE expires_at < $1")
                .bind(now).execute(&mut **c).await?.rows_affected();
            let b = sqlx::query("DELETE FROM rate_counters WHERE expires_at < $1")
                .bind(now).execute(&mut **c).await?.rows_affected();
            a + b
        });
        tx.commit().await?;
        Ok(n)
    }
}
