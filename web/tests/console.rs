//! The console through the router: sign-in, sessions (on both backends), roles, CSRF, and the
//! ticket actions with their confirmation step and conflicts.

mod common;

use axum::http::StatusCode;
use common::*;
use helpdesk_core::Role;
use helpdesk_web::{SecureCookies, WebConfig};

#[tokio::test]
async fn sign_in_page_has_the_contract_names() {
    let (app, db) = app().await;
    let r = send(&app, get("/admin/login")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_page(&r, "de");
    assert!(r.text.contains("<label for=\"token\">API-Token</label>"));
    assert!(r.text.contains("type=\"password\" id=\"token\""));
    assert!(r.text.contains(">Anmelden</button>"));
    // The sign-in form is CSRF-protected with the double-submit cookie.
    let cookie = r.header("set-cookie");
    assert!(
        cookie.starts_with("hd_csrf=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Strict")
    );
    assert!(
        !cookie.contains("Secure"),
        "plain HTTP without a trusted proxy: {cookie}"
    );
    db.cleanup().await;
}

#[tokio::test]
async fn console_pages_need_a_session() {
    let (app, db) = app().await;
    for path in [
        "/admin",
        "/admin/tickets",
        "/admin/tickets/1",
        "/admin/audit",
    ] {
        let r = send(&app, get(path)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(r.header("location"), "/admin/login", "{path}");
    }
    db.cleanup().await;
}

#[tokio::test]
async fn sign_in_refuses_bad_tokens_missing_csrf_and_intake_tokens() {
    let (app, db) = app().await;
    let good = token(&db.store, "Erika IT", Role::ItStaff).await;
    let intake = token(&db.store, "Formular", Role::Intake).await;
    let mut b = Browser::new(&app);
    let page = b.get("/admin/login").await;
    let csrf = hidden(&page.text, "csrf");

    let r = b.post("/admin/login", &[("token", &good)]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "no CSRF token");
    assert!(r.text.contains("Formular abgelaufen"));
    let mut other = Browser::new(&app);
    let r = other
        .post("/admin/login", &[("csrf", &csrf), ("token", &good)])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "token without its cookie");

    let r = b
        .post("/admin/login", &[("csrf", &csrf), ("token", "hd_1_0000")])
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.text.contains("unbekannt oder widerrufen"));
    assert!(r.text.contains("aria-invalid=\"true\""));
    assert!(!r.text.contains("hd_1_0000"), "the token is never echoed");

    let r = b
        .post("/admin/login", &[("csrf", &csrf), ("token", &intake)])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.text.contains("keine Anmeldung an der Konsole"));
    db.cleanup().await;
}

#[tokio::test]
async fn sessions_work_on_both_backends_and_end_with_sign_out_or_revocation() {
    on_both(async |db| {
        let (app, _) = app_on(&db.store, WebConfig::default()).await;
        let created = db
            .store
            .create_token("Erika IT", Role::ItStaff, &[])
            .await
            .unwrap();
        let mut b = Browser::new(&app);
        b.sign_in(&created.secret).await;
        let r = b.get("/admin").await;
        assert_eq!(r.header("location"), "/admin/tickets", "{}", db.backend);
        let r = b.get("/admin/tickets").await;
        assert_eq!(r.status, StatusCode::OK, "{}: {}", db.backend, r.text);
        assert_page(&r, "de");
        assert_eq!(r.header("cache-control"), "no-store");
        assert!(r.text.contains(">Tickets</a>") && r.text.contains(">Abmelden</a>"));
        assert!(!r.text.contains(">FAQ</a>"), "IT staff without FAQ rights");

        // Sign-out ends the session.
        let r = b.get("/admin/logout").await;
        assert_eq!(r.header("location"), "/admin/login?signed_out=1");
        assert_eq!(b.get("/admin/tickets").await.status, StatusCode::SEE_OTHER);
        let r = b.get("/admin/login?signed_out=1").await;
        assert!(r.text.contains("Sie sind abgemeldet."));

        // Revoking the token ends its sessions at once.
        b.sign_in(&created.secret).await;
        assert_eq!(b.get("/admin/tickets").await.status, StatusCode::OK);
        db.store.revoke_token(created.info.id).await.unwrap();
        let r = b.get("/admin/tickets").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", db.backend);
    })
    .await;
}

#[tokio::test]
async fn session_cookie_is_http_only_strict_and_secure_when_configured() {
    let db = sqlite().await;
    let config = WebConfig {
        secure_cookies: SecureCookies::Always,
        ..WebConfig::default()
    };
    let (app, _) = app_on(&db.store, config).await;
    let t = token(&db.store, "Erika IT", Role::ItStaff).await;
    let mut b = Browser::new(&app);
    let page = b.get("/admin/login").await;
    assert!(page.header("set-cookie").contains("; Secure"));
    let csrf = hidden(&page.text, "csrf");
    let r = b
        .post("/admin/login", &[("csrf", &csrf), ("token", &t)])
        .await;
    let cookie = r.header("set-cookie");
    assert!(cookie.starts_with("hd_session="), "{cookie}");
    for attr in [
        "HttpOnly",
        "SameSite=Strict",
        "Path=/admin",
        "Secure",
        "Max-Age=1800",
    ] {
        assert!(cookie.contains(attr), "{attr} missing in {cookie}");
    }
    // Idle expiry: every request renews the session (cookie and stored expiry).
    let r = b.get("/admin/tickets").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.header("set-cookie").contains("Max-Age=1800"),
        "{}",
        r.header("set-cookie")
    );
    db.cleanup().await;
}

#[tokio::test]
async fn faq_editor_cannot_reach_ticket_pages() {
    let (app, db) = app().await;
    let t = token(&db.store, "Redaktion", Role::FaqEditor).await;
    let id = deletion_ticket(&db.store, "erika@example.org").await;
    let mut b = Browser::new(&app);
    b.sign_in(&t).await;
    assert_eq!(b.get("/admin").await.header("location"), "/admin/questions");
    for path in [
        "/admin/tickets".to_owned(),
        format!("/admin/tickets/{id}"),
        "/admin/audit".to_owned(),
    ] {
        let r = b.get(&path).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}");
        assert!(r.text.contains("Keine Berechtigung"));
        assert!(!r.text.contains("erika@example.org"));
    }
    db.cleanup().await;
}

/// Two IT staff approve a deletion in two steps; the first cannot approve twice; a stale page
/// gets the conflict notice with the new state; forms without their CSRF token do nothing.
#[tokio::test]
async fn deletion_needs_two_people_and_stale_pages_see_the_conflict() {
    let (app, db) = app().await;
    let id = deletion_ticket(&db.store, "erika@example.org").await;
    let mut a = Browser::new(&app);
    a.sign_in(&token(&db.store, "IT Anna", Role::ItStaff).await)
        .await;
    let mut b = Browser::new(&app);
    b.sign_in(&token(&db.store, "IT Ben", Role::ItStaff).await)
        .await;

    let queue = a.get("/admin/tickets").await;
    assert!(
        queue
            .text
            .contains(&format!("href=\"/admin/tickets/{id}\""))
    );
    assert!(queue.text.contains("0 von 2 Freigaben"));

    let page = a.get(&format!("/admin/tickets/{id}")).await;
    assert_page(&page, "de");
    assert!(page.text.contains("erika@example.org"));
    for label in ["Freigeben", "Ablehnen"] {
        assert!(page.text.contains(&format!(">{label}</button>")), "{label}");
    }
    assert!(
        !page.text.contains(">Erledigt</button>"),
        "only approved tickets can be done"
    );
    assert!(!page.text.contains("Bestätigen"));
    // Ben opens the page now (version 1) and keeps it open.
    let b_confirm = b
        .get(&format!("/admin/tickets/{id}?confirm=approve&version=1"))
        .await;

    // Anna: the button opens the confirmation in the page, "Bestätigen" posts.
    let confirm = a
        .get(&format!("/admin/tickets/{id}?confirm=approve&version=1"))
        .await;
    assert!(confirm.text.contains(">Bestätigen</button>"));
    let csrf = hidden(&confirm.text, "csrf");
    let uri = format!("/admin/tickets/{id}/approve");
    let r = a.post(&uri, &[("version", "1")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "without CSRF token");
    let r = a
        .post(
            &uri,
            &[("version", "1"), ("csrf", &hidden(&b_confirm.text, "csrf"))],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::FORBIDDEN,
        "with another session's token"
    );
    assert_eq!(
        db.store
            .ticket(helpdesk_core::TicketId(id))
            .await
            .unwrap()
            .approvals
            .len(),
        0
    );
    let r = a.post(&uri, &[("version", "1"), ("csrf", &csrf)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let page = a.get(r.header("location")).await;
    assert!(page.text.contains("Ihre Freigabe ist gespeichert."));
    assert!(page.text.contains("1 von 2 Freigaben: IT Anna"));
    assert!(
        !page.text.contains(">Freigeben</button>"),
        "no second approval by Anna"
    );
    assert!(page.text.contains("muss von einer anderen Person kommen"));
    // Posting again anyway is refused by core's rule, shown on the page.
    let r = a.post(&uri, &[("version", "2"), ("csrf", &csrf)]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.text.contains("bereits freigegeben"));

    // Ben's stale confirmation: the conflict notice and the new state, not an error page.
    let b_csrf = hidden(&b_confirm.text, "csrf");
    let r = b.post(&uri, &[("version", "1"), ("csrf", &b_csrf)]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_page(&r, "de");
    assert!(
        r.text
            .contains("Inzwischen hat jemand anderes dieses Ticket bearbeitet")
    );
    assert!(r.text.contains("1 von 2 Freigaben"));
    assert!(
        r.text.contains(">Freigeben</button>"),
        "Ben may still approve"
    );
    // Ben approves from the fresh page: approved, 2 of 2; then done.
    let r = b.post(&uri, &[("version", "2"), ("csrf", &b_csrf)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = b.get(&format!("/admin/tickets/{id}")).await;
    assert!(page.text.contains("2 von 2 Freigaben"));
    assert!(page.text.contains(">genehmigt</span>"));
    assert!(page.text.contains(">Erledigt</button>"));
    let r = b
        .post(
            &format!("/admin/tickets/{id}/complete"),
            &[("version", "3"), ("csrf", &b_csrf)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = b.get(&format!("/admin/tickets/{id}")).await;
    assert!(page.text.contains(">erledigt</span>"));
    assert!(!page.text.contains("erika@example.org"), "erased when done");

    let audit = b.get("/admin/audit").await;
    assert!(
        audit.text.contains("Die Audit-Kette ist intakt"),
        "{}",
        audit.text
    );
    db.cleanup().await;
}

#[tokio::test]
async fn reject_needs_a_reason() {
    let (app, db) = app().await;
    let id = deletion_ticket(&db.store, "erika@example.org").await;
    let mut a = Browser::new(&app);
    a.sign_in(&token(&db.store, "IT Anna", Role::ItStaff).await)
        .await;
    let confirm = a
        .get(&format!("/admin/tickets/{id}?confirm=reject&version=1"))
        .await;
    assert!(
        confirm
            .text
            .contains("<label for=\"reason\">Begründung</label>")
    );
    let csrf = hidden(&confirm.text, "csrf");
    let uri = format!("/admin/tickets/{id}/reject");
    let r = a
        .post(&uri, &[("version", "1"), ("csrf", &csrf), ("reason", "  ")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text.contains("Bitte geben Sie eine Begründung an."));
    let r = a
        .post(
            &uri,
            &[
                ("version", "1"),
                ("csrf", &csrf),
                ("reason", "Nachweis fehlt"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = a.get(&format!("/admin/tickets/{id}")).await;
    assert!(page.text.contains(">abgelehnt</span>") && page.text.contains("Nachweis fehlt"));
    db.cleanup().await;
}

#[tokio::test]
async fn queue_filters() {
    let (app, db) = app().await;
    let id = deletion_ticket(&db.store, "erika@example.org").await;
    let mut a = Browser::new(&app);
    a.sign_in(&token(&db.store, "IT Anna", Role::ItStaff).await)
        .await;
    let r = a.get("/admin/tickets?state=all&kind=deletion").await;
    assert!(r.text.contains(&format!("#{id}<")));
    let r = a
        .get("/admin/tickets?state=pending&kind=name_correction")
        .await;
    assert!(r.text.contains("Keine Tickets für diese Auswahl."));
    let r = a.get("/admin/tickets?state=pending&overdue=1").await;
    assert!(
        r.text.contains("Keine Tickets für diese Auswahl."),
        "not due yet"
    );
    let r = a.get("/admin/tickets?state=done").await;
    assert!(r.text.contains("Keine Tickets"));
    assert_eq!(
        a.get("/admin/tickets?state=nonsense").await.status,
        StatusCode::BAD_REQUEST
    );
    db.cleanup().await;
}

#[tokio::test]
async fn web_filed_tickets_are_marked_unverified() {
    let (app, db) = app().await;
    let chat = deletion_ticket(&db.store, "erika@example.org").await;
    let req: helpdesk_core::TicketRequest = serde_json::from_value(serde_json::json!({
        "kind": "name_correction",
        "requester": {"id": "web:abc", "display_name": "Max Web"},
        "subject": {"email": "max@example.org", "name_in_account": "Max Muster", "name_in_contract": "Max Mustermann"}
    }))
    .unwrap();
    let web = db
        .store
        .create_web_ticket(&req.validate().unwrap(), None)
        .await
        .unwrap()
        .created
        .ticket
        .id
        .0;
    let mut a = Browser::new(&app);
    a.sign_in(&token(&db.store, "IT Anna", Role::ItStaff).await)
        .await;
    let queue = a.get("/admin/tickets").await;
    assert_eq!(
        queue.text.matches("nicht verifiziert").count(),
        1,
        "{}",
        queue.text
    );
    let page = a.get(&format!("/admin/tickets/{web}")).await;
    assert!(
        page.text
            .contains("Identität der anfragenden Person ist nicht verifiziert")
    );
    let page = a.get(&format!("/admin/tickets/{chat}")).await;
    assert!(!page.text.contains("nicht verifiziert"));
    db.cleanup().await;
}

/// An unknown question appears in the inbox with its count; "Als Alternative hinzufügen" makes
/// the same question answered by that entry at once (core's live index).
#[tokio::test]
async fn inbox_adopts_a_question_and_it_is_answered() {
    use helpdesk_core::answer::{Answerer, Outcome};
    let db = sqlite().await;
    let (app, live) = app_on(&db.store, WebConfig::default()).await;
    let question = "Wo finde ich den Quastenflosser-Bericht?";
    for _ in 0..2 {
        let r = live.ask(question, None).await.unwrap();
        assert_ne!(r.outcome, Outcome::Answer);
    }
    let entry = db.store.faq_entries().await.unwrap()[0]
        .entry
        .id
        .to_string();

    let mut m = Browser::new(&app);
    m.sign_in(&token(&db.store, "Redaktion", Role::FaqEditor).await)
        .await;
    let page = m.get("/admin/questions").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_page(&page, "de");
    assert!(page.text.contains(">Unbeantwortete Fragen</a>"));
    assert!(
        page.text.contains(question) && page.text.contains("2-mal gefragt"),
        "{}",
        page.text
    );
    let csrf = hidden(&page.text, "csrf");

    let form = [
        ("question", question),
        ("lang", "de"),
        ("entry", entry.as_str()),
    ];
    let r = m.post("/admin/questions/adopt", &form).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "without CSRF token");
    let mut with = form.to_vec();
    with.push(("csrf", &csrf));
    let r = m.post("/admin/questions/adopt", &with).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let page = m.get(r.header("location")).await;
    assert!(page.text.contains("wird ab sofort beantwortet"));
    assert!(
        !page.text.contains(question),
        "resolved questions leave the inbox"
    );

    let r = live.ask(question, None).await.unwrap();
    assert_eq!(r.outcome, Outcome::Answer, "{r:?}");
    assert_eq!(r.hits[0].id.to_string(), entry);

    // IT staff without FAQ rights cannot use the inbox.
    let mut it = Browser::new(&app);
    it.sign_in(&token(&db.store, "IT Anna", Role::ItStaff).await)
        .await;
    assert_eq!(
        it.get("/admin/questions").await.status,
        StatusCode::FORBIDDEN
    );
    db.cleanup().await;
}

#[tokio::test]
async fn faq_list_with_search() {
    let (app, db) = app().await;
    let mut m = Browser::new(&app);
    m.sign_in(&token(&db.store, "Redaktion", Role::FaqEditor).await)
        .await;
    let all = m.get("/admin/faq").await;
    assert_eq!(all.status, StatusCode::OK);
    assert_page(&all, "de");
    let total = db.store.faq_entries().await.unwrap().len();
    assert!(
        all.text.contains(&format!("{total} von {total} Einträgen")),
        "{}",
        all.text
    );
    let first = db.store.faq_entries().await.unwrap()[0].entry.clone();
    let hit = m.get(&format!("/admin/faq?q={}", first.id)).await;
    assert!(hit.text.contains(&format!("<code>{}</code>", first.id)));
    assert!(!hit.text.contains(&format!("{total} von {total}")));
    let none = m.get("/admin/faq?q=quastenflosser").await;
    assert!(none.text.contains("Kein Eintrag passt"));
    let mut it = Browser::new(&app);
    it.sign_in(&token(&db.store, "IT Anna", Role::ItStaff).await)
        .await;
    assert_eq!(it.get("/admin/faq").await.status, StatusCode::FORBIDDEN);
    db.cleanup().await;
}
