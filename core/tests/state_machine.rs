//! The ticket state machine as a property test, on both backends: random sequences of
//! operations by random actors against a model written independently of `policy.rs`.
//! Checked after every step: the outcome (ok or which error), state, version, approvals; at
//! the end: the audit trail is exactly the successful transitions, four eyes and
//! no-self-approval hold, and the chain verifies.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};

use common::*;
use helpdesk_core::{Actor, Error, Role, Store, StoreConfig, TicketId, TicketKind, TicketState};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

static CASE: AtomicUsize = AtomicUsize::new(0);

#[derive(Debug, Clone, Copy)]
enum Op {
    Approve,
    Reject,
    Complete,
    Cancel,
}

struct Cast {
    /// 0 R (chat user discord:200), 1 A (it_staff, linked discord:100), 2 B (it_staff),
    /// 3 C (admin), 4 E (faq_editor), 5 I (intake), 6 O (another chat user).
    actors: Vec<Actor>,
}

impl Cast {
    async fn new(s: &Store) -> Cast {
        Cast {
            actors: vec![
                chat_user("discord:200", "R"),
                actor(s, "A", Role::ItStaff, &["discord:100"]).await,
                actor(s, "B", Role::ItStaff, &[]).await,
                actor(s, "C", Role::Admin, &[]).await,
                actor(s, "E", Role::FaqEditor, &[]).await,
                actor(s, "I", Role::Intake, &[]).await,
                chat_user("discord:201", "O"),
            ],
        }
    }
}

/// The model's idea of one ticket.
struct Model {
    kind: TicketKind,
    state: TicketState,
    version: i64,
    approvals: Vec<String>,
    /// Ids that count as "the requester": the requester identity and whoever filed it.
    requester: Vec<String>,
    events: Vec<&'static str>,
}

impl Model {
    fn is_requester(&self, a: &Actor) -> bool {
        self.requester.iter().any(|r| a.is(r))
    }

    /// The expected outcome: `Ok(())` or the error code (plus rule).
    fn apply(&mut self, op: Op, a: &Actor, stale: bool) -> Result<(), String> {
        let it = matches!(a.role, Some(Role::ItStaff | Role::Admin));
        if matches!(op, Op::Approve | Op::Reject | Op::Complete) && !it {
            return Err("forbidden:role_required".into());
        }
        if stale {
            return Err("version_conflict".into());
        }
        let invalid = Err("invalid_transition".into());
        match op {
            Op::Approve => {
                if self.state != TicketState::Open {
                    return invalid;
                }
                if self.is_requester(a) {
                    return Err("forbidden:self_approval".into());
                }
                if self.approvals.contains(&a.id) {
                    return Err("forbidden:distinct_approvers".into());
                }
                self.approvals.push(a.id.clone());
                let needed = if self.kind == TicketKind::Deletion {
                    2
                } else {
                    1
                };
                if self.approvals.len() >= needed {
                    self.state = TicketState::Approved;
                }
                self.events.push("approve");
            }
            Op::Reject => {
                if self.state != TicketState::Open {
                    return invalid;
                }
                if self.is_requester(a) {
                    return Err("forbidden:own_ticket".into());
                }
                self.state = TicketState::Rejected;
                self.events.push("reject");
            }
            Op::Complete => {
                if self.state != TicketState::Approved {
                    return invalid;
                }
                self.state = TicketState::Done;
                self.events.push("complete");
                if self.kind == TicketKind::Deletion {
                    self.version += 1;
                    self.events.push("erase");
                }
            }
            Op::Cancel => {
                if self.state != TicketState::Open {
                    return invalid;
                }
                if !self.is_requester(a) {
                    return Err("forbidden:requester_only".into());
                }
                self.state = TicketState::Cancelled;
                self.events.push("cancel");
            }
        }
        self.version += 1;
        Ok(())
    }
}

fn code(e: &Error) -> String {
    match e {
        Error::Forbidden { rule } => format!("forbidden:{}", rule.code()),
        other => other.code().to_owned(),
    }
}

type Case = (usize, bool, Vec<(usize, usize, bool)>);

fn strategy() -> impl Strategy<Value = Case> {
    (
        0..4usize,
        any::<bool>(),
        prop::collection::vec((0..4usize, 0..7usize, prop::bool::weighted(0.1)), 1..14),
    )
}

async fn run_case(
    s: &Store,
    cast: &Cast,
    (mode, is_deletion, ops): Case,
) -> Result<(), TestCaseError> {
    let n = CASE.fetch_add(1, Ordering::Relaxed);
    let email = format!("case{n}@example.org");
    // Who files, for whom.
    let (filer, requester_id) = match mode {
        0 => (&cast.actors[0], "discord:200"), // R for themselves
        1 => (&chat_user("discord:100", "A privately"), "discord:100"), // A's own Discord account
        2 => (&cast.actors[5], "discord:200"), // intake for R
        _ => (&cast.actors[2], "discord:200"), // B files it for R
    };
    let body = if is_deletion {
        deletion(&email, requester_id)
    } else {
        name_correction(&email, requester_id)
    };
    let t = s
        .create_ticket(&body, filer, None)
        .await
        .map_err(|e| TestCaseError::fail(format!("{e:?}")))?
        .ticket;
    let mut model = Model {
        kind: t.kind,
        state: TicketState::Open,
        version: 1,
        approvals: Vec::new(),
        requester: vec![requester_id.to_owned(), filer.id.clone()],
        events: vec!["create"],
    };
    for (op, who, stale) in ops {
        let op = [Op::Approve, Op::Reject, Op::Complete, Op::Cancel][op];
        let a = &cast.actors[who];
        let v = if stale {
            model.version - 1
        } else {
            model.version
        };
        let got = match op {
            Op::Approve => s.approve(t.id, v, a).await,
            Op::Reject => s.reject(t.id, v, a, "Grund").await,
            Op::Complete => s.complete(t.id, v, a).await,
            Op::Cancel => s.cancel(t.id, v, a).await,
        };
        let expected = model.apply(op, a, stale);
        let got_code = got.as_ref().map(|_| ()).map_err(code);
        prop_assert_eq!(
            &got_code,
            &expected,
            "{:?} by {} (stale {})",
            op,
            a.name,
            stale
        );
        let now = s.ticket(t.id).await.unwrap();
        prop_assert_eq!(now.state, model.state);
        prop_assert_eq!(now.version, model.version);
        prop_assert_eq!(now.approvals.len(), model.approvals.len());
    }
    check_invariants(s, t.id, &model).await
}

async fn check_invariants(s: &Store, id: TicketId, model: &Model) -> Result<(), TestCaseError> {
    let t = s.ticket(id).await.unwrap();
    let events: Vec<String> = s
        .ticket_events(id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    prop_assert_eq!(&events, &model.events, "audit events = transitions");
    let mut approvers: Vec<&str> = t.approvals.iter().map(|a| a.actor_id.as_str()).collect();
    approvers.sort();
    approvers.dedup();
    prop_assert_eq!(approvers.len(), t.approvals.len(), "approvers are distinct");
    if matches!(t.state, TicketState::Approved | TicketState::Done) {
        prop_assert!(
            approvers.len() >= t.approvals_required,
            "four eyes for deletions"
        );
    }
    for a in &t.approvals {
        prop_assert!(
            !model.requester.contains(&a.actor_id),
            "nobody approves their own ticket"
        );
    }
    Ok(())
}

fn run_on(db: TestDb, rt: &tokio::runtime::Runtime, cases: u32) {
    let cast = rt.block_on(Cast::new(&db.store));
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&strategy(), |case| {
        rt.block_on(run_case(&db.store, &cast, case))
    });
    if let Err(e) = result {
        panic!("{}: {e}", db.backend);
    }
    let report = rt.block_on(db.store.verify()).unwrap();
    assert!(report.ok, "{}: {report:?}", db.backend);
    rt.block_on(db.cleanup());
}

#[test]
fn state_machine_holds_under_random_operations() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    run_on(rt.block_on(sqlite(StoreConfig::default())), &rt, 96);
    if let Some(db) = rt.block_on(postgres(StoreConfig::default())) {
        run_on(db, &rt, 96);
    }
}
