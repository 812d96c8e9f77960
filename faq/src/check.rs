//! Validation of a whole FAQ: every file parses, ids are unique, and each file is named after
//! its id so that git diffs and reviews stay readable.

use std::path::{Path, PathBuf};

use crate::file::{ParseError, parse_entry};
use crate::model::FaqEntry;
use crate::sections::{SECTIONS_FILE, Section, parse_sections};
use crate::vocabulary::{VOCABULARY_FILE, Vocabulary};

/// One problem found in a FAQ folder.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckError {
    #[error("{file}: cannot read: {message}")]
    Io { file: PathBuf, message: String },
    #[error("{file}:{}: {}", .error.line, .error.message)]
    Parse { file: PathBuf, error: ParseError },
    #[error("{file}: duplicate id {id:?}, first defined in {first}")]
    DuplicateId {
        file: PathBuf,
        id: String,
        first: PathBuf,
    },
    #[error("{file}: file name should be \"{id}.md\" to match its id")]
    FileName { file: PathBuf, id: String },
    #[error("{dir}: no FAQ entries (*.md files) found")]
    Empty { dir: PathBuf },
    #[error("{file}: section {section:?} is not defined in sections.toml (defined: {known})")]
    UnknownSection {
        file: PathBuf,
        section: String,
        known: String,
    },
    #[error("{file}: {message}")]
    Sections { file: PathBuf, message: String },
    #[error("{file}{}: {message}", .line.map(|l| format!(":{l}")).unwrap_or_default())]
    Vocabulary {
        file: PathBuf,
        line: Option<usize>,
        message: String,
    },
}

/// Validates parsed entries named by file: unique ids and file names that match them.
pub fn check_entries(entries: &[(PathBuf, FaqEntry)]) -> Vec<CheckError> {
    let mut errors = Vec::new();
    let mut seen: std::collections::HashMap<&str, &Path> = std::collections::HashMap::new();
    for (file, entry) in entries {
        if let Some(first) = seen.get(entry.id.as_str()) {
            errors.push(CheckError::DuplicateId {
                file: file.clone(),
                id: entry.id.to_string(),
                first: first.to_path_buf(),
            });
        } else {
            seen.insert(entry.id.as_str(), file);
        }
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if stem != entry.id.as_str() {
            errors.push(CheckError::FileName {
                file: file.clone(),
                id: entry.id.to_string(),
            });
        }
    }
    errors
}

/// Reads `vocabulary.toml` of a FAQ folder; a folder without one has an empty vocabulary.
pub fn load_vocabulary(dir: &Path) -> Result<Vocabulary, Vec<CheckError>> {
    let file = dir.join(VOCABULARY_FILE);
    match std::fs::read_to_string(&file) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vocabulary::default()),
        Err(e) => Err(vec![CheckError::Io {
            file,
            message: e.to_string(),
        }]),
        Ok(text) => Vocabulary::parse(&text).map_err(|errors| {
            errors
                .into_iter()
                .map(|e| CheckError::Vocabulary {
                    file: file.clone(),
                    line: e.line,
                    message: e.message,
                })
                .collect()
        }),
    }
}

/// Reads `sections.toml` of a FAQ folder; `None` when the folder has none (then any
/// well-formed section id is accepted).
pub fn load_sections(dir: &Path) -> Result<Option<Vec<Section>>, Vec<CheckError>> {
    let file = dir.join(SECTIONS_FILE);
    match std::fs::read_to_string(&file) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(vec![CheckError::Io {
            file,
            message: e.to_string(),
        }]),
        Ok(text) => parse_sections(&text).map(Some).map_err(|errors| {
            errors
                .into_iter()
                .map(|message| CheckError::Sections {
                    file: file.clone(),
                    message,
                })
                .collect()
        }),
    }
}

/// Entries whose section is not one of `sections`.
pub fn check_sections(entries: &[(PathBuf, FaqEntry)], sections: &[Section]) -> Vec<CheckError> {
    let known: Vec<&str> = sections.iter().map(|s| s.id.as_str()).collect();
    entries
        .iter()
        .filter(|(_, e)| !known.contains(&e.section.as_str()))
        .map(|(file, e)| CheckError::UnknownSection {
            file: file.clone(),
            section: e.section.to_string(),
            known: known.join(", "),
        })
        .collect()
}

/// A whole FAQ folder: entries, sections and vocabulary, validated together.
#[derive(Debug, Clone)]
pub struct FaqFolder {
    pub entries: Vec<FaqEntry>,
    /// `None` when the folder has no `sections.toml`.
    pub sections: Option<Vec<Section>>,
    pub vocabulary: Vocabulary,
}

/// Reads and validates a FAQ folder (entries, `sections.toml`, `vocabulary.toml`); every
/// problem of every file is reported.
pub fn load_folder(dir: &Path) -> Result<FaqFolder, Vec<CheckError>> {
    let mut errors = Vec::new();
    let sections = load_sections(dir).unwrap_or_else(|e| {
        errors.extend(e);
        None
    });
    let vocabulary = load_vocabulary(dir).unwrap_or_else(|e| {
        errors.extend(e);
        Vocabulary::default()
    });
    match load_dir_with(dir, sections.as_deref()) {
        Ok(entries) if errors.is_empty() => Ok(FaqFolder {
            entries,
            sections,
            vocabulary,
        }),
        Ok(_) => Err(errors),
        Err(e) => {
            errors.extend(e);
            Err(errors)
        }
    }
}

/// Reads every `*.md` file of `dir` (sorted by name) and validates the set, including the
/// sections against the folder's `sections.toml` when there is one.
/// Returns the entries when there is no error, else every error found.
pub fn load_dir(dir: &Path) -> Result<Vec<FaqEntry>, Vec<CheckError>> {
    load_folder(dir).map(|f| f.entries)
}

fn load_dir_with(
    dir: &Path,
    sections: Option<&[Section]>,
) -> Result<Vec<FaqEntry>, Vec<CheckError>> {
    let read = std::fs::read_dir(dir).map_err(|e| {
        vec![CheckError::Io {
            file: dir.to_path_buf(),
            message: e.to_string(),
        }]
    })?;
    let mut files: Vec<PathBuf> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md") && p.is_file())
        .collect();
    files.sort();
    let sources = files.into_iter().map(|f| {
        let text = std::fs::read_to_string(&f).map_err(|e| e.to_string());
        (f, text)
    });
    let entries = parse_all(sources, sections)?;
    if entries.is_empty() {
        return Err(vec![CheckError::Empty {
            dir: dir.to_path_buf(),
        }]);
    }
    Ok(entries)
}

/// Parses and validates `(file, text)` pairs; shared by the folder loader and the bundled data.
pub(crate) fn parse_all(
    sources: impl IntoIterator<Item = (PathBuf, Result<String, String>)>,
    sections: Option<&[Section]>,
) -> Result<Vec<FaqEntry>, Vec<CheckError>> {
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    for (file, text) in sources {
        match text {
            Err(message) => errors.push(CheckError::Io { file, message }),
            Ok(text) => match parse_entry(&text) {
                Ok(entry) => parsed.push((file, entry)),
                Err(error) => errors.push(CheckError::Parse { file, error }),
            },
        }
    }
    errors.extend(check_entries(&parsed));
    if let Some(sections) = sections {
        errors.extend(check_sections(&parsed, sections));
    }
    if errors.is_empty() {
        Ok(parsed.into_iter().map(|(_, e)| e).collect())
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::render_entry;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join(name), text).unwrap();
    }

    #[test]
    fn finds_duplicates_bad_names_and_parse_errors_in_one_pass() {
        let dir = tempfile::tempdir().unwrap();
        let entry = crate::bundled()[0].clone();
        let text = render_entry(&entry);
        write(dir.path(), &format!("{}.md", entry.id), &text);
        write(dir.path(), "copy.md", &text);
        write(dir.path(), "broken.md", "+++\nid = \n+++\nx\n");
        let errors = load_dir(dir.path()).unwrap_err();
        let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 3, "{shown:#?}");
        assert!(
            shown.iter().any(|s| s.contains("broken.md:2:")),
            "{shown:#?}"
        );
        assert!(shown.iter().any(|s| s.contains("duplicate id")));
        assert!(shown.iter().any(|s| s.contains("should be")));
    }

    #[test]
    fn sections_and_vocabulary_files_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let entry = crate::bundled()[0].clone();
        write(
            dir.path(),
            &format!("{}.md", entry.id),
            &render_entry(&entry),
        );
        write(
            dir.path(),
            "sections.toml",
            "[[section]]\nid = \"andere\"\nde = \"Andere\"\nen = \"Other\"\n",
        );
        write(dir.path(), "vocabulary.toml", "[concepts]\nX = [\"a\"]\n");
        let shown: Vec<String> = load_folder(dir.path())
            .unwrap_err()
            .iter()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(shown.len(), 2, "{shown:#?}");
        assert!(
            shown
                .iter()
                .any(|s| s.contains("is not defined in sections.toml"))
        );
        assert!(
            shown
                .iter()
                .any(|s| s.contains("vocabulary.toml") && s.contains("lowercase"))
        );

        let ok = format!(
            "[[section]]\nid = \"{}\"\nde = \"A\"\nen = \"B\"\n",
            entry.section
        );
        write(dir.path(), "sections.toml", &ok);
        write(dir.path(), "vocabulary.toml", "[concepts]\nx = [\"a\"]\n");
        let folder = load_folder(dir.path()).unwrap();
        assert_eq!(folder.entries.len(), 1);
        assert_eq!(folder.vocabulary.concepts["x"], vec!["a"]);
        assert_eq!(folder.sections.unwrap().len(), 1);
    }

    #[test]
    fn empty_or_missing_folder_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            load_dir(dir.path()).unwrap_err()[0],
            CheckError::Empty { .. }
        ));
        assert!(matches!(
            load_dir(&dir.path().join("nope")).unwrap_err()[0],
            CheckError::Io { .. }
        ));
    }
}
