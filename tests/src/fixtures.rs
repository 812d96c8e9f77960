//! Discord payloads for tests, built from the JSON files in `tests/fixtures/` (shaped like what
//! Discord sends, including the fields serenity 0.12 requires) with ids and values filled in.
//! `tests/tests/fixtures.rs` checks that each deserializes with serenity's own types.

use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::{Value, json};

const COMMAND_FRAGE: &str = include_str!("../fixtures/command_frage.json");
const COMMAND_PLAIN: &str = include_str!("../fixtures/command_plain.json");
const COMPONENT: &str = include_str!("../fixtures/component.json");
const MODAL_SUBMIT: &str = include_str!("../fixtures/modal_submit.json");
const PING: &str = include_str!("../fixtures/ping.json");
const MESSAGE: &str = include_str!("../fixtures/message_dm.json");

/// The guild and channels of the test world.
pub const GUILD: u64 = 700_000_000_000_000_001;
pub const CHANNEL: u64 = 700_000_000_000_000_002;
pub const STAFF_CHANNEL: u64 = 700_000_000_000_000_003;
pub const STAFF_ROLE: u64 = 700_000_000_000_000_004;

static NEXT: AtomicU64 = AtomicU64::new(1_300_000_000_000_000_000);

/// A fresh snowflake (unique within the test binary).
pub fn snowflake() -> u64 {
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Someone on Discord.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: u64,
    pub name: String,
    pub roles: Vec<u64>,
    pub locale: String,
}

impl Person {
    pub fn user(id: u64, name: &str) -> Self {
        Self {
            id,
            name: name.to_owned(),
            roles: vec![],
            locale: "de".to_owned(),
        }
    }

    pub fn staff(id: u64, name: &str) -> Self {
        Self {
            roles: vec![STAFF_ROLE],
            ..Self::user(id, name)
        }
    }

    pub fn english(mut self) -> Self {
        self.locale = "en-US".to_owned();
        self
    }
}

fn parse(template: &str) -> Value {
    serde_json::from_str(template).unwrap_or(Value::Null)
}

fn fill(v: &mut Value, id: u64, who: &Person, channel: u64) {
    let s = |n: u64| Value::String(n.to_string());
    v["id"] = s(id);
    v["token"] = Value::String(format!("token-{id}"));
    v["guild_id"] = s(GUILD);
    v["channel_id"] = s(channel);
    v["channel"]["id"] = s(channel);
    v["member"]["user"]["id"] = s(who.id);
    v["member"]["user"]["username"] = json!(who.name);
    v["member"]["user"]["global_name"] = json!(who.name);
    v["member"]["roles"] = json!(who.roles.iter().map(|r| r.to_string()).collect::<Vec<_>>());
    v["locale"] = json!(who.locale);
    v["authorizing_integration_owners"] = json!({"0": GUILD.to_string()});
}

/// `/frage <text>` in the guild channel.
pub fn ask_command(who: &Person, text: &str) -> Value {
    let mut v = parse(COMMAND_FRAGE);
    fill(&mut v, snowflake(), who, CHANNEL);
    v["data"]["options"][0]["value"] = json!(text);
    v
}

/// Turns a guild interaction into one sent in a DM with the bot: no guild, no member, `user` set.
pub fn in_dm(mut v: Value) -> Value {
    let user = v["member"]["user"].clone();
    if let Some(o) = v.as_object_mut() {
        o.remove("guild_id");
        o.remove("member");
        o.insert("user".into(), user.clone());
        o.insert("context".into(), json!(1));
        o.insert(
            "channel".into(),
            json!({"id": crate::fake_discord::dm_channel_id(user["id"].as_str().unwrap_or("0")), "type": 1}),
        );
        o.insert(
            "authorizing_integration_owners".into(),
            json!({"1": user["id"].clone()}),
        );
    }
    v["channel_id"] = v["channel"]["id"].clone();
    v
}

/// A slash command without options (`namenskorrektur`, `loeschantrag`, `meine-tickets`).
pub fn command(who: &Person, name: &str) -> Value {
    let mut v = parse(COMMAND_PLAIN);
    fill(&mut v, snowflake(), who, CHANNEL);
    v["data"]["name"] = json!(name);
    v
}

/// A button click on a message in `channel`.
pub fn click(who: &Person, custom_id: &str, channel: u64, message_id: u64) -> Value {
    let mut v = parse(COMPONENT);
    fill(&mut v, snowflake(), who, channel);
    v["data"]["custom_id"] = json!(custom_id);
    v["message"]["id"] = json!(message_id.to_string());
    v["message"]["channel_id"] = json!(channel.to_string());
    v
}

/// A modal submit with `(input custom_id, value)` pairs, one per action row.
pub fn modal_submit(who: &Person, custom_id: &str, fields: &[(&str, &str)]) -> Value {
    let mut v = parse(MODAL_SUBMIT);
    fill(&mut v, snowflake(), who, CHANNEL);
    v["data"]["custom_id"] = json!(custom_id);
    v["data"]["components"] = Value::Array(
        fields
            .iter()
            .map(|(id, value)| {
                json!({"type": 1, "components": [{"type": 4, "custom_id": id, "value": value}]})
            })
            .collect(),
    );
    v
}

/// PING (the portal sends it when the endpoint URL is saved).
pub fn ping() -> Value {
    let mut v = parse(PING);
    let id = snowflake();
    v["id"] = json!(id.to_string());
    v["token"] = json!(format!("token-{id}"));
    v
}

/// A MESSAGE_CREATE payload: a DM (`guild == false`) or a guild message mentioning `mention`.
pub fn message(who: &Person, text: &str, guild: bool, mention: Option<u64>) -> Value {
    let mut v = parse(MESSAGE);
    let id = snowflake();
    v["id"] = json!(id.to_string());
    v["author"]["id"] = json!(who.id.to_string());
    v["author"]["username"] = json!(who.name);
    v["author"]["global_name"] = json!(who.name);
    v["content"] = json!(text);
    if guild {
        v["guild_id"] = json!(GUILD.to_string());
        v["channel_id"] = json!(CHANNEL.to_string());
    } else {
        v["channel_id"] = json!(crate::fake_discord::dm_channel_id(&who.id.to_string()));
    }
    if let Some(m) = mention {
        v["mentions"] = json!([crate::fake_discord::bot_user()]);
        let _ = m;
    }
    v
}
