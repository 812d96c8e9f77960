//! Identifiers: ticket numbers, token ids and surface identities (`discord:<id>`, `token:<id>`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, FieldProblem};

/// A ticket number. Shown to people as `#42`; parsed from `42` or `#42`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TicketId(pub i64);

impl fmt::Display for TicketId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for TicketId {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let s = s.strip_prefix('#').unwrap_or(s);
        match s.parse::<i64>() {
            Ok(n) if n > 0 => Ok(TicketId(n)),
            _ => Err(Error::NotFound),
        }
    }
}

/// The id of an API token row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TokenId(pub i64);

impl fmt::Display for TokenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Who someone is on a surface: `discord:<user id>`, `token:<id>`, `web:<session>` … —
/// `platform:identifier` with a lowercase platform and no spaces.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Identity(String);

impl Identity {
    pub fn parse(s: &str) -> Result<Self, FieldProblem> {
        let s = s.trim();
        let Some((platform, id)) = s.split_once(':') else {
            return Err(FieldProblem::InvalidIdentity);
        };
        let ok = (1..=20).contains(&platform.len())
            && platform
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            && (1..=100).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_.-@:".contains(&b));
        if ok {
            Ok(Identity(s.to_owned()))
        } else {
            Err(FieldProblem::InvalidIdentity)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Identity {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Identity::parse(&s).map_err(|p| p.code().to_owned())
    }
}

impl From<Identity> for String {
    fn from(n: Identity) -> Self {
        n.0
    }
}

impl FromStr for Identity {
    type Err = FieldProblem;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Identity::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_shape() {
        assert!(Identity::parse("discord:123456789012345678").is_ok());
        assert!(Identity::parse("token:5").is_ok());
        for bad in ["discord", ":1", "Discord:1", "discord:", "discord:a b"] {
            assert!(Identity::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ticket_id_parses_with_hash() {
        assert_eq!("#42".parse::<TicketId>().ok(), Some(TicketId(42)));
        assert!("x".parse::<TicketId>().is_err());
    }
}

/// The id of a staff person (see [`super::Person`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PersonId(pub i64);

impl fmt::Display for PersonId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
