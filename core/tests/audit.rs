//! The audit chain on both backends: it verifies after normal use, and changing, deleting,
//! reordering or inserting a row is reported as the first broken link.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use helpdesk_core::{Role, Store};

/// Five tickets through a few transitions: 5 creates + 3 approvals + 1 reject = 9 events.
async fn history(s: &Store) {
    let it = actor(s, "IT", Role::ItStaff, &[]).await;
    let intake = actor(s, "Bot", Role::Intake, &[]).await;
    for i in 0..5 {
        let t = s
            .create_ticket(
                &name_correction(&format!("a{i}@example.org"), "discord:1"),
                &intake,
                None,
            )
            .await
            .unwrap()
            .ticket;
        if i < 3 {
            s.approve(t.id, 1, &it).await.unwrap();
        } else if i == 3 {
            s.reject(t.id, 1, &it, "no").await.unwrap();
        }
    }
    let r = s.verify().await.unwrap();
    assert!(r.ok && r.events == 9 && r.broken.is_none(), "{r:?}");
}

async fn broken_at(db: &TestDb, tamper: &str) -> (i64, String) {
    history(&db.store).await;
    exec_raw(db, tamper).await;
    let r = db.store.verify().await.unwrap();
    assert!(
        !r.ok,
        "{}: tampering with `{tamper}` went unnoticed",
        db.backend
    );
    let b = r.broken.unwrap();
    (b.seq, b.reason)
}

#[tokio::test]
async fn empty_chain_verifies() {
    both(async |db| {
        let r = db.store.verify().await.unwrap();
        assert!(r.ok && r.events == 0);
    })
    .await;
}

#[tokio::test]
async fn changed_row_is_detected() {
    both(async |db| {
        let got = broken_at(
            db,
            "UPDATE audit_events SET actor = 'token:999' WHERE seq = 4",
        )
        .await;
        assert_eq!(got, (4, "hash_mismatch".into()));
    })
    .await;
    both(async |db| {
        let got = broken_at(
            db,
            "UPDATE audit_events SET to_state = 'approved' WHERE seq = 9",
        )
        .await;
        assert_eq!(got, (9, "hash_mismatch".into()));
    })
    .await;
}

#[tokio::test]
async fn deleted_rows_are_detected() {
    both(async |db| {
        let got = broken_at(db, "DELETE FROM audit_events WHERE seq = 5").await;
        assert_eq!(got, (6, "sequence_gap".into()));
    })
    .await;
    both(async |db| {
        // Removing the tail leaves a consistent chain, but not the recorded head.
        let got = broken_at(db, "DELETE FROM audit_events WHERE seq >= 8").await;
        assert_eq!(got, (9, "head_mismatch".into()));
    })
    .await;
}

#[tokio::test]
async fn reordered_rows_are_detected() {
    both(async |db| {
        // Swap rows 3 and 4 by renumbering them.
        let got = broken_at(
            db,
            "UPDATE audit_events SET seq = -3 WHERE seq = 3; UPDATE audit_events SET seq = 3 WHERE seq = 4; \
             UPDATE audit_events SET seq = 4 WHERE seq = -3;",
        )
        .await;
        assert_eq!(got, (3, "prev_hash_mismatch".into()));
    })
    .await;
}

#[tokio::test]
async fn inserted_rows_are_detected() {
    both(async |db| {
        // A forged event appended at the end, even one that links to the real last hash.
        history(&db.store).await;
        let last: String = {
            let r = db.store.verify().await.unwrap();
            r.head_hash
        };
        exec_raw(
            db,
            &format!(
                "INSERT INTO audit_events (seq, ticket_id, action, actor, from_state, to_state, version, at, prev_hash, hash) \
                 VALUES (10, 1, 'approve', 'token:1', 'open', 'approved', 2, 0, '{last}', '{}')",
                "ab".repeat(32)
            ),
        )
        .await;
        let b = db.store.verify().await.unwrap().broken.unwrap();
        assert_eq!((b.seq, b.reason.as_str()), (10, "hash_mismatch"));
    })
    .await;
    both(async |db| {
        // A row squeezed into the middle (later rows renumbered).
        let got = broken_at(
            db,
            "UPDATE audit_events SET seq = -seq WHERE seq >= 5; UPDATE audit_events SET seq = -seq + 1 WHERE seq < 0; \
             INSERT INTO audit_events (seq, ticket_id, action, actor, from_state, to_state, version, at, prev_hash, hash) \
             SELECT 5, ticket_id, action, actor, from_state, to_state, version, at, hash, hash FROM audit_events WHERE seq = 4; \
             UPDATE audit_head SET seq = 10;",
        )
        .await;
        assert_eq!(got, (5, "hash_mismatch".into()));
    })
    .await;
}
