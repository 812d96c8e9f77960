//! Erasure on both backends: a canary name and e-mail leave no trace in any column of any table
//! once the deletion ticket is done; retention erases closed tickets; the chain still verifies.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{TimeDelta, Utc};
use common::*;
use helpdesk_core::{QuestionRecord, Role, TicketRequest, TicketState};

const CANARY_NAME: &str = "Zebulon Quixwater";
const CANARY_MAIL: &str = "zebulon.quixwater@canary-example.org";

fn canary_hits(dump: &[(String, String, String)]) -> Vec<String> {
    dump.iter()
        .filter(|(_, _, v)| {
            let v = v.to_lowercase();
            v.contains("zebulon") || v.contains("quixwater")
        })
        .map(|(t, c, v)| format!("{t}.{c} = {v}"))
        .collect()
}

#[tokio::test]
async fn canary_leaves_no_trace_after_deletion_is_done() {
    both(async |db| {
        let s = &db.store;
        let a = actor(s, "Approver A", Role::ItStaff, &[]).await;
        let b = actor(s, "Approver B", Role::ItStaff, &[]).await;
        let intake = actor(s, "Bot", Role::Intake, &[]).await;
        // The canary asks questions (name not redactable by pattern, e-mail is), then files.
        for q in [
            format!("Hallo, ich bin {CANARY_NAME} und möchte meinen Account löschen"),
            format!("Bitte lösche {CANARY_MAIL}"),
        ] {
            s.log_question(&QuestionRecord {
                question: q,
                lang: helpdesk_faq::Lang::De,
                outcome: "unknown".into(),
                top_hit: None,
                confidence: 0.1,
                channel: "discord".into(),
            })
            .await
            .unwrap();
        }
        let req: TicketRequest = serde_json::from_value(serde_json::json!({
            "kind": "deletion",
            "requester": {"id": "discord:777", "display_name": CANARY_NAME},
            "subject": {"email": CANARY_MAIL, "full_name": CANARY_NAME},
            "reason": "other",
            "note": format!("{CANARY_NAME} hat den Betrieb verlassen")
        }))
        .unwrap();
        let new = req.validate().unwrap();
        let t = s
            .create_ticket(&new, &intake, Some("canary-key"))
            .await
            .unwrap()
            .ticket;
        // A name correction for the same person too, rejected with a reason naming them.
        let nc = name_correction(CANARY_MAIL, "discord:777");
        let n = s.create_ticket(&nc, &intake, None).await.unwrap().ticket;
        s.reject(n.id, 1, &a, &format!("{CANARY_NAME} ist schon korrekt"))
            .await
            .unwrap();
        // Deliver some notifications before the end, some after.
        for m in s
            .outbox_claim("w", 100, std::time::Duration::from_secs(60))
            .await
            .unwrap()
        {
            assert!(s.outbox_ack(m.id, m.claim).await.unwrap());
        }
        assert!(
            !canary_hits(&dump_all_text(db).await).is_empty(),
            "the scan must see the canary before erasure"
        );

        let t = s.approve(t.id, t.version, &a).await.unwrap();
        let t = s.approve(t.id, t.version, &b).await.unwrap();
        let done = s.complete(t.id, t.version, &a).await.unwrap();
        assert_eq!(done.state, TicketState::Done);
        assert!(done.erased_at.is_some());
        // The rejected name correction mentions the canary too; retention erases it later.
        let hits = canary_hits(&dump_all_text(db).await);
        assert!(
            hits.iter().all(|h| h.starts_with("tickets.")),
            "{}: {hits:?}",
            db.backend
        );
        let erased = s
            .purge_expired(Utc::now() + TimeDelta::days(91))
            .await
            .unwrap();
        assert_eq!(erased, vec![n.id]);
        let hits = canary_hits(&dump_all_text(db).await);
        assert!(hits.is_empty(), "{}: canary left in {hits:?}", db.backend);

        // The receipt: id, kind, dates, approvers, salted e-mail hash.
        let r = s.ticket(done.id).await.unwrap();
        assert_eq!(
            r.approvals
                .iter()
                .map(|a| a.actor_name.as_str())
                .collect::<Vec<_>>(),
            ["Approver A", "Approver B"]
        );
        assert!(
            r.email_hash.is_some()
                && r.subject.email.is_none()
                && r.note.is_none()
                && r.requester.is_none()
        );
        assert!(
            s.verify().await.unwrap().ok,
            "the chain verifies after erasure"
        );
        let actions: Vec<_> = s
            .ticket_events(done.id)
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .collect();
        assert_eq!(
            actions,
            ["create", "approve", "approve", "complete", "erase"]
        );
    })
    .await;
}

#[tokio::test]
async fn retention_erases_only_old_closed_tickets() {
    both(async |db| {
        let s = &db.store;
        let it = actor(s, "IT", Role::ItStaff, &[]).await;
        let intake = actor(s, "Bot", Role::Intake, &[]).await;
        let open = s
            .create_ticket(
                &name_correction("open@example.org", "discord:1"),
                &intake,
                None,
            )
            .await
            .unwrap()
            .ticket;
        let closed = s
            .create_ticket(
                &name_correction("closed@example.org", "discord:1"),
                &intake,
                None,
            )
            .await
            .unwrap()
            .ticket;
        let closed = s.approve(closed.id, 1, &it).await.unwrap();
        let closed = s.complete(closed.id, closed.version, &it).await.unwrap();
        assert!(
            s.purge_expired(Utc::now() + TimeDelta::days(89))
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            s.purge_expired(Utc::now() + TimeDelta::days(91))
                .await
                .unwrap(),
            vec![closed.id]
        );
        assert!(
            s.purge_expired(Utc::now() + TimeDelta::days(91))
                .await
                .unwrap()
                .is_empty(),
            "erased once"
        );
        assert_eq!(
            s.ticket(open.id).await.unwrap().subject.email.as_deref(),
            Some("open@example.org")
        );
        assert!(s.ticket(closed.id).await.unwrap().subject.email.is_none());
        assert!(s.verify().await.unwrap().ok);
    })
    .await;
}

fn log(s: &helpdesk_core::Store, q: &str) -> impl Future<Output = i64> {
    let record = QuestionRecord {
        question: q.to_owned(),
        lang: helpdesk_faq::Lang::De,
        outcome: "unknown".into(),
        top_hit: None,
        confidence: 0.1,
        channel: "discord".into(),
    };
    async move { s.log_question(&record).await.unwrap() }
}

async fn logged_questions(db: &TestDb) -> Vec<String> {
    let mut v: Vec<String> = dump_all_text(db)
        .await
        .into_iter()
        .filter(|(t, c, _)| t == "question_log" && c == "question")
        .map(|(_, _, v)| v)
        .collect();
    v.sort();
    v
}

/// Whole-word hits of the Unicode canaries in any text column (folded like erasure folds).
fn unicode_canary_hits(dump: &[(String, String, String)]) -> Vec<String> {
    const SURNAMES: [&str; 3] = ["ozturk", "isik", "gross"];
    dump.iter()
        .filter(|(_, _, v)| {
            v.contains("discord:4711")
                || v.contains("discord:4712")
                || helpdesk_core::erasure::words(v)
                    .iter()
                    .any(|w| SURNAMES.contains(&w.as_str()))
        })
        .map(|(t, c, v)| format!("{t}.{c} = {v}"))
        .collect()
}

#[tokio::test]
async fn unicode_canaries_are_erased_on_both_backends() {
    let config = helpdesk_core::StoreConfig {
        // Keep the question log for this test: only erasure may remove rows.
        question_log_retention: TimeDelta::days(3650),
        ..Default::default()
    };
    on_both(config, async |db| {
        let s = &db.store;
        let a = actor(s, "Approver A", Role::ItStaff, &[]).await;
        let b = actor(s, "Approver B", Role::ItStaff, &[]).await;
        let intake = actor(s, "Bot", Role::Intake, &[]).await;
        let must_go = [
            "Hallo, ich bin Şükrü Öztürk und möchte meinen Account löschen",
            "ŞÜKRÜ ÖZTÜRK: Konto bitte entfernen",
            "Herr Öztürk hat den Betrieb verlassen",
            "Öztürk, Şükrü – bitte löschen",
            // Decomposed (NFD) spelling of the same name.
            "Frage zu S\u{327}u\u{308}kru\u{308} O\u{308}ztu\u{308}rk",
            "Login sukru.ozturk geht nicht",
            "Frau Dr. Groß fragt für ihren Azubi",
            "Günther Groß hier, Ausbilder",
            "AYŞE IŞIK möchte ihren Namen ändern",
            "Wann korrigieren Sie den Namen von Frau İşık?",
        ];
        let must_stay = [
            "Wie exportiere ich mein Berichtsheft?",
            "Şükrü fragt nach dem Export",
            "Günther fragt nach dem Passwort",
            "Das ist ein großes Problem",
            "Ayşe kann sich nicht anmelden",
        ];
        for q in must_go.iter().chain(&must_stay) {
            log(s, q).await;
        }
        let deletion: TicketRequest = serde_json::from_value(serde_json::json!({
            "kind": "deletion",
            "requester": {"id": "discord:4711", "display_name": "Günther Groß"},
            "subject": {"email": "sukru.ozturk@canary-example.org", "full_name": "Şükrü Öztürk"},
            "reason": "left_company",
        }))
        .unwrap();
        let t = s
            .create_ticket(&deletion.validate().unwrap(), &intake, None)
            .await
            .unwrap()
            .ticket;
        // The requester of the name correction is called "ich": it must not erase every
        // question containing "ich".
        let correction: TicketRequest = serde_json::from_value(serde_json::json!({
            "kind": "name_correction",
            "requester": {"id": "discord:4712", "display_name": "ich"},
            "subject": {"email": "ayse@canary-example.org", "name_in_account": "Ayşe Işık",
                        "name_in_contract": "Ayşe Işık-Öztürk", "identnummer": "QX-77123"},
        }))
        .unwrap();
        let n = s
            .create_ticket(&correction.validate().unwrap(), &intake, None)
            .await
            .unwrap()
            .ticket;
        s.reject(n.id, n.version, &a, "Name stimmt").await.unwrap();
        assert!(!unicode_canary_hits(&dump_all_text(db).await).is_empty());

        let t = s.approve(t.id, t.version, &a).await.unwrap();
        let t = s.approve(t.id, t.version, &b).await.unwrap();
        s.complete(t.id, t.version, &a).await.unwrap();
        // Nothing was delivered: the undelivered notifications of the erased ticket have no
        // recipient any more, except the one that tells the requester the deletion is done.
        let undelivered = s
            .outbox_claim("w", 100, std::time::Duration::from_secs(60))
            .await
            .unwrap();
        assert!(
            undelivered
                .iter()
                .filter(|m| m.ticket_id == Some(t.id) && m.topic != "ticket.complete")
                .all(|m| m.recipient.is_none()),
            "{}: {undelivered:?}",
            db.backend
        );
        assert!(
            undelivered.iter().any(|m| m.ticket_id == Some(t.id)
                && m.topic == "ticket.complete"
                && m.recipient.is_some()),
            "{}: the requester is still told that the deletion is done: {undelivered:?}",
            db.backend
        );
        assert!(
            undelivered
                .iter()
                .any(|m| m.ticket_id == Some(n.id) && m.recipient.is_some()),
            "the other ticket's messages keep theirs"
        );
        let erased = s
            .purge_expired(Utc::now() + TimeDelta::days(91))
            .await
            .unwrap();
        assert_eq!(erased, vec![n.id]);

        // The completion notice keeps its recipient (a chat id, checked above) until delivered.
        let hits = unicode_canary_hits(&dump_all_text(db).await);
        assert_eq!(
            hits,
            ["outbox.recipient = discord:4711"],
            "{}: canary left",
            db.backend
        );
        // Delivered (acked by the claim that holds it): the recipient goes too.
        for m in &undelivered {
            assert!(s.outbox_ack(m.id, m.claim).await.unwrap(), "{m:?}");
        }
        let hits = unicode_canary_hits(&dump_all_text(db).await);
        assert!(hits.is_empty(), "{}: canary left in {hits:?}", db.backend);
        // What stays: the questions that must, and questions whose name the redaction had
        // already replaced when they were logged (nothing left to erase in them).
        let logged = logged_questions(db).await;
        for q in must_stay {
            assert!(
                logged.iter().any(|l| l == q),
                "{}: {q} was erased",
                db.backend
            );
        }
        for l in &logged {
            assert!(
                must_stay.contains(&l.as_str()) || l.contains("[NAME_"),
                "{}: {l} was not erased",
                db.backend
            );
        }
    })
    .await;
}

#[tokio::test]
async fn question_log_has_its_own_retention() {
    both(async |db| {
        let s = &db.store;
        log(s, "Wie exportiere ich mein Berichtsheft?").await;
        assert!(
            s.purge_expired(Utc::now() + TimeDelta::days(29))
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(logged_questions(db).await.len(), 1, "kept for 30 days");
        s.purge_expired(Utc::now() + TimeDelta::days(31))
            .await
            .unwrap();
        assert!(
            logged_questions(db).await.is_empty(),
            "{}: deleted after 30 days",
            db.backend
        );
    })
    .await;
}
