//! Editing the FAQ: the one validation of a draft entry (the admin API and the web console
//! both go through [`FaqDraft::validate`]) and the preview that runs the real search over the
//! FAQ with a draft in place, before anything is saved ([`preview`]).
//!
//! Field names in [`FieldError`]s are the API's JSON paths (`question`, `en.answer`,
//! `alternatives[2]`); each surface words the [`FieldProblem`] itself.

use helpdesk_faq::{Audience, English, FaqEntry, FaqId, SectionId, TicketKind, Vocabulary};

use crate::answer::{AnswerHit, Outcome, Snapshot};
use crate::error::{Error, FieldError, FieldProblem};
use crate::model::text::{Lines, free_text};
use crate::store::Store;

/// Longest question or answer text (characters).
pub const MAX_TEXT: usize = 20_000;
/// Longest alternative phrasing, tag or sample question (characters).
pub const MAX_ITEM: usize = 1000;
/// Most alternatives or tags per list.
pub const MAX_ITEMS: usize = 100;
/// Most sample questions in one preview.
pub const MAX_SAMPLES: usize = 20;

/// Ids a new entry may not take: they name pages and routes beside the entries
/// (`/admin/faq/new`, `/api/v1/faq/preview`, `/api/v1/faq/vocabulary`), so an entry with such
/// an id could never be opened.
pub const RESERVED_IDS: [&str; 3] = ["new", "preview", "vocabulary"];

/// An entry as typed by a maintainer, not yet checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FaqDraft {
    pub id: String,
    /// A section id from `faq/data/sections.toml`.
    pub section: String,
    pub question: String,
    pub answer: String,
    pub alternatives: Vec<String>,
    pub tags: Vec<String>,
    /// `apprentice`, `trainer`, `training_admin`.
    pub audience: Vec<String>,
    pub link: Option<String>,
    pub link_title: Option<String>,
    pub ticket: Option<TicketKind>,
    pub en_question: String,
    pub en_answer: String,
    pub en_alternatives: Vec<String>,
}

fn audience_code(a: &Audience) -> String {
    serde_json::to_value(a)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

impl FaqDraft {
    /// The draft of a stored entry (to edit it).
    pub fn from_entry(e: &FaqEntry) -> Self {
        Self {
            id: e.id.to_string(),
            section: e.section.to_string(),
            question: e.question.clone(),
            answer: e.answer.clone(),
            alternatives: e.alternatives.clone(),
            tags: e.tags.clone(),
            audience: e.audience.iter().map(audience_code).collect(),
            link: e.link.clone(),
            link_title: e.link_title.clone(),
            ticket: e.ticket,
            en_question: e.en.question.clone(),
            en_answer: e.en.answer.clone(),
            en_alternatives: e.en.alternatives.clone(),
        }
    }

    /// Checks every field and returns the entry, or [`Error::Validation`] listing every field
    /// at fault. Texts are trimmed; an empty link counts as none.
    pub fn validate(self) -> Result<FaqEntry, Error> {
        let mut errors = Vec::new();
        let id = FaqId::parse(self.id.trim());
        if id.is_err() || RESERVED_IDS.contains(&self.id.trim()) {
            let problem = if self.id.trim().is_empty() {
                FieldProblem::Required
            } else {
                FieldProblem::InvalidFormat
            };
            errors.push(FieldError::new("id", problem));
        }
        // Sections are data (faq/data/sections.toml).
        let sections = helpdesk_faq::bundled_sections();
        let section = SectionId::parse(self.section.trim())
            .ok()
            .filter(|id| sections.iter().any(|s| &s.id == id));
        if section.is_none() {
            errors.push(FieldError::new("section", FieldProblem::InvalidChoice));
        }
        let mut audience = Vec::new();
        for (i, a) in self.audience.iter().enumerate() {
            match serde_json::from_value::<Audience>(serde_json::Value::String(a.clone())) {
                Ok(a) if !audience.contains(&a) => audience.push(a),
                Ok(_) => {}
                Err(_) => errors.push(FieldError::new(
                    format!("audience[{i}]"),
                    FieldProblem::InvalidChoice,
                )),
            }
        }
        for (field, value) in [
            ("question", &self.question),
            ("answer", &self.answer),
            ("en.question", &self.en_question),
            ("en.answer", &self.en_answer),
        ] {
            // Answers span lines; a question is one line (the one control-character rule).
            let lines = if field.ends_with("answer") {
                Lines::Multi
            } else {
                Lines::Single
            };
            if value.trim().is_empty() {
                errors.push(FieldError::new(field, FieldProblem::Required));
            } else if value.chars().count() > MAX_TEXT {
                errors.push(FieldError::new(
                    field,
                    FieldProblem::TooLong { max: MAX_TEXT },
                ));
            } else if let Err(p) = free_text(value, lines) {
                errors.push(FieldError::new(field, p));
            }
        }
        let clean = |list: Vec<String>| -> Vec<String> {
            list.into_iter().map(|s| s.trim().to_owned()).collect()
        };
        let alternatives = clean(self.alternatives);
        let tags = clean(self.tags);
        let en_alternatives = clean(self.en_alternatives);
        for (field, list) in [
            ("alternatives", &alternatives),
            ("tags", &tags),
            ("en.alternatives", &en_alternatives),
        ] {
            if list.len() > MAX_ITEMS {
                // A list longer than allowed: no per-item wording fits, so "invalid format".
                errors.push(FieldError::new(field, FieldProblem::InvalidFormat));
            }
            for (i, item) in list.iter().enumerate() {
                if item.is_empty() {
                    errors.push(FieldError::new(
                        format!("{field}[{i}]"),
                        FieldProblem::Required,
                    ));
                } else if item.chars().count() > MAX_ITEM {
                    errors.push(FieldError::new(
                        format!("{field}[{i}]"),
                        FieldProblem::TooLong { max: MAX_ITEM },
                    ));
                } else if let Err(p) = free_text(item, Lines::Single) {
                    errors.push(FieldError::new(format!("{field}[{i}]"), p));
                }
            }
        }
        let link = self
            .link
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty());
        if let Some(l) = &link {
            let ok = (l.starts_with("https://") || l.starts_with("http://"))
                && l.len() <= 2000
                && !l.chars().any(|c| c.is_whitespace() || c.is_control());
            if !ok {
                errors.push(FieldError::new("link", FieldProblem::InvalidFormat));
            }
        }
        let link_title = self
            .link_title
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty());
        if link_title
            .as_ref()
            .is_some_and(|t| t.chars().count() > MAX_ITEM)
        {
            errors.push(FieldError::new(
                "link_title",
                FieldProblem::TooLong { max: MAX_ITEM },
            ));
        }
        match (id, section) {
            (Ok(id), Some(section)) if errors.is_empty() => Ok(FaqEntry {
                id,
                section,
                question: self.question.trim().to_owned(),
                answer: self.answer.trim().to_owned(),
                alternatives,
                tags,
                audience,
                link,
                link_title,
                ticket: self.ticket,
                en: English {
                    question: self.en_question.trim().to_owned(),
                    answer: self.en_answer.trim().to_owned(),
                    alternatives: en_alternatives,
                },
            }),
            _ => Err(Error::Validation { fields: errors }),
        }
    }
}

/// Checks the sample questions of a preview: 1–[`MAX_SAMPLES`] questions of 1–[`MAX_ITEM`]
/// characters (field `questions`, `questions[i]`).
pub fn check_samples(questions: &[String]) -> Result<(), Error> {
    let mut errors = Vec::new();
    if questions.is_empty() {
        errors.push(FieldError::new("questions", FieldProblem::Required));
    } else if questions.len() > MAX_SAMPLES {
        errors.push(FieldError::new("questions", FieldProblem::InvalidFormat));
    }
    for (i, q) in questions.iter().enumerate() {
        if q.trim().is_empty() {
            errors.push(FieldError::new(
                format!("questions[{i}]"),
                FieldProblem::Required,
            ));
        } else if q.chars().count() > MAX_ITEM {
            errors.push(FieldError::new(
                format!("questions[{i}]"),
                FieldProblem::TooLong { max: MAX_ITEM },
            ));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Validation { fields: errors })
    }
}

/// How one sample question would be answered with the draft in place.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewItem {
    pub question: String,
    pub outcome: Outcome,
    pub confidence: f32,
    /// Whether the draft is the first hit.
    pub draft_is_top: bool,
    /// Ranked hits with their texts in the question's language.
    pub hits: Vec<AnswerHit>,
}

/// Why a preview could not be run.
#[derive(Debug, thiserror::Error)]
pub enum PreviewError {
    /// Invalid sample questions, or the store failed.
    #[error(transparent)]
    Store(#[from] Error),
    /// Building the index over the draft failed.
    #[error("building the preview index: {0:#}")]
    Index(anyhow::Error),
}

/// Runs the real search (the same index the answering service builds) over the live FAQ with
/// `draft` in place of the stored entry of the same id, for each sample question. Nothing is
/// saved and nothing is written to the question log. The index is built off the async runtime.
pub async fn preview(
    store: &Store,
    draft: FaqEntry,
    questions: Vec<String>,
) -> Result<Vec<PreviewItem>, PreviewError> {
    check_samples(&questions)?;
    let mut entries: Vec<FaqEntry> = store
        .faq_entries()
        .await?
        .into_iter()
        .map(|r| r.entry)
        .filter(|e| e.id != draft.id)
        .collect();
    let draft_id = draft.id.clone();
    entries.push(draft);
    let vocabulary = store.faq_vocabulary().await?.vocabulary;
    run_preview(entries, vocabulary, questions, Some(draft_id)).await
}

/// Like [`preview`], for a draft vocabulary over the live entries (`draft_is_top` is false).
pub async fn preview_vocabulary(
    store: &Store,
    vocabulary: Vocabulary,
    questions: Vec<String>,
) -> Result<Vec<PreviewItem>, PreviewError> {
    check_samples(&questions)?;
    let entries: Vec<FaqEntry> = store
        .faq_entries()
        .await?
        .into_iter()
        .map(|r| r.entry)
        .collect();
    run_preview(entries, vocabulary, questions, None).await
}

async fn run_preview(
    entries: Vec<FaqEntry>,
    vocabulary: Vocabulary,
    questions: Vec<String>,
    draft_id: Option<FaqId>,
) -> Result<Vec<PreviewItem>, PreviewError> {
    tokio::task::spawn_blocking(move || -> Result<Vec<PreviewItem>, PreviewError> {
        let snap = Snapshot::build_with(0, entries, &vocabulary).map_err(PreviewError::Index)?;
        Ok(questions
            .into_iter()
            .map(|q| {
                let q = q.trim().to_owned();
                let r = snap.reply(&q, None);
                PreviewItem {
                    outcome: r.outcome,
                    confidence: r.confidence,
                    draft_is_top: draft_id
                        .as_ref()
                        .is_some_and(|d| r.hits.first().is_some_and(|h| &h.id == d)),
                    hits: r.hits,
                    question: q,
                }
            })
            .collect())
    })
    .await
    .map_err(|e| PreviewError::Index(anyhow::Error::new(e)))?
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> FaqDraft {
        FaqDraft::from_entry(&helpdesk_faq::bundled()[0])
    }

    #[test]
    fn a_stored_entry_round_trips() {
        let e = helpdesk_faq::bundled()[0].clone();
        assert_eq!(FaqDraft::from_entry(&e).validate().ok(), Some(e));
    }

    #[test]
    fn the_console_path_new_is_not_an_id() {
        let mut d = draft();
        d.id = "new".into();
        let Err(Error::Validation { fields }) = d.validate() else {
            panic!("\"new\" must be refused as an id")
        };
        assert_eq!(fields[0].field, "id");
        assert_eq!(fields[0].problem, FieldProblem::InvalidFormat);
    }

    #[test]
    fn control_characters_in_faq_texts_are_named() {
        let mut d = draft();
        d.question = "Frage\u{0}?".into();
        d.answer = "Zeile eins\r\nZeile zwei\tmit Tab".into();
        d.alternatives = vec!["ok".into(), "nicht\u{7}ok".into()];
        let Err(Error::Validation { fields }) = d.validate() else {
            panic!("control characters must be refused")
        };
        let named: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(named, ["question", "alternatives[1]"], "{fields:?}");
        assert!(
            fields
                .iter()
                .all(|f| f.problem == FieldProblem::ControlCharacters)
        );
    }

    #[test]
    fn every_field_at_fault_is_listed() {
        let mut d = draft();
        d.id = "Not An Id".into();
        d.section = "nope".into();
        d.question = "  ".into();
        d.en_answer = "x".repeat(MAX_TEXT + 1);
        d.alternatives = vec!["ok".into(), " ".into()];
        d.audience = vec!["wizard".into()];
        d.link = Some("javascript:alert(1)".into());
        let Err(Error::Validation { fields }) = d.validate() else {
            panic!("expected a validation error");
        };
        let got: Vec<(&str, &str)> = fields
            .iter()
            .map(|f| (f.field.as_str(), f.problem.code()))
            .collect();
        assert_eq!(
            got,
            [
                ("id", "invalid_format"),
                ("section", "invalid_choice"),
                ("audience[0]", "invalid_choice"),
                ("question", "required"),
                ("en.answer", "too_long"),
                ("alternatives[1]", "required"),
                ("link", "invalid_format"),
            ]
        );
    }

    #[test]
    fn empty_link_is_none_and_texts_are_trimmed() {
        let mut d = draft();
        d.link = Some("  ".into());
        d.question = "  Wie geht das?  ".into();
        let e = d.validate().expect("valid");
        assert_eq!(e.link, None);
        assert_eq!(e.question, "Wie geht das?");
    }

    #[test]
    fn sample_questions_are_checked() {
        assert!(check_samples(&[]).is_err());
        assert!(check_samples(&["  ".into()]).is_err());
        assert!(check_samples(&vec!["a".into(); MAX_SAMPLES + 1]).is_err());
        assert!(check_samples(&["Wie exportiere ich?".into()]).is_ok());
    }
}
