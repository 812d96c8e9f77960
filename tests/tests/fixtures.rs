//! The fixtures and the fake's responses are what serenity 0.12 can parse: each is
//! deserialized with serenity's own types (Discord documents some fields as optional that
//! serenity requires, so this guards the fake and the fixtures against drifting).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use helpdesk_e2e::fake_discord::{APPLICATION_ID, FakeDiscord};
use helpdesk_e2e::fixtures::{self, Person};
use serenity::all::{Interaction, Message, PrivateChannel};

#[test]
fn interaction_fixtures_deserialize_with_serenity() {
    let who = Person::user(42, "Max");
    let cases = [
        (
            "ask",
            fixtures::ask_command(&who, "Wo finde ich das Berichtsheft?"),
        ),
        ("command", fixtures::command(&who, "loeschantrag")),
        ("click", fixtures::click(&who, "sa:1", fixtures::CHANNEL, 5)),
        (
            "modal",
            fixtures::modal_submit(
                &who,
                "f:de:del",
                &[("full_name", "Max"), ("email", "m@x.de")],
            ),
        ),
        ("ping", fixtures::ping()),
        (
            "dm",
            fixtures::in_dm(fixtures::ask_command(
                &who,
                "Wo finde ich das Berichtsheft?",
            )),
        ),
    ];
    for (name, v) in cases {
        let parsed: Result<Interaction, _> = serde_json::from_value(v.clone());
        let i = parsed.unwrap_or_else(|e| panic!("{name}: {e}\n{v:#}"));
        match (name, i) {
            ("ask", Interaction::Command(c)) => {
                assert_eq!(c.data.name, "frage");
                assert_eq!(c.user.id.get(), 42, "member.user fills user");
            }
            ("dm", Interaction::Command(c)) => {
                assert!(c.guild_id.is_none() && c.member.is_none());
                assert_eq!(c.user.id.get(), 42);
            }
            ("command", Interaction::Command(_))
            | ("click", Interaction::Component(_))
            | ("modal", Interaction::Modal(_))
            | ("ping", Interaction::Ping(_)) => {}
            (n, other) => panic!("{n}: wrong kind {:?}", other.kind()),
        }
    }
}

#[test]
fn message_fixture_deserializes_with_serenity() {
    let who = Person::user(42, "Max");
    for v in [
        fixtures::message(&who, "Hallo", false, None),
        fixtures::message(&who, "<@1> Hallo", true, Some(1)),
    ] {
        let m: Message = serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{e}\n{v:#}"));
        assert_eq!(m.author.id.get(), 42);
    }
}

#[tokio::test]
async fn fake_rest_responses_deserialize_with_serenity() {
    let fake = FakeDiscord::start().await.unwrap();
    let http = helpdesk_bot::http_client("t", &fake.api_base(), Some(APPLICATION_ID));
    let gw = http.get_gateway().await.unwrap();
    assert_eq!(gw.url, fake.gateway_url());
    let bot = http.get_bot_gateway().await.unwrap();
    assert_eq!(bot.shards, 1);
    let me = http.get_current_user().await.unwrap();
    assert!(me.bot);
    let dm: PrivateChannel = serenity::all::UserId::new(42)
        .create_dm_channel(&http)
        .await
        .unwrap();
    let sent: Message = dm
        .id
        .send_message(
            &http,
            serenity::all::CreateMessage::new()
                .content("hi")
                .embed(
                    serenity::all::CreateEmbed::new()
                        .title("t")
                        .description("d"),
                )
                .components(vec![serenity::all::CreateActionRow::Buttons(vec![
                    serenity::all::CreateButton::new("sa:1").label("Freigeben"),
                ])]),
        )
        .await
        .unwrap();
    assert_eq!(sent.content, "hi");
    assert_eq!(sent.components.len(), 1);
    let recorded = fake.requests();
    assert_eq!(
        recorded.last().unwrap().path,
        format!("/channels/{}/messages", dm.id)
    );
    assert!(recorded.iter().all(|r| r.status < 300), "{recorded:#?}");
}
