//! Ticket rules on both backends: lifecycle, four eyes, self-approval, transitions, duplicates,
//! idempotency, validation, overdue, outbox.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use chrono::{TimeDelta, Utc};
use common::*;
use helpdesk_core::{Error, Role, Rule, TicketFilter, TicketKind, TicketState};

#[tokio::test]
async fn name_correction_lifecycle() {
    both(async |db| {
        let s = &db.store;
        let it = actor(s, "Erika IT", Role::ItStaff, &[]).await;
        let req = chat_user("discord:42", "Max");
        let c = s
            .create_ticket(
                &name_correction("max@example.org", "discord:42"),
                &req,
                None,
            )
            .await
            .unwrap();
        assert!(!c.replayed);
        let t = c.ticket;
        assert_eq!(
            (t.state, t.version, t.kind),
            (TicketState::Open, 1, TicketKind::NameCorrection)
        );
        assert_eq!(t.subject.email.as_deref(), Some("max@example.org"));
        assert_eq!(t.due_at - t.created_at, TimeDelta::hours(24));
        let t = s.approve(t.id, 1, &it).await.unwrap();
        assert_eq!(
            (t.state, t.version, t.approvals.len()),
            (TicketState::Approved, 2, 1)
        );
        assert_eq!(t.approvals[0].actor_name, "Erika IT");
        let t = s.complete(t.id, 2, &it).await.unwrap();
        assert_eq!(t.state, TicketState::Done);
        assert!(t.closed_at.is_some());
        // A name correction keeps its data until the retention period passes.
        assert!(t.erased_at.is_none());
        let events = s.ticket_events(t.id).await.unwrap();
        let actions: Vec<_> = events.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, ["create", "approve", "complete"], "{}", db.backend);
        // The chat requester is pseudonymous in the trail; the staff token is named by id.
        assert!(events[0].actor.starts_with("chat:"));
        assert_eq!(events[1].actor, it.id);
        assert!(s.verify().await.unwrap().ok);
    })
    .await;
}

#[tokio::test]
async fn deletion_needs_two_distinct_approvers_and_nobody_approves_their_own() {
    both(async |db| {
        let s = &db.store;
        let a = actor(s, "A", Role::ItStaff, &["discord:1"]).await;
        let b = actor(s, "B", Role::Admin, &[]).await;
        let editor = actor(s, "E", Role::FaqEditor, &[]).await;
        // A files a deletion for someone through Discord as themselves.
        let t = s
            .create_ticket(
                &deletion("x@example.org", "discord:1"),
                &chat_user("discord:1", "A"),
                None,
            )
            .await
            .unwrap()
            .ticket;
        let err = s.approve(t.id, 1, &a).await.unwrap_err();
        assert!(
            matches!(
                err,
                Error::Forbidden {
                    rule: Rule::SelfApproval
                }
            ),
            "{err:?}"
        );
        let err = s.approve(t.id, 1, &editor).await.unwrap_err();
        assert!(
            matches!(
                err,
                Error::Forbidden {
                    rule: Rule::RoleRequired
                }
            ),
            "{err:?}"
        );
        let err = s.complete(t.id, 1, &b).await.unwrap_err();
        assert!(
            matches!(
                err,
                Error::InvalidTransition {
                    from: TicketState::Open,
                    ..
                }
            ),
            "{err:?}"
        );

        let t2 = s
            .create_ticket(
                &deletion("y@example.org", "discord:9"),
                &chat_user("discord:9", "R"),
                None,
            )
            .await
            .unwrap()
            .ticket;
        let t2 = s.approve(t2.id, 1, &a).await.unwrap();
        assert_eq!(
            (t2.state, t2.approvals.len()),
            (TicketState::Open, 1),
            "one approval is not enough"
        );
        let err = s.approve(t2.id, t2.version, &a).await.unwrap_err();
        assert!(
            matches!(
                err,
                Error::Forbidden {
                    rule: Rule::DistinctApprovers
                }
            ),
            "{err:?}"
        );
        let t2 = s.approve(t2.id, t2.version, &b).await.unwrap();
        assert_eq!((t2.state, t2.approvals.len()), (TicketState::Approved, 2));
        let done = s.complete(t2.id, t2.version, &b).await.unwrap();
        assert_eq!(done.state, TicketState::Done);
        assert!(
            done.erased_at.is_some() && done.subject.email.is_none() && done.requester.is_none()
        );
        assert_eq!(done.approvals.len(), 2, "the receipt keeps the approvers");
        assert!(done.email_hash.as_deref().is_some_and(|h| h.len() == 64));
        assert!(s.verify().await.unwrap().ok);
    })
    .await;
}

#[tokio::test]
async fn reject_cancel_and_stale_versions() {
    both(async |db| {
        let s = &db.store;
        let it = actor(s, "IT", Role::ItStaff, &[]).await;
        let intake = actor(s, "Bot", Role::Intake, &[]).await;
        let t = s
            .create_ticket(
                &name_correction("a@example.org", "discord:5"),
                &intake,
                None,
            )
            .await
            .unwrap()
            .ticket;
        let err = s.reject(t.id, 1, &it, "  ").await.unwrap_err();
        assert!(
            matches!(&err, Error::Validation { fields } if fields[0].field == "reason"),
            "{err:?}"
        );
        let err = s.approve(t.id, 7, &it).await.unwrap_err();
        assert!(
            matches!(err, Error::Conflict { current_version: 1 }),
            "{err:?}"
        );
        let err = s.approve(t.id, 1, &intake).await.unwrap_err();
        assert!(matches!(
            err,
            Error::Forbidden {
                rule: Rule::RoleRequired
            }
        ));
        // Only the requester (or who filed it) cancels.
        let err = s.cancel(t.id, 1, &it).await.unwrap_err();
        assert!(
            matches!(
                err,
                Error::Forbidden {
                    rule: Rule::RequesterOnly
                }
            ),
            "{err:?}"
        );
        let err = s
            .cancel(t.id, 1, &chat_user("discord:6", "Other"))
            .await
            .unwrap_err();
        assert!(matches!(
            err,
            Error::Forbidden {
                rule: Rule::RequesterOnly
            }
        ));
        let c = s
            .cancel(t.id, 1, &chat_user("discord:5", "Req"))
            .await
            .unwrap();
        assert_eq!(c.state, TicketState::Cancelled);
        let err = s.approve(t.id, 2, &it).await.unwrap_err();
        assert!(
            matches!(
                err,
                Error::InvalidTransition {
                    from: TicketState::Cancelled,
                    ..
                }
            ),
            "{err:?}"
        );

        let t = s
            .create_ticket(
                &name_correction("a@example.org", "discord:5"),
                &intake,
                None,
            )
            .await
            .unwrap()
            .ticket;
        let r = s.reject(t.id, 1, &it, "Name stimmt bereits").await.unwrap();
        assert_eq!(
            (r.state, r.rejection_reason.as_deref()),
            (TicketState::Rejected, Some("Name stimmt bereits"))
        );
        assert!(matches!(
            s.ticket(helpdesk_core::TicketId(9999)).await,
            Err(Error::NotFound)
        ));
        assert!(s.verify().await.unwrap().ok);
    })
    .await;
}

#[tokio::test]
async fn duplicate_pending_ticket_is_refused_with_its_id() {
    both(async |db| {
        let s = &db.store;
        let it = actor(s, "IT", Role::ItStaff, &[]).await;
        let u = chat_user("discord:7", "U");
        let first = s
            .create_ticket(&name_correction("Dup@Example.org", "discord:7"), &u, None)
            .await
            .unwrap()
            .ticket;
        let err = s
            .create_ticket(&name_correction("dup@example.ORG", "discord:7"), &u, None)
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::Duplicate { existing } if existing == Some(first.id)),
            "{err:?}"
        );
        // Someone else learns that a request is being handled, not the number of a ticket
        // they may not see; IT staff may see it.
        let stranger = chat_user("discord:99", "Fremd");
        let err = s
            .create_ticket(
                &name_correction("dup@example.org", "discord:99"),
                &stranger,
                None,
            )
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::Duplicate { existing: None }),
            "{err:?}"
        );
        let number = first.id.to_string();
        assert!(!err.to_string().contains(&number), "{err}");
        let err = s
            .create_ticket(&name_correction("dup@example.org", "discord:99"), &it, None)
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::Duplicate { existing } if existing == Some(first.id)),
            "{err:?}"
        );
        // Another kind for the same e-mail is fine.
        s.create_ticket(&deletion("dup@example.org", "discord:7"), &u, None)
            .await
            .unwrap();
        // Approved is still pending.
        let a = s.approve(first.id, 1, &it).await.unwrap();
        assert!(matches!(
            s.create_ticket(&name_correction("dup@example.org", "discord:7"), &u, None)
                .await,
            Err(Error::Duplicate { .. })
        ));
        s.complete(a.id, a.version, &it).await.unwrap();
        // Closed: a new one may be filed.
        s.create_ticket(&name_correction("dup@example.org", "discord:7"), &u, None)
            .await
            .unwrap();
    })
    .await;
}

#[tokio::test]
async fn idempotent_create() {
    both(async |db| {
        let s = &db.store;
        let intake = actor(s, "Bot", Role::Intake, &[]).await;
        let body = name_correction("idem@example.org", "discord:8");
        let a = s
            .create_ticket(&body, &intake, Some("key-1"))
            .await
            .unwrap();
        let b = s
            .create_ticket(&body, &intake, Some("key-1"))
            .await
            .unwrap();
        assert!(!a.replayed && b.replayed);
        assert_eq!(a.ticket.id, b.ticket.id);
        let other = name_correction("other@example.org", "discord:8");
        assert!(matches!(
            s.create_ticket(&other, &intake, Some("key-1")).await,
            Err(Error::IdempotencyMismatch)
        ));
        // Keys are per caller: another intake token with the same key gets its own result.
        let intake2 = actor(s, "Web", Role::Intake, &[]).await;
        assert!(matches!(
            s.create_ticket(&body, &intake2, Some("key-1")).await,
            Err(Error::Duplicate { .. })
        ));
        assert_eq!(
            s.list_tickets(&TicketFilter::default())
                .await
                .unwrap()
                .len(),
            1
        );
        assert!(matches!(
            s.create_ticket(&other, &intake, Some("bad key with spaces"))
                .await,
            Err(Error::Validation { .. })
        ));
        // Events: exactly one create.
        assert_eq!(s.ticket_events(a.ticket.id).await.unwrap().len(), 1);
    })
    .await;
}

#[tokio::test]
async fn concurrent_idempotent_creates_make_one_ticket() {
    both(async |db| {
        let s = &db.store;
        let intake = actor(s, "Bot", Role::Intake, &[]).await;
        let body = deletion("race@example.org", "discord:11");
        let mut tasks = Vec::new();
        for _ in 0..8 {
            let (s, intake, body) = (s.clone(), intake.clone(), body.clone());
            tasks.push(tokio::spawn(async move {
                s.create_ticket(&body, &intake, Some("same-key")).await
            }));
        }
        let mut ids = Vec::new();
        for t in tasks {
            ids.push(t.await.unwrap().unwrap().ticket.id);
        }
        ids.dedup();
        assert_eq!(ids.len(), 1, "{}", db.backend);
    })
    .await;
}

#[tokio::test]
async fn creation_rules_and_filters() {
    both(async |db| {
        let s = &db.store;
        let editor = actor(s, "E", Role::FaqEditor, &[]).await;
        let body = name_correction("f@example.org", "discord:12");
        assert!(matches!(
            s.create_ticket(&body, &editor, None).await,
            Err(Error::Forbidden {
                rule: Rule::RoleRequired
            })
        ));
        // A chat user files only for themselves.
        assert!(matches!(
            s.create_ticket(&body, &chat_user("discord:13", "X"), None)
                .await,
            Err(Error::Forbidden { .. })
        ));
        let t = s
            .create_ticket(&body, &chat_user("discord:12", "X"), None)
            .await
            .unwrap()
            .ticket;
        s.create_ticket(
            &deletion("g@example.org", "discord:14"),
            &chat_user("discord:14", "Y"),
            None,
        )
        .await
        .unwrap();

        let by_kind = s
            .list_tickets(&TicketFilter {
                kind: Some(TicketKind::Deletion),
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(by_kind.len(), 1);
        let mine = s
            .list_tickets(&TicketFilter {
                requester: Some("discord:12".parse().unwrap()),
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(mine.iter().map(|t| t.id).collect::<Vec<_>>(), [t.id]);
        assert!(s.overdue_tickets(Utc::now()).await.unwrap().is_empty());
        let overdue = s
            .overdue_tickets(Utc::now() + TimeDelta::hours(25))
            .await
            .unwrap();
        assert_eq!(
            overdue.iter().map(|t| t.id).collect::<Vec<_>>(),
            [t.id],
            "only the 24 h name correction"
        );
        assert_eq!(
            s.overdue_tickets(Utc::now() + TimeDelta::hours(73))
                .await
                .unwrap()
                .len(),
            2
        );
        let counts = s.ticket_counts().await.unwrap();
        assert!(counts.contains(&(TicketState::Open, 2)));
    })
    .await;
}

#[tokio::test]
async fn outbox_claim_ack_retry() {
    both(async |db| {
        let s = &db.store;
        let it = actor(s, "IT", Role::ItStaff, &[]).await;
        let t = s
            .create_ticket(
                &name_correction("o@example.org", "discord:15"),
                &chat_user("discord:15", "O"),
                None,
            )
            .await
            .unwrap()
            .ticket;
        s.approve(t.id, 1, &it).await.unwrap();
        assert_eq!(s.outbox_backlog().await.unwrap(), 2);
        let batch = s
            .outbox_claim("w1", 10, Duration::from_secs(60))
            .await
            .unwrap();
        assert_eq!(
            batch.iter().map(|m| m.topic.as_str()).collect::<Vec<_>>(),
            ["ticket.create", "ticket.approve"]
        );
        assert_eq!(batch[1].recipient.as_deref(), Some("discord:15"));
        assert_eq!(batch[1].payload["state"], "approved");
        assert_eq!(batch[1].payload["actor"], "IT");
        let text = batch[0].payload.to_string();
        assert!(
            !text.contains("o@example.org") && !text.contains("Muster"),
            "no personal data in payloads"
        );
        // Leased: a second worker gets nothing.
        assert!(
            s.outbox_claim("w2", 10, Duration::from_secs(60))
                .await
                .unwrap()
                .is_empty()
        );
        assert!(s.outbox_ack(batch[0].id, batch[0].claim).await.unwrap());
        assert!(
            s.outbox_retry(batch[1].id, batch[1].claim, "http_503")
                .await
                .unwrap()
        );
        // Backed off: not yet available again.
        assert!(
            s.outbox_claim("w2", 10, Duration::from_secs(60))
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(s.outbox_backlog().await.unwrap(), 1);
        assert!(matches!(
            s.outbox_ack(424242, 1).await,
            Err(Error::NotFound)
        ));
    })
    .await;
}

/// Closing a ticket (rejected, done, cancelled) writes a `ticket.close_post` row without a
/// recipient; the staff post it edits is pending until the create row is delivered, then
/// posted (once the worker recorded it), or none if it never was.
#[tokio::test]
async fn closing_writes_a_close_post_row_and_staff_posts_are_recorded() {
    use helpdesk_core::StaffPost;
    both(async |db| {
        let s = &db.store;
        let it = actor(s, "IT", Role::ItStaff, &[]).await;
        let u = chat_user("discord:16", "P");
        let a = s
            .create_ticket(&name_correction("p@example.org", "discord:16"), &u, None)
            .await
            .unwrap()
            .ticket;
        let b = s
            .create_ticket(&deletion("p@example.org", "discord:16"), &u, None)
            .await
            .unwrap()
            .ticket;
        assert_eq!(s.staff_post(a.id).await.unwrap(), StaffPost::Pending);
        s.reject(a.id, a.version, &it, "nein").await.unwrap();
        s.cancel(b.id, b.version, &u).await.unwrap();
        let batch = s
            .outbox_claim("w", 10, Duration::from_secs(60))
            .await
            .unwrap();
        let topics: Vec<(&str, Option<&str>)> = batch
            .iter()
            .map(|m| (m.topic.as_str(), m.recipient.as_deref()))
            .collect();
        assert_eq!(
            topics,
            [
                ("ticket.create", Some("discord:16")),
                ("ticket.create", Some("discord:16")),
                ("ticket.reject", Some("discord:16")),
                ("ticket.close_post", None),
                ("ticket.cancel", Some("discord:16")),
                ("ticket.close_post", None),
            ]
        );
        // a's post was made and recorded before its create row was acked; b's never was.
        s.record_staff_post(a.id, "100", "200").await.unwrap();
        s.record_staff_post(a.id, "100", "201").await.unwrap();
        for m in &batch[..2] {
            assert!(s.outbox_ack(m.id, m.claim).await.unwrap());
        }
        assert_eq!(
            s.staff_post(a.id).await.unwrap(),
            StaffPost::Posted {
                channel: "100".into(),
                message: "201".into()
            }
        );
        assert_eq!(s.staff_post(b.id).await.unwrap(), StaffPost::None);
    })
    .await;
}

#[tokio::test]
async fn outbox_workers_never_get_the_same_message() {
    both(async |db| {
        let s = &db.store;
        let intake = actor(s, "Bot", Role::Intake, &[]).await;
        for i in 0..40 {
            s.create_ticket(
                &name_correction(&format!("w{i}@example.org"), "discord:16"),
                &intake,
                None,
            )
            .await
            .unwrap();
        }
        let mut tasks = Vec::new();
        for w in 0..4 {
            let s = s.clone();
            tasks.push(tokio::spawn(async move {
                let mut got = Vec::new();
                loop {
                    let b = s
                        .outbox_claim(&format!("w{w}"), 3, Duration::from_secs(60))
                        .await
                        .unwrap();
                    if b.is_empty() {
                        break got;
                    }
                    for m in b {
                        assert!(s.outbox_ack(m.id, m.claim).await.unwrap());
                        got.push(m.id);
                    }
                }
            }));
        }
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.unwrap());
        }
        all.sort();
        let n = all.len();
        all.dedup();
        assert_eq!((n, all.len()), (40, 40), "{}", db.backend);
    })
    .await;
}
