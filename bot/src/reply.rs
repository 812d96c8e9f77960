//! Reply values: what the engine says, independent of any chat platform.
//!
//! The Discord adapter turns these into serenity builders (`discord::render`); another surface
//! (a web chat) could render them as HTML. They serialize to JSON for snapshot tests.

use serde::Serialize;

/// The engine's answer to one input.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Reply {
    /// A new message (in a channel: only the asker sees it when `ephemeral`).
    Message(Msg),
    /// Replace the message the clicked button is on (staff post updates, feedback thanks).
    Update(Msg),
    /// Open a form.
    Modal(Modal),
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Msg {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub content: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub embeds: Vec<Embed>,
    /// Rows of buttons (Discord: up to 5 rows of up to 5 buttons).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<Vec<Button>>,
    pub ephemeral: bool,
}

impl Msg {
    pub fn text(content: impl Into<String>, ephemeral: bool) -> Self {
        Self {
            content: content.into(),
            ephemeral,
            ..Self::default()
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Embed {
    pub title: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<(String, String)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub footer: Option<String>,
    /// 0xRRGGBB.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub colour: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Style {
    Primary,
    Secondary,
    Success,
    Danger,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Button {
    pub label: String,
    pub style: Style,
    /// The `custom_id` (see [`crate::custom_id::Action`]); link buttons have `url` instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emoji: Option<char>,
}

impl Button {
    pub fn action(label: impl Into<String>, style: Style, custom_id: String) -> Self {
        Self {
            label: label.into(),
            style,
            custom_id: Some(custom_id),
            url: None,
            emoji: None,
        }
    }

    pub fn link(label: impl Into<String>, url: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            style: Style::Secondary,
            custom_id: None,
            url: Some(url.into()),
            emoji: None,
        }
    }

    pub fn with_emoji(mut self, e: char) -> Self {
        self.emoji = Some(e);
        self
    }
}

/// A form: at most five text inputs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Modal {
    pub custom_id: String,
    pub title: String,
    pub inputs: Vec<TextInput>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextInput {
    pub custom_id: String,
    pub label: String,
    pub paragraph: bool,
    pub required: bool,
    pub max_length: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
}
