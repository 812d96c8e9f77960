//! Races on both backends: 16 IT staff approve or reject the same ticket at the same moment,
//! round after round. Exactly one wins each round, the other 15 get a version conflict, and
//! nothing is lost (versions, approvals, audit events and outbox rows all add up).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use helpdesk_core::{Error, Role, StoreConfig, TicketState};

const ROUNDS: usize = 200;
const RACERS: usize = 16;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sixteen_concurrent_decisions_have_exactly_one_winner() {
    let config = StoreConfig {
        max_connections: RACERS as u32 + 4,
        ..StoreConfig::default()
    };
    on_both(config, async |db| {
        let s = &db.store;
        let intake = actor(s, "Bot", Role::Intake, &[]).await;
        let mut staff = Vec::new();
        for i in 0..RACERS {
            staff.push(actor(s, &format!("IT {i}"), Role::ItStaff, &[]).await);
        }
        let before = s.outbox_backlog().await.unwrap();
        let mut winners_by_action = [0usize; 2];
        for round in 0..ROUNDS {
            let body = if round % 2 == 0 {
                name_correction(&format!("race{round}@example.org"), "discord:1")
            } else {
                deletion(&format!("race{round}@example.org"), "discord:1")
            };
            let t = s.create_ticket(&body, &intake, None).await.unwrap().ticket;
            let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(RACERS));
            let mut tasks = Vec::new();
            for (i, who) in staff.iter().enumerate() {
                let (s, who, barrier) = (s.clone(), who.clone(), barrier.clone());
                // Rotate who approves and who rejects from round to round.
                let approve = (i + round) % 2 == 0;
                tasks.push(tokio::spawn(async move {
                    barrier.wait().await;
                    let r = if approve {
                        s.approve(t.id, t.version, &who).await
                    } else {
                        s.reject(t.id, t.version, &who, "nein").await
                    };
                    (approve, r)
                }));
            }
            let mut wins = Vec::new();
            for task in tasks {
                match task.await.unwrap() {
                    (approve, Ok(t)) => wins.push((approve, t)),
                    (_, Err(Error::Conflict { current_version })) => assert_eq!(current_version, 2),
                    (_, Err(e)) => panic!("{}: round {round}: unexpected {e:?}", db.backend),
                }
            }
            assert_eq!(
                wins.len(),
                1,
                "{}: round {round}: {} winners",
                db.backend,
                wins.len()
            );
            let (approved, _) = wins[0];
            winners_by_action[usize::from(approved)] += 1;
            let now = s.ticket(t.id).await.unwrap();
            assert_eq!(now.version, 2);
            let expected_state = match (approved, round % 2) {
                (false, _) => TicketState::Rejected,
                (true, 0) => TicketState::Approved,
                (true, _) => TicketState::Open, // a deletion needs a second approver
            };
            assert_eq!(now.state, expected_state, "{}: round {round}", db.backend);
            assert_eq!(now.approvals.len(), usize::from(approved));
            assert_eq!(s.ticket_events(t.id).await.unwrap().len(), 2);
        }
        assert!(
            winners_by_action[0] > 0 && winners_by_action[1] > 0,
            "both actions won sometimes"
        );
        let r = s.verify().await.unwrap();
        assert!(r.ok, "{r:?}");
        // Per round: one create and one decision; tokens are not audited events. A rejection
        // closes the ticket and adds the row that edits its staff post down.
        assert_eq!(r.events, (ROUNDS * 2) as i64);
        assert_eq!(
            s.outbox_backlog().await.unwrap() - before,
            (ROUNDS * 2 + winners_by_action[0]) as i64
        );
    })
    .await;
}
