//! The ticket API end to end through the router, on SQLite and (with `HELPDESK_TEST_PG`) on
//! PostgreSQL: creation with idempotency, ETag / If-Match flows, the status codes of the
//! contract, and the authorization matrix (every route × every role × own/foreign ticket).

#![allow(clippy::unwrap_used)]
mod common;

use axum::http::StatusCode;
use common::*;
use helpdesk_admin_api::ApiConfig;
use helpdesk_core::Role;
use serde_json::{Value, json};

fn name_correction(email: &str, requester: &str) -> Value {
    json!({
        "kind": "name_correction",
        "requester": {"id": requester, "display_name": "Max"},
        "subject": {"email": email, "name_in_account": "Max Muster", "name_in_contract": "Max Mustermann"},
        "note": "bitte korrigieren"
    })
}

fn deletion(email: &str, requester: &str) -> Value {
    json!({
        "kind": "deletion",
        "requester": {"id": requester, "display_name": "Erika"},
        "subject": {"email": email, "full_name": "Erika Beispiel"},
        "reason": "left_company"
    })
}

fn tag(r: &Resp) -> String {
    r.headers["etag"].to_str().unwrap().to_owned()
}

#[tokio::test]
async fn create_get_approve_complete_with_etags() {
    on_both(async |db: &Db| {
        let app = app_on(&db.store, ApiConfig::default());
        let intake = token(&db.store, "bot", Role::Intake, &[]).await;
        let it = token(&db.store, "Erika IT", Role::ItStaff, &[]).await;

        let body = name_correction("max@example.org", "discord:42");
        let key = [("idempotency-key", "k-1")];
        let r = send(
            &app,
            req("POST", "/api/v1/tickets", Some(&intake), Some(&body), &key),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let t = r.json();
        let id = t["id"].as_i64().unwrap();
        assert_eq!(t["state"], "open");
        assert_eq!(t["kind"], "name_correction");
        assert_eq!(t["subject"]["name_in_contract"], "Max Mustermann");
        assert_eq!(tag(&r), format!("\"{}\"", t["version"]));
        assert_eq!(
            r.headers["location"],
            format!("/api/v1/tickets/{id}").as_str()
        );

        // Same key, same body: the same ticket, 200.
        let again = send(
            &app,
            req("POST", "/api/v1/tickets", Some(&intake), Some(&body), &key),
        )
        .await;
        assert_eq!(again.status, StatusCode::OK);
        assert_eq!(again.json()["id"], id);
        // Same key, other body: refused.
        let other = name_correction("other@example.org", "discord:42");
        let r = send(
            &app,
            req("POST", "/api/v1/tickets", Some(&intake), Some(&other), &key),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(r.json()["code"], "idempotency_key_reused");
        // Another key, same account: a duplicate.
        let r = send(
            &app,
            req("POST", "/api/v1/tickets", Some(&intake), Some(&body), &[]),
        )
        .await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert_eq!(r.json()["code"], "duplicate_ticket");

        let url = format!("/api/v1/tickets/{id}");
        let r = send(&app, req("GET", &url, Some(&it), None, &[])).await;
        assert_eq!(r.status, StatusCode::OK);
        let etag = tag(&r);

        let approve = format!("{url}/approve");
        // 428 without If-Match.
        let r = send(&app, req("POST", &approve, Some(&it), None, &[])).await;
        assert_eq!(r.status, StatusCode::PRECONDITION_REQUIRED);
        assert_eq!(r.json()["code"], "if_match_required");
        // 412 with a stale one.
        let r = send(
            &app,
            req(
                "POST",
                &approve,
                Some(&it),
                None,
                &[("if-match", "\"999\"")],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::PRECONDITION_FAILED);
        assert_eq!(r.json()["code"], "version_mismatch");
        // 200 with the current one.
        let r = send(
            &app,
            req("POST", &approve, Some(&it), None, &[("if-match", &etag)]),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.json()["state"], "approved");
        assert_eq!(r.json()["approvals"].as_array().unwrap().len(), 1);
        let stale = etag;
        let etag = tag(&r);
        assert_ne!(stale, etag);
        // The old ETag is stale now.
        let complete = format!("{url}/complete");
        let r = send(
            &app,
            req("POST", &complete, Some(&it), None, &[("if-match", &stale)]),
        )
        .await;
        assert_eq!(r.status, StatusCode::PRECONDITION_FAILED);
        // Approving again is a forbidden transition: 409.
        let r = send(
            &app,
            req("POST", &approve, Some(&it), None, &[("if-match", &etag)]),
        )
        .await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert_eq!(r.json()["code"], "invalid_transition");
        let r = send(
            &app,
            req("POST", &complete, Some(&it), None, &[("if-match", &etag)]),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(r.json()["state"], "done");

        let r = send(
            &app,
            req("GET", &format!("{url}/events"), Some(&it), None, &[]),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        let actions: Vec<String> = r
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(actions.len(), 3, "{actions:?}");
        let r = send(
            &app,
            req("GET", "/api/v1/audit/verify", Some(&it), None, &[]),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(r.json()["ok"], true);
        assert_eq!(r.json()["events"], 3);
    })
    .await;
}

#[tokio::test]
async fn self_approval_is_403_and_deletion_needs_two_approvers() {
    on_both(async |db: &Db| {
        let app = app_on(&db.store, ApiConfig::default());
        // An IT person who is also the requester in Discord.
        let it1 = token(&db.store, "Anna IT", Role::ItStaff, &["discord:7"]).await;
        let it2 = token(&db.store, "Bernd IT", Role::ItStaff, &[]).await;
        let body = deletion("erika@example.org", "discord:7");
        let r = send(
            &app,
            req("POST", "/api/v1/tickets", Some(&it2), Some(&body), &[]),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED);
        let id = r.json()["id"].as_i64().unwrap();
        let approve = format!("/api/v1/tickets/{id}/approve");
        let r = send(
            &app,
            req("POST", &approve, Some(&it1), None, &[("if-match", "*")]),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(r.json()["code"], "self_approval");
        // it2 filed it: also "self".
        let r = send(
            &app,
            req("POST", &approve, Some(&it2), None, &[("if-match", "*")]),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let admin = token(&db.store, "Admin", Role::Admin, &[]).await;
        let it3 = token(&db.store, "Carla IT", Role::ItStaff, &[]).await;
        let r = send(
            &app,
            req("POST", &approve, Some(&admin), None, &[("if-match", "*")]),
        )
        .await;
        assert_eq!(
            r.json()["state"],
            "open",
            "one approval is not enough for a deletion"
        );
        let r = send(
            &app,
            req("POST", &approve, Some(&admin), None, &[("if-match", "*")]),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(r.json()["code"], "distinct_approvers");
        let r = send(
            &app,
            req("POST", &approve, Some(&it3), None, &[("if-match", "*")]),
        )
        .await;
        assert_eq!(r.json()["state"], "approved");
        assert_eq!(r.json()["approvals"].as_array().unwrap().len(), 2);
    })
    .await;
}

#[tokio::test]
async fn validation_problems_name_the_fields() {
    let (app, db) = app().await;
    let intake = token(&db.store, "bot", Role::Intake, &[]).await;
    let body = json!({"kind": "deletion", "requester": {"id": "discord:1", "display_name": "x"},
        "subject": {"email": "not-an-email"}, "reason": "bored"});
    let r = send(
        &app,
        req("POST", "/api/v1/tickets", Some(&intake), Some(&body), &[]),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.content_type(), "application/problem+json");
    let v = r.json();
    let fields: Vec<&str> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(fields.contains(&"subject.email"), "{fields:?}");
    assert!(fields.contains(&"subject.full_name"), "{fields:?}");
    assert!(fields.contains(&"reason"), "{fields:?}");
    // No personal data echoed back.
    assert!(!r.text.contains("not-an-email"), "{}", r.text);

    let r = send(&app, req("POST", "/api/v1/tickets", None, Some(&body), &[])).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.headers["www-authenticate"], "Bearer realm=\"helpdesk\"");
    insta::assert_json_snapshot!(r.json(), @r#"
    {
      "code": "unauthorized",
      "detail": "send a valid API token as \"Authorization: Bearer <token>\"",
      "status": 401,
      "title": "Authentication required",
      "type": "/api/docs#problem-unauthorized"
    }
    "#);
    let r = send(
        &app,
        req("GET", "/api/v1/tickets", Some("hd_1_bogus"), None, &[]),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = send(
        &app,
        req(
            "GET",
            "/api/v1/tickets?state=sleeping",
            Some(&intake),
            None,
            &[],
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["errors"][0]["field"], "state");
    let r = send(
        &app,
        req("GET", "/api/v1/tickets/abc", Some(&intake), None, &[]),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn reject_needs_a_reason_and_cancel_is_for_the_requester() {
    let (app, db) = app().await;
    let intake = token(&db.store, "bot", Role::Intake, &[]).await;
    let it = token(&db.store, "IT", Role::ItStaff, &[]).await;
    let r = send(
        &app,
        req(
            "POST",
            "/api/v1/tickets",
            Some(&intake),
            Some(&name_correction("a@example.org", "discord:5")),
            &[],
        ),
    )
    .await;
    let id = r.json()["id"].as_i64().unwrap();
    let reject = format!("/api/v1/tickets/{id}/reject");
    let r = send(
        &app,
        req(
            "POST",
            &reject,
            Some(&it),
            Some(&json!({"reason": " "})),
            &[("if-match", "*")],
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let cancel = format!("/api/v1/tickets/{id}/cancel");
    let r = send(
        &app,
        req("POST", &cancel, Some(&it), None, &[("if-match", "*")]),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.json()["code"], "requester_only");
    let r = send(
        &app,
        req("POST", &cancel, Some(&intake), None, &[("if-match", "*")]),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["state"], "cancelled");
    let r = send(
        &app,
        req(
            "POST",
            &reject,
            Some(&it),
            Some(&json!({"reason": "zu spät"})),
            &[("if-match", "*")],
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
}

/// A NUL byte (PostgreSQL refuses it in text: this was a 500 there) or another control
/// character in any free-text field is a 422 `validation_failed` naming the field.
#[tokio::test]
async fn control_characters_in_free_text_are_422_on_both_backends() {
    on_both(async |db: &Db| {
        let app = app_on(&db.store, ApiConfig::default());
        let intake = token(&db.store, "bot", Role::Intake, &[]).await;
        let it = token(&db.store, "IT", Role::ItStaff, &[]).await;
        let fields_of = |r: &Resp| -> Vec<(String, String)> {
            r.json()["errors"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    (
                        e["field"].as_str().unwrap().to_owned(),
                        e["message"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        };
        for (pointer, field) in [
            ("/note", "note"),
            ("/subject/name_in_account", "subject.name_in_account"),
            ("/subject/name_in_contract", "subject.name_in_contract"),
            ("/requester/display_name", "requester.display_name"),
        ] {
            let mut body = name_correction("nul@example.org", "discord:7");
            let value = body.pointer_mut(pointer).unwrap();
            *value = json!(format!("{}\u{0}x", value.as_str().unwrap()));
            let r = send(
                &app,
                req("POST", "/api/v1/tickets", Some(&intake), Some(&body), &[]),
            )
            .await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{field}: {}",
                r.text
            );
            assert_eq!(r.json()["code"], "validation_failed");
            let fields = fields_of(&r);
            assert_eq!(fields.len(), 1, "{fields:?}");
            assert_eq!(fields[0].0, field);
            assert!(fields[0].1.contains("control character"), "{fields:?}");
        }
        let mut body = deletion("nul@example.org", "discord:7");
        body["subject"]["full_name"] = json!("Erika\u{1b}[2J Beispiel");
        let r = send(
            &app,
            req("POST", "/api/v1/tickets", Some(&intake), Some(&body), &[]),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
        assert_eq!(fields_of(&r)[0].0, "subject.full_name");

        // Line breaks and tabs are fine in a note; nothing was stored before.
        let mut body = name_correction("nul@example.org", "discord:7");
        body["note"] = json!("Zeile 1\r\n\tZeile 2");
        let r = send(
            &app,
            req("POST", "/api/v1/tickets", Some(&intake), Some(&body), &[]),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        assert_eq!(r.json()["note"], "Zeile 1\n\tZeile 2");
        let id = r.json()["id"].as_i64().unwrap();

        let reject = format!("/api/v1/tickets/{id}/reject");
        let r = send(
            &app,
            req(
                "POST",
                &reject,
                Some(&it),
                Some(&json!({"reason": "nein\u{0}"})),
                &[("if-match", "*")],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
        assert_eq!(fields_of(&r)[0].0, "reason");
        let r = send(
            &app,
            req(
                "POST",
                &reject,
                Some(&it),
                Some(&json!({"reason": "Bitte neu stellen:\nmit Vertrag"})),
                &[("if-match", "*")],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(
            r.json()["rejection_reason"],
            "Bitte neu stellen:\nmit Vertrag"
        );
    })
    .await;
}

/// The duplicate problem names the pending ticket only for a caller who may see it.
#[tokio::test]
async fn duplicate_names_the_ticket_only_to_who_may_see_it() {
    let (app, db) = app().await;
    let web = token(&db.store, "web", Role::Intake, &[]).await;
    let other = token(&db.store, "other intake", Role::Intake, &[]).await;
    let it = token(&db.store, "IT", Role::ItStaff, &[]).await;
    let body = name_correction("dupe@example.org", "discord:31");
    let r = send(
        &app,
        req("POST", "/api/v1/tickets", Some(&web), Some(&body), &[]),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let id = r.json()["id"].as_i64().unwrap();
    for (caller, visible) in [(&web, true), (&it, true), (&other, false)] {
        let body = name_correction("DUPE@example.org", "discord:32");
        let r = send(
            &app,
            req("POST", "/api/v1/tickets", Some(caller), Some(&body), &[]),
        )
        .await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.text);
        assert_eq!(r.json()["code"], "duplicate_ticket");
        assert_eq!(r.text.contains(&format!("#{id}")), visible, "{}", r.text);
        if !visible {
            assert!(r.text.contains("already being handled"), "{}", r.text);
        }
    }
}

#[tokio::test]
async fn list_filters_by_state_and_kind() {
    let (app, db) = app().await;
    let intake = token(&db.store, "bot", Role::Intake, &[]).await;
    let it = token(&db.store, "IT", Role::ItStaff, &[]).await;
    for (i, body) in [
        name_correction("a@example.org", "discord:1"),
        deletion("b@example.org", "discord:2"),
        name_correction("c@example.org", "discord:3"),
    ]
    .iter()
    .enumerate()
    {
        let r = send(
            &app,
            req("POST", "/api/v1/tickets", Some(&intake), Some(body), &[]),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{i}");
    }
    let r = send(
        &app,
        req(
            "POST",
            "/api/v1/tickets/1/approve",
            Some(&it),
            None,
            &[("if-match", "*")],
        ),
    )
    .await;
    assert_eq!(r.json()["state"], "approved");
    let ids = |v: Value| -> Vec<i64> {
        let mut x: Vec<i64> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_i64().unwrap())
            .collect();
        x.sort();
        x
    };
    let r = send(&app, req("GET", "/api/v1/tickets", Some(&it), None, &[])).await;
    assert_eq!(ids(r.json()), [1, 2, 3]);
    let r = send(
        &app,
        req("GET", "/api/v1/tickets?state=open", Some(&it), None, &[]),
    )
    .await;
    assert_eq!(ids(r.json()), [2, 3]);
    let r = send(
        &app,
        req("GET", "/api/v1/tickets?kind=deletion", Some(&it), None, &[]),
    )
    .await;
    assert_eq!(ids(r.json()), [2]);
    let r = send(
        &app,
        req("GET", "/api/v1/tickets?overdue=true", Some(&it), None, &[]),
    )
    .await;
    assert_eq!(ids(r.json()), Vec::<i64>::new(), "nothing is due yet");
    let r = send(
        &app,
        req(
            "GET",
            "/api/v1/tickets?overdue=false&state=open",
            Some(&it),
            None,
            &[],
        ),
    )
    .await;
    assert_eq!(ids(r.json()), [2, 3]);
    let metrics = send(&app, get("/metrics")).await.text;
    assert!(
        metrics.contains("helpdesk_tickets{state=\"open\"} 2"),
        "{metrics}"
    );
    assert!(metrics.contains("helpdesk_outbox_backlog"), "{metrics}");
}

/// Every ticket route × every role (and no token) × own / foreign ticket.
#[tokio::test]
async fn authorization_matrix() {
    on_both(async |db: &Db| {
        let app = app_on(&db.store, ApiConfig::default());
        let mut tokens = Vec::new();
        for role in Role::ALL {
            tokens.push((
                role,
                token(&db.store, &format!("{role} person"), role, &[]).await,
            ));
        }
        let tok = |r: Role| {
            tokens
                .iter()
                .find(|(x, _)| *x == r)
                .map(|(_, t)| t.clone())
                .unwrap()
        };
        let other_intake = token(&db.store, "other intake", Role::Intake, &[]).await;

        #[derive(Debug, Clone, Copy, PartialEq)]
        enum Who {
            Anonymous,
            Role(Role),
        }
        let mut whos = vec![Who::Anonymous];
        whos.extend(Role::ALL.map(Who::Role));

        let mut n = 0;
        for who in whos {
            for own in [true, false] {
                // A fresh open ticket per case: filed by the caller (own) or by another intake (foreign).
                n += 1;
                let email = format!("case{n}@example.org");
                let filer = match (who, own) {
                    (Who::Role(r), true) if r.files_tickets() => tok(r),
                    _ => other_intake.clone(),
                };
                let r = send(
                    &app,
                    req(
                        "POST",
                        "/api/v1/tickets",
                        Some(&filer),
                        Some(&name_correction(&email, &format!("discord:{n}"))),
                        &[],
                    ),
                )
                .await;
                assert_eq!(r.status, StatusCode::CREATED);
                let id = r.json()["id"].as_i64().unwrap();
                // "own" only makes sense for roles that can file tickets.
                let owns = own && matches!(who, Who::Role(r) if r.files_tickets());
                let token = match who {
                    Who::Anonymous => None,
                    Who::Role(r) => Some(tok(r)),
                };
                let t = token.as_deref();
                let role = match who {
                    Who::Anonymous => None,
                    Who::Role(r) => Some(r),
                };
                let is_it = role.is_some_and(|r| r.is_it());
                let files = role.is_some_and(|r| r.files_tickets());
                let sees = is_it || (files && owns);
                let expect =
                    |allowed: StatusCode, cond_forbidden: bool, cond_hidden: bool| -> StatusCode {
                        if role.is_none() {
                            StatusCode::UNAUTHORIZED
                        } else if cond_forbidden {
                            StatusCode::FORBIDDEN
                        } else if cond_hidden {
                            StatusCode::NOT_FOUND
                        } else {
                            allowed
                        }
                    };
                let url = format!("/api/v1/tickets/{id}");
                let cases: Vec<(String, StatusCode)> = vec![
                    (format!("GET {url}"), expect(StatusCode::OK, !files, !sees)),
                    (
                        format!("GET {url}/events"),
                        expect(StatusCode::OK, !files, !sees),
                    ),
                    (
                        "GET /api/v1/audit/verify".into(),
                        expect(StatusCode::OK, !is_it, false),
                    ),
                    // approve: IT may, unless they filed it (self-approval: 403 too).
                    (
                        format!("POST {url}/approve"),
                        expect(StatusCode::OK, !is_it || owns, false),
                    ),
                ];
                for (what, want) in cases {
                    let (method, uri) = what.split_once(' ').unwrap();
                    let r = send(&app, req(method, uri, t, None, &[("if-match", "*")])).await;
                    assert_eq!(r.status, want, "{who:?} own={own} {what}: {}", r.text);
                }
                // Reject / cancel on a second fresh ticket (the first may be approved now).
                n += 1;
                let r = send(
                    &app,
                    req(
                        "POST",
                        "/api/v1/tickets",
                        Some(&filer),
                        Some(&name_correction(
                            &format!("case{n}@example.org"),
                            &format!("discord:{n}"),
                        )),
                        &[],
                    ),
                )
                .await;
                let id2 = r.json()["id"].as_i64().unwrap();
                let url2 = format!("/api/v1/tickets/{id2}");
                let r = send(
                    &app,
                    req(
                        "POST",
                        &format!("{url2}/reject"),
                        t,
                        Some(&json!({"reason": "nein"})),
                        &[("if-match", "*")],
                    ),
                )
                .await;
                assert_eq!(
                    r.status,
                    expect(StatusCode::OK, !is_it || owns, false),
                    "{who:?} own={own} reject: {}",
                    r.text
                );
                n += 1;
                let r = send(
                    &app,
                    req(
                        "POST",
                        "/api/v1/tickets",
                        Some(&filer),
                        Some(&name_correction(
                            &format!("case{n}@example.org"),
                            &format!("discord:{n}"),
                        )),
                        &[],
                    ),
                )
                .await;
                let id3 = r.json()["id"].as_i64().unwrap();
                let r = send(
                    &app,
                    req(
                        "POST",
                        &format!("/api/v1/tickets/{id3}/cancel"),
                        t,
                        None,
                        &[("if-match", "*")],
                    ),
                )
                .await;
                // Cancel: only the filer; IT sees foreign tickets but the rule refuses (403);
                // intake does not even see them (404); faq_editor has no ticket access (403).
                let want = expect(StatusCode::OK, !files || (is_it && !owns), !sees);
                assert_eq!(r.status, want, "{who:?} own={own} cancel: {}", r.text);
                // Complete on an approved ticket: only IT.
                n += 1;
                let r = send(
                    &app,
                    req(
                        "POST",
                        "/api/v1/tickets",
                        Some(&other_intake),
                        Some(&name_correction(
                            &format!("case{n}@example.org"),
                            &format!("discord:{n}"),
                        )),
                        &[],
                    ),
                )
                .await;
                let id4 = r.json()["id"].as_i64().unwrap();
                let approver = tok(Role::Admin);
                let r = send(
                    &app,
                    req(
                        "POST",
                        &format!("/api/v1/tickets/{id4}/approve"),
                        Some(&approver),
                        None,
                        &[("if-match", "*")],
                    ),
                )
                .await;
                assert_eq!(r.json()["state"], "approved");
                let r = send(
                    &app,
                    req(
                        "POST",
                        &format!("/api/v1/tickets/{id4}/complete"),
                        t,
                        None,
                        &[("if-match", "*")],
                    ),
                )
                .await;
                assert_eq!(
                    r.status,
                    expect(StatusCode::OK, !is_it, false),
                    "{who:?} complete: {}",
                    r.text
                );
            }
            // Create and list.
            let token = match who {
                Who::Anonymous => None,
                Who::Role(r) => Some(tok(r)),
            };
            let role = match who {
                Who::Anonymous => None,
                Who::Role(r) => Some(r),
            };
            n += 1;
            let r = send(
                &app,
                req(
                    "POST",
                    "/api/v1/tickets",
                    token.as_deref(),
                    Some(&name_correction(
                        &format!("case{n}@example.org"),
                        "discord:1",
                    )),
                    &[],
                ),
            )
            .await;
            let want = match role {
                None => StatusCode::UNAUTHORIZED,
                Some(r) if r.files_tickets() => StatusCode::CREATED,
                Some(_) => StatusCode::FORBIDDEN,
            };
            assert_eq!(r.status, want, "{who:?} create");
            let resp = send(
                &app,
                req("GET", "/api/v1/tickets", token.as_deref(), None, &[]),
            )
            .await;
            let r = &resp;
            match role {
                None => assert_eq!(r.status, StatusCode::UNAUTHORIZED),
                Some(Role::FaqEditor) => assert_eq!(r.status, StatusCode::FORBIDDEN),
                Some(ro) if ro.is_it() => {
                    // IT sees every ticket, including the other intake's.
                    assert_eq!(resp.status, StatusCode::OK);
                    let v = send(
                        &app,
                        req(
                            "GET",
                            "/api/v1/tickets?limit=1000",
                            token.as_deref(),
                            None,
                            &[],
                        ),
                    )
                    .await
                    .json();
                    let filers: std::collections::BTreeSet<&str> = v
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|t| t["created_by"].as_str().unwrap())
                        .collect();
                    assert!(filers.len() >= 2, "{filers:?}");
                }
                Some(_) => {
                    // Intake sees exactly the tickets it filed.
                    let v = send(
                        &app,
                        req(
                            "GET",
                            "/api/v1/tickets?limit=1000",
                            token.as_deref(),
                            None,
                            &[],
                        ),
                    )
                    .await
                    .json();
                    let me = send(
                        &app,
                        req(
                            "GET",
                            "/api/v1/tickets?limit=1000",
                            Some(&tok(Role::Admin)),
                            None,
                            &[],
                        ),
                    )
                    .await
                    .json();
                    let mine: Vec<&Value> = v.as_array().unwrap().iter().collect();
                    assert!(!mine.is_empty());
                    let creator = mine[0]["created_by"].clone();
                    assert!(mine.iter().all(|t| t["created_by"] == creator));
                    let all_of_creator = me
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|t| t["created_by"] == creator)
                        .count();
                    assert_eq!(mine.len(), all_of_creator);
                }
            }
        }
    })
    .await;
}

/// The problem documents of the ticket contract, as snapshots (`tests/snapshots/`).
#[tokio::test]
async fn problem_documents() {
    let (app, db) = app().await;
    let intake = token(&db.store, "bot", Role::Intake, &[]).await;
    let it = token(&db.store, "IT", Role::ItStaff, &["discord:9"]).await;
    let editor = token(&db.store, "Ed", Role::FaqEditor, &[]).await;
    let r = send(
        &app,
        req(
            "POST",
            "/api/v1/tickets",
            Some(&intake),
            Some(&name_correction("p@example.org", "discord:9")),
            &[],
        ),
    )
    .await;
    let id = r.json()["id"].as_i64().unwrap();
    let approve = format!("/api/v1/tickets/{id}/approve");
    let cases = [
        (
            "428_if_match_required",
            send(&app, req("POST", &approve, Some(&it), None, &[])).await,
        ),
        (
            "412_version_mismatch",
            send(
                &app,
                req("POST", &approve, Some(&it), None, &[("if-match", "\"5\"")]),
            )
            .await,
        ),
        (
            "403_self_approval",
            send(
                &app,
                req("POST", &approve, Some(&it), None, &[("if-match", "\"1\"")]),
            )
            .await,
        ),
        (
            "403_role",
            send(
                &app,
                req("GET", "/api/v1/tickets", Some(&editor), None, &[]),
            )
            .await,
        ),
        (
            "409_duplicate_ticket",
            send(
                &app,
                req(
                    "POST",
                    "/api/v1/tickets",
                    Some(&intake),
                    Some(&name_correction("p@example.org", "discord:9")),
                    &[],
                ),
            )
            .await,
        ),
        (
            "404_not_found",
            send(
                &app,
                req("GET", "/api/v1/tickets/999", Some(&it), None, &[]),
            )
            .await,
        ),
    ];
    for (name, r) in cases {
        assert_eq!(r.content_type(), "application/problem+json", "{name}");
        assert_eq!(r.json()["status"], r.status.as_u16(), "{name}");
        insta::assert_json_snapshot!(name, r.json());
    }
    let cancel = format!("/api/v1/tickets/{id}/cancel");
    send(
        &app,
        req("POST", &cancel, Some(&intake), None, &[("if-match", "*")]),
    )
    .await;
    let r = send(
        &app,
        req("POST", &cancel, Some(&intake), None, &[("if-match", "*")]),
    )
    .await;
    insta::assert_json_snapshot!("409_invalid_transition", r.json());
}
