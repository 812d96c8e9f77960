//! Who acts: roles, API-token principals and the [`Actor`] every store operation takes.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Email, Identity, PersonId, TokenId};

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything, including tickets and FAQ.
    Admin,
    /// Review, approve, reject and complete tickets; create them.
    ItStaff,
    /// Edit the FAQ, see the unanswered questions.
    FaqEditor,
    /// Create tickets on behalf of requesters (the bot, a web form).
    Intake,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::ItStaff, Role::FaqEditor, Role::Intake];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::ItStaff => "it_staff",
            Role::FaqEditor => "faq_editor",
            Role::Intake => "intake",
        }
    }

    /// May approve, reject and complete tickets.
    pub fn is_it(self) -> bool {
        matches!(self, Role::Admin | Role::ItStaff)
    }

    /// May edit the FAQ.
    pub fn edits_faq(self) -> bool {
        matches!(self, Role::Admin | Role::FaqEditor)
    }

    /// May create tickets for someone.
    pub fn files_tickets(self) -> bool {
        matches!(self, Role::Admin | Role::ItStaff | Role::Intake)
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s.trim())
            .ok_or_else(|| {
                format!("unknown role {s:?} (use admin, it_staff, faq_editor or intake)")
            })
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A staff person as stored. Every token belongs to one; a person may hold several tokens (a
/// reissued one, one per device or role) and still counts as one approver.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    /// Lowercased; optional.
    pub email: Option<String>,
    /// Chat identities linked to the person (`discord:<id>` …).
    pub links: Vec<Identity>,
    pub created_at: DateTime<Utc>,
}

/// How a command names a person: `--person 3` or `--person erika@ihk.example`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonRef {
    Id(PersonId),
    Email(Email),
}

impl FromStr for PersonRef {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if let Ok(id) = s.parse::<i64>() {
            return Ok(PersonRef::Id(PersonId(id)));
        }
        Email::parse(s)
            .map(PersonRef::Email)
            .map_err(|_| format!("{s:?} is neither a person id nor an e-mail address"))
    }
}

/// Who a valid API token stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Principal {
    pub token_id: TokenId,
    /// The person the token belongs to.
    pub person: PersonId,
    pub name: String,
    pub role: Role,
    /// Chat identities linked to the person (`discord:<id>` …).
    pub links: Vec<Identity>,
}

/// A token as listed (never the secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenInfo {
    pub id: TokenId,
    pub person: PersonId,
    pub name: String,
    pub role: Role,
    pub links: Vec<Identity>,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// A freshly created token: the only moment the secret exists outside the caller's hands.
#[derive(Debug, Clone)]
pub struct CreatedToken {
    pub info: TokenInfo,
    /// `hd_<id>_<64 hex>`; only its SHA-256 is stored.
    pub secret: String,
}

/// Whoever performs a store operation. Build it with [`Actor::from_principal`] (a bearer token,
/// or [`crate::Store::actor_for_chat_identity`] for IT staff in Discord), [`Actor::chat_user`]
/// (a requester in chat, no role) or [`Actor::system`] (retention jobs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// `token:<id>`, a chat identity, or `system`.
    pub id: String,
    /// The token's name, or the chat display name. Never written to the audit trail.
    pub name: String,
    /// `None` for a plain chat user.
    pub role: Option<Role>,
    /// The staff person behind a token; `None` for chat users and `system`.
    pub person: Option<PersonId>,
    /// Identities this actor also is (chat identities linked to the token's person).
    pub identities: Vec<Identity>,
}

impl Actor {
    pub fn from_principal(p: &Principal) -> Self {
        Actor {
            id: format!("token:{}", p.token_id),
            name: p.name.clone(),
            role: Some(p.role),
            person: Some(p.person),
            identities: p.links.clone(),
        }
    }

    pub fn chat_user(identity: Identity, display_name: &str) -> Self {
        Actor {
            id: identity.as_str().to_owned(),
            name: display_name.to_owned(),
            role: None,
            person: None,
            identities: vec![identity],
        }
    }

    pub fn system() -> Self {
        Actor {
            id: "system".into(),
            name: "system".into(),
            role: None,
            person: None,
            identities: Vec::new(),
        }
    }

    /// Whether this actor is (or is linked to) the identity `id`.
    pub fn is(&self, id: &str) -> bool {
        self.id == id || self.identities.iter().any(|i| i.as_str() == id)
    }

    pub fn is_token(&self) -> bool {
        self.id.starts_with("token:")
    }

    /// Whether this actor is the staff person `person` (through any of their tokens).
    pub fn is_person(&self, person: Option<PersonId>) -> bool {
        person.is_some() && self.person == person
    }
}
