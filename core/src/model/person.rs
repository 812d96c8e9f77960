//! Personal-data newtypes: an e-mail address, a person's name, an IHK Identnummer.

use serde::{Deserialize, Serialize};

use super::text::{Lines, free_text};
use crate::error::FieldProblem;

/// Longest e-mail address (RFC 5321 path limit).
pub const MAX_EMAIL: usize = 254;
/// Longest person name.
pub const MAX_NAME: usize = 200;

/// An account e-mail address, trimmed. Compared case-insensitively via [`Email::normalized`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(s: &str) -> Result<Self, FieldProblem> {
        let s = s.trim();
        if s.is_empty() {
            return Err(FieldProblem::Required);
        }
        if s.chars().count() > MAX_EMAIL {
            return Err(FieldProblem::TooLong { max: MAX_EMAIL });
        }
        let Some((local, domain)) = s.split_once('@') else {
            return Err(FieldProblem::InvalidEmail);
        };
        let ok = !local.is_empty()
            && local.len() <= 64
            && !domain.contains('@')
            && domain.contains('.')
            && domain
                .split('.')
                .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
            && !s
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>()[],;:\"\\".contains(c));
        if ok {
            Ok(Email(s.to_owned()))
        } else {
            Err(FieldProblem::InvalidEmail)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Lowercased form used to find duplicates and to build the erasure receipt hash.
    pub fn normalized(&self) -> String {
        self.0.to_lowercase()
    }
}

impl TryFrom<String> for Email {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Email::parse(&s).map_err(|p| p.code().to_owned())
    }
}

impl From<Email> for String {
    fn from(e: Email) -> Self {
        e.0
    }
}

/// A person's name as written somewhere (account, contract): 1–200 characters, at least one
/// letter, no control characters ([`FieldProblem::ControlCharacters`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(s: &str) -> Result<Self, FieldProblem> {
        let s = s.trim();
        if s.is_empty() {
            return Err(FieldProblem::Required);
        }
        if s.chars().count() > MAX_NAME {
            return Err(FieldProblem::TooLong { max: MAX_NAME });
        }
        let s = free_text(s, Lines::Single)?;
        if !s.chars().any(char::is_alphabetic) {
            return Err(FieldProblem::InvalidName);
        }
        Ok(PersonName(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PersonName {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        PersonName::parse(&s).map_err(|p| p.code().to_owned())
    }
}

impl From<PersonName> for String {
    fn from(n: PersonName) -> Self {
        n.0
    }
}

/// The IHK Identnummer of an apprentice (on the Eintragungsbestätigung of the training contract):
/// 4–20 letters or digits. Spaces, hyphens and dots people type between groups are dropped, so
/// `1234 5678`, `1234-5678` and `12345678` are the same number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Identnummer(String);

impl Identnummer {
    pub fn parse(s: &str) -> Result<Self, FieldProblem> {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.'))
            .collect();
        if s.is_empty() {
            return Err(FieldProblem::Required);
        }
        if !(4..=20).contains(&s.chars().count()) || !s.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(FieldProblem::InvalidIdentnummer);
        }
        Ok(Identnummer(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Identnummer {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Identnummer::parse(&s).map_err(|p| p.code().to_owned())
    }
}

impl From<Identnummer> for String {
    fn from(n: Identnummer) -> Self {
        n.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_parses_and_rejects() {
        assert_eq!(
            Email::parse(" Max.M@Example.org ").map(|e| e.normalized()),
            Ok("max.m@example.org".into())
        );
        for bad in [
            "",
            "max",
            "max@",
            "@example.org",
            "max@example",
            "a b@example.org",
            "a@b@c.de",
            "max@-x.de",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_and_identnummer() {
        assert!(PersonName::parse("Anna-Lena Groß").is_ok());
        assert_eq!(PersonName::parse("  "), Err(FieldProblem::Required));
        assert_eq!(PersonName::parse("1234"), Err(FieldProblem::InvalidName));
        assert_eq!(
            Identnummer::parse("1234 5678").map(|i| i.as_str().to_owned()),
            Ok("12345678".into())
        );
        assert_eq!(
            Identnummer::parse("1234-5678.90").map(|i| i.as_str().to_owned()),
            Ok("1234567890".into())
        );
        assert_eq!(
            Identnummer::parse("AB12cd34").map(|i| i.as_str().to_owned()),
            Ok("AB12cd34".into())
        );
        for bad in ["12", "12-3", "123456789012345678901", "1234/5678", "12345ä"] {
            assert_eq!(
                Identnummer::parse(bad),
                Err(FieldProblem::InvalidIdentnummer),
                "{bad}"
            );
        }
    }
}
