//! Test support (feature `test-util`): a fresh database per test on both backends.
//!
//! Every store test runs on SQLite (a temp file) and, when `HELPDESK_TEST_PG` is set (e.g.
//! `postgres://postgres@127.0.0.1:5432/test`), on PostgreSQL in a fresh database
//! `helpdesk_test_<random>` that is dropped afterwards, also when the test panics. One harness
//! for the whole workspace (core, admin-api, web and the end-to-end tests use it), as rustc-perf
//! keeps one `database/src/tests/mod.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use futures::FutureExt as _;
use sqlx::Connection as _;

use crate::{Store, StoreConfig};

/// A fresh database with its store; [`TestDb::cleanup`] closes it and drops a PostgreSQL one.
pub struct TestDb {
    pub store: Store,
    pub url: String,
    /// `"sqlite"` or `"postgres"`, for assertion messages.
    pub backend: &'static str,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

/// The PostgreSQL server for tests (`HELPDESK_TEST_PG`), when configured.
pub fn pg_admin_url() -> Option<String> {
    std::env::var("HELPDESK_TEST_PG")
        .ok()
        .filter(|s| !s.trim().is_empty())
}

/// A fresh SQLite database in a temp dir (its parent folder does not exist yet: opening
/// creates it).
pub async fn sqlite_with(config: StoreConfig) -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/sub/helpdesk.db", dir.path().display());
    let store = Store::connect_with(&url, config).await.unwrap();
    TestDb {
        store,
        url,
        backend: "sqlite",
        _dir: Some(dir),
        pg: None,
    }
}

/// [`sqlite_with`] the default settings.
pub async fn sqlite() -> TestDb {
    sqlite_with(StoreConfig::default()).await
}

/// Creates an empty PostgreSQL database on `admin`'s server; returns its URL and name.
pub async fn fresh_pg_url(admin: &str) -> (String, String) {
    let name = format!("helpdesk_test_{}", uuid::Uuid::new_v4().simple());
    let mut conn = sqlx::PgConnection::connect(admin)
        .await
        .expect("HELPDESK_TEST_PG is set but unreachable");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.ok();
    let (base, query) = match admin.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (admin, String::new()),
    };
    let base = base.rsplit_once('/').map_or(base, |(b, _)| b);
    (format!("{base}/{name}{query}"), name)
}

/// Drops a database made by [`fresh_pg_url`] (closing its connections).
pub async fn drop_pg(admin: &str, name: &str) {
    if let Ok(mut conn) = sqlx::PgConnection::connect(admin).await {
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&mut conn)
            .await;
        conn.close().await.ok();
    }
}

/// A fresh PostgreSQL database, or `None` without `HELPDESK_TEST_PG`.
pub async fn postgres_with(config: StoreConfig) -> Option<TestDb> {
    let admin = pg_admin_url()?;
    let (url, name) = fresh_pg_url(&admin).await;
    let store = Store::connect_with(&url, config).await.unwrap();
    Some(TestDb {
        store,
        url,
        backend: "postgres",
        _dir: None,
        pg: Some((admin, name)),
    })
}

/// [`postgres_with`] the default settings.
pub async fn postgres() -> Option<TestDb> {
    postgres_with(StoreConfig::default()).await
}

impl TestDb {
    pub async fn cleanup(self) {
        self.store.close().await;
        if let Some((admin, name)) = self.pg {
            drop_pg(&admin, &name).await;
        }
    }
}

/// Runs `f` with the URL of a fresh PostgreSQL database (nothing created in it yet), dropped
/// afterwards, also when `f` panics. Does nothing without `HELPDESK_TEST_PG`.
pub async fn with_fresh_pg(f: impl AsyncFn(&str)) {
    let Some(admin) = pg_admin_url() else { return };
    let (url, name) = fresh_pg_url(&admin).await;
    let r = std::panic::AssertUnwindSafe(f(&url)).catch_unwind().await;
    drop_pg(&admin, &name).await;
    if let Err(panic) = r {
        std::panic::resume_unwind(panic);
    }
}

/// Runs `f` on SQLite, then on PostgreSQL if configured, each with a fresh database that is
/// dropped afterwards, also when `f` panics.
pub async fn on_both_with(config: StoreConfig, f: impl AsyncFn(&TestDb)) {
    let db = sqlite_with(config.clone()).await;
    let r = std::panic::AssertUnwindSafe(f(&db)).catch_unwind().await;
    db.cleanup().await;
    if let Err(panic) = r {
        std::panic::resume_unwind(panic);
    }
    if let Some(db) = postgres_with(config).await {
        let r = std::panic::AssertUnwindSafe(f(&db)).catch_unwind().await;
        db.cleanup().await;
        if let Err(panic) = r {
            std::panic::resume_unwind(panic);
        }
    }
}

/// [`on_both_with`] the default settings.
pub async fn on_both(f: impl AsyncFn(&TestDb)) {
    on_both_with(StoreConfig::default(), f).await
}
