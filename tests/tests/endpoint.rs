//! The signed HTTP Interactions Endpoint: valid, invalid, stale and replayed requests, and the
//! answers it gives in the response body. Runs on SQLite and, with `HELPDESK_TEST_PG`, PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use helpdesk_e2e::fixtures::{self, Person};
use helpdesk_e2e::world::{Backend, World, backends, engine_config, now_secs, sign};

/// `{"parse": []}` (serenity also sends empty `users`/`roles` lists: the same, no pings).
fn assert_no_pings(am: &serde_json::Value) {
    assert_eq!(am["parse"], serde_json::json!([]), "{am}");
    for k in ["users", "roles"] {
        assert!(
            am.get(k).is_none_or(|v| v == &serde_json::json!([])),
            "{am}"
        );
    }
}

async fn world(b: Backend) -> World {
    World::start(b, false, engine_config()).await.unwrap()
}

#[tokio::test]
async fn ping_is_answered_with_type_1() {
    let w = world(Backend::Sqlite).await;
    let (status, body) = w.post_signed(&fixtures::ping()).await;
    assert_eq!(status, 200);
    assert_eq!(body, serde_json::json!({"type": 1}));
    w.shutdown().await;
}

#[tokio::test]
async fn bad_missing_and_stale_signatures_get_401() {
    let w = world(Backend::Sqlite).await;
    let body = fixtures::ask_command(
        &Person::user(1, "Max"),
        "Woher bekomme ich einen Registrierungscode?",
    );
    let raw = body.to_string().into_bytes();

    // No headers.
    assert_eq!(w.post_raw(raw.clone(), None).await.0, 401);
    // Signed by another key.
    let other = ed25519_dalek::SigningKey::from_bytes(&[9u8; 32]);
    let ts = now_secs().to_string();
    let bad = {
        use ed25519_dalek::Signer;
        hex::encode(other.sign(&[ts.as_bytes(), &raw].concat()).to_bytes())
    };
    assert_eq!(w.post_raw(raw.clone(), Some((&bad, &ts))).await.0, 401);
    // A valid signature over another body (tampered body).
    let (sig, ts) = sign(&raw, now_secs());
    let mut tampered = raw.clone();
    tampered.push(b' ');
    assert_eq!(w.post_raw(tampered, Some((&sig, &ts))).await.0, 401);
    // Garbage signature.
    assert_eq!(w.post_raw(raw.clone(), Some(("zz", &ts))).await.0, 401);
    // Correctly signed, but ten minutes old, and ten minutes in the future.
    for when in [now_secs() - 600, now_secs() + 600] {
        let (sig, ts) = sign(&raw, when);
        assert_eq!(w.post_raw(raw.clone(), Some((&sig, &ts))).await.0, 401);
    }
    // And the same request signed now is accepted.
    let (sig, ts) = sign(&raw, now_secs());
    assert_eq!(w.post_raw(raw, Some((&sig, &ts))).await.0, 200);
    // Nothing was sent to Discord for the rejected ones (nor for the direct answer).
    assert!(w.discord.requests().is_empty());
    w.shutdown().await;
}

#[tokio::test]
async fn frage_is_answered_directly_with_an_embed() {
    for b in backends() {
        let w = world(b).await;
        let body = fixtures::ask_command(
            &Person::user(1, "Max"),
            "Woher bekomme ich einen Registrierungscode?",
        );
        let (status, reply) = w.post_signed(&body).await;
        assert_eq!(status, 200, "{reply}");
        assert_eq!(reply["type"], 4);
        let data = &reply["data"];
        assert_eq!(data["flags"], 64, "ephemeral in a guild channel");
        assert_no_pings(&data["allowed_mentions"]);
        let embed = &data["embeds"][0];
        assert!(
            embed["title"]
                .as_str()
                .unwrap()
                .contains("Registrierungscode"),
            "{embed}"
        );
        let entry = helpdesk_faq::bundled()
            .iter()
            .find(|e| e.id.as_str() == "registrierungscode")
            .unwrap();
        assert_eq!(embed["url"].as_str(), entry.link.as_deref(), "{embed}");
        assert_eq!(embed["description"].as_str().unwrap(), entry.answer.trim());
        let ids: Vec<&str> = data["components"][0]["components"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|c| c["custom_id"].as_str())
            .collect();
        assert!(ids.contains(&"fb:de:registrierungscode:u"), "{ids:?}");
        assert!(ids.contains(&"sh:de:registrierungscode"), "{ids:?}");
        w.shutdown().await;
    }
}

#[tokio::test]
async fn english_question_gets_an_english_answer() {
    let w = world(Backend::Sqlite).await;
    let body = fixtures::ask_command(
        &Person::user(1, "Max").english(),
        "Where do I get a registration code?",
    );
    let (_, reply) = w.post_signed(&body).await;
    let title = reply["data"]["embeds"][0]["title"]
        .as_str()
        .unwrap_or_default();
    assert!(
        title.to_lowercase().contains("registration code"),
        "{reply}"
    );
    w.shutdown().await;
}

#[tokio::test]
async fn replayed_form_submit_creates_one_ticket() {
    for b in backends() {
        let w = world(b).await;
        let who = Person::user(77, "Mia");
        let submit = fixtures::modal_submit(
            &who,
            "f:de:nc",
            &[
                ("email", "mia@example.org"),
                ("name_in_account", "Mia Muster"),
                ("name_in_contract", "Mia Mustermann"),
                ("identnummer", ""),
                ("note", ""),
            ],
        );
        let (status, first) = w.post_signed(&submit).await;
        assert_eq!(status, 200, "{first}");
        let content = first["data"]["content"].as_str().unwrap();
        assert!(content.contains("Ticket #1"), "{content}");
        // The identical request again (a captured request replayed within five minutes).
        let (status, second) = w.post_signed(&submit).await;
        assert_eq!(status, 409, "{second}");
        let tickets =
            w.db.store
                .list_tickets(&helpdesk_core::TicketFilter::default())
                .await
                .unwrap();
        assert_eq!(tickets.len(), 1);
        w.shutdown().await;
    }
}

/// The duplicate reply tells the same requester the number of their pending ticket, and
/// anyone else only that a request for this address is already being handled (issue 11).
#[tokio::test]
async fn duplicate_reply_shows_the_number_only_to_its_requester() {
    for b in backends() {
        let w = world(b).await;
        let fields = [
            ("email", "dora@example.org"),
            ("name_in_account", "Dora Muster"),
            ("name_in_contract", "Dora Mustermann"),
            ("identnummer", ""),
            ("note", ""),
        ];
        let dora = Person::user(81, "Dora");
        let (_, first) = w
            .post_signed(&fixtures::modal_submit(&dora, "f:de:nc", &fields))
            .await;
        let content = first["data"]["content"].as_str().unwrap();
        assert!(content.contains("Ticket #1"), "{content}");
        let (status, again) = w
            .post_signed(&fixtures::modal_submit(&dora, "f:de:nc", &fields))
            .await;
        assert_eq!(status, 200, "{again}");
        let content = again["data"]["content"].as_str().unwrap();
        assert!(content.contains("Ticket #1"), "{content}");
        let other = Person::user(82, "Emil");
        let (status, reply) = w
            .post_signed(&fixtures::modal_submit(&other, "f:de:nc", &fields))
            .await;
        assert_eq!(status, 200, "{reply}");
        let content = reply["data"]["content"].as_str().unwrap();
        assert!(
            content.contains("bereits ein Antrag") && content.contains("bearbeitet"),
            "{content}"
        );
        assert!(!content.contains("#1"), "{content}");
        w.shutdown().await;
    }
}

/// A NUL byte or another control character in a form field is a field message, not a
/// database error (it was a 500 on PostgreSQL).
#[tokio::test]
async fn control_characters_in_a_form_get_a_field_message() {
    for b in backends() {
        let w = world(b).await;
        let submit = fixtures::modal_submit(
            &Person::user(83, "Finn"),
            "f:de:nc",
            &[
                ("email", "finn@example.org"),
                ("name_in_account", "Finn\u{0} Muster"),
                ("name_in_contract", "Finn Mustermann"),
                ("identnummer", ""),
                ("note", "Hallo\u{0}"),
            ],
        );
        let (status, reply) = w.post_signed(&submit).await;
        assert_eq!(status, 200, "{reply}");
        let content = reply["data"]["content"].as_str().unwrap();
        assert_eq!(content.matches("Steuerzeichen").count(), 2, "{content}");
        let tickets =
            w.db.store
                .list_tickets(&helpdesk_core::TicketFilter::default())
                .await
                .unwrap();
        assert!(tickets.is_empty());
        w.shutdown().await;
    }
}

#[tokio::test]
async fn invalid_form_gets_field_messages_and_no_ticket() {
    let w = world(Backend::Sqlite).await;
    let submit = fixtures::modal_submit(
        &Person::user(5, "Ben"),
        "f:de:del",
        &[
            ("full_name", ""),
            ("email", "not-an-email"),
            ("reason", "weil"),
            ("note", ""),
        ],
    );
    let (status, reply) = w.post_signed(&submit).await;
    assert_eq!(status, 200);
    let content = reply["data"]["content"].as_str().unwrap();
    assert!(content.contains("Vollständiger Name"), "{content}");
    assert!(content.contains("gültige E-Mail-Adresse"), "{content}");
    assert!(content.contains("1 (Betrieb verlassen)"), "{content}");
    assert_eq!(reply["data"]["flags"], 64);
    let tickets =
        w.db.store
            .list_tickets(&helpdesk_core::TicketFilter::default())
            .await
            .unwrap();
    assert!(tickets.is_empty());
    w.shutdown().await;
}

#[tokio::test]
async fn commands_open_modals_with_at_most_five_inputs() {
    let w = world(Backend::Sqlite).await;
    for (name, custom_id, n) in [
        ("namenskorrektur", "f:de:nc", 5),
        ("loeschantrag", "f:de:del", 4),
    ] {
        let (status, reply) = w
            .post_signed(&fixtures::command(&Person::user(5, "Ben"), name))
            .await;
        assert_eq!(status, 200);
        assert_eq!(reply["type"], 9, "{reply}");
        assert_eq!(reply["data"]["custom_id"], custom_id);
        let rows = reply["data"]["components"].as_array().unwrap();
        assert_eq!(rows.len(), n);
        assert!(
            rows.iter()
                .all(|r| r["type"] == 1 && r["components"][0]["type"] == 4)
        );
    }
    w.shutdown().await;
}

#[tokio::test]
async fn per_user_rate_limit_answers_friendly() {
    let cfg = helpdesk_bot::EngineConfig {
        rate_burst: 2,
        ..engine_config()
    };
    let w = World::start(Backend::Sqlite, false, cfg).await.unwrap();
    let who = Person::user(9, "Eve");
    for _ in 0..2 {
        let (_, r) = w
            .post_signed(&fixtures::ask_command(
                &who,
                "Wo finde ich das Berichtsheft?",
            ))
            .await;
        assert!(r["data"]["embeds"].is_array(), "{r}");
    }
    let (status, r) = w
        .post_signed(&fixtures::ask_command(
            &who,
            "Wo finde ich das Berichtsheft?",
        ))
        .await;
    assert_eq!(status, 200);
    assert!(
        r["data"]["content"]
            .as_str()
            .unwrap()
            .contains("warten Sie eine Minute"),
        "{r}"
    );
    // Someone else is not affected.
    let (_, r) = w
        .post_signed(&fixtures::ask_command(
            &Person::user(10, "Ann"),
            "Wo finde ich das Berichtsheft?",
        ))
        .await;
    assert!(r["data"]["embeds"].is_array(), "{r}");
    w.shutdown().await;
}

#[tokio::test]
async fn reject_asks_for_a_reason_and_the_requester_gets_it() {
    for b in backends() {
        let w = world(b).await;
        let requester = Person::user(300, "Nora");
        let staff = Person::staff(301, "erika");
        w.staff_token("Erika IT", staff.id).await.unwrap();
        let submit = fixtures::modal_submit(
            &requester,
            "f:de:nc",
            &[
                ("email", "nora@example.org"),
                ("name_in_account", "Nora Muster"),
                ("name_in_contract", "Nora Mustermann"),
            ],
        );
        assert_eq!(w.post_signed(&submit).await.0, 200);
        // Reject opens a form for the reason …
        let (_, modal) = w
            .post_signed(&fixtures::click(&staff, "sr:1", fixtures::STAFF_CHANNEL, 1))
            .await;
        assert_eq!(modal["type"], 9, "{modal}");
        assert_eq!(modal["data"]["custom_id"], "rr:1");
        // … an empty reason is refused …
        let (_, r) = w
            .post_signed(&fixtures::modal_submit(
                &staff,
                "rr:1",
                &[("reject_reason", " ")],
            ))
            .await;
        assert!(
            r["data"]["content"]
                .as_str()
                .unwrap()
                .contains("Begründung"),
            "{r}"
        );
        // … and the submitted reason rejects the ticket and reaches the requester.
        let (_, r) = w
            .post_signed(&fixtures::modal_submit(
                &staff,
                "rr:1",
                &[("reject_reason", "Der Name im Vertrag stimmt bereits.")],
            ))
            .await;
        assert_eq!(r["type"], 7, "{r}");
        assert!(r["data"]["components"].as_array().unwrap().is_empty());
        let dm = helpdesk_e2e::fake_discord::dm_channel_id(&requester.id.to_string());
        let path = format!("/channels/{dm}/messages");
        let reqs = w
            .discord
            .wait_for(std::time::Duration::from_secs(30), |r| {
                r.iter().any(|x| x.path == path)
            })
            .await
            .unwrap();
        let sent: Vec<_> = reqs.iter().filter(|x| x.path == path).collect();
        assert_eq!(sent.len(), 1);
        let text = sent[0].body["content"].as_str().unwrap();
        assert!(
            text.contains("abgelehnt") && text.contains("Der Name im Vertrag stimmt bereits."),
            "{text}"
        );
        w.shutdown().await;
    }
}

#[tokio::test]
async fn feedback_buttons_are_stored_per_entry() {
    let w = world(Backend::Sqlite).await;
    let who = Person::user(400, "Tim");
    for id in [
        "fb:de:registrierungscode:u",
        "fb:de:registrierungscode:u",
        "fb:de:registrierungscode:d",
    ] {
        let (_, r) = w
            .post_signed(&fixtures::click(&who, id, fixtures::CHANNEL, 1))
            .await;
        assert!(
            r["data"]["content"].as_str().unwrap().contains("Danke"),
            "{r}"
        );
    }
    let summary = w.db.store.feedback_summary().await.unwrap();
    let e = summary
        .iter()
        .find(|f| f.entry_id == "registrierungscode")
        .unwrap();
    assert_eq!((e.helpful, e.not_helpful), (2, 1));
    // Sharing posts the answer visibly (no ephemeral flag).
    let (_, r) = w
        .post_signed(&fixtures::click(
            &who,
            "sh:de:registrierungscode",
            fixtures::CHANNEL,
            1,
        ))
        .await;
    assert_eq!(r["data"]["flags"], 0, "{r}");
    assert!(
        r["data"]["embeds"][0]["title"]
            .as_str()
            .unwrap()
            .contains("Registrierungscode")
    );
    w.shutdown().await;
}

#[tokio::test]
async fn in_a_dm_answers_are_not_ephemeral() {
    let w = world(Backend::Sqlite).await;
    let ask = fixtures::in_dm(fixtures::ask_command(
        &Person::user(500, "Ida"),
        "Woher bekomme ich einen Registrierungscode?",
    ));
    let (status, reply) = w.post_signed(&ask).await;
    assert_eq!(status, 200, "{reply}");
    assert_eq!(reply["data"]["flags"], 0, "{reply}");
    let ids = reply["data"]["components"][0]["components"].to_string();
    assert!(
        !ids.contains("sh:de:"),
        "no share button where it is already visible: {ids}"
    );
    w.shutdown().await;
}
