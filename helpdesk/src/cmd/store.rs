//! `helpdesk migrate` and `helpdesk token create|list|reissue|revoke`: database administration from the
//! command line. Both read `DATABASE_URL` (default `sqlite://./data/helpdesk.db`).
//!
//! [`open_store`] is the one way the binary opens the store (also for `serve`): it applies the
//! store settings from the environment ([`store_config_from_env`]).

use std::process::ExitCode;

use anyhow::Context;
use helpdesk_core::{
    CreatedToken, DEFAULT_DATABASE_URL, Identity, PersonRef, Role, Store, StoreConfig, TokenId,
};

#[derive(Debug, clap::Args)]
pub struct DbArgs {
    /// Database: sqlite://PATH (created with its folder if missing) or postgres://…
    #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL, hide_env_values = true)]
    pub database_url: String,
}

#[derive(Debug, clap::Args)]
pub struct MigrateArgs {
    #[command(flatten)]
    pub db: DbArgs,
}

#[derive(Debug, clap::Subcommand)]
pub enum TokenCommand {
    /// Create a token; the token itself is printed as the last line (only its hash is stored).
    /// Every token belongs to a staff person: `--person` names an existing one (id or e-mail)
    /// or, with an e-mail not yet known and `--name`, creates one; without `--person` a new
    /// person called `--name` is created.
    Create {
        /// Who the token is for (a person or an integration); labels the token.
        #[arg(long, required_unless_present = "person")]
        name: Option<String>,
        /// The staff person the token belongs to: a person id or an e-mail address.
        #[arg(long, value_parser = parse_person)]
        person: Option<PersonRef>,
        /// admin | it_staff | faq_editor | intake
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// Link a chat identity to the token's person, e.g. discord:123456789 (repeatable).
        #[arg(long = "link", value_parser = parse_identity)]
        links: Vec<Identity>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// List tokens (never the secrets).
    List {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Replace a token by a new one for the same person and role; the old one is revoked.
    Reissue {
        /// The token id (see `helpdesk token list`).
        id: i64,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Revoke a token by id.
    Revoke {
        /// The token id (see `helpdesk token list`).
        id: i64,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, clap::Subcommand)]
pub enum OutboxCommand {
    /// Show pending and dead notifications (dead: gave up after HELPDESK_OUTBOX_GIVE_UP_HOURS).
    Status {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Put dead notifications back into delivery (all of them, or the given ids).
    Requeue {
        /// Outbox row ids (see `helpdesk outbox status`); none: all dead rows.
        ids: Vec<i64>,
        #[command(flatten)]
        db: DbArgs,
    },
}

pub fn outbox(c: OutboxCommand) -> anyhow::Result<ExitCode> {
    runtime()?.block_on(async {
        match c {
            OutboxCommand::Status { db } => {
                let store = open(&db).await?;
                let counts = store.outbox_counts().await?;
                println!("pending {}  dead {}", counts.pending, counts.dead);
                for d in store.outbox_dead(50).await? {
                    println!(
                        "{:>6}  {:<16}  ticket {:<6}  attempts {:>3}  {:<20}  dead since {}",
                        d.id,
                        d.topic,
                        d.ticket_id
                            .map_or_else(|| "-".to_owned(), |t| t.to_string()),
                        d.attempts,
                        d.last_error.as_deref().unwrap_or("-"),
                        d.dead_at.format("%Y-%m-%d %H:%M")
                    );
                }
                store.close().await;
            }
            OutboxCommand::Requeue { ids, db } => {
                let store = open(&db).await?;
                let n = store
                    .outbox_requeue((!ids.is_empty()).then_some(ids.as_slice()))
                    .await?;
                println!("requeued {n} dead notification(s)");
                store.close().await;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

fn parse_role(s: &str) -> Result<Role, String> {
    s.parse()
}

fn parse_person(s: &str) -> Result<PersonRef, String> {
    s.parse()
}

fn parse_identity(s: &str) -> Result<Identity, String> {
    Identity::parse(s).map_err(|_| format!("{s:?} is not a chat identity like discord:123456789"))
}

/// A refused store call as a CLI error, in the admin API's wording (the CLI is an operator's
/// client of the same rules).
fn refused(e: helpdesk_core::Error) -> anyhow::Error {
    match e {
        helpdesk_core::Error::Validation { fields } => anyhow::anyhow!(
            "{}",
            fields
                .iter()
                .map(|f| helpdesk_admin_api::error::field_message(&f.field, f.problem))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        other => anyhow::anyhow!(
            helpdesk_admin_api::error::ApiError::from(other)
                .problem()
                .detail
        ),
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}

/// Store settings from the environment (all optional):
/// `HELPDESK_RETENTION_DAYS` (90), `HELPDESK_QUESTION_LOG_DAYS` (30),
/// `HELPDESK_DUE_NAME_CORRECTION_HOURS` (24), `HELPDESK_DUE_DELETION_HOURS` (72),
/// `HELPDESK_DB_MAX_CONNECTIONS` (10); the outbox retry policy
/// `HELPDESK_OUTBOX_BACKOFF_BASE_MS` (1000), `HELPDESK_OUTBOX_BACKOFF_MAX_SECS` (3600),
/// `HELPDESK_OUTBOX_GIVE_UP_HOURS` (24).
pub fn store_config_from_env() -> anyhow::Result<StoreConfig> {
    fn num(var: &str) -> anyhow::Result<Option<i64>> {
        match std::env::var(var) {
            Ok(v) if !v.trim().is_empty() => {
                let n: i64 = v
                    .trim()
                    .parse()
                    .with_context(|| format!("{var} must be a whole number"))?;
                anyhow::ensure!(n > 0, "{var} must be greater than 0");
                Ok(Some(n))
            }
            _ => Ok(None),
        }
    }
    let mut c = StoreConfig::default();
    if let Some(d) = num("HELPDESK_RETENTION_DAYS")? {
        c.retention = helpdesk_core::TimeDelta::days(d);
    }
    if let Some(d) = num("HELPDESK_QUESTION_LOG_DAYS")? {
        c.question_log_retention = helpdesk_core::TimeDelta::days(d);
    }
    if let Some(h) = num("HELPDESK_DUE_NAME_CORRECTION_HOURS")? {
        c.due_name_correction = helpdesk_core::TimeDelta::hours(h);
    }
    if let Some(h) = num("HELPDESK_DUE_DELETION_HOURS")? {
        c.due_deletion = helpdesk_core::TimeDelta::hours(h);
    }
    if let Some(n) = num("HELPDESK_DB_MAX_CONNECTIONS")? {
        c.max_connections = u32::try_from(n).unwrap_or(u32::MAX);
    }
    let secs = |n: i64| std::time::Duration::from_secs(n.unsigned_abs());
    if let Some(n) = num("HELPDESK_OUTBOX_BACKOFF_BASE_MS")? {
        c.outbox.base = std::time::Duration::from_millis(n.unsigned_abs());
    }
    if let Some(n) = num("HELPDESK_OUTBOX_BACKOFF_MAX_SECS")? {
        c.outbox.cap = secs(n);
    }
    if let Some(n) = num("HELPDESK_OUTBOX_GIVE_UP_HOURS")? {
        c.outbox.give_up_after = secs(n.saturating_mul(3600));
    }
    Ok(c)
}

/// Open the store at `url` (running migrations) with the settings from the environment.
pub async fn open_store(url: &str) -> anyhow::Result<Store> {
    let config = store_config_from_env()?;
    Store::connect_with(url, config)
        .await
        .context("opening the database (DATABASE_URL)")
}

async fn open(db: &DbArgs) -> anyhow::Result<Store> {
    open_store(&db.database_url).await
}

pub fn migrate(args: MigrateArgs) -> anyhow::Result<ExitCode> {
    runtime()?.block_on(async {
        let store = open(&args.db).await?;
        let applied = store.applied_migrations().await?;
        let faq = store.faq_entries().await?.len();
        println!(
            "database ready ({:?}): {} migration(s) applied, {faq} FAQ entries",
            store.backend(),
            applied.len()
        );
        for (version, description) in applied {
            println!("  {version} {description}");
        }
        store.close().await;
        Ok(ExitCode::SUCCESS)
    })
}

pub fn token(c: TokenCommand) -> anyhow::Result<ExitCode> {
    runtime()?.block_on(async {
        match c {
            TokenCommand::Create {
                name,
                person,
                role,
                links,
                db,
            } => {
                let store = open(&db).await?;
                let created = match (&person, &name) {
                    (Some(person), name) => {
                        store
                            .create_token_for(person, name.as_deref(), role, &links)
                            .await
                    }
                    (None, Some(name)) => store.create_token(name, role, &links).await,
                    (None, None) => anyhow::bail!("give --name or --person"),
                };
                let created = created.map_err(refused)?;
                print_created(&created);
                store.close().await;
            }
            TokenCommand::Reissue { id, db } => {
                let store = open(&db).await?;
                match store.reissue_token(TokenId(id)).await {
                    Ok(created) => {
                        println!("token {id} revoked");
                        print_created(&created);
                    }
                    Err(helpdesk_core::Error::NotFound) => {
                        eprintln!("no active token with id {id}");
                        store.close().await;
                        return Ok(ExitCode::FAILURE);
                    }
                    Err(e) => return Err(refused(e)),
                }
                store.close().await;
            }
            TokenCommand::List { db } => {
                let store = open(&db).await?;
                let tokens = store.list_tokens().await?;
                if tokens.is_empty() {
                    println!(
                        "no tokens; create one with: helpdesk token create --name NAME --role admin"
                    );
                }
                for t in tokens {
                    let links: Vec<&str> = t.links.iter().map(Identity::as_str).collect();
                    println!(
                        "{:>4}  person {:<4}  {:<10}  {:<30}  created {}  {}{}",
                        t.id,
                        t.person,
                        t.role.as_str(),
                        t.name,
                        t.created_at.format("%Y-%m-%d %H:%M"),
                        match t.revoked_at {
                            Some(r) => format!("REVOKED {}", r.format("%Y-%m-%d %H:%M")),
                            None => "active".into(),
                        },
                        if links.is_empty() {
                            String::new()
                        } else {
                            format!("  links: {}", links.join(", "))
                        }
                    );
                }
                store.close().await;
            }
            TokenCommand::Revoke { id, db } => {
                let store = open(&db).await?;
                match store.revoke_token(TokenId(id)).await {
                    Ok(()) => println!("token {id} revoked"),
                    Err(helpdesk_core::Error::NotFound) => {
                        eprintln!("no token with id {id}");
                        store.close().await;
                        return Ok(ExitCode::FAILURE);
                    }
                    Err(e) => return Err(e.into()),
                }
                store.close().await;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

fn print_created(created: &CreatedToken) {
    let info = &created.info;
    let links: Vec<&str> = info.links.iter().map(Identity::as_str).collect();
    println!(
        "created token {} for {:?} (person {}, role {}{})",
        info.id,
        info.name,
        info.person,
        info.role,
        if links.is_empty() {
            String::new()
        } else {
            format!(", linked to {}", links.join(", "))
        }
    );
    println!("Store it now: it is shown only once. Use it as 'Authorization: Bearer <token>'.");
    println!("{}", created.secret);
}
