//! The [`Store`]: one API over SQLite and PostgreSQL, chosen by the URL scheme.
//!
//! Every SQL statement is written once (`$1` placeholders work on both) and compiled for each
//! backend by the `on_tx!`/`on_pool!` macros; the few backend-specific bits (`FOR UPDATE`,
//! `SKIP LOCKED`) are chosen with `Tx::is_postgres`.
//!
//! Writes run in one transaction each. On SQLite they go through a single-connection writer
//! pool and start with `BEGIN IMMEDIATE` (WAL mode, busy timeout), so concurrent writers queue
//! instead of failing with "database is locked"; readers use a separate pool. On PostgreSQL rows
//! are locked with `SELECT … FOR UPDATE`.

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use sha2::{Digest, Sha256};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, Postgres, Sqlite, SqlitePool, Transaction};

use crate::error::Error;
use crate::model::TicketKind;

pub mod audit;
pub mod faq;
pub mod leader;
pub mod outbox;
pub mod questions;
pub mod rate;
pub mod replay;
pub mod sessions;
pub mod status;
pub mod tickets;
pub mod tokens;
pub mod vectors;
pub mod vocabulary;

/// The default database: a SQLite file next to the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://./data/helpdesk.db";

/// Settings of a store; [`StoreConfig::default`] matches the README.
#[derive(Debug, Clone)]
pub struct StoreConfig {
    /// Closed tickets are erased this long after closing (default 90 days).
    pub retention: TimeDelta,
    /// Logged questions are deleted this long after they were asked (default 30 days).
    pub question_log_retention: TimeDelta,
    /// Due time of a name correction after creation (default 24 h, as the FAQ promises).
    pub due_name_correction: TimeDelta,
    /// Due time of a deletion after creation (default 72 h).
    pub due_deletion: TimeDelta,
    /// Connections in the PostgreSQL pool (and SQLite reader pool).
    pub max_connections: u32,
    /// Seed the FAQ table from the bundled entries on start (default true).
    pub seed_faq: bool,
    /// Retry policy of outbox deliveries.
    pub outbox: outbox::OutboxPolicy,
    /// PostgreSQL: how long a query waits for a connection before failing (so requests fail
    /// fast with 503 while the database is unreachable instead of hanging). Default 1.5 s, so a
    /// request that needs the database is refused within 2 s.
    pub acquire_timeout: Duration,
}

impl Default for StoreConfig {
    fn default() -> Self {
        Self {
            retention: TimeDelta::days(90),
            question_log_retention: TimeDelta::days(30),
            due_name_correction: TimeDelta::hours(24),
            due_deletion: TimeDelta::hours(72),
            max_connections: 10,
            seed_faq: true,
            outbox: outbox::OutboxPolicy::default(),
            acquire_timeout: Duration::from_millis(1500),
        }
    }
}

impl StoreConfig {
    pub fn due_after(&self, kind: TicketKind) -> TimeDelta {
        match kind {
            TicketKind::NameCorrection => self.due_name_correction,
            TicketKind::Deletion => self.due_deletion,
        }
    }
}

/// Which database a store talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub(crate) enum Pool {
    Sqlite { read: SqlitePool, write: SqlitePool },
    Postgres(PgPool),
}

pub(crate) enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// Run `$body` with `$c` bound to the backend's `&mut Transaction`; use `&mut **$c` as executor.
macro_rules! on_tx {
    ($tx:expr, $c:ident => $body:expr) => {
        match $tx {
            $crate::store::Tx::Sqlite($c) => $body,
            $crate::store::Tx::Postgres($c) => $body,
        }
    };
}
pub(crate) use on_tx;

/// Run `$body` with `$p` bound to the backend's read pool (`&SqlitePool` / `&PgPool`).
macro_rules! on_pool {
    ($store:expr, $p:ident => $body:expr) => {
        match &$store.inner.pool {
            $crate::store::Pool::Sqlite { read: $p, .. } => $body,
            $crate::store::Pool::Postgres($p) => $body,
        }
    };
}
pub(crate) use on_pool;

impl Tx {
    pub(crate) fn is_postgres(&self) -> bool {
        matches!(self, Tx::Postgres(_))
    }

    /// `" FOR UPDATE"` on PostgreSQL; nothing on SQLite (writes are serialized there).
    pub(crate) fn for_update(&self) -> &'static str {
        if self.is_postgres() {
            " FOR UPDATE"
        } else {
            ""
        }
    }

    pub(crate) async fn commit(self) -> Result<(), Error> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }
}

pub(crate) struct Inner {
    pub(crate) pool: Pool,
    pub(crate) config: StoreConfig,
    /// Installation secret for pseudonyms (erasure receipts, chat actors in the audit trail).
    pub(crate) salt: String,
}

/// The system of record. Cheap to clone (an `Arc`); share one per process.
#[derive(Clone)]
pub struct Store {
    pub(crate) inner: Arc<Inner>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.backend())
            .finish()
    }
}

impl Store {
    /// Open the database at `url` with default settings, run the migrations, seed the FAQ.
    pub async fn connect(url: &str) -> Result<Store, Error> {
        Self::connect_with(url, StoreConfig::default()).await
    }

    /// Like [`Store::connect`] with explicit settings.
    pub async fn connect_with(url: &str, config: StoreConfig) -> Result<Store, Error> {
        let pool = open_pool(url, config.max_connections, config.acquire_timeout).await?;
        match &pool {
            Pool::Sqlite { write, .. } => helpdesk_migrations::SQLITE.run(write).await?,
            Pool::Postgres(p) => helpdesk_migrations::POSTGRES.run(p).await?,
        }
        let mut store = Store {
            inner: Arc::new(Inner {
                pool,
                config,
                salt: String::new(),
            }),
        };
        let salt = store.load_salt().await?;
        if let Some(inner) = Arc::get_mut(&mut store.inner) {
            inner.salt = salt;
        }
        if store.inner.config.seed_faq {
            store.seed_faq(helpdesk_faq::bundled()).await?;
            store
                .seed_vocabulary(helpdesk_faq::bundled_vocabulary())
                .await?;
        }
        tracing::info!(backend = ?store.backend(), "store ready");
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        match self.inner.pool {
            Pool::Sqlite { .. } => Backend::Sqlite,
            Pool::Postgres(_) => Backend::Postgres,
        }
    }

    pub fn config(&self) -> &StoreConfig {
        &self.inner.config
    }

    /// The migrations applied to this database: `(version, description)`, oldest first.
    pub async fn applied_migrations(&self) -> Result<Vec<(i64, String)>, Error> {
        let sql =
            "SELECT version, description FROM _sqlx_migrations WHERE success ORDER BY version";
        Ok(on_pool!(self, p => sqlx::query_as::<_, (i64, String)>(sql).fetch_all(p).await?))
    }

    /// A cheap round trip to the database (for readiness), bounded by `limit`.
    pub async fn ping(&self, limit: Duration) -> Result<(), Error> {
        let q = async {
            match &self.inner.pool {
                Pool::Sqlite { read, .. } => {
                    sqlx::query("SELECT 1").execute(read).await?;
                }
                Pool::Postgres(p) => {
                    sqlx::query("SELECT 1").execute(p).await?;
                }
            }
            Ok::<(), Error>(())
        };
        tokio::time::timeout(limit, q)
            .await
            .unwrap_or(Err(Error::Database(sqlx::Error::PoolTimedOut)))
    }

    /// Close all connections (waits for running queries).
    pub async fn close(&self) {
        match &self.inner.pool {
            Pool::Sqlite { read, write } => {
                write.close().await;
                read.close().await;
            }
            Pool::Postgres(p) => p.close().await,
        }
    }

    /// Start a write transaction.
    pub(crate) async fn begin(&self) -> Result<Tx, Error> {
        Ok(match &self.inner.pool {
            Pool::Sqlite { write, .. } => Tx::Sqlite(write.begin_with("BEGIN IMMEDIATE").await?),
            Pool::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    async fn load_salt(&self) -> Result<String, Error> {
        let fresh = hex::encode(rand::random::<[u8; 32]>());
        let mut tx = self.begin().await?;
        let salt = on_tx!(&mut tx, c => {
            sqlx::query("INSERT INTO settings (key, value) VALUES ('salt', $1) ON CONFLICT (key) DO NOTHING")
                .bind(&fresh)
                .execute(&mut **c)
                .await?;
            sqlx::query_scalar::<_, String>("SELECT value FROM settings WHERE key = 'salt'")
                .fetch_one(&mut **c)
                .await?
        });
        tx.commit().await?;
        Ok(salt)
    }

    /// A 32-byte key for `purpose` (e.g. `"web-csrf"`), derived from this installation's secret
    /// (kept in the database, so every replica derives the same key). Use it as an HMAC key;
    /// different purposes get independent keys.
    pub fn derived_key(&self, purpose: &str) -> [u8; 32] {
        Sha256::digest(format!("helpdesk key\n{}\n{}", self.inner.salt, purpose).as_bytes()).into()
    }

    /// Salted SHA-256 (hex) of `value`, for pseudonyms.
    pub(crate) fn pseudonym(&self, value: &str) -> String {
        sha256_hex(&format!("{}\n{}", self.inner.salt, value))
    }
}

async fn open_pool(
    url: &str,
    max_connections: u32,
    acquire_timeout: Duration,
) -> Result<Pool, Error> {
    if url.starts_with("sqlite:") {
        let memory = url.contains(":memory:") || url.contains("mode=memory");
        if !memory {
            let path = url
                .trim_start_matches("sqlite://")
                .trim_start_matches("sqlite:")
                .split('?')
                .next()
                .unwrap_or_default();
            if let Some(parent) = Path::new(path)
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
            {
                std::fs::create_dir_all(parent).map_err(|e| Error::Database(sqlx::Error::Io(e)))?;
            }
        }
        let opts = SqliteConnectOptions::from_str(url)
            .map_err(|_| Error::BadUrl)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(30))
            .foreign_keys(true);
        let mut write = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(60));
        if memory {
            // The database lives as long as its one connection: never recycle it.
            write = write
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None);
        }
        let write = write.connect_with(opts.clone()).await?;
        // An in-memory database exists once per connection: share the single one.
        let read = if memory {
            write.clone()
        } else {
            SqlitePoolOptions::new()
                .max_connections(max_connections.max(1))
                .connect_with(opts)
                .await?
        };
        Ok(Pool::Sqlite { read, write })
    } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        let opts = PgConnectOptions::from_str(url).map_err(|_| Error::BadUrl)?;
        let pool = PgPoolOptions::new()
            .max_connections(max_connections.max(2))
            .acquire_timeout(acquire_timeout)
            // A connection whose server went away is noticed before it is handed out.
            .test_before_acquire(true)
            .connect_with(opts)
            .await?;
        Ok(Pool::Postgres(pool))
    } else {
        Err(Error::BadUrl)
    }
}

pub(crate) fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

/// Now, truncated to milliseconds (the precision stored).
/// A stored value that cannot be decoded (written by a newer version, or edited by hand): a
/// database error that names the column, never its content.
pub(crate) fn corrupt(what: &str) -> Error {
    Error::Database(sqlx::Error::Protocol(format!(
        "unexpected value in column {what}"
    )))
}

/// Decodes a JSON column (`what` names it in the error).
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(
    text: &str,
    what: &str,
) -> Result<T, Error> {
    serde_json::from_str(text).map_err(|_| corrupt(what))
}

/// Encodes a value for a JSON column.
pub(crate) fn to_json<T: serde::Serialize>(value: &T, what: &str) -> Result<String, Error> {
    serde_json::to_string(value).map_err(|_| corrupt(what))
}

pub(crate) fn now() -> DateTime<Utc> {
    from_ms(Utc::now().timestamp_millis())
}

pub(crate) fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub(crate) fn from_ms(v: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(v)
        .single()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
}
