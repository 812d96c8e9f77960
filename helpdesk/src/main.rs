//! `helpdesk`: the composition root. The only crate that reads the environment, binds sockets
//! and starts tasks; everything else is a library called from here.
//!
//! # Map
//! - [`cmd::ask`]: `helpdesk ask` and `helpdesk eval` (answering from the FAQ, no database).
//! - [`cmd::faq`]: `helpdesk faq check|import|export`.
//! - [`cmd::store`]: `helpdesk migrate`, `helpdesk token create|list|reissue|revoke`,
//!   `helpdesk outbox status|requeue`.
//! - [`cmd::audit`]: `helpdesk audit keygen|checkpoint|verify` (signed checkpoints).
//! - [`cmd::serve`]: `helpdesk serve` (admin API, web chat, Discord, outbox worker).
//! - [`cmd::discord`]: `helpdesk discord register`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;

/// mimalloc instead of the system allocator: answering a message allocates many small strings
/// (reading, analysis, tantivy's term weights), and with glibc's malloc a quarter of the time of
/// a 600-character chat message went to malloc/free (402–410 µs → 276–284 µs with mimalloc v2;
/// v3, the crate's default, doubled `serve`'s memory; docs/answering.md). Built without
/// transparent huge pages (`no_thp`): on a kernel with THP in `madvise` mode mimalloc asked for
/// them and an idle `serve` held 95 MB instead of 44–50 MB (docs/operations.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Debug, Parser)]
#[command(
    name = "helpdesk",
    version,
    about = "Support bot and helpdesk for the IHK Digitales Berichtsheft"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Answer a question from the FAQ (or many, with --jsonl).
    Ask(cmd::ask::AskArgs),
    /// Score the answers to a labelled question set (same metrics as shared/eval/score.py).
    Eval(cmd::ask::EvalArgs),
    /// Work with the FAQ files.
    #[command(subcommand)]
    Faq(cmd::faq::FaqCommand),
    /// Run the database migrations and exit.
    Migrate(cmd::store::MigrateArgs),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(cmd::store::TokenCommand),
    /// Inspect the notification outbox and requeue dead notifications.
    #[command(subcommand)]
    Outbox(cmd::store::OutboxCommand),
    /// The audit trail: signing key, signed checkpoints, verification.
    #[command(subcommand)]
    Audit(cmd::audit::AuditCommand),
    /// Start the server: admin API, web chat, Discord interactions, workers.
    Serve(Box<cmd::serve::ServeArgs>),
    /// Discord application tasks.
    #[command(subcommand)]
    Discord(cmd::discord::DiscordCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Ask(args) => cmd::ask::run(args),
        Command::Eval(args) => cmd::ask::eval(args),
        Command::Faq(c) => cmd::faq::run(c),
        Command::Migrate(args) => cmd::store::migrate(args),
        Command::Token(c) => cmd::store::token(c),
        Command::Outbox(c) => cmd::store::outbox(c),
        Command::Audit(c) => cmd::audit::run(c),
        Command::Serve(args) => cmd::serve::run(*args),
        Command::Discord(c) => cmd::discord::run(c),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
