//! `helpdesk faq check|import|export`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use helpdesk_core::{Actor, DEFAULT_DATABASE_URL, Role, Store};
use helpdesk_faq::{FaqEntry, FaqId};

#[derive(Debug, clap::Subcommand)]
pub enum FaqCommand {
    /// Validate a FAQ folder (default: the bundled FAQ): parse errors with file and line,
    /// unique ids, required fields, known sections.
    Check {
        /// Folder with one `<id>.md` file per entry.
        dir: Option<PathBuf>,
    },
    /// Load a FAQ folder into the database: new entries are created, changed ones updated
    /// (each a new revision), equal ones left alone; its `vocabulary.toml`, if it has one,
    /// replaces the stored vocabulary when it differs. The whole folder is validated first.
    Import {
        /// Folder with one `<id>.md` file per entry.
        dir: PathBuf,
        /// Also delete entries that are in the database but not in the folder.
        #[arg(long)]
        prune: bool,
        #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL, hide_env_values = true)]
        database_url: String,
    },
    /// Write every live entry of the database to `<id>.md` files in a folder (created if
    /// missing), and the stored vocabulary to `vocabulary.toml`, in the format `import` and
    /// `check` read.
    Export {
        dir: PathBuf,
        #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL, hide_env_values = true)]
        database_url: String,
    },
}

pub fn run(c: FaqCommand) -> anyhow::Result<ExitCode> {
    match c {
        FaqCommand::Check { dir } => check(dir),
        FaqCommand::Import {
            dir,
            prune,
            database_url,
        } => runtime()?.block_on(async {
            let store = open(&database_url).await?;
            match import(&store, &dir, prune).await? {
                Ok(report) => {
                    println!(
                        "imported {}: {} created, {} updated, {} unchanged, {} deleted{}",
                        dir.display(),
                        report.created,
                        report.updated,
                        report.unchanged,
                        report.deleted,
                        if report.vocabulary {
                            "; vocabulary updated"
                        } else {
                            ""
                        }
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(errors) => {
                    for e in &errors {
                        eprintln!("{e}");
                    }
                    eprintln!("{} problem(s) found; nothing imported", errors.len());
                    Ok(ExitCode::FAILURE)
                }
            }
        }),
        FaqCommand::Export { dir, database_url } => runtime()?.block_on(async {
            let store = open(&database_url).await?;
            let n = export(&store, &dir).await?;
            println!(
                "exported {n} entries and the vocabulary to {}",
                dir.display()
            );
            Ok(ExitCode::SUCCESS)
        }),
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

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}

async fn open(url: &str) -> anyhow::Result<Store> {
    Store::connect(url)
        .await
        .context("opening the database (DATABASE_URL)")
}

/// The author of revisions written from the command line.
fn cli_actor() -> Actor {
    Actor {
        id: "cli:faq-import".to_owned(),
        name: "helpdesk faq import".to_owned(),
        role: Some(Role::FaqEditor),
        person: None,
        identities: Vec::new(),
    }
}

#[derive(Debug, Default, PartialEq, Eq)]
struct ImportReport {
    created: usize,
    updated: usize,
    unchanged: usize,
    deleted: usize,
    /// The folder's `vocabulary.toml` replaced the stored one.
    vocabulary: bool,
}

/// Validates the folder, then writes it; `Ok(Err(..))` carries the file errors (nothing written).
async fn import(
    store: &Store,
    dir: &Path,
    prune: bool,
) -> anyhow::Result<Result<ImportReport, Vec<helpdesk_faq::CheckError>>> {
    let entries = match helpdesk_faq::load_dir(dir) {
        Ok(e) => e,
        Err(errors) => return Ok(Err(errors)),
    };
    let vocabulary = if dir
        .join(helpdesk_faq::vocabulary::VOCABULARY_FILE)
        .is_file()
    {
        match helpdesk_faq::load_vocabulary(dir) {
            Ok(v) => Some(v),
            Err(errors) => return Ok(Err(errors)),
        }
    } else {
        None
    };
    let actor = cli_actor();
    let mut report = ImportReport::default();
    for entry in &entries {
        match store.faq_entry(&entry.id).await {
            Ok(current) if &current.entry == entry => report.unchanged += 1,
            Ok(current) => {
                store
                    .faq_put(entry, Some(current.revision), &actor)
                    .await
                    .with_context(|| format!("updating {}", entry.id))?;
                report.updated += 1;
            }
            Err(helpdesk_core::Error::NotFound) => {
                store
                    .faq_put(entry, None, &actor)
                    .await
                    .with_context(|| format!("creating {}", entry.id))?;
                report.created += 1;
            }
            Err(e) => return Err(anyhow::Error::new(e).context(format!("reading {}", entry.id))),
        }
    }
    if let Some(vocabulary) = vocabulary {
        let current = store
            .faq_vocabulary()
            .await
            .context("reading the vocabulary")?;
        if current.vocabulary != vocabulary {
            store
                .faq_vocabulary_put(&vocabulary, current.revision, &actor)
                .await
                .context("writing the vocabulary")?;
            report.vocabulary = true;
        }
    }
    if prune {
        let keep: std::collections::HashSet<&FaqId> = entries.iter().map(|e| &e.id).collect();
        for record in store.faq_entries().await.context("listing the FAQ")? {
            if !keep.contains(&record.entry.id) {
                store
                    .faq_delete(&record.entry.id, record.revision, &actor)
                    .await
                    .with_context(|| format!("deleting {}", record.entry.id))?;
                report.deleted += 1;
            }
        }
    }
    Ok(Ok(report))
}

async fn export(store: &Store, dir: &Path) -> anyhow::Result<usize> {
    let records = store.faq_entries().await.context("listing the FAQ")?;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    for r in &records {
        write_entry(dir, &r.entry)?;
    }
    let vocabulary = store
        .faq_vocabulary()
        .await
        .context("reading the vocabulary")?;
    let path = dir.join(helpdesk_faq::vocabulary::VOCABULARY_FILE);
    std::fs::write(&path, vocabulary.vocabulary.render())
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(records.len())
}

fn write_entry(dir: &Path, entry: &FaqEntry) -> anyhow::Result<()> {
    let path = dir.join(format!("{}.md", entry.id));
    std::fs::write(&path, helpdesk_faq::render_entry(entry))
        .with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn export_then_import_round_trips_and_import_updates_changed_files() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::connect(&format!("sqlite://{}/h.db", tmp.path().display()))
            .await
            .unwrap();
        let out = tmp.path().join("faq");
        let n = export(&store, &out).await.unwrap();
        assert_eq!(n, store.faq_entries().await.unwrap().len());
        // The exported folder passes the same checks as the bundled FAQ.
        let loaded = helpdesk_faq::load_dir(&out).unwrap();
        assert_eq!(loaded.len(), n);

        // Importing what was exported changes nothing.
        let r = import(&store, &out, false).await.unwrap().unwrap();
        assert_eq!(
            r,
            ImportReport {
                unchanged: n,
                ..ImportReport::default()
            }
        );

        // Edit one file, add one, remove one: update, create, and (with --prune) delete.
        let mut e = loaded[0].clone();
        e.answer = "Eine neue Antwort.".to_owned();
        write_entry(&out, &e).unwrap();
        let mut added = loaded[1].clone();
        added.id = FaqId::parse("neuer-eintrag").unwrap();
        write_entry(&out, &added).unwrap();
        std::fs::remove_file(out.join(format!("{}.md", loaded[2].id))).unwrap();
        let r = import(&store, &out, true).await.unwrap().unwrap();
        assert_eq!(
            r,
            ImportReport {
                created: 1,
                updated: 1,
                unchanged: n - 2,
                deleted: 1,
                vocabulary: false,
            }
        );
        assert_eq!(
            store.faq_entry(&e.id).await.unwrap().entry.answer,
            "Eine neue Antwort."
        );
        assert!(store.faq_entry(&loaded[2].id).await.is_err());

        // The exported vocabulary is the stored one; a changed file replaces it (a new
        // revision), an equal one does not.
        let stored = store.faq_vocabulary().await.unwrap();
        assert_eq!(
            helpdesk_faq::load_vocabulary(&out).unwrap(),
            stored.vocabulary
        );
        let mut v = stored.vocabulary.clone();
        v.concepts
            .get_mut("azubi")
            .unwrap()
            .push("stift".to_owned());
        std::fs::write(out.join("vocabulary.toml"), v.render()).unwrap();
        let r = import(&store, &out, false).await.unwrap().unwrap();
        assert!(r.vocabulary);
        let now = store.faq_vocabulary().await.unwrap();
        assert_eq!(now.vocabulary, v);
        assert_eq!(now.revision, stored.revision + 1);
        assert!(
            !import(&store, &out, false)
                .await
                .unwrap()
                .unwrap()
                .vocabulary
        );
        std::fs::write(out.join("vocabulary.toml"), "[concepts]\nX = [\"a\"]\n").unwrap();
        assert!(import(&store, &out, false).await.unwrap().is_err());
        std::fs::write(out.join("vocabulary.toml"), v.render()).unwrap();

        // A broken file: nothing is imported, the error names the file.
        std::fs::write(out.join("kaputt.md"), "no front matter").unwrap();
        let errors = import(&store, &out, false).await.unwrap().unwrap_err();
        assert!(
            errors.iter().any(|e| e.to_string().contains("kaputt.md")),
            "{errors:?}"
        );
    }
}
