//! `helpdesk discord register` (its library part) against the fake Discord: a bulk overwrite
//! of the commands, globally or in a guild, with German names and English localizations.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use helpdesk_e2e::fake_discord::{APPLICATION_ID, FakeDiscord};

#[tokio::test]
async fn registers_commands_globally_and_per_guild() {
    let fake = FakeDiscord::start().await.unwrap();
    let http = helpdesk_bot::http_client("t", &fake.api_base(), Some(APPLICATION_ID));

    let names = helpdesk_bot::discord::commands::register(&http, Some(123))
        .await
        .unwrap();
    assert_eq!(
        names,
        ["frage", "namenskorrektur", "loeschantrag", "meine-tickets"]
    );
    let names = helpdesk_bot::discord::commands::register(&http, None)
        .await
        .unwrap();
    assert_eq!(names.len(), 4);

    let reqs = fake.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].method, "PUT");
    assert_eq!(
        reqs[0].path,
        format!("/applications/{APPLICATION_ID}/guilds/123/commands")
    );
    assert_eq!(
        reqs[1].path,
        format!("/applications/{APPLICATION_ID}/commands")
    );
    let frage = &reqs[1].body[0];
    assert_eq!(frage["name"], "frage");
    assert_eq!(frage["name_localizations"]["en-US"], "ask");
    assert_eq!(frage["options"][0]["required"], true);
    assert_eq!(
        frage["options"][0]["name_localizations"]["en-GB"],
        "question"
    );
    let en: Vec<&str> = reqs[1]
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name_localizations"]["en-US"].as_str().unwrap())
        .collect();
    assert_eq!(
        en,
        ["ask", "name-correction", "deletion-request", "my-tickets"]
    );
}
