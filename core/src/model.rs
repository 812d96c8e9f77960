//! Domain types: ticket ids, e-mail and name newtypes, requests and tickets, roles, actors.
//!
//! Parse, don't validate: [`TicketRequest`] is what arrives (all strings, all optional);
//! [`TicketRequest::validate`] turns it into a [`NewTicket`] made of checked newtypes, or lists
//! every field at fault.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use helpdesk_faq::TicketKind;

use crate::error::{Error, FieldError};

/// How many IT approvals a ticket kind needs before it is `approved`.
pub fn required_approvals(kind: TicketKind) -> usize {
    match kind {
        TicketKind::NameCorrection => 1,
        TicketKind::Deletion => 2,
    }
}

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

/// An account e-mail address, trimmed. Compared case-insensitively via [`Email::normalized`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        let s = s.trim();
        if s.is_empty() {
            return Err("required");
        }
        if s.chars().count() > 254 {
            return Err("too_long");
        }
        let Some((local, domain)) = s.split_once('@') else {
            return Err("invalid_email");
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
            Err("invalid_email")
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
        Email::parse(&s).map_err(str::to_owned)
    }
}

impl From<Email> for String {
    fn from(e: Email) -> Self {
        e.0
    }
}

/// A person's name as written somewhere (account, contract): 1–200 characters, at least one
/// letter, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        let s = s.trim();
        if s.is_empty() {
            return Err("required");
        }
        if s.chars().count() > 200 {
            return Err("too_long");
        }
        if s.chars().any(char::is_control) || !s.chars().any(char::is_alphabetic) {
            return Err("invalid_name");
        }
        Ok(PersonName(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PersonName {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        PersonName::parse(&s).map_err(str::to_owned)
    }
}

impl From<PersonName> for String {
    fn from(n: PersonName) -> Self {
        n.0
    }
}

/// The IHK Identnummer of an apprentice: 4–20 letters or digits (spaces are dropped).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Identnummer(String);

impl Identnummer {
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        if s.is_empty() {
            return Err("required");
        }
        if !(4..=20).contains(&s.len()) || !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            return Err("invalid_format");
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
        Identnummer::parse(&s).map_err(str::to_owned)
    }
}

impl From<Identnummer> for String {
    fn from(n: Identnummer) -> Self {
        n.0
    }
}

/// Who someone is on a surface: `discord:<user id>`, `token:<id>`, `web:<session>` … —
/// `platform:identifier` with a lowercase platform and no spaces.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Identity(String);

impl Identity {
    pub fn parse(s: &str) -> Result<Self, &'static str> {
        let s = s.trim();
        let Some((platform, id)) = s.split_once(':') else {
            return Err("invalid_identity");
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
            Err("invalid_identity")
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
        Identity::parse(&s).map_err(str::to_owned)
    }
}

impl From<Identity> for String {
    fn from(n: Identity) -> Self {
        n.0
    }
}

impl FromStr for Identity {
    type Err = &'static str;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Identity::parse(s)
    }
}

/// Why a deletion is requested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeletionReason {
    LeftCompany,
    DuplicateAccount,
    Other,
}

impl DeletionReason {
    pub fn as_str(self) -> &'static str {
        match self {
            DeletionReason::LeftCompany => "left_company",
            DeletionReason::DuplicateAccount => "duplicate_account",
            DeletionReason::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "left_company" => Some(DeletionReason::LeftCompany),
            "duplicate_account" => Some(DeletionReason::DuplicateAccount),
            "other" => Some(DeletionReason::Other),
            _ => None,
        }
    }
}

/// The states of a ticket: `open → approved → done`, `open → rejected`, `open → cancelled`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketState {
    Open,
    Approved,
    Done,
    Rejected,
    Cancelled,
}

impl TicketState {
    pub const ALL: [TicketState; 5] = [
        TicketState::Open,
        TicketState::Approved,
        TicketState::Done,
        TicketState::Rejected,
        TicketState::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TicketState::Open => "open",
            TicketState::Approved => "approved",
            TicketState::Done => "done",
            TicketState::Rejected => "rejected",
            TicketState::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        TicketState::ALL.into_iter().find(|st| st.as_str() == s)
    }

    pub fn label_de(self) -> &'static str {
        match self {
            TicketState::Open => "offen",
            TicketState::Approved => "freigegeben",
            TicketState::Done => "erledigt",
            TicketState::Rejected => "abgelehnt",
            TicketState::Cancelled => "storniert",
        }
    }

    /// `done`, `rejected` and `cancelled` are final.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            TicketState::Done | TicketState::Rejected | TicketState::Cancelled
        )
    }
}

impl fmt::Display for TicketState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What happened to a ticket; the `action` of an audit event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Create,
    Approve,
    Reject,
    Complete,
    Cancel,
    /// Personal fields erased (deletion done, or retention passed). Not a state change.
    Erase,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Approve => "approve",
            Action::Reject => "reject",
            Action::Complete => "complete",
            Action::Cancel => "cancel",
            Action::Erase => "erase",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Action::Create,
            Action::Approve,
            Action::Reject,
            Action::Complete,
            Action::Cancel,
            Action::Erase,
        ]
        .into_iter()
        .find(|a| a.as_str() == s)
    }

    pub fn label_de(self) -> &'static str {
        match self {
            Action::Create => "angelegt",
            Action::Approve => "freigegeben",
            Action::Reject => "abgelehnt",
            Action::Complete => "erledigt",
            Action::Cancel => "storniert",
            Action::Erase => "gelöscht",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Action::Create => "created",
            Action::Approve => "approved",
            Action::Reject => "rejected",
            Action::Complete => "completed",
            Action::Cancel => "cancelled",
            Action::Erase => "erased",
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who asked for a ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requester {
    /// `discord:<user id>`, `token:<id>`, …
    pub id: Identity,
    pub display_name: String,
}

/// A create body as it arrives (JSON of `POST /api/v1/tickets`). Everything is optional here so
/// that [`TicketRequest::validate`] can report every missing field at once.
///
/// ```json
/// {"kind": "name_correction", "requester": {"id": "discord:123", "display_name": "Max"},
///  "subject": {"email": "max@example.org", "name_in_account": "Max Mustermann",
///              "name_in_contract": "Max Mustermann-Meyer", "identnummer": "12345678"},
///  "note": "optional"}
/// {"kind": "deletion", "requester": {…}, "subject": {"email": "…", "full_name": "…"},
///  "reason": "left_company" | "duplicate_account" | "other", "note": "optional"}
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketRequest {
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub requester: Option<RequesterRequest>,
    #[serde(default)]
    pub subject: Option<SubjectRequest>,
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequesterRequest {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubjectRequest {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub name_in_account: Option<String>,
    #[serde(default)]
    pub name_in_contract: Option<String>,
    #[serde(default)]
    pub identnummer: Option<String>,
    #[serde(default)]
    pub full_name: Option<String>,
}

/// The checked details of a ticket, by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TicketDetails {
    NameCorrection {
        email: Email,
        name_in_account: PersonName,
        name_in_contract: PersonName,
        identnummer: Option<Identnummer>,
    },
    Deletion {
        email: Email,
        full_name: PersonName,
        reason: DeletionReason,
    },
}

impl TicketDetails {
    pub fn kind(&self) -> TicketKind {
        match self {
            TicketDetails::NameCorrection { .. } => TicketKind::NameCorrection,
            TicketDetails::Deletion { .. } => TicketKind::Deletion,
        }
    }

    pub fn email(&self) -> &Email {
        match self {
            TicketDetails::NameCorrection { email, .. } | TicketDetails::Deletion { email, .. } => {
                email
            }
        }
    }
}

/// A validated create request: what [`crate::Store::create_ticket`] takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewTicket {
    pub requester: Requester,
    pub details: TicketDetails,
    pub note: Option<String>,
}

const MAX_NOTE: usize = 2000;
const MAX_DISPLAY_NAME: usize = 100;

fn field_error(field: &str, code: &str) -> FieldError {
    match code {
        "required" => FieldError::required(field),
        "too_long" => FieldError::too_long(field, 200),
        "invalid_email" => FieldError::new(
            field,
            code,
            "Bitte gib eine gültige E-Mail-Adresse an (z. B. name@beispiel.de).",
            "Please enter a valid e-mail address (e.g. name@example.com).",
        ),
        "invalid_name" => FieldError::new(
            field,
            code,
            &format!("Das Feld „{field}“ muss einen Namen enthalten."),
            &format!("The field \"{field}\" must contain a name."),
        ),
        "invalid_identity" => FieldError::new(
            field,
            code,
            "Die Kennung muss die Form plattform:id haben (z. B. discord:123).",
            "The id must look like platform:id (e.g. discord:123).",
        ),
        "invalid_choice" => FieldError::new(
            field,
            code,
            &format!("Der Wert von „{field}“ ist keine der erlaubten Möglichkeiten."),
            &format!("The value of \"{field}\" is not one of the allowed choices."),
        ),
        _ => FieldError::new(
            field,
            "invalid_format",
            &format!("Das Feld „{field}“ hat ein ungültiges Format."),
            &format!("The field \"{field}\" has an invalid format."),
        ),
    }
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl TicketRequest {
    /// Check every field; on failure list all fields at fault.
    pub fn validate(&self) -> Result<NewTicket, Error> {
        let mut errs = Vec::new();
        let kind = match non_empty(&self.kind) {
            None => {
                errs.push(FieldError::required("kind"));
                None
            }
            Some(k) => match k.parse::<TicketKind>() {
                Ok(k) => Some(k),
                Err(_) => {
                    errs.push(field_error("kind", "invalid_choice"));
                    None
                }
            },
        };
        let requester = match &self.requester {
            None => {
                errs.push(FieldError::required("requester"));
                None
            }
            Some(r) => {
                let id = match non_empty(&r.id) {
                    None => {
                        errs.push(FieldError::required("requester.id"));
                        None
                    }
                    Some(id) => Identity::parse(id)
                        .map_err(|c| errs.push(field_error("requester.id", c)))
                        .ok(),
                };
                let display_name = match non_empty(&r.display_name) {
                    None => {
                        errs.push(FieldError::required("requester.display_name"));
                        None
                    }
                    Some(n) if n.chars().count() > MAX_DISPLAY_NAME => {
                        errs.push(FieldError::too_long(
                            "requester.display_name",
                            MAX_DISPLAY_NAME,
                        ));
                        None
                    }
                    Some(n) if n.chars().any(char::is_control) => {
                        errs.push(field_error("requester.display_name", "invalid_format"));
                        None
                    }
                    Some(n) => Some(n.to_owned()),
                };
                match (id, display_name) {
                    (Some(id), Some(display_name)) => Some(Requester { id, display_name }),
                    _ => None,
                }
            }
        };
        let empty = SubjectRequest::default();
        let subject = match &self.subject {
            Some(s) => s,
            None => {
                errs.push(FieldError::required("subject"));
                &empty
            }
        };
        let has_subject = self.subject.is_some();
        let email = |errs: &mut Vec<FieldError>| match non_empty(&subject.email) {
            None => {
                if has_subject {
                    errs.push(FieldError::required("subject.email"));
                }
                None
            }
            Some(e) => Email::parse(e)
                .map_err(|c| errs.push(field_error("subject.email", c)))
                .ok(),
        };
        let name = |errs: &mut Vec<FieldError>, field: &str, value: &Option<String>| match non_empty(
            value,
        ) {
            None => {
                if has_subject {
                    errs.push(FieldError::required(&format!("subject.{field}")));
                }
                None
            }
            Some(v) => PersonName::parse(v)
                .map_err(|c| errs.push(field_error(&format!("subject.{field}"), c)))
                .ok(),
        };
        let details = match kind {
            Some(TicketKind::NameCorrection) => {
                let email = email(&mut errs);
                let acc = name(&mut errs, "name_in_account", &subject.name_in_account);
                let con = name(&mut errs, "name_in_contract", &subject.name_in_contract);
                let ident = match non_empty(&subject.identnummer) {
                    None => Some(None),
                    Some(v) => Identnummer::parse(v)
                        .map_err(|c| errs.push(field_error("subject.identnummer", c)))
                        .ok()
                        .map(Some),
                };
                match (email, acc, con, ident) {
                    (
                        Some(email),
                        Some(name_in_account),
                        Some(name_in_contract),
                        Some(identnummer),
                    ) => Some(TicketDetails::NameCorrection {
                        email,
                        name_in_account,
                        name_in_contract,
                        identnummer,
                    }),
                    _ => None,
                }
            }
            Some(TicketKind::Deletion) => {
                let email = email(&mut errs);
                let full = name(&mut errs, "full_name", &subject.full_name);
                let reason = match non_empty(&self.reason) {
                    None => {
                        errs.push(FieldError::required("reason"));
                        None
                    }
                    Some(r) => {
                        let parsed = DeletionReason::parse(r);
                        if parsed.is_none() {
                            errs.push(field_error("reason", "invalid_choice"));
                        }
                        parsed
                    }
                };
                match (email, full, reason) {
                    (Some(email), Some(full_name), Some(reason)) => Some(TicketDetails::Deletion {
                        email,
                        full_name,
                        reason,
                    }),
                    _ => None,
                }
            }
            None => None,
        };
        let note = match non_empty(&self.note) {
            Some(n) if n.chars().count() > MAX_NOTE => {
                errs.push(FieldError::too_long("note", MAX_NOTE));
                None
            }
            other => other.map(str::to_owned),
        };
        match (requester, details) {
            (Some(requester), Some(details)) if errs.is_empty() => Ok(NewTicket {
                requester,
                details,
                note,
            }),
            _ => Err(Error::Validation { fields: errs }),
        }
    }
}

/// The personal fields of a ticket as stored. All `None` once erased.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_in_account: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_in_contract: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identnummer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
}

/// One IT approval of a ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    /// The approver's actor id (`token:<id>`).
    pub actor_id: String,
    /// The approver's name (the token's name).
    pub actor_name: String,
    pub at: DateTime<Utc>,
}

/// A ticket as stored. After erasure `requester`, `subject`, `note` and `rejection_reason` are
/// `None` and `email_hash` holds the salted hash of the e-mail: the pseudonymous receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    pub id: TicketId,
    pub kind: TicketKind,
    pub state: TicketState,
    /// Bumped by every change; pass it back as `expected_version` (HTTP: `ETag`/`If-Match`).
    pub version: i64,
    pub requester: Option<Requester>,
    /// `false` when the requester is not a verified identity (a ticket filed from the web form,
    /// [`crate::Store::create_web_ticket`]): IT checks who they are before acting.
    pub requester_verified: bool,
    pub subject: Subject,
    /// Deletion tickets only.
    pub reason: Option<DeletionReason>,
    pub note: Option<String>,
    pub rejection_reason: Option<String>,
    pub approvals: Vec<Approval>,
    /// 1 for a name correction, 2 for a deletion.
    pub approvals_required: usize,
    /// Actor id of whoever filed it (`token:<id>`, or a pseudonym for a chat user).
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
    pub erased_at: Option<DateTime<Utc>>,
    pub email_hash: Option<String>,
}

impl Ticket {
    /// Pending (open or approved) and past its due date at `now`.
    pub fn is_overdue(&self, now: DateTime<Utc>) -> bool {
        !self.state.is_closed() && self.due_at < now
    }
}

/// Filters for [`crate::Store::list_tickets`].
#[derive(Debug, Clone, Default)]
pub struct TicketFilter {
    pub state: Option<TicketState>,
    pub kind: Option<TicketKind>,
    /// Only pending tickets whose due date is before this instant.
    pub overdue_at: Option<DateTime<Utc>>,
    /// Only tickets of this requester identity.
    pub requester: Option<Identity>,
    /// At most this many (newest first); default 100, at most 1000.
    pub limit: Option<u32>,
}

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

/// The id of an API token row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TokenId(pub i64);

impl fmt::Display for TokenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Who a valid API token stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Principal {
    pub token_id: TokenId,
    pub name: String,
    pub role: Role,
    /// Chat identities linked to this token (`discord:<id>` …).
    pub links: Vec<Identity>,
}

/// A token as listed (never the secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenInfo {
    pub id: TokenId,
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
    /// Identities this actor also is (linked chat identities of a token).
    pub identities: Vec<Identity>,
}

impl Actor {
    pub fn from_principal(p: &Principal) -> Self {
        Actor {
            id: format!("token:{}", p.token_id),
            name: p.name.clone(),
            role: Some(p.role),
            identities: p.links.clone(),
        }
    }

    pub fn chat_user(identity: Identity, display_name: &str) -> Self {
        Actor {
            id: identity.as_str().to_owned(),
            name: display_name.to_owned(),
            role: None,
            identities: vec![identity],
        }
    }

    pub fn system() -> Self {
        Actor {
            id: "system".into(),
            name: "system".into(),
            role: None,
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
        assert_eq!(PersonName::parse("  "), Err("required"));
        assert_eq!(PersonName::parse("1234"), Err("invalid_name"));
        assert_eq!(
            Identnummer::parse("1234 5678").map(|i| i.as_str().to_owned()),
            Ok("12345678".into())
        );
        assert_eq!(Identnummer::parse("12"), Err("invalid_format"));
    }

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

    #[test]
    fn validation_lists_every_field() {
        let req: TicketRequest =
            serde_json::from_str(r#"{"kind":"deletion","subject":{"email":"nope"}}"#).unwrap();
        let Err(Error::Validation { fields }) = req.validate() else {
            panic!("expected validation error")
        };
        let names: Vec<_> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            names,
            ["requester", "subject.email", "subject.full_name", "reason"]
        );
        assert_eq!(fields[1].code, "invalid_email");
    }

    #[test]
    fn validation_accepts_issue_bodies() {
        let nc: TicketRequest = serde_json::from_str(
            r#"{"kind":"name_correction","requester":{"id":"discord:123","display_name":"Max"},
                "subject":{"email":"max@example.org","name_in_account":"Max Muster","name_in_contract":"Max Mustermann","identnummer":"12345678"}}"#,
        )
        .unwrap();
        let t = nc.validate().unwrap();
        assert_eq!(t.details.kind(), TicketKind::NameCorrection);
        let del: TicketRequest = serde_json::from_str(
            r#"{"kind":"deletion","requester":{"id":"token:3","display_name":"Intake"},
                "subject":{"email":"max@example.org","full_name":"Max Muster"},"reason":"left_company","note":"x"}"#,
        )
        .unwrap();
        assert!(matches!(
            del.validate().unwrap().details,
            TicketDetails::Deletion {
                reason: DeletionReason::LeftCompany,
                ..
            }
        ));
        let bad: TicketRequest = serde_json::from_str(r#"{"kind":"deletion","requester":{"id":"discord:1","display_name":"M"},"subject":{"email":"a@b.de","full_name":"A B"},"reason":"bored"}"#).unwrap();
        let Err(Error::Validation { fields }) = bad.validate() else {
            panic!()
        };
        assert_eq!(fields[0].field, "reason");
        assert_eq!(fields[0].code, "invalid_choice");
    }
}
