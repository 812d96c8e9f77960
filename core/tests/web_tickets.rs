//! Web tickets on both backends: the requester is marked unverified, the status link shows
//! the state (and nothing personal), only the token's hash is stored, replays get a new link.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use helpdesk_core::{Error, Role, TicketState};

#[tokio::test]
async fn web_ticket_is_unverified_and_its_status_link_follows_the_state() {
    both(async |db| {
        let s = &db.store;
        let it = actor(s, "Erika IT", Role::ItStaff, &[]).await;
        let filed = s
            .create_web_ticket(&name_correction("max@example.org", "web:form-1"), None)
            .await
            .unwrap();
        let t = &filed.created.ticket;
        assert!(!t.requester_verified, "{}", db.backend);
        assert!(!filed.created.replayed);
        // Chat tickets stay verified.
        let chat = s
            .create_ticket(
                &name_correction("other@example.org", "discord:7"),
                &chat_user("discord:7", "Eva"),
                None,
            )
            .await
            .unwrap()
            .ticket;
        assert!(chat.requester_verified);
        // The flag is read back from the database, also in lists.
        assert!(!s.ticket(t.id).await.unwrap().requester_verified);

        let token = filed.status_token.expose().to_owned();
        let st = s.ticket_status(&token).await.unwrap();
        assert_eq!(
            (st.id, st.state, st.approvals, st.approvals_required),
            (t.id, TicketState::Open, 0, 1)
        );
        s.approve(t.id, t.version, &it).await.unwrap();
        let st = s.ticket_status(&token).await.unwrap();
        assert_eq!((st.state, st.approvals), (TicketState::Approved, 1));
        // What a status link shows has no personal field at all.
        let json = serde_json::to_string(&st).unwrap();
        for personal in [
            "max@example.org",
            "Max Muster",
            "12345678",
            "Requester Person",
        ] {
            assert!(!json.contains(personal), "{json}");
        }
        assert!(s.verify().await.unwrap().ok);
    })
    .await;
}

#[tokio::test]
async fn unknown_or_malformed_tokens_find_nothing() {
    both(async |db| {
        let s = &db.store;
        s.create_web_ticket(&deletion("x@example.org", "web:form-2"), None)
            .await
            .unwrap();
        for bad in [
            "",
            "abc",
            &"0".repeat(64),
            &"g".repeat(64),
            "../../etc/passwd",
        ] {
            assert!(
                matches!(s.ticket_status(bad).await, Err(Error::NotFound)),
                "{bad}"
            );
        }
    })
    .await;
}

#[tokio::test]
async fn only_the_hash_of_a_status_token_is_stored() {
    both(async |db| {
        let s = &db.store;
        let filed = s
            .create_web_ticket(&deletion("y@example.org", "web:form-3"), None)
            .await
            .unwrap();
        let token = filed.status_token.expose().to_owned();
        assert_eq!(token.len(), 64, "256 bits as hex");
        let dump = dump_all_text(db).await;
        assert!(
            dump.iter().all(|(_, _, v)| !v.contains(&token)),
            "the token itself is in the database"
        );
        assert!(
            dump.iter()
                .any(|(t, c, _)| t == "status_links" && c == "token_hash"),
            "status_links.token_hash exists"
        );
    })
    .await;
}

#[tokio::test]
async fn a_replayed_submission_gets_the_same_ticket_and_another_working_link() {
    both(async |db| {
        let s = &db.store;
        let new = name_correction("z@example.org", "web:form-4");
        let first = s.create_web_ticket(&new, Some("form-4")).await.unwrap();
        let again = s.create_web_ticket(&new, Some("form-4")).await.unwrap();
        assert!(again.created.replayed);
        assert_eq!(again.created.ticket.id, first.created.ticket.id);
        assert_ne!(again.status_token, first.status_token);
        for t in [&first.status_token, &again.status_token] {
            assert_eq!(
                s.ticket_status(t.expose()).await.unwrap().id,
                first.created.ticket.id
            );
        }
        // Another form (another nonce) for the same e-mail is a duplicate, as in chat.
        let err = s
            .create_web_ticket(&name_correction("z@example.org", "web:form-5"), None)
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::Duplicate { existing: None }),
            "another web form may not learn the number: {err:?}"
        );
    })
    .await;
}

#[tokio::test]
async fn a_rejected_web_ticket_shows_the_reason_and_survives_erasure_as_a_status() {
    both(async |db| {
        let s = &db.store;
        let a = actor(s, "A", Role::ItStaff, &[]).await;
        let b = actor(s, "B", Role::Admin, &[]).await;
        let del = s
            .create_web_ticket(&deletion("gone@example.org", "web:form-6"), None)
            .await
            .unwrap();
        let t = del.created.ticket;
        let t = s.approve(t.id, t.version, &a).await.unwrap();
        let st = s.ticket_status(del.status_token.expose()).await.unwrap();
        assert_eq!(
            (st.state, st.approvals, st.approvals_required),
            (TicketState::Open, 1, 2)
        );
        let t = s.approve(t.id, t.version, &b).await.unwrap();
        let t = s.complete(t.id, t.version, &a).await.unwrap();
        assert!(t.erased_at.is_some());
        // The link still tells the requester it is done, after the personal data is gone.
        let st = s.ticket_status(del.status_token.expose()).await.unwrap();
        assert_eq!(st.state, TicketState::Done);

        let nc = s
            .create_web_ticket(&name_correction("no@example.org", "web:form-7"), None)
            .await
            .unwrap();
        let t = nc.created.ticket;
        s.reject(t.id, t.version, &a, "Bitte melden Sie sich telefonisch.")
            .await
            .unwrap();
        let st = s.ticket_status(nc.status_token.expose()).await.unwrap();
        assert_eq!(st.state, TicketState::Rejected);
        assert_eq!(
            st.rejection_reason.as_deref(),
            Some("Bitte melden Sie sich telefonisch.")
        );
    })
    .await;
}
