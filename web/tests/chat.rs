//! The web chat and its ticket forms through the router (no socket), on both backends where a
//! database is involved: the accessible names, answers, CSRF, the honeypot, the shared limit,
//! field errors from core's validation, the status link.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::*;
use helpdesk_core::{Role, TicketFilter, TicketState};
use helpdesk_web::WebConfig;

/// A browser's CSRF cookie and the token its page put into the forms.
struct Csrf {
    cookie: String,
    token: String,
}

async fn csrf(app: &axum::Router) -> Csrf {
    let r = send(app, get("/")).await;
    let cookie = r.header("set-cookie").split(';').next().unwrap().to_owned();
    let start = r.text.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
    let token = r.text[start..start + r.text[start..].find('"').unwrap()].to_owned();
    Csrf { cookie, token }
}

fn post(c: &Csrf, uri: &str, body: &str) -> Request<Body> {
    Request::post(uri)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", &c.cookie)
        .body(Body::from(format!("csrf={}&{body}", c.token)))
        .unwrap()
}

fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[tokio::test]
async fn chat_page_has_the_contract_names_in_both_languages() {
    let (app, db) = app().await;
    let r = send(&app, get("/")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_page(&r, "de");
    assert!(r.text.contains("<label for=\"q\">Ihre Frage</label>"));
    assert!(r.text.contains("<button type=\"submit\">Fragen</button>"));
    assert!(r.text.contains("role=\"log\" aria-live=\"polite\""));
    assert!(r.text.contains("src=\"/static/chat.js?v="));
    let cookie = r.header("set-cookie");
    assert!(cookie.starts_with("hd_csrf=") && cookie.contains("SameSite=Strict"));

    let en = send(
        &app,
        Request::get("/")
            .header("accept-language", "en-US,en;q=0.9")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_page(&en, "en");
    assert!(en.text.contains(">Your question</label>") && en.text.contains(">Ask</button>"));
    let switched = send(&app, get("/?lang=en")).await;
    assert_page(&switched, "en");
    db.cleanup().await;
}

#[tokio::test]
async fn asking_answers_through_core_and_logs_the_question() {
    on_both(async |db| {
        let (app, _) = app_on(&db.store, WebConfig::default()).await;
        let c = csrf(&app).await;
        let entry = db
            .store
            .faq_entry(&helpdesk_faq::FaqId::parse("anwendung-finden").unwrap())
            .await
            .unwrap()
            .entry;
        let r = send(
            &app,
            post(&c, "/ask", &format!("lang=de&q={}", enc(&entry.question))),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", db.backend);
        assert_page(&r, "de");
        assert!(r.text.contains(&format!(
            "<h2 class=\"answer-title\">{}</h2>",
            entry.question
        )));
        assert!(r.text.contains("name=\"helpful\" value=\"true\""));
        assert_eq!(r.header("cache-control"), "no-store");

        // The script gets the turn alone.
        let mut req = post(
            &c,
            "/ask",
            "lang=de&q=Wie+wird+das+Wetter+morgen+im+Harz%3F",
        );
        req.headers_mut()
            .insert("x-chat-fragment", "1".parse().unwrap());
        let frag = send(&app, req).await;
        assert!(
            frag.text
                .trim_start()
                .starts_with("<article class=\"turn\">"),
            "{}",
            frag.text
        );
        assert!(frag.text.contains("Das weiß ich nicht."));
        assert!(frag.text.contains("mailto:"));
        let inbox = db.store.unanswered_questions(10).await.unwrap();
        assert!(
            inbox.iter().any(|q| q.question.contains("Harz")),
            "{inbox:?}"
        );

        // 👎 is stored like the API's feedback.
        let fb = send(
            &app,
            post(
                &c,
                "/feedback",
                "lang=de&entry=anwendung-finden&helpful=false",
            ),
        )
        .await;
        assert_eq!(fb.status, StatusCode::OK);
        let counts = db.store.feedback_summary().await.unwrap();
        assert!(
            format!("{counts:?}").contains("anwendung-finden"),
            "{counts:?}"
        );
    })
    .await;
}

#[tokio::test]
async fn forms_without_their_csrf_token_are_refused() {
    let (app, db) = app().await;
    let c = csrf(&app).await;
    for (uri, body) in [
        ("/ask", "q=Hallo"),
        ("/feedback", "entry=anwendung-finden&helpful=true"),
        ("/tickets/new", "kind=deletion"),
    ] {
        // No cookie at all.
        let r = send(
            &app,
            Request::post(uri)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(format!("csrf={}&{body}", c.token)))
                .unwrap(),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{uri}");
        // Cookie and field differ.
        let r = send(
            &app,
            Request::post(uri)
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", &c.cookie)
                .body(Body::from(format!("csrf={}&{body}", "b".repeat(64))))
                .unwrap(),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{uri}");
        assert!(r.text.contains("Formular abgelaufen"));
    }
    db.cleanup().await;
}

#[tokio::test]
async fn the_shared_limit_applies_to_asking_and_filing() {
    let db = sqlite().await;
    let config = WebConfig {
        ask_limit: Some(Arc::new(|_, _: &axum::http::HeaderMap| {
            Box::pin(async { Err(30_u64) }) as helpdesk_web::LimitCheck
        })),
        ..WebConfig::default()
    };
    let (app, _) = app_on(&db.store, config).await;
    let c = csrf(&app).await;
    let r = send(&app, post(&c, "/ask", "q=Passwort+vergessen")).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.text.contains("Bitte warten Sie einen Moment"));
    let r = send(
        &app,
        post(&c, "/tickets/new", &ticket_body("a@example.org", "")),
    )
    .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    db.cleanup().await;
}

fn ticket_body(email: &str, website: &str) -> String {
    format!(
        "lang=de&kind=name_correction&nonce=00112233445566778899aabbccddeeff&display_name=Mia+Muster\
         &email={}&name_in_account=Mia+Mustre&name_in_contract=Mia+Muster&identnummer=&note=&website={}",
        enc(email),
        enc(website)
    )
}

#[tokio::test]
async fn ticket_form_errors_come_from_core_field_by_field() {
    let (app, db) = app().await;
    let c = csrf(&app).await;
    let form = send(&app, get("/tickets/new?kind=name_correction")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert_page(&form, "de");
    assert!(form.text.contains("name=\"website\""), "honeypot field");
    let r = send(
        &app,
        post(
            &c,
            "/tickets/new",
            "lang=de&kind=name_correction&nonce=00112233445566778899aabbccddeeff&email=kaputt&display_name=",
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_page(&r, "de");
    for expected in [
        "Bitte füllen Sie „Ihr Name“ aus.",
        "Bitte geben Sie eine gültige E-Mail-Adresse an",
        "Bitte füllen Sie „Name im Konto (falsch)“ aus.",
        "Bitte füllen Sie „Name im Ausbildungsvertrag (richtig)“ aus.",
    ] {
        assert!(r.text.contains(expected), "{expected}");
    }
    assert!(
        r.text
            .contains("id=\"f-email\" name=\"email\" value=\"kaputt\"")
    );
    assert!(r.text.contains("aria-invalid=\"true\""));
    assert!(
        db.store
            .list_tickets(&TicketFilter::default())
            .await
            .unwrap()
            .is_empty()
    );
    db.cleanup().await;
}

/// A NUL byte in the note (a 500 on PostgreSQL before) is a field message from core's
/// validation; a line break from the textarea (`\r\n`) is fine. A second form for the same
/// address is told that a request is being handled, without the other ticket's number.
#[tokio::test]
async fn control_characters_are_a_field_message_and_duplicates_show_no_number() {
    on_both(async |db| {
        let (app, _) = app_on(&db.store, WebConfig::default()).await;
        let c = csrf(&app).await;
        let body = ticket_body("nul@example.org", "").replace("&note=", "&note=Hallo%00Welt");
        let r = send(&app, post(&c, "/tickets/new", &body)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", db.backend);
        assert!(r.text.contains("enthält ein Steuerzeichen"), "{}", r.text);
        assert!(
            db.store
                .list_tickets(&TicketFilter::default())
                .await
                .unwrap()
                .is_empty()
        );
        let body =
            ticket_body("nul@example.org", "").replace("&note=", "&note=Zeile+1%0D%0AZeile+2");
        let r = send(&app, post(&c, "/tickets/new", &body)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}: {}", db.backend, r.text);
        let t = db
            .store
            .list_tickets(&TicketFilter::default())
            .await
            .unwrap();
        assert_eq!(t[0].note.as_deref(), Some("Zeile 1\nZeile 2"));

        // Another form (another nonce) for the same address.
        let other = ticket_body("nul@example.org", "").replace(
            "nonce=00112233445566778899aabbccddeeff",
            "nonce=ffeeddccbbaa99887766554433221100",
        );
        let r = send(&app, post(&c, "/tickets/new", &other)).await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.text);
        assert!(r.text.contains("bereits ein Antrag"), "{}", r.text);
        assert!(!r.text.contains(&format!("#{}", t[0].id)), "{}", r.text);
    })
    .await;
}

#[tokio::test]
async fn a_filled_honeypot_files_nothing() {
    let (app, db) = app().await;
    let c = csrf(&app).await;
    let r = send(
        &app,
        post(
            &c,
            "/tickets/new",
            &ticket_body("bot@example.org", "http://spam"),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        db.store
            .list_tickets(&TicketFilter::default())
            .await
            .unwrap()
            .is_empty()
    );
    db.cleanup().await;
}

#[tokio::test]
async fn a_web_ticket_is_unverified_and_its_status_link_shows_genehmigt() {
    on_both(async |db| {
        let (app, _) = app_on(&db.store, WebConfig::default()).await;
        let c = csrf(&app).await;
        let r = send(
            &app,
            post(&c, "/tickets/new", &ticket_body("mia@example.org", "")),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}: {}", db.backend, r.text);
        assert_page(&r, "de");
        assert_eq!(r.header("referrer-policy"), "no-referrer");
        let start = r.text.find("href=\"/status/").unwrap() + "href=\"".len();
        let link = &r.text[start..start + r.text[start..].find('"').unwrap()];
        let t = db
            .store
            .list_tickets(&TicketFilter::default())
            .await
            .unwrap();
        assert_eq!(t.len(), 1);
        assert!(!t[0].requester_verified);
        assert!(r.text.contains(&format!("#{}", t[0].id)));

        // The same form sent twice files one ticket.
        let again = send(
            &app,
            post(&c, "/tickets/new", &ticket_body("mia@example.org", "")),
        )
        .await;
        assert_eq!(again.status, StatusCode::CREATED);
        assert_eq!(
            db.store
                .list_tickets(&TicketFilter::default())
                .await
                .unwrap()
                .len(),
            1
        );

        let s = send(&app, get(link)).await;
        assert_eq!(s.status, StatusCode::OK);
        assert!(s.text.contains("<strong>offen"), "{}", s.text);
        assert!(!s.text.contains("mia@example.org") && !s.text.contains("Mustre"));
        let it = db
            .store
            .create_token("IT", Role::ItStaff, &[])
            .await
            .unwrap();
        let p = db.store.verify_token(&it.secret).await.unwrap().unwrap();
        db.store
            .approve(
                t[0].id,
                t[0].version,
                &helpdesk_core::Actor::from_principal(&p),
            )
            .await
            .unwrap();
        let s = send(&app, get(link)).await;
        assert!(s.text.contains("<strong>genehmigt"), "{}", s.text);
        assert_eq!(
            db.store.ticket(t[0].id).await.unwrap().state,
            TicketState::Approved
        );
        let missing = send(&app, get(&format!("/status/{}", "f".repeat(64)))).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
    })
    .await;
}
