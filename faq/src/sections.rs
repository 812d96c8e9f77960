//! The sections of a help center (`sections.toml` in the FAQ folder), with German and English
//! titles. Another help center, or a new topic, adds a section by editing the file.
//!
//! ```toml
//! [[section]]
//! id = "anmeldung"          # kebab-case, referenced by entries' `section`
//! de = "Anmeldung"          # German title
//! en = "Signing in"         # English title
//! ```

use serde::{Deserialize, Serialize};

use crate::model::{Lang, SectionId};

/// The file name inside a FAQ folder.
pub const SECTIONS_FILE: &str = "sections.toml";

/// One section and its titles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: SectionId,
    pub de: String,
    pub en: String,
}

impl Section {
    pub fn title(&self, lang: Lang) -> &str {
        match lang {
            Lang::De => &self.de,
            Lang::En => &self.en,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionsFile {
    #[serde(default)]
    section: Vec<Section>,
}

/// Parses and validates a `sections.toml`: unique ids, both titles given. Every problem is
/// reported.
pub fn parse_sections(text: &str) -> Result<Vec<Section>, Vec<String>> {
    let file: SectionsFile = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].lines().count().max(1));
        vec![match line {
            Some(l) => format!("line {l}: {}", e.message()),
            None => e.message().to_owned(),
        }]
    })?;
    let mut problems = Vec::new();
    if file.section.is_empty() {
        problems.push("no [[section]] defined".to_owned());
    }
    let mut seen = std::collections::HashSet::new();
    for s in &file.section {
        if !seen.insert(s.id.as_str()) {
            problems.push(format!("section {:?} is defined twice", s.id.as_str()));
        }
        for (lang, title) in [("de", &s.de), ("en", &s.en)] {
            if title.trim().is_empty() {
                problems.push(format!(
                    "section {:?}: {lang} title is empty",
                    s.id.as_str()
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(file.section)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_sections_cover_every_bundled_entry() {
        let sections = crate::bundled_sections();
        assert_eq!(sections.len(), 4);
        for e in crate::bundled() {
            assert!(sections.iter().any(|s| s.id == e.section), "{}", e.id);
        }
        let a = sections
            .iter()
            .find(|s| s.id.as_str() == "anmeldung")
            .unwrap();
        assert_eq!(a.title(Lang::En), "Signing in");
    }

    #[test]
    fn duplicate_ids_bad_ids_and_empty_titles_are_rejected() {
        let dup = "[[section]]\nid = \"a-b\"\nde = \"A\"\nen = \"A\"\n[[section]]\nid = \"a-b\"\nde = \"\"\nen = \"B\"\n";
        let errors = parse_sections(dup).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            parse_sections("[[section]]\nid = \"Not Kebab\"\nde = \"x\"\nen = \"y\"\n").is_err()
        );
        assert!(parse_sections("").is_err());
        assert!(
            parse_sections("[[section]]\nid = \"x\"\nde = \"x\"\nen = \"y\"\ntitle = \"z\"\n")
                .is_err()
        );
    }
}
