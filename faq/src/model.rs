//! The FAQ entry and the small vocabulary types shared by every crate.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A stable entry id: lowercase ASCII letters, digits and single dashes, 2–64 characters.
/// The ids of the seed FAQ are fixed in `shared/eval/faq-ids.tsv`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct FaqId(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid FAQ id {0:?}: use 2-64 lowercase letters, digits and single dashes (e.g. \"export-betriebswechsel\")"
)]
pub struct InvalidFaqId(pub String);

impl FaqId {
    pub fn parse(s: &str) -> Result<Self, InvalidFaqId> {
        let ok = (2..=64).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidFaqId(s.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for FaqId {
    type Error = InvalidFaqId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<FaqId> for String {
    fn from(id: FaqId) -> Self {
        id.0
    }
}

impl FromStr for FaqId {
    type Err = InvalidFaqId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for FaqId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A section id: lowercase ASCII letters, digits and single dashes, 2–64 characters (like
/// [`FaqId`]). Which sections exist is data: the FAQ folder's `sections.toml`
/// ([`crate::sections`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SectionId(String);

impl SectionId {
    pub fn parse(s: &str) -> Result<Self, InvalidSectionId> {
        match FaqId::parse(s) {
            Ok(id) => Ok(Self(id.0)),
            Err(_) => Err(InvalidSectionId(s.to_owned())),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid section id {0:?}: use 2-64 lowercase letters, digits and single dashes (e.g. \"anmeldung\")"
)]
pub struct InvalidSectionId(pub String);

impl TryFrom<String> for SectionId {
    type Error = InvalidSectionId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<SectionId> for String {
    fn from(id: SectionId) -> Self {
        id.0
    }
}

impl FromStr for SectionId {
    type Err = InvalidSectionId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for SectionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who an entry is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Apprentice,
    Trainer,
    TrainingAdmin,
}

/// The two languages the bot speaks: `de` or `en`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = ApiLang))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "de" | "de-de" | "de-at" | "de-ch" | "german" | "deutsch" => Ok(Lang::De),
            "en" | "en-us" | "en-gb" | "english" | "englisch" => Ok(Lang::En),
            other => Err(format!("unknown language {other:?} (use \"de\" or \"en\")")),
        }
    }
}

/// The two kinds of ticket IT staff handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = ApiTicketKind))]
#[serde(rename_all = "snake_case")]
pub enum TicketKind {
    NameCorrection,
    Deletion,
}

impl TicketKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TicketKind::NameCorrection => "name_correction",
            TicketKind::Deletion => "deletion",
        }
    }
}

impl FromStr for TicketKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "name_correction" => Ok(TicketKind::NameCorrection),
            "deletion" => Ok(TicketKind::Deletion),
            other => Err(format!(
                "unknown ticket kind {other:?} (use \"name_correction\" or \"deletion\")"
            )),
        }
    }
}

impl fmt::Display for TicketKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The English version of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct English {
    pub question: String,
    pub answer: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<String>,
}

/// One FAQ entry. The German `question`/`answer` are canonical; `en` is a faithful translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaqEntry {
    pub id: FaqId,
    pub section: SectionId,
    pub question: String,
    /// The German answer (Markdown).
    pub answer: String,
    /// Other ways people ask this, written by a maintainer (German or English).
    #[serde(default)]
    pub alternatives: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub audience: Vec<Audience>,
    /// The help-center article this entry points to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_title: Option<String>,
    /// The ticket this answer ends in, if IT staff must act.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<TicketKind>,
    pub en: English,
}

impl FaqEntry {
    pub fn question_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::De => &self.question,
            Lang::En => &self.en.question,
        }
    }

    pub fn answer_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::De => &self.answer,
            Lang::En => &self.en.answer,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faq_id_accepts_seed_ids_and_rejects_garbage() {
        for ok in ["export-betriebswechsel", "seite-zeigt-hallo", "a1"] {
            assert!(FaqId::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "a",
            "Export",
            "-x",
            "x-",
            "a--b",
            "a b",
            "ä-b",
            &"x".repeat(65),
        ] {
            assert!(FaqId::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn lang_parses_locales() {
        assert_eq!("de-DE".parse::<Lang>(), Ok(Lang::De));
        assert_eq!("en-GB".parse::<Lang>(), Ok(Lang::En));
        assert!("fr".parse::<Lang>().is_err());
    }

    #[test]
    fn section_ids_are_kebab_case() {
        assert!(SectionId::parse("funktionen-ssp").is_ok());
        assert!(SectionId::parse("Funktionen SSP").is_err());
    }
}
