//! Test helpers of the store tests: the fresh-database harness is `helpdesk_core::testing`
//! (SQLite, and PostgreSQL when `HELPDESK_TEST_PG` is set); the ticket and actor builders are
//! here.
#![allow(dead_code, unused_imports, clippy::unwrap_used, clippy::expect_used)]

use helpdesk_core::{Actor, Identity, NewTicket, Role, Store, StoreConfig, TicketRequest};
use sqlx::{Connection, Row};

pub use helpdesk_core::testing::{TestDb, drop_pg, fresh_pg_url, pg_admin_url, with_fresh_pg};

pub async fn sqlite(config: StoreConfig) -> TestDb {
    helpdesk_core::testing::sqlite_with(config).await
}

pub async fn postgres(config: StoreConfig) -> Option<TestDb> {
    helpdesk_core::testing::postgres_with(config).await
}

/// Run `f` on SQLite, then on PostgreSQL if configured (see [`helpdesk_core::testing`]).
pub async fn on_both(config: StoreConfig, f: impl AsyncFn(&TestDb)) {
    helpdesk_core::testing::on_both_with(config, f).await
}

pub async fn both(f: impl AsyncFn(&TestDb)) {
    helpdesk_core::testing::on_both(f).await
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
