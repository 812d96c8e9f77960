//! Fixed-window counters shared by all replicas (the public `/ask` limit, the language-model
//! call budget). One statement counts a hit and returns the window's total, so two replicas
//! racing on the same key cannot both see a stale count. Rows expire with their window and are
//! purged by [`Store::purge_replays`].

use std::time::Duration;

use super::{Pool, Store, ms, now, on_tx, sha256_hex};
use crate::error::Error;

/// One counted hit: the window's total including this hit, and when the window ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowHit {
    /// Hits in the current window, this one included.
    pub hits: u64,
    /// Milliseconds until the window ends (at least 1).
    pub remaining_ms: u64,
}

const SQL: &str = "INSERT INTO rate_counters (key, window_start, hits, expires_at) \
     VALUES ($1, $2, 1, $3) \
     ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_counters.hits + 1 \
     RETURNING hits";

impl Store {
    /// Counts one hit for `key` in the current fixed window of length `window` (aligned to the
    /// Unix epoch, so every replica agrees on the window boundaries). The key is stored as a
    /// salted hash (a client address never reaches the database).
    pub async fn count_hit(&self, key: &str, window: Duration) -> Result<WindowHit, Error> {
        let hashed = sha256_hex(&format!("{}\0{key}", self.inner.salt));
        let key = &hashed[..32];
        let window_ms = i64::try_from(window.as_millis()).unwrap_or(i64::MAX).max(1);
        let now = ms(now());
        let start = now - now.rem_euclid(window_ms);
        let end = start.saturating_add(window_ms);
        let hits: i64 = match &self.inner.pool {
            // Autocommit: one round trip, the row lock of ON CONFLICT serialises racing replicas.
            Pool::Postgres(p) => {
                sqlx::query_scalar::<_, i64>(SQL)
                    .bind(key)
                    .bind(start)
                    .bind(end)
                    .fetch_one(p)
                    .await?
            }
            Pool::Sqlite { .. } => {
                let mut tx = self.begin().await?;
                let hits = on_tx!(&mut tx, c => sqlx::query_scalar::<_, i64>(SQL)
                    .bind(key)
                    .bind(start)
                    .bind(end)
                    .fetch_one(&mut **c)
                    .await?);
                tx.commit().await?;
                hits
            }
        };
        Ok(WindowHit {
            hits: u64::try_from(hits).unwrap_or(0),
            remaining_ms: u64::try_from(end - now).unwrap_or(1).max(1),
        })
    }
}
