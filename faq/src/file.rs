//! One entry per file: TOML front matter between two `+++` lines, then the German answer.
//!
//! Errors carry the 1-based line in the file so `helpdesk faq check` can point a maintainer at it.

use serde::{Deserialize, Serialize};

use crate::model::{Audience, English, FaqEntry, FaqId, SectionId, TicketKind};

/// A file that could not be read as an entry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ParseError {
    /// 1-based line in the file.
    pub line: usize,
    pub message: String,
}

impl ParseError {
    fn new(line: usize, message: impl Into<String>) -> Self {
        Self {
            line,
            message: message.into(),
        }
    }
}

/// The front matter as written in the file (the answer comes from the body).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: String,
    section: String,
    question: String,
    #[serde(default)]
    alternatives: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    audience: Vec<Audience>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    link: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    link_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ticket: Option<TicketKind>,
    en: English,
}

const FENCE: &str = "+++";

/// Parses one entry file.
pub fn parse_entry(text: &str) -> Result<FaqEntry, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != FENCE {
        return Err(ParseError::new(
            1,
            "the file must start with a line \"+++\" (TOML front matter)",
        ));
    }
    let mut front = String::new();
    let mut closed_at = None;
    let mut line_no = 1;
    for line in lines.by_ref() {
        line_no += 1;
        if line.trim_end() == FENCE {
            closed_at = Some(line_no);
            break;
        }
        front.push_str(line);
    }
    let Some(body_start) = closed_at else {
        return Err(ParseError::new(
            line_no,
            "the front matter is not closed by a line \"+++\"",
        ));
    };
    let body: String = lines.collect();

    let fm: FrontMatter = toml::from_str(&front).map_err(|e| {
        // Line of the error inside the front matter, shifted by the opening fence.
        let line = e
            .span()
            .map(|span| front[..span.start.min(front.len())].matches('\n').count() + 2)
            .unwrap_or(2);
        ParseError::new(line, e.message().trim().to_owned())
    })?;

    let field_line = |name: &str| {
        front
            .lines()
            .position(|l| l.trim_start().starts_with(name))
            .map(|i| i + 2)
            .unwrap_or(1)
    };
    let id = FaqId::parse(fm.id.trim()).map_err(|e| ParseError::new(field_line("id"), e.0))?;
    let id = match id {
        id if id.as_str() == fm.id => id,
        _ => {
            return Err(ParseError::new(
                field_line("id"),
                "id has surrounding spaces",
            ));
        }
    };
    // Which sections exist is checked against the folder's sections.toml ([`crate::check`]).
    let section = SectionId::parse(fm.section.trim())
        .map_err(|e| ParseError::new(field_line("section"), e.to_string()))?;
    let answer = body.trim().to_owned();
    if answer.is_empty() {
        return Err(ParseError::new(
            body_start + 1,
            "the German answer (the text after the front matter) is empty",
        ));
    }
    for (name, value) in [
        ("question", &fm.question),
        ("en.question", &fm.en.question),
        ("en.answer", &fm.en.answer),
    ] {
        if value.trim().is_empty() {
            let key = name.rsplit('.').next().unwrap_or(name);
            return Err(ParseError::new(
                field_line(key),
                format!("{name} must not be empty"),
            ));
        }
    }
    Ok(FaqEntry {
        id,
        section,
        question: fm.question.trim().to_owned(),
        answer,
        alternatives: fm.alternatives,
        tags: fm.tags,
        audience: fm.audience,
        link: fm.link,
        link_title: fm.link_title,
        ticket: fm.ticket,
        en: English {
            question: fm.en.question.trim().to_owned(),
            answer: fm.en.answer.trim().to_owned(),
            alternatives: fm.en.alternatives,
        },
    })
}

/// Writes an entry in the file format; `parse_entry(&render_entry(e)) == e`.
pub fn render_entry(entry: &FaqEntry) -> String {
    let fm = FrontMatter {
        id: entry.id.to_string(),
        section: entry.section.as_str().to_owned(),
        question: entry.question.clone(),
        alternatives: entry.alternatives.clone(),
        tags: entry.tags.clone(),
        audience: entry.audience.clone(),
        link: entry.link.clone(),
        link_title: entry.link_title.clone(),
        ticket: entry.ticket,
        en: entry.en.clone(),
    };
    // Serializing plain strings, vectors and enums cannot fail; fall back to an empty table
    // rather than panic if it ever did.
    let front = toml::to_string_pretty(&fm).unwrap_or_default();
    format!("{FENCE}\n{front}{FENCE}\n{}\n", entry.answer.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"+++
id = "seite-zeigt-hallo"
section = "anmeldung"
question = "Auf der Seite des Serviceportal Bildung steht nur „Hallo“."
alternatives = ["Ich sehe nur Hallo"]
tags = ["login"]
audience = ["apprentice", "training_admin"]

[en]
question = "The Serviceportal Bildung page only says “Hallo”."
answer = "Sign in first."
+++
Melden Sie sich zunächst an.
"#;

    #[test]
    fn parses_a_good_file_and_round_trips() {
        let e = parse_entry(GOOD).unwrap();
        assert_eq!(e.id.as_str(), "seite-zeigt-hallo");
        assert_eq!(e.section.as_str(), "anmeldung");
        assert_eq!(e.answer, "Melden Sie sich zunächst an.");
        assert_eq!(e.en.answer, "Sign in first.");
        assert_eq!(parse_entry(&render_entry(&e)).unwrap(), e);
    }

    #[test]
    fn reports_the_line_of_a_toml_error() {
        let bad = GOOD.replace("tags = [\"login\"]", "tags = [\"login\"");
        let err = parse_entry(&bad).unwrap_err();
        assert!(err.line >= 6 && err.line <= 9, "{err}");
    }

    #[test]
    fn reports_a_malformed_section_with_its_line() {
        let bad = GOOD.replace("section = \"anmeldung\"", "section = \"Log In\"");
        let err = parse_entry(&bad).unwrap_err();
        assert_eq!(err.line, 3, "{err}");
        assert!(err.message.contains("invalid section id"));
    }

    #[test]
    fn rejects_missing_fences_empty_answer_and_unknown_fields() {
        assert_eq!(parse_entry("id = 1").unwrap_err().line, 1);
        assert!(parse_entry("+++\nid = \"ab\"\n").is_err());
        let empty = GOOD.replace("Melden Sie sich zunächst an.\n", "");
        assert!(parse_entry(&empty).unwrap_err().message.contains("empty"));
        let unknown = GOOD.replace("tags =", "tagz =");
        assert!(parse_entry(&unknown).is_err());
        let bad_id = GOOD.replace("seite-zeigt-hallo", "Seite Hallo");
        assert_eq!(parse_entry(&bad_id).unwrap_err().line, 2);
    }
}
