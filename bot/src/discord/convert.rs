//! serenity types → engine inputs. Both intakes (gateway and HTTP endpoint) use these, so a
//! slash command behaves the same whichever way it arrives.

use serenity::all::{ActionRowComponent, CommandInteraction, Interaction, Message, UserId};

use crate::engine::{Command, Ctx, Input, lang_of_locale};
use crate::ports::ChatUser;

/// Command names as registered (German base name) and their English localizations; Discord
/// sends the base name, but accepting both keeps older registrations working.
pub fn command_of(i: &CommandInteraction) -> Option<Command> {
    match i.data.name.as_str() {
        "frage" | "ask" => {
            let text = i
                .data
                .options
                .iter()
                .find_map(|o| o.value.as_str())
                .unwrap_or_default()
                .to_owned();
            Some(Command::Ask(text))
        }
        "namenskorrektur" | "name-correction" => Some(Command::NameCorrection),
        "loeschantrag" | "deletion-request" => Some(Command::Deletion),
        "meine-tickets" | "my-tickets" => Some(Command::MyTickets),
        _ => None,
    }
}

fn ctx_of(
    user: &serenity::all::User,
    member: Option<&serenity::all::Member>,
    guild: bool,
    locale: &str,
    id: String,
) -> Ctx {
    Ctx {
        user: ChatUser {
            id: format!("discord:{}", user.id.get()),
            platform_id: user.id.get(),
            display_name: member
                .map(|m| m.display_name().to_owned())
                .unwrap_or_else(|| user.display_name().to_owned()),
        },
        locale: lang_of_locale(locale),
        roles: member
            .map(|m| m.roles.iter().map(|r| r.get()).collect())
            .unwrap_or_default(),
        in_guild: guild,
        input_id: id,
    }
}

/// Maps an interaction to the engine's input; `None` for kinds the bot does not handle
/// (PING is answered by the endpoint itself, autocomplete is not used).
pub fn interaction_input(i: &Interaction) -> Option<(Ctx, Input)> {
    match i {
        Interaction::Command(c) => {
            let ctx = ctx_of(
                &c.user,
                c.member.as_deref(),
                c.guild_id.is_some(),
                &c.locale,
                c.id.get().to_string(),
            );
            Some((ctx, Input::Command(command_of(c)?)))
        }
        Interaction::Component(c) => {
            let ctx = ctx_of(
                &c.user,
                c.member.as_ref(),
                c.guild_id.is_some(),
                &c.locale,
                c.id.get().to_string(),
            );
            Some((ctx, Input::Click(c.data.custom_id.clone())))
        }
        Interaction::Modal(m) => {
            let ctx = ctx_of(
                &m.user,
                m.member.as_ref(),
                m.guild_id.is_some(),
                &m.locale,
                m.id.get().to_string(),
            );
            let fields = m
                .data
                .components
                .iter()
                .flat_map(|row| row.components.iter())
                .filter_map(|c| match c {
                    ActionRowComponent::InputText(t) => {
                        Some((t.custom_id.clone(), t.value.clone().unwrap_or_default()))
                    }
                    _ => None,
                })
                .collect();
            Some((
                ctx,
                Input::Submit {
                    custom_id: m.data.custom_id.clone(),
                    fields,
                },
            ))
        }
        _ => None,
    }
}

/// Strips the bot's own mention (`<@id>` / `<@!id>`) from a message text.
pub fn strip_mention(text: &str, bot: UserId) -> String {
    let id = bot.get();
    text.replace(&format!("<@{id}>"), " ")
        .replace(&format!("<@!{id}>"), " ")
        .trim()
        .to_owned()
}

/// A message the bot should answer: a DM, or a guild message that mentions the bot.
/// Messages by bots (including itself) are ignored.
pub fn message_input(m: &Message, bot: UserId) -> Option<(Ctx, Input)> {
    if m.author.bot {
        return None;
    }
    let in_guild = m.guild_id.is_some();
    if in_guild && !m.mentions.iter().any(|u| u.id == bot) {
        return None;
    }
    let ctx = Ctx {
        user: ChatUser {
            id: format!("discord:{}", m.author.id.get()),
            platform_id: m.author.id.get(),
            display_name: m.author.display_name().to_owned(),
        },
        // Messages carry no locale; the search detects the language of the text.
        locale: helpdesk_faq::Lang::De,
        roles: m
            .member
            .as_ref()
            .map(|pm| pm.roles.iter().map(|r| r.get()).collect())
            .unwrap_or_default(),
        in_guild,
        input_id: format!("message:{}", m.id.get()),
    };
    Some((ctx, Input::Message(strip_mention(&m.content, bot))))
}
