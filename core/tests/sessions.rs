//! Web console sessions and the token lookups behind them, on both backends.

mod common;

use std::collections::HashMap;

use common::*;
use helpdesk_core::Role;
use tower_sessions::cookie::time::{Duration, OffsetDateTime};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{ExpiredDeletion, SessionStore};

fn record(expires_in: Duration) -> Record {
    let mut data = HashMap::new();
    data.insert("token_id".to_owned(), serde_json::json!(7));
    Record {
        id: Id::default(),
        data,
        expiry_date: OffsetDateTime::now_utc() + expires_in,
    }
}

#[tokio::test]
async fn sessions_are_created_loaded_saved_and_deleted() {
    both(async |db| {
        let sessions = db.store.session_store();
        let mut r = record(Duration::minutes(30));
        sessions.create(&mut r).await.unwrap();
        let loaded = sessions.load(&r.id).await.unwrap().expect(db.backend);
        assert_eq!(loaded.data["token_id"], 7, "{}", db.backend);

        let mut changed = loaded.clone();
        changed
            .data
            .insert("csrf".to_owned(), serde_json::json!("x"));
        sessions.save(&changed).await.unwrap();
        let loaded = sessions.load(&r.id).await.unwrap().unwrap();
        assert_eq!(loaded.data["csrf"], "x");

        sessions.delete(&r.id).await.unwrap();
        assert!(
            sessions.load(&r.id).await.unwrap().is_none(),
            "{}",
            db.backend
        );
        assert!(sessions.load(&Id::default()).await.unwrap().is_none());
    })
    .await;
}

#[tokio::test]
async fn expired_sessions_are_not_loaded_and_are_purged() {
    both(async |db| {
        let sessions = db.store.session_store();
        let mut old = record(Duration::seconds(-5));
        sessions.create(&mut old).await.unwrap();
        let mut live = record(Duration::minutes(5));
        sessions.create(&mut live).await.unwrap();
        assert!(
            sessions.load(&old.id).await.unwrap().is_none(),
            "{}",
            db.backend
        );
        sessions.delete_expired().await.unwrap();
        assert!(
            sessions.load(&live.id).await.unwrap().is_some(),
            "{}",
            db.backend
        );
    })
    .await;
}

#[tokio::test]
async fn active_principal_ends_with_revocation() {
    both(async |db| {
        let created = db
            .store
            .create_token("Erika IT", Role::ItStaff, &[])
            .await
            .unwrap();
        let p = db
            .store
            .active_principal(created.info.id)
            .await
            .unwrap()
            .expect("active");
        assert_eq!(p.role, Role::ItStaff);
        assert_eq!(p.token_id, created.info.id);
        db.store.revoke_token(created.info.id).await.unwrap();
        assert!(
            db.store
                .active_principal(created.info.id)
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            db.store
                .active_principal(helpdesk_core::TokenId(9999))
                .await
                .unwrap()
                .is_none()
        );
    })
    .await;
}

#[tokio::test]
async fn derived_keys_differ_by_purpose_and_are_stable() {
    both(async |db| {
        let a = db.store.derived_key("web-csrf");
        assert_eq!(a, db.store.derived_key("web-csrf"));
        assert_ne!(a, db.store.derived_key("web-status"));
    })
    .await;
}

/// The IT queue of the console: pending first by due date (deletions are due later than name
/// corrections), closed after; filters; approvals loaded for the whole page.
#[tokio::test]
async fn ticket_queue_lists_the_most_urgent_first() {
    use helpdesk_core::{TicketFilter, TicketKind, TicketState};
    both(async |db| {
        let it1 = actor(&db.store, "IT Eins", Role::ItStaff, &[]).await;
        let it2 = actor(&db.store, "IT Zwei", Role::ItStaff, &[]).await;
        let filer = chat_user("discord:1", "Filer");
        let del = db
            .store
            .create_ticket(&deletion("a@example.org", "discord:1"), &filer, None)
            .await
            .unwrap()
            .ticket;
        let nc = db
            .store
            .create_ticket(
                &name_correction("b@example.org", "discord:2"),
                &chat_user("discord:2", "B"),
                None,
            )
            .await
            .unwrap()
            .ticket;
        let closed = db
            .store
            .create_ticket(
                &name_correction("c@example.org", "discord:3"),
                &chat_user("discord:3", "C"),
                None,
            )
            .await
            .unwrap()
            .ticket;
        let closed = db
            .store
            .reject(closed.id, closed.version, &it1, "kein Nachweis")
            .await
            .unwrap();
        let del = db.store.approve(del.id, del.version, &it2).await.unwrap();

        let all = db
            .store
            .ticket_queue(&TicketFilter::default(), false)
            .await
            .unwrap();
        let ids: Vec<_> = all.iter().map(|t| t.id).collect();
        assert_eq!(ids, vec![nc.id, del.id, closed.id], "{}", db.backend);
        assert_eq!(all[1].approvals.len(), 1);
        assert_eq!(all[1].approvals[0].actor_name, "IT Zwei");

        let pending = db
            .store
            .ticket_queue(&TicketFilter::default(), true)
            .await
            .unwrap();
        assert_eq!(
            pending.iter().map(|t| t.id).collect::<Vec<_>>(),
            vec![nc.id, del.id]
        );
        let rejected = db
            .store
            .ticket_queue(
                &TicketFilter {
                    state: Some(TicketState::Rejected),
                    ..TicketFilter::default()
                },
                true,
            )
            .await
            .unwrap();
        assert_eq!(
            rejected.iter().map(|t| t.id).collect::<Vec<_>>(),
            vec![closed.id]
        );
        let deletions = db
            .store
            .ticket_queue(
                &TicketFilter {
                    kind: Some(TicketKind::Deletion),
                    ..TicketFilter::default()
                },
                false,
            )
            .await
            .unwrap();
        assert_eq!(
            deletions.iter().map(|t| t.id).collect::<Vec<_>>(),
            vec![del.id]
        );
        let later = chrono::Utc::now() + chrono::TimeDelta::hours(48);
        let overdue = db
            .store
            .ticket_queue(
                &TicketFilter {
                    overdue_at: Some(later),
                    ..TicketFilter::default()
                },
                false,
            )
            .await
            .unwrap();
        assert_eq!(
            overdue.iter().map(|t| t.id).collect::<Vec<_>>(),
            vec![nc.id]
        );
    })
    .await;
}
