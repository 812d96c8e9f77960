//! The real serenity client against the fake Discord: questions over the gateway, and a
//! deletion ticket from the form to the staff channel, two approvals by button and exactly one
//! DM to the requester (also when Discord fails once). SQLite, and PostgreSQL with
//! `HELPDESK_TEST_PG`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use helpdesk_e2e::fake_discord::{BOT_USER_ID, Recorded, dm_channel_id};
use helpdesk_e2e::fixtures::{self, CHANNEL, Person, STAFF_CHANNEL};
use helpdesk_e2e::world::{Backend, World, backends, engine_config};
use serde_json::Value;

/// Bounds a failing test only; passing tests never wait this long.
const LIMIT: Duration = Duration::from_secs(30);

fn callbacks<'a>(reqs: &'a [Recorded], interaction: &Value) -> Vec<&'a Recorded> {
    let id = interaction["id"].as_str().unwrap();
    reqs.iter()
        .filter(|r| {
            r.path.starts_with(&format!("/interactions/{id}/")) && r.path.ends_with("/callback")
        })
        .collect()
}

/// Injects an interaction over the gateway and returns the callback body the bot sent.
async fn interact(w: &World, interaction: Value) -> Value {
    assert!(
        w.discord
            .dispatch("INTERACTION_CREATE", interaction.clone())
            > 0
    );
    let reqs = w
        .discord
        .wait_for(LIMIT, |r| !callbacks(r, &interaction).is_empty())
        .await
        .expect("the bot answered the interaction");
    callbacks(&reqs, &interaction)[0].body.clone()
}

fn posts_to(reqs: &[Recorded], channel: &str) -> Vec<Recorded> {
    reqs.iter()
        .filter(|r| {
            r.method == "POST"
                && r.path == format!("/channels/{channel}/messages")
                && r.status < 300
        })
        .cloned()
        .collect()
}

fn custom_ids(msg: &Value) -> Vec<String> {
    msg["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|c| c["custom_id"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn questions_over_the_gateway_are_answered() {
    let w = World::start(Backend::Sqlite, true, engine_config())
        .await
        .unwrap();
    let max = Person::user(4242, "Max");

    // A slash command.
    let reply = interact(
        &w,
        fixtures::ask_command(&max, "Woher bekomme ich einen Registrierungscode?"),
    )
    .await;
    assert_eq!(reply["type"], 4);
    assert_eq!(reply["data"]["flags"], 64);
    assert!(
        reply["data"]["embeds"][0]["title"]
            .as_str()
            .unwrap()
            .contains("Registrierungscode")
    );

    // A DM: answered in the DM channel, with the embed, never pinging anyone.
    let dm = dm_channel_id(&max.id.to_string());
    w.discord.dispatch(
        "MESSAGE_CREATE",
        fixtures::message(&max, "Wo finde ich das Digitale Berichtsheft?", false, None),
    );
    let reqs = w
        .discord
        .wait_for(LIMIT, |r| !posts_to(r, &dm).is_empty())
        .await
        .unwrap();
    let sent = &posts_to(&reqs, &dm)[0].body;
    assert_eq!(sent["allowed_mentions"]["parse"], serde_json::json!([]));
    assert!(sent["embeds"][0]["title"].is_string(), "{sent}");

    // A guild message that mentions the bot is answered in the channel; one that does not is
    // ignored.
    w.discord.dispatch(
        "MESSAGE_CREATE",
        fixtures::message(
            &max,
            "Kann ich mehrere Betriebsstätten verwalten?",
            true,
            None,
        ),
    );
    w.discord.dispatch(
        "MESSAGE_CREATE",
        fixtures::message(
            &max,
            &format!("<@{BOT_USER_ID}> Where do I get a registration code?"),
            true,
            Some(BOT_USER_ID),
        ),
    );
    let channel = CHANNEL.to_string();
    let reqs = w
        .discord
        .wait_for(LIMIT, |r| !posts_to(r, &channel).is_empty())
        .await
        .unwrap();
    let posts = posts_to(&reqs, &channel);
    assert_eq!(posts.len(), 1, "only the mention is answered");
    let title = posts[0].body["embeds"][0]["title"].as_str().unwrap();
    assert!(
        title.to_lowercase().contains("registration code"),
        "English question, English answer: {title}"
    );
    w.shutdown().await;
}

#[tokio::test]
async fn deletion_ticket_from_form_to_two_approvals_and_one_dm() {
    for b in backends() {
        deletion_flow(b).await;
    }
}

async fn deletion_flow(b: Backend) {
    let w = World::start(b, true, engine_config()).await.unwrap();
    let requester = Person::user(5001, "Lea");
    let erika = Person::staff(6001, "erika");
    let tom = Person::staff(6002, "tom");
    let outsider = Person::staff(6003, "mallory"); // has the role, but no IT token
    w.staff_token("Erika IT", erika.id).await.unwrap();
    w.staff_token("Tom IT", tom.id).await.unwrap();

    // The requester opens the form and submits it.
    let modal = interact(&w, fixtures::command(&requester, "loeschantrag")).await;
    assert_eq!(modal["type"], 9);
    let form_id = modal["data"]["custom_id"].as_str().unwrap().to_owned();
    let confirm = interact(
        &w,
        fixtures::modal_submit(
            &requester,
            &form_id,
            &[
                ("full_name", "Lea Beispiel"),
                ("email", "lea@example.org"),
                ("reason", "1"),
                ("note", ""),
            ],
        ),
    )
    .await;
    assert_eq!(confirm["type"], 4);
    let content = confirm["data"]["content"].as_str().unwrap();
    assert!(content.contains("Ticket #1"), "{content}");
    // What Discord receives, as a whole (the same on both backends).
    insta::assert_json_snapshot!("deletion_confirmation", confirm);

    // The outbox worker posts it in the staff channel, with Approve / Reject buttons.
    let staff = STAFF_CHANNEL.to_string();
    let reqs = w
        .discord
        .wait_for(LIMIT, |r| !posts_to(r, &staff).is_empty())
        .await
        .unwrap();
    let post = posts_to(&reqs, &staff)[0].body.clone();
    assert_eq!(custom_ids(&post), vec!["sa:1", "sr:1"]);
    assert_eq!(post["allowed_mentions"]["parse"], serde_json::json!([]));

    // No staff role → refused; role but no linked token → refused.
    let r = interact(&w, fixtures::click(&requester, "sa:1", STAFF_CHANNEL, 1)).await;
    assert!(
        r["data"]["content"]
            .as_str()
            .unwrap()
            .contains("IT-Team vorbehalten"),
        "{r}"
    );
    let r = interact(&w, fixtures::click(&outsider, "sa:1", STAFF_CHANNEL, 1)).await;
    assert!(
        r["data"]["content"]
            .as_str()
            .unwrap()
            .contains("mit keinem IT-Token verknüpft"),
        "{r}"
    );

    // First approval: the post updates to "1 von 2".
    let r = interact(&w, fixtures::click(&erika, "sa:1", STAFF_CHANNEL, 1)).await;
    assert_eq!(r["type"], 7, "{r}");
    let fields = r["data"]["embeds"][0]["fields"].to_string();
    assert!(fields.contains("1 von 2 Freigaben: Erika IT"), "{fields}");
    // The same person again is refused by the four-eyes rule.
    let r = interact(&w, fixtures::click(&erika, "sa:1", STAFF_CHANNEL, 1)).await;
    assert_eq!(r["type"], 4);
    assert_eq!(r["data"]["flags"], 64);
    // Discord will fail the first attempt of the requester's DM (set before the approval that
    // triggers it, so the worker cannot send it earlier).
    let dm = dm_channel_id(&requester.id.to_string());
    w.discord.fail_next(&format!("/channels/{dm}/messages"), 1);
    // Second approval by another person: approved, "Erledigt" offered.
    let r = interact(&w, fixtures::click(&tom, "sa:1", STAFF_CHANNEL, 1)).await;
    assert_eq!(r["type"], 7, "{r}");
    let fields = r["data"]["embeds"][0]["fields"].to_string();
    assert!(
        fields.contains("2 von 2 Freigaben: Erika IT, Tom IT"),
        "{fields}"
    );
    assert_eq!(custom_ids(&r["data"]), vec!["sd:1"]);

    // The requester gets exactly one DM about the approval, even though Discord fails once.
    let reqs = w
        .discord
        .wait_for(LIMIT, |r| !posts_to(r, &dm).is_empty())
        .await
        .unwrap();
    let failed = reqs
        .iter()
        .filter(|r| r.path == format!("/channels/{dm}/messages") && r.status >= 500)
        .count();
    assert_eq!(failed, 1, "the first attempt failed and was retried");
    let dms = posts_to(&reqs, &dm);
    assert_eq!(dms.len(), 1);
    insta::assert_json_snapshot!("deletion_approved_dm", dms[0].body);
    let text = dms[0].body["content"].as_str().unwrap();
    assert!(
        text.contains("freigegeben")
            && text.contains("*English:* Your deletion request (ticket #1) has been approved"),
        "{text}"
    );

    // /meine-tickets shows the state.
    let r = interact(&w, fixtures::command(&requester, "meine-tickets")).await;
    let list = r["data"]["embeds"][0]["description"].as_str().unwrap();
    assert!(list.contains("#1") && list.contains("freigegeben"), "{r}");

    // Done → a second DM (one per event), and nothing more after the outbox is drained.
    let r = interact(&w, fixtures::click(&erika, "sd:1", STAFF_CHANNEL, 1)).await;
    assert_eq!(r["type"], 7, "{r}");
    let reqs = w
        .discord
        .wait_for(LIMIT, |r| posts_to(r, &dm).len() >= 2)
        .await
        .unwrap();
    let dms = posts_to(&reqs, &dm);
    insta::assert_json_snapshot!("deletion_done_dm", dms[1].body);
    assert!(
        dms[1].body["content"]
            .as_str()
            .unwrap()
            .contains("erledigt"),
        "{:?}",
        dms[1].body
    );
    // Drain: the outbox is empty, so no further DM can follow.
    loop {
        if w.db.store.outbox_backlog().await.unwrap() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(posts_to(&w.discord.requests(), &dm).len(), 2);

    // A done deletion erases the personal fields, the requester's chat identity included, so
    // the ticket no longer shows under /meine-tickets.
    let r = interact(&w, fixtures::command(&requester, "meine-tickets")).await;
    assert!(
        r["data"]["content"]
            .as_str()
            .unwrap()
            .contains("noch keine Tickets"),
        "{r}"
    );
    // The staff post was edited down (through the outbox) to number, kind and outcome.
    let post = edited_staff_post(&w, 1).await;
    let shown = post.to_string();
    assert!(
        shown.contains("#1") && shown.contains("Löschantrag") && shown.contains("erledigt"),
        "{shown}"
    );
    for personal in ["Lea", "lea@example.org", "Beispiel"] {
        assert!(!shown.contains(personal), "{personal} still in {shown}");
    }
    assert_eq!(custom_ids(&post), Vec::<String>::new());
    w.shutdown().await;
}

/// The staff post of `ticket` as Discord shows it now, once the outbox has edited it.
async fn edited_staff_post(w: &World, ticket: i64) -> Value {
    let helpdesk_core::StaffPost::Posted { channel, message } =
        w.db.store
            .staff_post(helpdesk_core::TicketId(ticket))
            .await
            .unwrap()
    else {
        panic!("the staff post of #{ticket} was not recorded")
    };
    let path = format!("/channels/{channel}/messages/{message}");
    w.discord
        .wait_for(LIMIT, |r| {
            r.iter()
                .any(|r| r.method == "PATCH" && r.path == path && r.status < 300)
        })
        .await
        .expect("the outbox edited the staff post");
    w.discord
        .message(channel.parse().unwrap(), message.parse().unwrap())
        .unwrap()
}

/// A requester's note is plain text in the staff post (a masked link is not clickable), a
/// web ticket is marked unverified, and a ticket rejected outside Discord (API, console) has
/// its post edited down to number, kind and outcome through the outbox, retried when Discord
/// fails.
#[tokio::test]
async fn staff_posts_show_notes_as_text_and_are_edited_down_when_tickets_close() {
    for b in backends() {
        let w = World::start(b, false, engine_config()).await.unwrap();
        let store = &w.db.store;
        let intake = {
            let t = store
                .create_token("Intake", helpdesk_core::Role::Intake, &[])
                .await
                .unwrap();
            helpdesk_core::Actor::from_principal(
                &store.verify_token(&t.secret).await.unwrap().unwrap(),
            )
        };
        let it = {
            let t = store
                .create_token("Erika IT", helpdesk_core::Role::ItStaff, &[])
                .await
                .unwrap();
            helpdesk_core::Actor::from_principal(
                &store.verify_token(&t.secret).await.unwrap().unwrap(),
            )
        };
        let request = |requester: &str, email: &str, note: &str| {
            let req: helpdesk_core::TicketRequest = serde_json::from_value(serde_json::json!({
                "kind": "name_correction",
                "requester": {"id": requester, "display_name": "Nina [Admin](https://evil.example)"},
                "subject": {"email": email, "name_in_account": "Nina Muster",
                            "name_in_contract": "Nina Mustermann", "identnummer": "NM-4711"},
                "note": note,
            }))
            .unwrap();
            req.validate().unwrap()
        };
        let chat = store
            .create_ticket(
                &request(
                    "discord:7001",
                    "nina@example.org",
                    "Siehe [Vertrag](http://evil.example/x) und https://evil.example/y\nDanke",
                ),
                &intake,
                None,
            )
            .await
            .unwrap()
            .ticket;
        let web = store
            .create_web_ticket(
                &request("web:form-1", "web@example.org", ""),
                Some("form-1"),
            )
            .await
            .unwrap()
            .created
            .ticket;
        let staff = STAFF_CHANNEL.to_string();
        let reqs = w
            .discord
            .wait_for(LIMIT, |r| posts_to(r, &staff).len() >= 2)
            .await
            .unwrap();
        let posts = posts_to(&reqs, &staff);
        let fields = |p: &Value| -> Vec<(String, String)> {
            p["embeds"][0]["fields"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    (
                        f["name"].as_str().unwrap().to_owned(),
                        f["value"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        };
        let title = |p: &Value| p["embeds"][0]["title"].as_str().unwrap().to_owned();
        let chat_post = posts
            .iter()
            .find(|p| title(&p.body).contains(&format!("#{}", chat.id)))
            .unwrap();
        let web_post = posts
            .iter()
            .find(|p| title(&p.body).contains(&format!("#{}", web.id)))
            .unwrap();
        let chat_fields = fields(&chat_post.body);
        let note = &chat_fields
            .iter()
            .find(|(n, _)| n == "Anmerkung")
            .unwrap()
            .1;
        assert_eq!(
            note,
            "```\nSiehe [Vertrag](http://evil.example/x) und https://evil.example/y\nDanke\n```"
        );
        let requester = &chat_fields
            .iter()
            .find(|(n, _)| n == "Antragsteller")
            .unwrap()
            .1;
        assert_eq!(requester, "`Nina [Admin](https://evil.example)`");
        assert!(!chat_fields.iter().any(|(n, _)| n == "Identität"));
        let web_fields = fields(&web_post.body);
        assert!(
            web_fields
                .iter()
                .any(|(n, v)| n == "Identität" && v.contains("nicht verifiziert")),
            "{web_fields:?}"
        );

        // Rejected through the store (as the API and the console do), while Discord fails
        // the first edit: the outbox retries it.
        let helpdesk_core::StaffPost::Posted { channel, message } =
            store.staff_post(chat.id).await.unwrap()
        else {
            panic!("not recorded")
        };
        w.discord
            .fail_next(&format!("/channels/{channel}/messages/{message}"), 1);
        store
            .reject(
                chat.id,
                chat.version,
                &it,
                "Bitte mit Vertrag erneut stellen",
            )
            .await
            .unwrap();
        let shown = edited_staff_post(&w, chat.id.0).await;
        let text = shown.to_string();
        assert!(
            text.contains(&format!("#{}", chat.id))
                && text.contains("Namenskorrektur")
                && text.contains("abgelehnt"),
            "{text}"
        );
        for personal in [
            "Nina",
            "nina@example.org",
            "NM4711",
            "evil.example",
            "Vertrag erneut",
        ] {
            assert!(!text.contains(personal), "{personal} still in {text}");
        }
        let failed = w
            .discord
            .requests()
            .iter()
            .filter(|r| {
                r.method == "PATCH"
                    && r.path == format!("/channels/{channel}/messages/{message}")
                    && r.status >= 500
            })
            .count();
        assert_eq!(failed, 1, "the first edit failed and was retried");
        w.shutdown().await;
    }
}
