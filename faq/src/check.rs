//! Validation of a whole FAQ: every file parses, ids are unique, and each file is named after
//! its id so that git diffs and reviews stay readable.

use std::path::{Path, PathBuf};

use crate::file::{ParseError, parse_entry};
use crate::model::FaqEntry;

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

/// Reads every `*.md` file of `dir` (sorted by name) and validates the set.
/// Returns the entries when there is no error, else every error found.
pub fn load_dir(dir: &Path) -> Result<Vec<FaqEntry>, Vec<CheckError>> {
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
    let entries = parse_all(sources)?;
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
