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
        .env_remove("HELPDESK_AUDIT_KEY_FILE")
        .env_remove("HELPDESK_AUDIT_KEY")
        .env_remove("HELPDESK_AUDIT_PUBLIC_KEY")
        .env_remove("HELPDESK_AUDIT_CHECKPOINT_FILE")
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

#[test]
fn tokens_belong_to_persons_and_reissue_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}/helpdesk.db", dir.path().display());
    let last_line = |o: &Output| stdout(o).lines().last().unwrap().trim().to_owned();
    let a = helpdesk(
        &db,
        &[
            "token",
            "create",
            "--person",
            "erika@ihk.example",
            "--name",
            "Erika",
            "--role",
            "it_staff",
        ],
    );
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    assert!(stdout(&a).contains("person 1"), "{}", stdout(&a));
    // Same person by e-mail (no --name needed now) and by id.
    let b = helpdesk(
        &db,
        &[
            "token",
            "create",
            "--person",
            "ERIKA@ihk.example",
            "--role",
            "admin",
        ],
    );
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    let c = helpdesk(
        &db,
        &["token", "create", "--person", "1", "--role", "intake"],
    );
    assert!(c.status.success());
    // An unknown e-mail needs a name; an unknown id is refused.
    assert!(
        !helpdesk(
            &db,
            &[
                "token",
                "create",
                "--person",
                "new@ihk.example",
                "--role",
                "admin"
            ]
        )
        .status
        .success()
    );
    assert!(
        !helpdesk(
            &db,
            &["token", "create", "--person", "9", "--role", "admin"]
        )
        .status
        .success()
    );
    let r = helpdesk(&db, &["token", "reissue", "1"]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let reissued = last_line(&r);
    assert!(reissued.starts_with("hd_4_"), "{reissued}");

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let store = rt.block_on(Store::connect(&db)).unwrap();
    assert_eq!(
        rt.block_on(store.verify_token(&last_line(&a))).unwrap(),
        None
    );
    let p = rt.block_on(store.verify_token(&reissued)).unwrap().unwrap();
    let q = rt
        .block_on(store.verify_token(&last_line(&b)))
        .unwrap()
        .unwrap();
    assert_eq!((p.person, p.role), (q.person, Role::ItStaff));
    rt.block_on(store.close());
    let l = stdout(&helpdesk(&db, &["token", "list"]));
    assert_eq!(l.matches("person 1").count(), 4, "{l}");
    assert!(!helpdesk(&db, &["token", "reissue", "1"]).status.success());
}

#[test]
fn audit_checkpoints_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}/helpdesk.db", dir.path().display());
    let key = dir.path().join("keys/audit.key");
    let file = dir.path().join("elsewhere/checkpoints.jsonl");
    let key_s = key.display().to_string();
    let file_s = file.display().to_string();
    let g = helpdesk(&db, &["audit", "keygen", "--out", &key_s]);
    assert!(g.status.success(), "{}", String::from_utf8_lossy(&g.stderr));
    let public = stdout(&g).lines().last().unwrap().trim().to_owned();
    assert_eq!(public.len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(
        !helpdesk(&db, &["audit", "keygen", "--out", &key_s])
            .status
            .success(),
        "never overwrites a key"
    );
    let cp = |extra: &[&str]| {
        let mut args = vec![
            "audit",
            "checkpoint",
            "--key-file",
            &key_s,
            "--checkpoint-file",
            &file_s,
        ];
        args.extend_from_slice(extra);
        helpdesk(&db, &args)
    };
    let c = cp(&[]);
    assert!(c.status.success(), "{}", String::from_utf8_lossy(&c.stderr));
    assert!(stdout(&c).contains("seq 0"), "{}", stdout(&c));
    let v = helpdesk(
        &db,
        &[
            "audit",
            "verify",
            "--checkpoints",
            &file_s,
            "--public-key",
            &public,
        ],
    );
    assert!(v.status.success(), "{}", stdout(&v));
    assert!(stdout(&v).contains("intact"), "{}", stdout(&v));
    // Another key's public key does not accept the file.
    let other = "11".repeat(32);
    let w = helpdesk(
        &db,
        &[
            "audit",
            "verify",
            "--checkpoints",
            &file_s,
            "--public-key",
            &other,
        ],
    );
    assert!(!w.status.success());
    // Without checkpoints: just the chain.
    assert!(helpdesk(&db, &["audit", "verify"]).status.success());
    // No key configured: a clear refusal.
    let n = helpdesk(&db, &["audit", "checkpoint", "--checkpoint-file", &file_s]);
    assert!(!n.status.success());
    assert!(
        String::from_utf8_lossy(&n.stderr).contains("HELPDESK_AUDIT_KEY_FILE"),
        "{}",
        String::from_utf8_lossy(&n.stderr)
    );
}
