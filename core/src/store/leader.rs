//! Leadership among replicas: exactly one process holds a named role (the Discord gateway).
//!
//! On PostgreSQL a leader holds a session-level advisory lock on a dedicated connection (not
//! from the pool): the lock lives exactly as long as that connection, so a crashed or killed
//! leader loses it as soon as the server sees the connection close, and another replica's next
//! [`Store::try_lead`] succeeds. On SQLite (one process per database file) the role is always
//! granted.

use std::time::Duration;

use sqlx::Connection;
use sqlx::postgres::PgConnection;

use super::{Pool, Store, sha256_hex};
use crate::error::Error;

/// How long a liveness check of the lock's connection may take before the lease counts as lost.
const CHECK_TIMEOUT: Duration = Duration::from_secs(3);

/// A held role. Check it with [`Leadership::check`] every few seconds while acting as the
/// leader; [`Leadership::release`] it on shutdown (dropping it also releases, when the
/// connection closes).
#[derive(Debug)]
pub struct Leadership {
    name: String,
    key: i64,
    conn: Option<PgConnection>,
}

/// The advisory lock key for a role name: the first 8 bytes of its SHA-256.
fn lock_key(name: &str) -> i64 {
    let hex = sha256_hex(&format!("helpdesk-leader:{name}"));
    let bytes = u64::from_str_radix(&hex[..16], 16).unwrap_or(0);
    i64::from_ne_bytes(bytes.to_ne_bytes())
}

impl Store {
    /// Tries to become the leader for `name`. `Ok(None)`: another replica holds it.
    pub async fn try_lead(&self, name: &str) -> Result<Option<Leadership>, Error> {
        let key = lock_key(name);
        let Pool::Postgres(pool) = &self.inner.pool else {
            return Ok(Some(Leadership {
                name: name.to_owned(),
                key,
                conn: None,
            }));
        };
        let opts = pool.connect_options();
        let mut conn = PgConnection::connect_with(&opts).await?;
        let got: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
            .bind(key)
            .fetch_one(&mut conn)
            .await?;
        if !got {
            conn.close().await.ok();
            return Ok(None);
        }
        Ok(Some(Leadership {
            name: name.to_owned(),
            key,
            conn: Some(conn),
        }))
    }
}

impl Leadership {
    /// The role's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// True while the role is still held: the lock's connection answers (a session lock lasts
    /// as long as its session). False means another replica may take over at any moment: stop
    /// acting as leader.
    pub async fn check(&mut self) -> bool {
        let Some(conn) = self.conn.as_mut() else {
            return true;
        };
        match tokio::time::timeout(CHECK_TIMEOUT, conn.ping()).await {
            Ok(Ok(())) => true,
            Ok(Err(e)) => {
                tracing::warn!(role = %self.name, error = %e, "leadership check failed");
                false
            }
            Err(_) => {
                tracing::warn!(role = %self.name, "leadership check timed out");
                false
            }
        }
    }

    /// Gives the role up now (unlock and close the connection).
    pub async fn release(mut self) {
        if let Some(mut conn) = self.conn.take() {
            let unlock = sqlx::query("SELECT pg_advisory_unlock($1)")
                .bind(self.key)
                .execute(&mut conn);
            let _ = tokio::time::timeout(CHECK_TIMEOUT, unlock).await;
            let _ = tokio::time::timeout(CHECK_TIMEOUT, conn.close()).await;
        }
    }
}
