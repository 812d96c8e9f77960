//! `helpdesk audit keygen|checkpoint|verify`: the audit chain from the command line.
//!
//! - `keygen --out FILE` writes a fresh Ed25519 key (hex seed, mode 0600) and prints its public
//!   key. Keep the file off the database host's backups of the database.
//! - `checkpoint` verifies the chain and appends a signed checkpoint of its head to the
//!   checkpoint file. Key: `HELPDESK_AUDIT_KEY_FILE` (or `HELPDESK_AUDIT_KEY`, hex).
//! - `verify [--checkpoints FILE]` walks the chain; with checkpoints it also checks the file's
//!   signatures (public key from `--public-key`/`HELPDESK_AUDIT_PUBLIC_KEY`, else derived from
//!   the configured key) and that the database still holds every checkpointed head.
//!   Exit status 0: intact; 1: broken (the reason is printed).
//!
//! [`checkpoint_periodically`] is the job `helpdesk serve` runs when a key is configured.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use helpdesk_core::Store;
use helpdesk_core::checkpoint::{self, AuditKey, Checkpoint};

use super::store::{DbArgs, open_store};

/// Default place of the checkpoint file (keep it on another disk or host in production).
pub const DEFAULT_CHECKPOINT_FILE: &str = "./data/audit-checkpoints.jsonl";

/// Where the signing key comes from.
#[derive(Debug, Clone, clap::Args)]
pub struct KeyArgs {
    /// File with the Ed25519 signing key (64 hex characters), made by `helpdesk audit keygen`.
    #[arg(long = "key-file", env = "HELPDESK_AUDIT_KEY_FILE")]
    pub key_file: Option<PathBuf>,
    /// The signing key itself (64 hex characters), instead of a file.
    #[arg(long = "key", env = "HELPDESK_AUDIT_KEY", hide_env_values = true)]
    pub key: Option<String>,
}

impl KeyArgs {
    /// The configured key, if any.
    pub fn load(&self) -> anyhow::Result<Option<AuditKey>> {
        if let Some(path) = &self.key_file {
            return AuditKey::load(path)
                .map(Some)
                .with_context(|| format!("HELPDESK_AUDIT_KEY_FILE ({})", path.display()));
        }
        match self.key.as_deref().map(str::trim) {
            Some(k) if !k.is_empty() => AuditKey::from_hex(k)
                .map(Some)
                .context("HELPDESK_AUDIT_KEY"),
            _ => Ok(None),
        }
    }
}

/// Where the checkpoint file is.
#[derive(Debug, Clone, clap::Args)]
pub struct CheckpointFileArgs {
    /// The append-only checkpoint file (JSON lines).
    #[arg(long = "checkpoint-file", env = "HELPDESK_AUDIT_CHECKPOINT_FILE", default_value = DEFAULT_CHECKPOINT_FILE)]
    pub checkpoint_file: PathBuf,
}

#[derive(Debug, clap::Subcommand)]
pub enum AuditCommand {
    /// Write a new signing key to a file (mode 0600) and print its public key.
    Keygen {
        /// Where to write the key; an existing file is never overwritten.
        #[arg(long)]
        out: PathBuf,
    },
    /// Verify the chain and append a signed checkpoint of its head to the checkpoint file.
    Checkpoint {
        #[command(flatten)]
        key: KeyArgs,
        #[command(flatten)]
        file: CheckpointFileArgs,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Verify the chain; with --checkpoints, also against signed checkpoints.
    Verify {
        /// A checkpoint file to check the chain against (detects a cut or rewritten tail).
        #[arg(long)]
        checkpoints: Option<PathBuf>,
        /// The public key the checkpoints must be signed with (64 hex characters).
        #[arg(long = "public-key", env = "HELPDESK_AUDIT_PUBLIC_KEY")]
        public_key: Option<String>,
        #[command(flatten)]
        key: KeyArgs,
        #[command(flatten)]
        db: DbArgs,
    },
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}

pub fn run(c: AuditCommand) -> anyhow::Result<ExitCode> {
    match c {
        AuditCommand::Keygen { out } => keygen(&out),
        AuditCommand::Checkpoint { key, file, db } => runtime()?.block_on(async {
            let key = key.load()?.context(
                "no signing key: set HELPDESK_AUDIT_KEY_FILE (make one with `helpdesk audit keygen --out FILE`)",
            )?;
            let store = open_store(&db.database_url).await?;
            let written = store
                .write_checkpoint(&key, &file.checkpoint_file, false)
                .await;
            store.close().await;
            let c = written?.context("no checkpoint written")?;
            println!(
                "checkpoint: seq {} head {} signed at {} → {}",
                c.seq,
                c.head_hash,
                c.at,
                file.checkpoint_file.display()
            );
            Ok(ExitCode::SUCCESS)
        }),
        AuditCommand::Verify {
            checkpoints,
            public_key,
            key,
            db,
        } => runtime()?.block_on(verify(checkpoints, public_key, key, db)),
    }
}

fn keygen(out: &Path) -> anyhow::Result<ExitCode> {
    let key = AuditKey::generate();
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    if let Some(dir) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let mut f = opts
        .open(out)
        .with_context(|| format!("creating {} (it must not exist yet)", out.display()))?;
    use std::io::Write;
    writeln!(f, "{}", key.to_hex()).with_context(|| format!("writing {}", out.display()))?;
    println!("audit key written to {}", out.display());
    println!("public key (give it to whoever verifies checkpoints):");
    println!("{}", key.public_hex());
    Ok(ExitCode::SUCCESS)
}

async fn verify(
    checkpoints: Option<PathBuf>,
    public_key: Option<String>,
    key: KeyArgs,
    db: DbArgs,
) -> anyhow::Result<ExitCode> {
    let mut anchors = Vec::new();
    let mut last: Option<Checkpoint> = None;
    if let Some(path) = &checkpoints {
        let public = match public_key.as_deref().map(str::trim) {
            Some(p) if !p.is_empty() => checkpoint::public_key_from_hex(p)?,
            _ => key
                .load()?
                .map(|k| k.public_key())
                .context("checking checkpoints needs the public key: --public-key or HELPDESK_AUDIT_PUBLIC_KEY")?,
        };
        let list = checkpoint::read_file(path)?;
        anyhow::ensure!(!list.is_empty(), "{} holds no checkpoints", path.display());
        if let Err(e) = checkpoint::verify_file(&list, &public) {
            println!("checkpoint file NOT valid: {e}");
            return Ok(ExitCode::FAILURE);
        }
        anchors = list.iter().map(Checkpoint::anchor).collect();
        last = list.last().cloned();
    }
    let store: Store = open_store(&db.database_url).await?;
    let report = store.verify_with(&anchors).await;
    store.close().await;
    let report = report?;
    match report.broken {
        None => {
            println!(
                "audit chain intact: {} events, head {}",
                report.events, report.head_hash
            );
            if let Some(c) = last {
                println!(
                    "matches {} signed checkpoint(s); the last at seq {} ({})",
                    anchors.len(),
                    c.seq,
                    c.at
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(b) => {
            println!(
                "audit chain BROKEN at seq {}: {} ({} events verified before it)",
                b.seq, b.reason, report.events
            );
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Appends a checkpoint every `every` when the head has moved. Started by `helpdesk serve`
/// when a signing key is configured.
pub async fn checkpoint_periodically(store: Store, key: AuditKey, path: PathBuf, every: Duration) {
    let mut tick = tokio::time::interval(every);
    loop {
        tick.tick().await;
        match store.write_checkpoint(&key, &path, true).await {
            Ok(_) => {}
            Err(checkpoint::CheckpointError::ChainBroken(b)) => {
                tracing::error!(seq = b.seq, reason = %b.reason, "audit chain broken: checkpoint refused")
            }
            Err(err) => tracing::warn!(error = %err, "audit checkpoint failed; will retry"),
        }
    }
}
