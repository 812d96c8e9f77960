//! `helpdesk faq check|import|export`.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Subcommand)]
pub enum FaqCommand {
    /// Validate a FAQ folder (default: the bundled FAQ): parse errors with file and line,
    /// unique ids, required fields, known sections.
    Check {
        /// Folder with one `<id>.md` file per entry.
        dir: Option<PathBuf>,
    },
}

pub fn run(c: FaqCommand) -> anyhow::Result<ExitCode> {
    match c {
        FaqCommand::Check { dir } => check(dir),
    }
}

fn check(dir: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let result = match &dir {
        Some(dir) => helpdesk_faq::load_dir(dir),
        None => Ok(helpdesk_faq::bundled().to_vec()),
    };
    match result {
        Ok(entries) => {
            let from = dir
                .as_ref()
                .map(|d| d.display().to_string())
                .unwrap_or_else(|| "bundled FAQ".to_owned());
            println!("ok: {} entries in {from}", entries.len());
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!("{} problem(s) found", errors.len());
            Ok(ExitCode::FAILURE)
        }
    }
}
