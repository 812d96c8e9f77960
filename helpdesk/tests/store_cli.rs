//! The command-line contract of `helpdesk migrate` and `helpdesk token create|list|revoke`, run
//! as a real process against a fresh SQLite file (the store itself is tested on both backends
//! in `helpdesk-core`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Output};

use helpdesk_core::{Role, Store};

fn helpdesk(db: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_helpdesk"))
        .env("DATABASE_URL", db)
        .env_remove("HELPDESK_RETENTION_DAYS")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn migrate_and_token_lifecycle() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}/new-folder/helpdesk.db", dir.path().display());

    let m = helpdesk(&db, &["migrate"]);
    assert!(m.status.success(), "{}", String::from_utf8_lossy(&m.stderr));
    assert!(stdout(&m).contains("1 init"));
    assert!(dir.path().join("new-folder/helpdesk.db").exists());
    // Idempotent.
    assert!(helpdesk(&db, &["migrate"]).status.success());

    let c = helpdesk(
        &db,
        &[
            "token",
            "create",
            "--name",
            "Erika IT",
            "--role",
            "it_staff",
            "--link",
            "discord:42",
        ],
    );
    assert!(c.status.success(), "{}", String::from_utf8_lossy(&c.stderr));
    let out = stdout(&c);
    let token = out.lines().last().unwrap().trim().to_owned();
    assert!(token.starts_with("hd_1_") && token.len() == 69, "{out}");

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let store = rt.block_on(Store::connect(&db)).unwrap();
    let p = rt.block_on(store.verify_token(&token)).unwrap().unwrap();
    assert_eq!((p.name.as_str(), p.role), ("Erika IT", Role::ItStaff));
    assert!(
        rt.block_on(store.actor_for_chat_identity("discord:42"))
            .unwrap()
            .is_some()
    );

    let l = stdout(&helpdesk(&db, &["token", "list"]));
    assert!(
        l.contains("Erika IT") && l.contains("active") && l.contains("discord:42"),
        "{l}"
    );
    assert!(!l.contains(&token[5..]), "list never shows secrets");

    assert!(helpdesk(&db, &["token", "revoke", "1"]).status.success());
    assert!(stdout(&helpdesk(&db, &["token", "list"])).contains("REVOKED"));
    assert_eq!(rt.block_on(store.verify_token(&token)).unwrap(), None);
    assert!(!helpdesk(&db, &["token", "revoke", "99"]).status.success());

    let bad = helpdesk(&db, &["token", "create", "--name", "X", "--role", "boss"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("it_staff"));
    rt.block_on(store.close());
}
