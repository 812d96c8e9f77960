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

#[tokio::test]
async fn changed_approval_row_is_detected() {
    both(async |db| {
        // Another approver written into an approval row.
        let got = broken_at(db, "UPDATE approvals SET actor_id = 'token:999'").await;
        assert_eq!(got, (0, "approval_mismatch".into()));
    })
    .await;
    both(async |db| {
        // An approval row without an approve event.
        let got = broken_at(
            db,
            "INSERT INTO approvals (ticket_id, actor_id, person_id, actor_name, at) \
             SELECT ticket_id, 'token:77', 77, 'Mallory', at FROM approvals LIMIT 1",
        )
        .await;
        assert_eq!(got, (0, "approval_mismatch".into()));
    })
    .await;
    both(async |db| {
        // An approval that counts for another person.
        let got = broken_at(db, "UPDATE approvals SET person_id = person_id + 100").await;
        assert_eq!(got, (0, "approval_mismatch".into()));
    })
    .await;
}

#[tokio::test]
async fn verify_sees_one_snapshot_under_concurrent_appends() {
    both(async |db| {
        let s = &db.store;
        let intake = actor(s, "Bot", Role::Intake, &[]).await;
        let writer = async {
            for i in 0..40 {
                s.create_ticket(
                    &name_correction(&format!("c{i}@example.org"), "discord:1"),
                    &intake,
                    None,
                )
                .await
                .unwrap();
            }
        };
        let reader = async {
            let mut checks = 0;
            for _ in 0..40 {
                let r = s.verify().await.unwrap();
                assert!(r.ok, "{}: {r:?}", db.backend);
                checks += 1;
                tokio::task::yield_now().await;
            }
            checks
        };
        let ((), checks) = tokio::join!(writer, reader);
        assert_eq!(checks, 40);
    })
    .await;
}

fn checkpoints_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("elsewhere/checkpoints.jsonl");
    (dir, path)
}

#[tokio::test]
async fn checkpoints_detect_a_cut_tail_with_a_rewritten_head() {
    use helpdesk_core::checkpoint::{self, AuditKey, Checkpoint};
    both(async |db| {
        let s = &db.store;
        let key = AuditKey::generate();
        let (_dir, path) = checkpoints_file();
        history(s).await;
        let c = s
            .write_checkpoint(&key, &path, false)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(c.seq, 9);
        assert!(
            s.write_checkpoint(&key, &path, true)
                .await
                .unwrap()
                .is_none(),
            "unchanged head: nothing new"
        );
        // Cut the last two events and make the head agree: the chain alone looks intact.
        // seq 7 is the creation of ticket 4 (see `history`).
        let seq7_hash = s
            .ticket_events(helpdesk_core::TicketId(4))
            .await
            .unwrap()
            .into_iter()
            .find(|e| e.seq == 7)
            .unwrap()
            .hash;
        exec_raw(
            db,
            &format!(
                "DELETE FROM audit_events WHERE seq > 7; \
                 UPDATE audit_head SET seq = 7, hash = '{seq7_hash}';"
            ),
        )
        .await;
        assert!(s.verify().await.unwrap().ok, "unkeyed chain cannot tell");
        let list = checkpoint::read_file(&path).unwrap();
        checkpoint::verify_file(&list, &key.public_key()).unwrap();
        let anchors: Vec<_> = list.iter().map(Checkpoint::anchor).collect();
        let b = s.verify_with(&anchors).await.unwrap().broken.unwrap();
        assert_eq!(
            (b.seq, b.reason.as_str()),
            (9, "checkpoint_missing"),
            "{}",
            db.backend
        );
        // Grow the chain back past the checkpoint with other events: a rewritten tail.
        let intake = actor(s, "Bot 2", Role::Intake, &[]).await;
        for i in 0..3 {
            s.create_ticket(
                &name_correction(&format!("r{i}@example.org"), "discord:2"),
                &intake,
                None,
            )
            .await
            .unwrap();
        }
        assert!(s.verify().await.unwrap().ok);
        let b = s.verify_with(&anchors).await.unwrap().broken.unwrap();
        assert_eq!((b.seq, b.reason.as_str()), (9, "checkpoint_mismatch"));
        // And the broken chain is never signed.
        assert!(s.write_checkpoint(&key, &path, false).await.is_err());
    })
    .await;
}
