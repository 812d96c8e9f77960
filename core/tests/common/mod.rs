//! Test harness: every store test runs on SQLite (a temp file) and, when `HELPDESK_TEST_PG` is
//! set (e.g. `postgres://postgres@127.0.0.1:5432/test`), on PostgreSQL in a fresh database
//! `helpdesk_test_<random>` that is dropped afterwards.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use helpdesk_core::{Actor, Identity, NewTicket, Role, Store, StoreConfig, TicketRequest};
use sqlx::{Connection, Row};

pub struct TestDb {
    pub store: Store,
    pub url: String,
    pub backend: &'static str,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

pub fn pg_admin_url() -> Option<String> {
    std::env::var("HELPDESK_TEST_PG")
        .ok()
        .filter(|s| !s.trim().is_empty())
}

pub async fn sqlite(config: StoreConfig) -> TestDb {
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

/// A URL for a fresh, empty PostgreSQL database (created here).
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

pub async fn postgres(config: StoreConfig) -> Option<TestDb> {
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

impl TestDb {
    pub async fn cleanup(self) {
        self.store.close().await;
        if let Some((admin, name)) = self.pg {
            drop_pg(&admin, &name).await;
        }
    }
}

pub async fn drop_pg(admin: &str, name: &str) {
    if let Ok(mut conn) = sqlx::PgConnection::connect(admin).await {
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&mut conn)
            .await;
        conn.close().await.ok();
    }
}

/// Run `f` with the URL of a fresh PostgreSQL database (nothing created in it yet), dropped
/// afterwards, also when `f` panics. Does nothing without `HELPDESK_TEST_PG`.
pub async fn with_fresh_pg(f: impl AsyncFn(&str)) {
    use futures::FutureExt;
    let Some(admin) = pg_admin_url() else { return };
    let (url, name) = fresh_pg_url(&admin).await;
    let r = std::panic::AssertUnwindSafe(f(&url)).catch_unwind().await;
    drop_pg(&admin, &name).await;
    if let Err(panic) = r {
        std::panic::resume_unwind(panic);
    }
}

/// Run `f` on SQLite, then on PostgreSQL if configured, each with a fresh database that is
/// dropped afterwards, also when `f` panics.
pub async fn on_both(config: StoreConfig, f: impl AsyncFn(&TestDb)) {
    use futures::FutureExt;
    let db = sqlite(config.clone()).await;
    let r = std::panic::AssertUnwindSafe(f(&db)).catch_unwind().await;
    db.cleanup().await;
    if let Err(panic) = r {
        std::panic::resume_unwind(panic);
    }
    if let Some(db) = postgres(config).await {
        let r = std::panic::AssertUnwindSafe(f(&db)).catch_unwind().await;
        db.cleanup().await;
        if let Err(panic) = r {
            std::panic::resume_unwind(panic);
        }
    }
}

pub async fn both(f: impl AsyncFn(&TestDb)) {
    on_both(StoreConfig::default(), f).await
}

/// A token-backed actor with `role`, linked to `links`.
pub async fn actor(store: &Store, name: &str, role: Role, links: &[&str]) -> Actor {
    let links: Vec<Identity> = links.iter().map(|l| Identity::parse(l).unwrap()).collect();
    let t = store.create_token(name, role, &links).await.unwrap();
    let p = store.verify_token(&t.secret).await.unwrap().unwrap();
    Actor::from_principal(&p)
}

pub fn chat_user(id: &str, name: &str) -> Actor {
    Actor::chat_user(Identity::parse(id).unwrap(), name)
}

pub fn name_correction(email: &str, requester: &str) -> NewTicket {
    let req: TicketRequest = serde_json::from_value(serde_json::json!({
        "kind": "name_correction",
        "requester": {"id": requester, "display_name": "Requester Person"},
        "subject": {"email": email, "name_in_account": "Max Muster", "name_in_contract": "Max Mustermann", "identnummer": "12345678"},
        "note": "Bitte korrigieren"
    }))
    .unwrap();
    req.validate().unwrap()
}

pub fn deletion(email: &str, requester: &str) -> NewTicket {
    let req: TicketRequest = serde_json::from_value(serde_json::json!({
        "kind": "deletion",
        "requester": {"id": requester, "display_name": "Requester Person"},
        "subject": {"email": email, "full_name": "Erika Beispiel"},
        "reason": "left_company"
    }))
    .unwrap();
    req.validate().unwrap()
}

/// Run raw SQL statements against the database behind `db` (for tamper tests).
pub async fn exec_raw(db: &TestDb, sql: &str) {
    if db.backend == "postgres" {
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        sqlx::raw_sql(sql).execute(&mut c).await.unwrap();
        c.close().await.ok();
    } else {
        let mut c = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
        sqlx::raw_sql(sql).execute(&mut c).await.unwrap();
        c.close().await.ok();
    }
}

/// Every value of every column of every table, cast to text: `(table, column, value)`.
pub async fn dump_all_text(db: &TestDb) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    if db.backend == "postgres" {
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        let cols: Vec<(String, String)> = sqlx::query_as(
            "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2",
        )
        .fetch_all(&mut c)
        .await
        .unwrap();
        assert!(
            cols.len() > 20,
            "expected the schema's columns, got {cols:?}"
        );
        for (t, col) in cols {
            let rows = sqlx::query(&format!("SELECT CAST(\"{col}\" AS TEXT) FROM \"{t}\""))
                .fetch_all(&mut c)
                .await
                .unwrap();
            for r in rows {
                if let Some(v) = text_of(&r) {
                    out.push((t.clone(), col.clone(), v));
                }
            }
        }
        c.close().await.ok();
    } else {
        let mut c = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
        let tables: Vec<String> =
            sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
                .fetch_all(&mut c)
                .await
                .unwrap();
        assert!(
            tables.len() > 10,
            "expected the schema's tables, got {tables:?}"
        );
        for t in tables {
            let cols: Vec<String> =
                sqlx::query_scalar(&format!("SELECT name FROM pragma_table_info('{t}')"))
                    .fetch_all(&mut c)
                    .await
                    .unwrap();
            for col in cols {
                let rows = sqlx::query(&format!("SELECT CAST(\"{col}\" AS TEXT) FROM \"{t}\""))
                    .fetch_all(&mut c)
                    .await
                    .unwrap();
                for r in rows {
                    if let Some(v) = text_of(&r) {
                        out.push((t.clone(), col.clone(), v));
                    }
                }
            }
        }
        c.close().await.ok();
    }
    out
}

/// Column 0 as text; bytes that are not UTF-8 (a BLOB cast to TEXT) are read lossily.
fn text_of<R: Row>(r: &R) -> Option<String>
where
    usize: sqlx::ColumnIndex<R>,
    for<'a> Option<String>: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> Option<Vec<u8>>: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
{
    match r.try_get::<Option<String>, _>(0usize) {
        Ok(v) => v,
        Err(_) => r
            .try_get_unchecked::<Option<Vec<u8>>, _>(0usize)
            .ok()
            .flatten()
            .map(|b| String::from_utf8_lossy(&b).into_owned()),
    }
}
