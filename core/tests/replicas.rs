//! Several replicas on one database, on both backends: fenced outbox claims, the retry policy
//! (backoff, give up after a day, requeue), the shared replay check, leadership.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::*;
use helpdesk_core::{OutboxPolicy, Role, Store, StoreConfig};

async fn one_ticket(s: &Store, requester: &str) {
    s.create_ticket(
        &name_correction(
            &format!("{}@example.org", requester.replace(':', "-")),
            requester,
        ),
        &chat_user(requester, "R"),
        None,
    )
    .await
    .unwrap();
}

#[tokio::test]
async fn an_expired_claim_can_neither_ack_nor_retry() {
    both(async |db| {
        let s = &db.store;
        one_ticket(s, "discord:1").await;
        // Worker A's lease expires at once; worker B claims the row again.
        let a = s.outbox_claim("a", 10, Duration::ZERO).await.unwrap();
        assert_eq!(a.len(), 1);
        tokio::time::sleep(Duration::from_millis(5)).await;
        let b = s
            .outbox_claim("b", 10, Duration::from_secs(60))
            .await
            .unwrap();
        assert_eq!(b.len(), 1, "{}", db.backend);
        assert_eq!(a[0].id, b[0].id);
        assert!(b[0].claim > a[0].claim);
        // A is fenced off: its ack and retry change nothing.
        assert!(!s.outbox_ack(a[0].id, a[0].claim).await.unwrap());
        assert!(!s.outbox_retry(a[0].id, a[0].claim, "late").await.unwrap());
        assert_eq!(s.outbox_backlog().await.unwrap(), 1);
        // B still holds it (A's retry did not release it) and acks.
        assert!(
            s.outbox_claim("c", 10, Duration::from_secs(60))
                .await
                .unwrap()
                .is_empty()
        );
        assert!(s.outbox_ack(b[0].id, b[0].claim).await.unwrap());
        assert_eq!(s.outbox_backlog().await.unwrap(), 0);
        // A second ack of the same claim is a no-op, not a second delivery.
        assert!(!s.outbox_ack(b[0].id, b[0].claim).await.unwrap());
    })
    .await;
}

#[test]
fn backoff_doubles_and_is_capped_at_an_hour() {
    let p = OutboxPolicy::default();
    assert_eq!(p.backoff(1), Duration::from_secs(2));
    assert_eq!(p.backoff(3), Duration::from_secs(8));
    assert_eq!(p.backoff(11), Duration::from_secs(2048));
    assert_eq!(p.backoff(12), Duration::from_secs(3600));
    assert_eq!(p.backoff(500), Duration::from_secs(3600));
    assert_eq!(p.give_up_after, Duration::from_secs(24 * 3600));
    // Retried for a whole day: about 34 attempts before the give-up time.
    let (mut t, mut n) = (Duration::ZERO, 0);
    while t < p.give_up_after {
        n += 1;
        t += p.backoff(n);
    }
    assert!(n > 30, "{n}");
}

#[tokio::test]
async fn many_failures_within_the_give_up_time_do_not_kill_a_message() {
    let config = StoreConfig {
        outbox: OutboxPolicy {
            base: Duration::from_millis(1),
            cap: Duration::from_millis(2),
            give_up_after: Duration::from_secs(3600),
        },
        ..StoreConfig::default()
    };
    on_both(config, async |db| {
        let s = &db.store;
        one_ticket(s, "discord:2").await;
        // Far more than the old limit of 8 attempts.
        for _ in 0..20 {
            let mut b = Vec::new();
            for _ in 0..200 {
                b = s
                    .outbox_claim("w", 1, Duration::from_secs(60))
                    .await
                    .unwrap();
                if !b.is_empty() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            assert_eq!(b.len(), 1);
            assert!(
                s.outbox_retry(b[0].id, b[0].claim, "discord_http_5xx")
                    .await
                    .unwrap()
            );
        }
        let counts = s.outbox_counts().await.unwrap();
        assert_eq!((counts.pending, counts.dead), (1, 0), "{}", db.backend);
    })
    .await;
}

#[tokio::test]
async fn dead_after_the_give_up_time_and_requeued_by_an_operator() {
    let config = StoreConfig {
        outbox: OutboxPolicy {
            base: Duration::from_millis(1),
            cap: Duration::from_millis(1),
            give_up_after: Duration::ZERO,
        },
        ..StoreConfig::default()
    };
    on_both(config, async |db| {
        let s = &db.store;
        one_ticket(s, "discord:3").await;
        one_ticket(s, "discord:4").await;
        let b = s
            .outbox_claim("w", 10, Duration::from_secs(60))
            .await
            .unwrap();
        assert_eq!(b.len(), 2);
        for m in &b {
            assert!(
                s.outbox_retry(m.id, m.claim, "discord_http_5xx")
                    .await
                    .unwrap()
            );
        }
        let counts = s.outbox_counts().await.unwrap();
        assert_eq!((counts.pending, counts.dead), (0, 2), "{}", db.backend);
        let dead = s.outbox_dead(10).await.unwrap();
        assert_eq!(dead.len(), 2);
        assert_eq!(dead[0].last_error.as_deref(), Some("discord_http_5xx"));
        tokio::time::sleep(Duration::from_millis(5)).await;
        assert!(
            s.outbox_claim("w", 10, Duration::from_secs(60))
                .await
                .unwrap()
                .is_empty(),
            "dead rows are not delivered"
        );
        // Requeue one by id, then the rest; unknown and live ids are ignored.
        assert_eq!(
            s.outbox_requeue(Some(&[dead[0].id, 999_999]))
                .await
                .unwrap(),
            1
        );
        assert_eq!(s.outbox_requeue(None).await.unwrap(), 1);
        assert_eq!(s.outbox_requeue(None).await.unwrap(), 0);
        let again = s
            .outbox_claim("w", 10, Duration::from_secs(60))
            .await
            .unwrap();
        assert_eq!(again.len(), 2);
        assert!(again.iter().all(|m| m.attempts == 1), "attempts reset");
        for m in &again {
            assert!(s.outbox_ack(m.id, m.claim).await.unwrap());
        }
        assert_eq!(s.outbox_counts().await.unwrap().dead, 0);
    })
    .await;
}

#[tokio::test]
async fn an_input_id_is_first_seen_once_across_stores() {
    both(async |db| {
        // A second store on the same database plays the second replica.
        let other = Store::connect(&db.url).await.unwrap();
        let ttl = Duration::from_secs(60);
        assert!(db.store.first_seen("discord:1", ttl).await.unwrap());
        assert!(!other.first_seen("discord:1", ttl).await.unwrap());
        assert!(!db.store.first_seen("discord:1", ttl).await.unwrap());
        assert!(other.first_seen("discord:2", ttl).await.unwrap());
        // Racing replicas: exactly one wins.
        let mut tasks = Vec::new();
        for i in 0..8 {
            let s = if i % 2 == 0 {
                db.store.clone()
            } else {
                other.clone()
            };
            tasks.push(tokio::spawn(async move {
                s.first_seen("discord:race", ttl).await.unwrap()
            }));
        }
        let mut wins = 0;
        for t in tasks {
            wins += usize::from(t.await.unwrap());
        }
        assert_eq!(wins, 1, "{}", db.backend);
        // Expired ids are forgotten (and purged).
        assert!(
            db.store
                .first_seen("discord:3", Duration::ZERO)
                .await
                .unwrap()
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
        assert!(db.store.purge_replays().await.unwrap() >= 1);
        assert!(other.first_seen("discord:3", ttl).await.unwrap());
        other.close().await;
    })
    .await;
}

#[tokio::test]
async fn one_leader_per_role_on_postgres_and_always_on_sqlite() {
    both(async |db| {
        let other = Store::connect(&db.url).await.unwrap();
        let mut first = db.store.try_lead("gateway").await.unwrap().unwrap();
        assert!(first.check().await);
        let second = other.try_lead("gateway").await.unwrap();
        if db.backend == "sqlite" {
            assert!(
                second.is_some(),
                "SQLite: nothing changes, every process leads"
            );
            return;
        }
        assert!(second.is_none(), "PostgreSQL: one leader");
        // Another role is independent.
        assert!(other.try_lead("something-else").await.unwrap().is_some());
        first.release().await;
        let mut taken = other
            .try_lead("gateway")
            .await
            .unwrap()
            .expect("taken over");
        assert!(taken.check().await);
        // A leader whose connection dies loses the role; the lock is free again.
        drop(taken);
        let mut again = None;
        for _ in 0..50 {
            again = db.store.try_lead("gateway").await.unwrap();
            if again.is_some() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(again.is_some(), "the lock is released with its connection");
        other.close().await;
    })
    .await;
}

#[tokio::test]
async fn staff_actions_still_enqueue_one_row_each() {
    both(async |db| {
        let s = &db.store;
        let it = actor(s, "IT", Role::ItStaff, &[]).await;
        let t = s
            .create_ticket(
                &name_correction("q@example.org", "discord:9"),
                &chat_user("discord:9", "Q"),
                None,
            )
            .await
            .unwrap()
            .ticket;
        s.approve(t.id, 1, &it).await.unwrap();
        assert_eq!(s.outbox_counts().await.unwrap().pending, 2);
    })
    .await;
}

#[tokio::test]
async fn shared_window_counts_hits_from_every_store_once() {
    both(async |db| {
        let other = Store::connect(&db.url).await.unwrap();
        let window = Duration::from_secs(3600);
        // Racing replicas: every hit counted once, totals 1..=16 handed out exactly once.
        let mut tasks = Vec::new();
        for i in 0..16 {
            let s = if i % 2 == 0 {
                db.store.clone()
            } else {
                other.clone()
            };
            tasks.push(tokio::spawn(async move {
                s.count_hit("ask:10.0.0.1", window).await.unwrap()
            }));
        }
        let mut totals = Vec::new();
        for t in tasks {
            let hit = t.await.unwrap();
            assert!(hit.remaining_ms >= 1 && hit.remaining_ms <= 3_600_000);
            totals.push(hit.hits);
        }
        totals.sort_unstable();
        assert_eq!(totals, (1..=16).collect::<Vec<u64>>(), "{}", db.backend);
        // Keys are separate.
        assert_eq!(
            other.count_hit("ask:10.0.0.2", window).await.unwrap().hits,
            1
        );
        assert_eq!(other.count_hit("llm:calls", window).await.unwrap().hits, 1);
        // A very short window has expired rows that the purge removes.
        db.store
            .count_hit("ask:10.0.0.3", Duration::from_millis(1))
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(5)).await;
        assert!(db.store.purge_replays().await.unwrap() >= 1);
        other.close().await;
    })
    .await;
}

#[tokio::test]
async fn a_limiter_is_shared_on_postgresql_and_per_process_on_sqlite() {
    use helpdesk_core::limit::{LimitScope, Limiter};
    both(async |db| {
        let other = Store::connect(&db.url).await.unwrap();
        let a = Limiter::for_store(5, "ask", &db.store);
        let b = Limiter::for_store(5, "ask", &other);
        let mut admitted = 0;
        for i in 0..20 {
            let l = if i % 2 == 0 { &a } else { &b };
            admitted += usize::from(l.check("10.0.0.9").await.is_ok());
        }
        if db.backend == "postgres" {
            assert_eq!(a.scope(), LimitScope::Shared);
            // One budget across both "replicas" unless the minute turned over meanwhile.
            assert!((5..=10).contains(&admitted), "{admitted}");
            let wait = a.check("10.0.0.9").await.unwrap_err();
            assert!((1..=60).contains(&wait), "{wait}");
        } else {
            assert_eq!(a.scope(), LimitScope::Process);
            assert_eq!(admitted, 10, "each process its own budget");
        }
        assert_eq!(a.fallbacks(), 0);
        other.close().await;
    })
    .await;
}
