//! `helpdesk serve`: opens the database (running migrations and seeding the FAQ), builds the
//! search index, and serves the admin API and, merged in, the web pages (chat at `/`, console at
//! `/admin`) and the Discord interactions endpoint, until SIGINT or SIGTERM.
//!
//! Environment (each also a flag): `HELPDESK_ADDR`, `DATABASE_URL`, `HELPDESK_ASK_RATE_LIMIT`,
//! `HELPDESK_TRUSTED_PROXIES`, `HELPDESK_CORS_ORIGINS`, `HELPDESK_BODY_LIMIT`,
//! `HELPDESK_REQUEST_TIMEOUT_SECS`, `HELPDESK_FAQ_POLL_MS`, `HELPDESK_SECURE_COOKIES`,
//! `HELPDESK_SESSION_IDLE_MINUTES`, `HELPDESK_SHUTDOWN_SECS`, `HELPDESK_LOG_FORMAT`,
//! `LLM_CALLS_PER_MINUTE`;
//! `HELPDESK_AUDIT_KEY_FILE` (or `HELPDESK_AUDIT_KEY`), `HELPDESK_AUDIT_CHECKPOINT_FILE`,
//! `HELPDESK_AUDIT_CHECKPOINT_MINUTES` for periodic signed audit checkpoints; `LLM_*` for
//! the optional language model (phrases answers on Discord and `/ask`); `RUST_LOG` for the
//! log filter.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use anyhow::Context;
use axum::Router;
use helpdesk_admin_api::{ApiConfig, AppState, CorsOrigins, TrustedProxies};
use helpdesk_core::answer::{LiveIndex, LiveOptions};
use helpdesk_core::checkpoint::AuditKey;
use helpdesk_core::limit::{BudgetedPhraser, Limiter};
use helpdesk_core::phrase::Phraser;
use helpdesk_core::{DEFAULT_DATABASE_URL, Role, Store};
use helpdesk_web::{WebConfig, WebState};
use tokio::net::TcpListener;
use tower::ServiceExt as _;

/// Questions waiting to be written to the question log; beyond this a burst is not logged
/// rather than slowing `/ask` down.
const QUESTION_LOG_QUEUE: usize = 4096;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "HELPDESK_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Database: sqlite://PATH (created with its folder if missing) or postgres://…
    #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL, hide_env_values = true)]
    pub database_url: String,
    /// Requests per minute per client on the public routes (`/ask`, feedback); 0 disables.
    #[arg(long, env = "HELPDESK_ASK_RATE_LIMIT", default_value_t = 60)]
    pub ask_rate_limit: u32,
    /// Proxies whose X-Forwarded-For is believed: IPs or CIDR networks, comma-separated.
    #[arg(long, env = "HELPDESK_TRUSTED_PROXIES", default_value = "")]
    pub trusted_proxies: String,
    /// Origins allowed by CORS (`https://host[:port]`, comma-separated) on every route, or `*`
    /// for any origin on the public routes only; empty (default) disables CORS.
    #[arg(long, env = "HELPDESK_CORS_ORIGINS", default_value = "")]
    pub cors_origins: String,
    /// Largest request body in bytes.
    #[arg(long, env = "HELPDESK_BODY_LIMIT", default_value_t = 64 * 1024)]
    pub body_limit: usize,
    /// Seconds a request may take before it is answered with 503.
    #[arg(long, env = "HELPDESK_REQUEST_TIMEOUT_SECS", default_value_t = 10)]
    pub request_timeout_secs: u64,
    /// How often to check the database for FAQ changes made elsewhere (other replicas, CLI).
    #[arg(long, env = "HELPDESK_FAQ_POLL_MS", default_value_t = 500)]
    pub faq_poll_ms: u64,
    /// `Secure` on web cookies: `always` (served over TLS), `never`, or `auto` (when a trusted
    /// proxy sends `X-Forwarded-Proto: https`).
    #[arg(long, env = "HELPDESK_SECURE_COOKIES", default_value = "auto")]
    pub secure_cookies: helpdesk_web::SecureCookies,
    /// Minutes without a request after which a console session ends.
    #[arg(long, env = "HELPDESK_SESSION_IDLE_MINUTES", default_value_t = 30)]
    pub session_idle_minutes: u64,
    /// Seconds open requests get to finish after SIGTERM/SIGINT before the server stops anyway
    /// (then the question-log queue is flushed and the gateway leadership released).
    #[arg(long, env = "HELPDESK_SHUTDOWN_SECS", default_value_t = 10)]
    pub shutdown_secs: u64,
    /// Calls to the language model per minute, counted across all replicas on PostgreSQL (per
    /// process on SQLite); over it answers keep their plain FAQ text. 0 (default): no budget.
    #[arg(long, env = "LLM_CALLS_PER_MINUTE", default_value_t = 0)]
    pub llm_calls_per_minute: u32,
    /// Log format: `text` (colour only on a terminal) or `json` (one object per line, for log
    /// collectors).
    #[arg(long, env = "HELPDESK_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"])]
    pub log_format: String,
    /// Signing key for audit checkpoints; when set, a checkpoint is written periodically.
    #[command(flatten)]
    pub audit_key: super::audit::KeyArgs,
    /// Where the periodic audit checkpoints go.
    #[command(flatten)]
    pub audit_file: super::audit::CheckpointFileArgs,
    /// Minutes between audit checkpoints (only with a signing key).
    #[arg(long, env = "HELPDESK_AUDIT_CHECKPOINT_MINUTES", default_value_t = 60)]
    pub audit_checkpoint_minutes: u64,
    /// Discord: `DISCORD_TOKEN`, `DISCORD_PUBLIC_KEY`, … (see `docs/discord.md`).
    #[command(flatten)]
    pub discord: super::discord::DiscordArgs,
}

pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    init_tracing(args.log_format == "json");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(serve(args))?;
    Ok(ExitCode::SUCCESS)
}

/// `RUST_LOG` filter, default `info`; JSON lines with `json` (the fields of the current spans,
/// e.g. the request id, on every line), otherwise text with colour only when stderr is a
/// terminal. Idempotent (a second call is ignored).
fn init_tracing(json: bool) {
    use std::io::IsTerminal;
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false);
    let _ = if json {
        builder
            .json()
            .with_current_span(false)
            .with_span_list(true)
            .flatten_event(true)
            .try_init()
    } else {
        builder
            .with_ansi(std::io::stderr().is_terminal())
            .try_init()
    };
}

/// A client must send its request headers within this many seconds.
const HEADER_READ_TIMEOUT_SECS: u64 = 10;

/// Time kept free for search and the reply after the model phase of a request.
const MODEL_MARGIN: Duration = Duration::from_millis(500);

/// The model phase of `/ask` must end before the request deadline: `LLM_TIMEOUT_MS` below
/// `HELPDESK_REQUEST_TIMEOUT_SECS`, or the server refuses to start. Returns the phase's bound.
fn model_budget(llm_timeout: Duration, request_timeout: Duration) -> anyhow::Result<Duration> {
    if llm_timeout >= request_timeout {
        anyhow::bail!(
            "LLM_TIMEOUT_MS ({} ms) must be below HELPDESK_REQUEST_TIMEOUT_SECS ({} s): a slow model would otherwise turn answers into timeouts. Lower LLM_TIMEOUT_MS or raise HELPDESK_REQUEST_TIMEOUT_SECS.",
            llm_timeout.as_millis(),
            request_timeout.as_secs()
        );
    }
    Ok(llm_timeout.min(request_timeout.saturating_sub(MODEL_MARGIN)))
}

fn config(args: &ServeArgs) -> anyhow::Result<ApiConfig> {
    let trusted_proxies =
        TrustedProxies::parse(&args.trusted_proxies).context("HELPDESK_TRUSTED_PROXIES")?;
    // Refuse a bad value at start (a typo would otherwise silently disable CORS for it).
    let cors_origins = match CorsOrigins::parse(&args.cors_origins)
        .map_err(anyhow::Error::msg)
        .context("HELPDESK_CORS_ORIGINS")?
    {
        CorsOrigins::Off => Vec::new(),
        CorsOrigins::AnyPublic => vec!["*".to_owned()],
        CorsOrigins::List(list) => list,
    };
    if args.request_timeout_secs == 0 {
        anyhow::bail!("HELPDESK_REQUEST_TIMEOUT_SECS must be at least 1");
    }
    if args.shutdown_secs == 0 {
        anyhow::bail!("HELPDESK_SHUTDOWN_SECS must be at least 1");
    }
    Ok(ApiConfig {
        ask_rate_limit: args.ask_rate_limit,
        trusted_proxies,
        body_limit: args.body_limit.max(1024),
        request_timeout: Duration::from_secs(args.request_timeout_secs),
        cors_origins,
    })
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let config = config(&args)?;
    // A bad key is refused at start, not an hour later.
    let audit_key = args.audit_key.load()?;

    // Bound first, so liveness (`/api/v1/health`) answers while the database opens and the FAQ
    // index builds (about a second with ten thousand entries). Until the complete app takes
    // over, every other route, readiness included, is 503 `unavailable`.
    let listener = TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("listening on {}", args.addr))?;
    let local = listener.local_addr().context("reading the bound address")?;
    tracing::info!(addr = %local, "port bound; starting (ready once the FAQ index is built)");
    let slot: Arc<OnceLock<Router>> = Arc::new(OnceLock::new());
    let grace = Duration::from_secs(args.shutdown_secs);
    let mut server = tokio::spawn(super::http::serve(
        listener,
        super::http::with_request_ids(front(slot.clone())),
        Duration::from_secs(HEADER_READ_TIMEOUT_SECS),
        grace,
        shutdown_signal(),
    ));
    let started = std::time::Instant::now();
    let running = tokio::select! {
        running = start(&args, config, audit_key) => running?,
        _ = &mut server => {
            tracing::info!("helpdesk stopped before it was ready");
            return Ok(());
        }
    };
    // Only this function sets the slot, once.
    let _ = slot.set(running.app);
    tracing::info!(
        addr = %local,
        backend = ?running.store.backend(),
        faq_entries = running.entries,
        start_ms = started.elapsed().as_millis() as u64,
        "helpdesk listening on http://{local} (API docs at http://{local}/api/docs)"
    );
    if let Err(err) = server.await {
        tracing::error!(error = %err, "the server task failed");
    }
    running.watcher.abort();
    running.retention.abort();
    if let Some(c) = running.checkpoints {
        c.abort();
    }
    // Release the gateway leadership first, so another replica can take over at once.
    running.discord.stop(Duration::from_secs(5)).await;
    running
        .live
        .flush_question_log(Duration::from_secs(5))
        .await;
    running.store.close().await;
    tracing::info!("helpdesk stopped");
    Ok(())
}

/// The router the port is served with from the start: the complete app once it is in `slot`,
/// until then the admin API's [`helpdesk_admin_api::starting_router`].
fn front(slot: Arc<OnceLock<Router>>) -> Router {
    let starting = helpdesk_admin_api::starting_router();
    Router::new().fallback(move |req: axum::extract::Request| {
        let app = slot.get().cloned().unwrap_or_else(|| starting.clone());
        async move {
            match app.oneshot(req).await {
                Ok(resp) => resp,
                Err(never) => match never {},
            }
        }
    })
}

/// What runs once `helpdesk serve` is ready, for its shutdown.
struct Running {
    app: Router,
    store: Store,
    live: Arc<LiveIndex>,
    entries: usize,
    watcher: tokio::task::JoinHandle<()>,
    retention: tokio::task::JoinHandle<()>,
    checkpoints: Option<tokio::task::JoinHandle<()>>,
    discord: super::discord::Discord,
}

/// Opens the store (migrations, seeding), builds the FAQ index, starts Discord and the
/// periodic tasks, and assembles the complete app.
async fn start(
    args: &ServeArgs,
    config: ApiConfig,
    audit_key: Option<AuditKey>,
) -> anyhow::Result<Running> {
    let store = super::store::open_store(&args.database_url).await?;
    // The optional language model: only phrases answers from retrieved entries; any failure
    // falls back to the plain FAQ text. It lives in the answering service, which every surface
    // (`/api/v1/ask`, the web chat, Discord) asks through.
    let llm = helpdesk_llm::LlmConfig::from_env();
    let phrase_budget = match &llm {
        Some(c) => Some(model_budget(c.timeout, config.request_timeout)?),
        None => None,
    };
    let phraser: Option<Arc<dyn Phraser>> = llm.map(|config| {
        tracing::info!(model = %config.model, "LLM phrasing enabled");
        let llm = Arc::new(helpdesk_llm::LlmPhraser::new(config)) as Arc<dyn Phraser>;
        match args.llm_calls_per_minute {
            0 => llm,
            n => Arc::new(BudgetedPhraser::new(
                llm,
                Limiter::for_store(n, "llm", &store),
            )) as Arc<dyn Phraser>,
        }
    });
    // The optional semantic signal: entry vectors cached in the store, one embeddings call per
    // question, lexical-only on any failure.
    let semantic = helpdesk_llm::EmbeddingsConfig::from_env().map(|config| {
        tracing::info!(model = %config.model, "semantic signal (embeddings) enabled");
        helpdesk_core::embed::Semantic::new(Arc::new(helpdesk_llm::OpenAiEmbedder::new(config)))
    });
    let live = LiveIndex::open_with(
        store.clone(),
        LiveOptions {
            log_queue: Some(QUESTION_LOG_QUEUE),
            phraser,
            phrase_budget,
            semantic,
        },
    )
    .await
    .context("building the FAQ index")?;
    let entries = live.snapshot().entries.len();
    let watcher = live.watch(Duration::from_millis(args.faq_poll_ms.max(50)));

    if store.count_active_tokens(Some(Role::Admin)).await? == 0 {
        tracing::warn!(
            "no admin token yet: create one with `helpdesk token create --name admin --role admin` (uses the same DATABASE_URL)"
        );
    }

    let mut discord = super::discord::start(
        &args.discord,
        store.clone(),
        live.clone(),
        helpdesk_bot::discord::leader::LeaderConfig::default(),
    )
    .await
    .context("starting Discord")?;
    let retention = tokio::spawn(purge_expired_periodically(store.clone()));
    let checkpoints = audit_key.map(|key| {
        tokio::spawn(super::audit::checkpoint_periodically(
            store.clone(),
            key,
            args.audit_file.checkpoint_file.clone(),
            Duration::from_secs(60 * args.audit_checkpoint_minutes.max(1)),
        ))
    });
    let state = AppState::new(config.clone(), store.clone(), live.clone());
    let mut app = helpdesk_admin_api::router(state.clone());
    if let Some(discord_router) = discord.router.take() {
        app = app.merge(discord_router);
    }
    let proxies = config.trusted_proxies.clone();
    // The web chat draws on the same per-client budget as `/api/v1/ask` (one limiter).
    let api_state = state.clone();
    let web_config = WebConfig {
        secure_cookies: args.secure_cookies,
        trusted_proxy: Some(Arc::new(move |ip| proxies.contains(ip))),
        session_idle: Duration::from_secs(args.session_idle_minutes.max(1) * 60),
        ask_limit: Some(Arc::new(move |peer, headers: &axum::http::HeaderMap| {
            let state = api_state.clone();
            let headers = headers.clone();
            Box::pin(
                async move { helpdesk_admin_api::check_ask_limit(&state, peer, &headers).await },
            ) as helpdesk_web::LimitCheck
        })),
    };
    let web = WebState::new(web_config, store.clone(), live.clone());
    app = app.merge(helpdesk_web::router(web));
    // A merged router (Discord's `POST /discord/interactions`, the web chat at `/`, the console
    // at `/admin`) keeps its own layers: the admin API's metrics, timeout and body limit do not
    // wrap it, so it brings its own (the Discord endpoint limits its body and answers within
    // Discord's 3 s by deferring). Only the admin router may set a fallback. The request ids
    // are given by the front router (see `serve`).
    Ok(Running {
        app,
        store,
        live,
        entries,
        watcher,
        retention,
        checkpoints,
        discord,
    })
}

/// Erases the personal data of closed tickets past the retention period, once at start and
/// then hourly. Safe on many replicas: erasure is idempotent.
async fn purge_expired_periodically(store: Store) {
    let mut tick = tokio::time::interval(Duration::from_secs(3600));
    loop {
        tick.tick().await;
        match store.purge_expired(chrono::Utc::now()).await {
            Ok(erased) if !erased.is_empty() => {
                tracing::info!(tickets = erased.len(), "retention: personal data erased")
            }
            Ok(_) => {}
            Err(err) => tracing::warn!(error = %err, "retention purge failed; will retry"),
        }
        if let Err(err) = store.purge_expired_sessions().await {
            tracing::warn!(error = %err, "purging expired console sessions failed; will retry");
        }
        if let Err(err) = store.purge_replays().await {
            tracing::warn!(error = %err, "purging expired replay ids failed; will retry");
        }
    }
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %err, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(err) => {
                tracing::warn!(error = %err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing open requests");
}
