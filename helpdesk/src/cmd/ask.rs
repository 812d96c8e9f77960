//! `helpdesk ask` and `helpdesk eval`.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct AskArgs {
    /// The question.
    pub question: Option<String>,
    #[arg(long)]
    pub json: bool,
    #[arg(long)]
    pub jsonl: bool,
    #[arg(long)]
    pub faq_dir: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    pub questions: PathBuf,
    #[arg(long)]
    pub faq_dir: Option<PathBuf>,
}

pub fn run(_args: AskArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not available in this build yet")
}

pub fn eval(_args: EvalArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not available in this build yet")
}
