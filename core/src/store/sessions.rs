//! Server-side sessions of the web console, in this database.
//!
//! The SQL is tower-sessions-sqlx-store's (a well-kept store, not a hand-made one); the table
//! `web_sessions` is created by this project's migrations (`0006_web_sessions`) so replicas never
//! race to create it. [`SessionStore`] picks the backend's store, like [`Store`] itself. On SQLite
//! it uses the single-connection writer pool, so session writes queue behind ticket writes
//! instead of failing with "database is locked".

use async_trait::async_trait;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

use crate::store::{Pool, Store};

/// The table, on both backends (schema `public` on PostgreSQL).
const TABLE: &str = "web_sessions";

/// The session store of this database (implements tower-sessions' `SessionStore`).
#[derive(Debug, Clone)]
pub enum SessionStore {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl Store {
    /// The web console's session store over this database.
    pub fn session_store(&self) -> SessionStore {
        match &self.inner.pool {
            Pool::Sqlite { write, .. } => SessionStore::Sqlite(
                SqliteStore::new(write.clone())
                    .with_table_name(TABLE)
                    .unwrap_or_else(|_| SqliteStore::new(write.clone())),
            ),
            Pool::Postgres(p) => {
                let store = PostgresStore::new(p.clone());
                SessionStore::Postgres(
                    store
                        .clone()
                        .with_schema_name("public")
                        .and_then(|s| s.with_table_name(TABLE))
                        .unwrap_or(store),
                )
            }
        }
    }

    /// Deletes expired console sessions (they are never loaded anyway; this frees the rows).
    pub async fn purge_expired_sessions(&self) -> Result<(), crate::Error> {
        self.session_store().delete_expired().await.map_err(|e| {
            crate::Error::Database(sqlx::Error::Protocol(format!("session purge: {e}")))
        })
    }
}

#[async_trait]
impl session_store::SessionStore for SessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            SessionStore::Sqlite(s) => s.create(record).await,
            SessionStore::Postgres(s) => s.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            SessionStore::Sqlite(s) => s.save(record).await,
            SessionStore::Postgres(s) => s.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            SessionStore::Sqlite(s) => s.load(id).await,
            SessionStore::Postgres(s) => s.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            SessionStore::Sqlite(s) => s.delete(id).await,
            SessionStore::Postgres(s) => s.delete(id).await,
        }
    }
}

#[async_trait]
impl ExpiredDeletion for SessionStore {
    /// Deletes expired sessions (an expired one is already never loaded; this frees the rows).
    async fn delete_expired(&self) -> session_store::Result<()> {
        match self {
            SessionStore::Sqlite(s) => s.delete_expired().await,
            SessionStore::Postgres(s) => s.delete_expired().await,
        }
    }
}
