//! Engine replies → serenity builders. Every message sets `allowed_mentions` to `{"parse": []}`,
//! so nothing the bot says (FAQ text, a user's name, a reject reason) can ping anyone.

use serenity::all::{
    ButtonStyle, CreateActionRow, CreateAllowedMentions, CreateButton, CreateEmbed,
    CreateEmbedFooter, CreateInputText, CreateInteractionResponse,
    CreateInteractionResponseMessage, CreateMessage, CreateModal, EditMessage, InputTextStyle,
    ReactionType,
};

use crate::reply::{Button, Embed, Modal, Msg, Reply, Style};

/// No pings at all: `{"parse": []}`.
pub fn no_mentions() -> CreateAllowedMentions {
    CreateAllowedMentions::new()
}

fn style(s: Style) -> ButtonStyle {
    match s {
        Style::Primary => ButtonStyle::Primary,
        Style::Secondary => ButtonStyle::Secondary,
        Style::Success => ButtonStyle::Success,
        Style::Danger => ButtonStyle::Danger,
    }
}

fn button(b: &Button) -> CreateButton {
    let mut out = match (&b.url, &b.custom_id) {
        (Some(url), _) => CreateButton::new_link(url),
        (None, Some(id)) => CreateButton::new(id).style(style(b.style)),
        (None, None) => CreateButton::new("noop").disabled(true),
    };
    out = out.label(truncate(&b.label, 80));
    if let Some(e) = b.emoji {
        out = out.emoji(ReactionType::Unicode(e.to_string()));
    }
    out
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

fn embed(e: &Embed) -> CreateEmbed {
    let mut out = CreateEmbed::new().title(&e.title);
    if !e.description.is_empty() {
        out = out.description(&e.description);
    }
    if let Some(url) = &e.url {
        out = out.url(url);
    }
    for (name, value) in e.fields.iter().take(25) {
        out = out.field(truncate(name, 256), truncate(value, 1024), false);
    }
    if let Some(f) = &e.footer {
        out = out.footer(CreateEmbedFooter::new(truncate(f, 2048)));
    }
    if let Some(c) = e.colour {
        out = out.colour(c);
    }
    out
}

/// The embeds of a message.
pub fn embeds(m: &Msg) -> Vec<CreateEmbed> {
    m.embeds.iter().map(embed).collect()
}

/// The button rows of a message (at most 5 × 5).
pub fn rows(m: &Msg) -> Vec<CreateActionRow> {
    m.rows
        .iter()
        .filter(|r| !r.is_empty())
        .take(5)
        .map(|r| CreateActionRow::Buttons(r.iter().take(5).map(button).collect()))
        .collect()
}

/// Content for an interaction response (new message or update).
pub fn response_message(m: &Msg) -> CreateInteractionResponseMessage {
    CreateInteractionResponseMessage::new()
        .content(truncate(&m.content, 2000))
        .embeds(m.embeds.iter().map(embed).collect())
        .components(rows(m))
        .ephemeral(m.ephemeral)
        .allowed_mentions(no_mentions())
}

/// The modal: each text input in its own action row (serenity 0.12 does not know the newer
/// Label layout).
pub fn modal(md: &Modal) -> CreateModal {
    let rows = md
        .inputs
        .iter()
        .take(5)
        .map(|i| {
            let style = if i.paragraph {
                InputTextStyle::Paragraph
            } else {
                InputTextStyle::Short
            };
            let mut t = CreateInputText::new(style, truncate(&i.label, 45), &i.custom_id)
                .required(i.required)
                .max_length(i.max_length);
            if let Some(p) = &i.placeholder {
                t = t.placeholder(truncate(p, 100));
            }
            CreateActionRow::InputText(t)
        })
        .collect();
    CreateModal::new(&md.custom_id, truncate(&md.title, 45)).components(rows)
}

/// The response to an interaction.
pub fn interaction_response(reply: &Reply) -> CreateInteractionResponse {
    match reply {
        Reply::Message(m) => CreateInteractionResponse::Message(response_message(m)),
        Reply::Update(m) => CreateInteractionResponse::UpdateMessage(response_message(m)),
        Reply::Modal(md) => CreateInteractionResponse::Modal(modal(md)),
    }
}

/// A plain channel message (staff post, DM, answer to a mention).
pub fn create_message(m: &Msg) -> CreateMessage {
    CreateMessage::new()
        .content(truncate(&m.content, 2000))
        .embeds(m.embeds.iter().map(embed).collect())
        .components(rows(m))
        .allowed_mentions(no_mentions())
}

/// An edit of a message the bot posted.
pub fn edit_message(m: &Msg) -> EditMessage {
    EditMessage::new()
        .content(truncate(&m.content, 2000))
        .embeds(m.embeds.iter().map(embed).collect())
        .components(rows(m))
        .allowed_mentions(no_mentions())
}
