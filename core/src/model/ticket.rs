//! Tickets as stored and their vocabulary: kinds, states, actions, deletion reasons, details.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use helpdesk_faq::TicketKind;

use super::{Email, Identity, Identnummer, PersonId, PersonName, TicketId};

/// How many IT approvals a ticket kind needs before it is `approved`.
pub fn required_approvals(kind: TicketKind) -> usize {
    match kind {
        TicketKind::NameCorrection => 1,
        TicketKind::Deletion => 2,
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
    /// The staff person behind the token: four eyes compare persons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonId>,
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
    /// The staff person who filed it through a token, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_person: Option<PersonId>,
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
