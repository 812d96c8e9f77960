//! `helpdesk migrate` and `helpdesk token …` (filled in by the tickets/store work).

use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct MigrateArgs {}

#[derive(Debug, clap::Subcommand)]
pub enum TokenCommand {
    /// Create a token.
    Create,
}

pub fn migrate(_args: MigrateArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not available in this build yet")
}

pub fn token(_c: TokenCommand) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not available in this build yet")
}
