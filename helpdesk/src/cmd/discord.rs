//! `helpdesk discord register [--guild ID]`: registers the slash commands (German names with
//! English localizations) with Discord's REST API at `DISCORD_API_BASE`.
//!
//! Also the Discord part of `helpdesk serve` ([`DiscordArgs`], [`start`]): the interactions
//! endpoint router when `DISCORD_PUBLIC_KEY` is set; the gateway client and the outbox worker
//! when `DISCORD_TOKEN` is set.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;
use helpdesk_bot::discord::endpoint::verifier;
use helpdesk_bot::{CoreDesk, EndpointState, Engine, EngineConfig, OutboxConfig};
use helpdesk_core::Store;
use helpdesk_core::answer::LiveIndex;

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

/// Discord settings of `helpdesk serve` (flatten into its arguments).
#[derive(Debug, Clone, clap::Args)]
pub struct DiscordArgs {
    /// Bot token: starts the gateway client (mentions, DMs) and the notification worker.
    #[arg(long, env = "DISCORD_TOKEN", hide_env_values = true)]
    pub discord_token: Option<String>,
    /// Application id (needed for interaction follow-ups and command registration).
    #[arg(long, env = "DISCORD_APPLICATION_ID")]
    pub discord_application_id: Option<u64>,
    /// Public key (hex): enables `POST /discord/interactions`.
    #[arg(long, env = "DISCORD_PUBLIC_KEY")]
    pub discord_public_key: Option<String>,
    /// Channel where new tickets are posted for IT staff.
    #[arg(long, env = "DISCORD_STAFF_CHANNEL_ID")]
    pub discord_staff_channel_id: Option<u64>,
    /// Role whose members may press the staff buttons (they also need a linked it_staff token).
    #[arg(long, env = "DISCORD_STAFF_ROLE_ID")]
    pub discord_staff_role_id: Option<u64>,
    /// Discord's API base (tests, a proxy).
    #[arg(long, env = "DISCORD_API_BASE", default_value = helpdesk_bot::DEFAULT_API_BASE)]
    pub discord_api_base: String,
}

/// What [`start`] started.
pub struct Discord {
    /// `POST /discord/interactions`: merge it into the server's router.
    pub router: Option<axum::Router>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
    stop: tokio::sync::watch::Sender<bool>,
}

impl Discord {
    /// Stops the outbox worker after its current round, closes the gateway session and
    /// releases the gateway leadership (so another replica takes over), within `limit`.
    pub async fn stop(mut self, limit: std::time::Duration) {
        let _ = self.stop.send(true);
        let tasks = std::mem::take(&mut self.tasks);
        let deadline = tokio::time::Instant::now() + limit;
        for mut t in tasks {
            if tokio::time::timeout_at(deadline, &mut t).await.is_err() {
                t.abort();
            }
        }
    }
}

/// Starts the Discord surfaces that are configured. Call from `helpdesk serve`:
///
/// ```ignore
/// let discord = super::discord::start(&args.discord, store.clone(), live.clone(), leader).await?;
/// if let Some(r) = discord.router.take() { app = app.merge(r); }
/// // … after axum::serve returns:
/// discord.stop().await;
/// ```
pub async fn start(
    args: &DiscordArgs,
    store: Store,
    live: Arc<LiveIndex>,
    leader: helpdesk_bot::discord::leader::LeaderConfig,
) -> anyhow::Result<Discord> {
    let desk = Arc::new(CoreDesk::new(
        store.clone(),
        format!("helpdesk-{}", std::process::id()),
    ));
    let cfg = EngineConfig {
        staff_role: args.discord_staff_role_id,
        ..EngineConfig::default()
    };
    // The bot asks through core's answering service like every other surface: the question
    // log and the language model's phrasing (within its budget) happen there.
    let engine = Arc::new(Engine::new(live, desk.clone(), cfg));
    // Deferred replies are webhook edits: they need the application id, not the bot token.
    let webhook_http = Arc::new(helpdesk_bot::http_client(
        args.discord_token.as_deref().unwrap_or_default(),
        &args.discord_api_base,
        args.discord_application_id,
    ));
    let router = match &args.discord_public_key {
        Some(key) => Some(helpdesk_bot::router(EndpointState {
            engine: engine.clone(),
            verifier: verifier(key).context("DISCORD_PUBLIC_KEY")?,
            http: Some(webhook_http),
        })),
        None => None,
    };
    let mut tasks = Vec::new();
    let (stop, stopped) = tokio::sync::watch::channel(false);
    if let Some(token) = &args.discord_token {
        let http = {
            let token = token.clone();
            let base = args.discord_api_base.clone();
            let app = args.discord_application_id;
            move || helpdesk_bot::http_client(&token, &base, app)
        };
        // The gateway session runs on one replica only (leadership in the database).
        tasks.push(tokio::spawn(helpdesk_bot::discord::leader::lead_gateway(
            store,
            engine.clone(),
            http.clone(),
            leader,
            stopped.clone(),
        )));
        let worker_desk: Arc<dyn helpdesk_bot::Desk> = desk;
        let mut worker_stop = stopped;
        tasks.push(tokio::spawn(helpdesk_bot::run_outbox_worker(
            worker_desk,
            Arc::new(http()),
            OutboxConfig {
                staff_channel: args.discord_staff_channel_id,
                ..OutboxConfig::default()
            },
            async move {
                let _ = worker_stop.wait_for(|s| *s).await;
            },
        )));
        if args.discord_staff_channel_id.is_none() {
            tracing::warn!(
                "DISCORD_STAFF_CHANNEL_ID is not set: new tickets are not posted to staff"
            );
        }
    }
    tracing::info!(
        endpoint = router.is_some(),
        gateway = args.discord_token.is_some(),
        "discord configured"
    );
    Ok(Discord {
        router,
        tasks,
        stop,
    })
}
