//! `helpdesk discord register [--guild ID]`: registers the slash commands (German names with
//! English localizations) with Discord's REST API at `DISCORD_API_BASE`.

use std::process::ExitCode;

use anyhow::Context as _;

#[derive(Debug, clap::Subcommand)]
pub enum DiscordCommand {
    /// Register the slash commands (`/frage`, `/namenskorrektur`, `/loeschantrag`,
    /// `/meine-tickets`, with English localizations). Global registration can take up to an
    /// hour to show up in clients; a guild registration is instant (use it for testing).
    Register(RegisterArgs),
}

#[derive(Debug, clap::Args)]
pub struct RegisterArgs {
    /// Register in this guild only (instant) instead of globally.
    #[arg(long, value_name = "ID")]
    pub guild: Option<u64>,
    /// The bot token.
    #[arg(long, env = "DISCORD_TOKEN", hide_env_values = true)]
    pub token: String,
    /// The application id (General Information → Application ID).
    #[arg(long, env = "DISCORD_APPLICATION_ID")]
    pub application_id: u64,
    /// Discord's API base (change it for tests or a proxy).
    #[arg(long, env = "DISCORD_API_BASE", default_value = helpdesk_bot::DEFAULT_API_BASE)]
    pub api_base: String,
}

pub fn run(c: DiscordCommand) -> anyhow::Result<ExitCode> {
    match c {
        DiscordCommand::Register(args) => register(args),
    }
}

fn register(args: RegisterArgs) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let http = helpdesk_bot::http_client(&args.token, &args.api_base, Some(args.application_id));
    let names = runtime
        .block_on(helpdesk_bot::discord::commands::register(&http, args.guild))
        .context("registering the commands with Discord (check DISCORD_TOKEN, DISCORD_APPLICATION_ID and DISCORD_API_BASE)")?;
    let scope = match args.guild {
        Some(g) => format!("guild {g}"),
        None => "globally".to_owned(),
    };
    println!(
        "registered {} commands {scope}: /{}",
        names.len(),
        names.join(", /")
    );
    Ok(ExitCode::SUCCESS)
}
