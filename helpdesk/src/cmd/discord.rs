//! `helpdesk discord …` (filled in by the Discord work).

use std::process::ExitCode;

#[derive(Debug, clap::Subcommand)]
pub enum DiscordCommand {
    /// Register the slash commands.
    Register,
}

pub fn run(_c: DiscordCommand) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not available in this build yet")
}
