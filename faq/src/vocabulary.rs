//! The domain vocabulary of a FAQ (`vocabulary.toml` in the FAQ folder): synonym concepts,
//! compound parts and stop words, owned by the maintainers as data.
//!
//! ```toml
//! stop_words = ["bitte", "krieg"]        # chat words without FAQ meaning (added to the general lists)
//! not_stop_words = ["andere"]            # general stop words that mean something here
//! compound_parts = ["export", "code"]    # parts the compound splitter may use
//!
//! [concepts]
//! azubi = ["azubi", "auszubildende", "lehrling", "apprentice"]
//! ssp = ["ssp", "self service portal"]
//! ```
//!
//! A FAQ folder without the file has no domain vocabulary; general stop words still apply.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The file name inside a FAQ folder.
pub const VOCABULARY_FILE: &str = "vocabulary.toml";

/// Synonyms, compound parts and stop words of one FAQ (in the admin API: `VocabularyDoc`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = VocabularyDoc))]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    /// Chat words that carry no meaning for finding an entry, in addition to the general German
    /// and English stop-word lists. Single words.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = json!(["bitte", "eigentlich"])))]
    pub stop_words: Vec<String>,
    /// Words of the general stop-word lists that do mean something in this FAQ. Single words.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = json!(["andere"])))]
    pub not_stop_words: Vec<String>,
    /// Words the compound splitter may use even if no entry contains them. Single words.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = json!(["export", "code"])))]
    pub compound_parts: Vec<String>,
    /// Concept name (lowercase letters, digits, dashes) → its words and phrases in any
    /// language, written naturally: every word of a concept also finds entries that use another.
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(example = json!({"azubi": ["azubi", "auszubildende", "lehrling", "apprentice"]}))
    )]
    pub concepts: BTreeMap<String, Vec<String>>,
}

/// A vocabulary file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct VocabularyError {
    /// 1-based line of the problem, when known.
    pub line: Option<usize>,
    pub message: String,
}

impl Vocabulary {
    /// Parses and validates a `vocabulary.toml`; every problem is reported, one per error.
    pub fn parse(text: &str) -> Result<Vocabulary, Vec<VocabularyError>> {
        let v: Vocabulary = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].lines().count().max(1));
            vec![VocabularyError {
                line,
                message: e.message().to_owned(),
            }]
        })?;
        let problems = v.problems();
        if problems.is_empty() {
            Ok(v)
        } else {
            Err(problems
                .into_iter()
                .map(|message| VocabularyError {
                    line: None,
                    message,
                })
                .collect())
        }
    }

    /// The file text (TOML) of this vocabulary.
    pub fn render(&self) -> String {
        toml::to_string_pretty(self).unwrap_or_default()
    }

    /// Everything wrong with this vocabulary (empty when it is usable).
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let check_word = |out: &mut Vec<String>, list: &str, w: &str| {
            if w.trim().is_empty() {
                out.push(format!("{list}: empty word"));
            } else if w.trim() != w || w.contains("  ") {
                out.push(format!("{list}: {w:?} has extra spaces"));
            } else if w.chars().any(|c| c.is_control()) {
                out.push(format!("{list}: {w:?} contains a control character"));
            } else if w.chars().count() > 64 {
                out.push(format!("{list}: {w:?} is longer than 64 characters"));
            }
        };
        for (list, words) in [
            ("stop_words", &self.stop_words),
            ("not_stop_words", &self.not_stop_words),
            ("compound_parts", &self.compound_parts),
        ] {
            for w in words {
                check_word(&mut out, list, w);
                if w.contains(' ') {
                    out.push(format!("{list}: {w:?} must be a single word"));
                }
            }
        }
        let lower = |w: &str| w.to_lowercase();
        for w in &self.stop_words {
            if self.not_stop_words.iter().any(|n| lower(n) == lower(w)) {
                out.push(format!("{w:?} is in both stop_words and not_stop_words"));
            }
        }
        for (name, words) in &self.concepts {
            let ok_name = !name.is_empty()
                && name.len() <= 40
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !ok_name {
                out.push(format!(
                    "concept {name:?}: use lowercase letters, digits and dashes"
                ));
            }
            if words.is_empty() {
                out.push(format!("concept {name:?} has no words"));
            }
            for w in words {
                check_word(&mut out, &format!("concept {name:?}"), w);
                if self.stop_words.iter().any(|s| lower(s) == lower(w)) {
                    out.push(format!(
                        "concept {name:?}: {w:?} is also a stop word, so it would never be searched"
                    ));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_renders_round_trip() {
        let text = "stop_words = [\"bitte\"]\n[concepts]\nazubi = [\"azubi\", \"lehrling\"]\n";
        let v = Vocabulary::parse(text).unwrap();
        assert_eq!(v.concepts["azubi"], vec!["azubi", "lehrling"]);
        assert_eq!(Vocabulary::parse(&v.render()).unwrap(), v);
    }

    #[test]
    fn reports_every_problem() {
        let text = "stop_words = [\"azubi\", \"\"]\nnot_stop_words = [\"azubi\"]\n[concepts]\nAzubi = [\"azubi\"]\nleer = []\n";
        let errors = Vocabulary::parse(text).unwrap_err();
        let shown: Vec<String> = errors.iter().map(|e| e.message.clone()).collect();
        assert!(shown.iter().any(|s| s.contains("empty word")), "{shown:#?}");
        assert!(shown.iter().any(|s| s.contains("both")), "{shown:#?}");
        assert!(shown.iter().any(|s| s.contains("lowercase")), "{shown:#?}");
        assert!(shown.iter().any(|s| s.contains("no words")), "{shown:#?}");
        assert!(
            shown.iter().any(|s| s.contains("also a stop word")),
            "{shown:#?}"
        );
    }

    #[test]
    fn syntax_errors_name_the_line_and_unknown_keys_are_rejected() {
        let errors = Vocabulary::parse("stop_words = [\n\"a\",\n oops\n]").unwrap_err();
        assert!(errors[0].line.is_some());
        assert!(Vocabulary::parse("synonyms = []").is_err());
    }

    #[test]
    fn bundled_vocabulary_is_valid() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/vocabulary.toml"))
                .unwrap();
        if let Err(e) = Vocabulary::parse(&text) {
            panic!("{e:#?}");
        }
        let v = crate::bundled_vocabulary();
        assert!(v.concepts.len() >= 20);
        assert!(v.concepts["azubi"].iter().any(|w| w == "lehrling"));
    }
}
