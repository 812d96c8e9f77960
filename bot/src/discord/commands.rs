//! The slash commands: German names with English localizations, and their registration
//! (`helpdesk discord register`).

use serenity::all::{
    Command, CommandOptionType, CreateCommand, CreateCommandOption, GuildId, Http,
};

const EN: [&str; 2] = ["en-US", "en-GB"];

fn cmd(de: &str, en: &str, desc_de: &str, desc_en: &str) -> CreateCommand {
    let mut c = CreateCommand::new(de)
        .description(desc_de)
        .dm_permission(true);
    for l in EN {
        c = c.name_localized(l, en).description_localized(l, desc_en);
    }
    c
}

/// All commands the bot understands.
pub fn definitions() -> Vec<CreateCommand> {
    let mut question = CreateCommandOption::new(
        CommandOptionType::String,
        "frage",
        "Ihre Frage zum Digitalen Berichtsheft",
    )
    .required(true)
    .max_length(1000);
    for l in EN {
        question = question
            .name_localized(l, "question")
            .description_localized(l, "Your question about the Digital Record Book");
    }
    vec![
        cmd(
            "frage",
            "ask",
            "Eine Frage zum Digitalen Berichtsheft stellen",
            "Ask a question about the Digital Record Book",
        )
        .add_option(question),
        cmd(
            "namenskorrektur",
            "name-correction",
            "Korrektur Ihres Namens oder Ihrer Daten beantragen",
            "Request a correction of your name or data",
        ),
        cmd(
            "loeschantrag",
            "deletion-request",
            "Löschung eines Kontos oder Berichtshefts beantragen",
            "Request the deletion of an account or record book",
        ),
        cmd(
            "meine-tickets",
            "my-tickets",
            "Ihre Anträge und deren Stand anzeigen",
            "Show your requests and their state",
        ),
    ]
}

/// Overwrites the registered commands: globally, or in one guild (instant, for testing).
/// Returns the names Discord confirmed.
pub async fn register(http: &Http, guild: Option<u64>) -> Result<Vec<String>, serenity::Error> {
    let cmds = match guild {
        Some(g) => GuildId::new(g).set_commands(http, definitions()).await?,
        None => Command::set_global_commands(http, definitions()).await?,
    };
    Ok(cmds.into_iter().map(|c| c.name).collect())
}
