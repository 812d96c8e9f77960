//! What the engine needs from the rest of the system besides core's answering service
//! ([`helpdesk_core::answer::Answerer`]): [`Desk`], the ticket desk (tickets, staff identities,
//! feedback, interaction idempotency, the outbox). Production code
//! implements them on top of `helpdesk-core` (see [`crate::core_desk`]); engine tests use small
//! fakes. Keeping the seam here lets the engine stay free of SQL and of Discord types.

use async_trait::async_trait;
use helpdesk_core::{FieldError, NewTicket, Rule};
use helpdesk_faq::{FaqId, Lang, TicketKind};
use serde::Serialize;

/// An internal failure (database down, index missing). Its text is for the log only.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct PortError(pub String);

impl PortError {
    pub fn new(e: impl std::fmt::Display) -> Self {
        Self(e.to_string())
    }
}

/// The ticket model's own types: the bot shows them, it does not copy them.
pub use helpdesk_core::{DeletionReason, TicketState};

/// The form values of a stored ticket, as the bot shows them (erased values show as "–").
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TicketForm {
    NameCorrection {
        email: String,
        name_in_account: String,
        name_in_contract: String,
        identnummer: Option<String>,
        note: Option<String>,
    },
    Deletion {
        full_name: String,
        email: String,
        reason: DeletionReason,
        note: Option<String>,
    },
}

impl TicketForm {
    pub fn kind(&self) -> TicketKind {
        match self {
            TicketForm::NameCorrection { .. } => TicketKind::NameCorrection,
            TicketForm::Deletion { .. } => TicketKind::Deletion,
        }
    }
}

/// Who is talking to the bot, as the chat platform tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatUser {
    /// Platform-qualified id, e.g. `discord:123`.
    pub id: String,
    /// The platform user id (Discord snowflake).
    pub platform_id: u64,
    pub display_name: String,
}

/// A ticket as the bot shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TicketView {
    /// The id used in `custom_id`s and API paths.
    pub id: String,
    /// What people read and type ("#42").
    pub number: String,
    pub kind: TicketKind,
    pub state: TicketState,
    pub form: TicketForm,
    pub requester: String,
    /// `false` for a ticket filed from the web form: nobody checked who the requester is. The
    /// staff post says so.
    pub requester_verified: bool,
    /// Display names of the approvers so far.
    pub approvals: Vec<String>,
    /// Approvals needed (2 for deletions).
    pub approvals_needed: u8,
    pub reject_reason: Option<String>,
}

/// What a staff member does to a ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffAction {
    Approve,
    Reject { reason: String },
    Done,
}

/// Why a ticket operation did not happen. Each variant has a user-facing message in the engine.
#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    /// Field problems found by core's validation ([`FieldError::leaf`] is the form's input id).
    #[error("invalid fields")]
    Invalid(Vec<FieldError>),
    /// An open ticket of the same kind exists for this e-mail; its number only when the caller
    /// may see that ticket (the same requester, IT staff).
    #[error("duplicate")]
    Duplicate(Option<String>),
    #[error("ticket not found")]
    NotFound,
    /// The person is not linked to an IT staff identity.
    #[error("not staff")]
    NotStaff,
    /// The rules forbid it (self-approval, second approval by the same person).
    #[error("forbidden: {}", .0.code())]
    Forbidden(Rule),
    /// The state machine forbids the transition (e.g. done before approved, already closed).
    #[error("conflict: {0:?}")]
    Conflict(Conflict),
    #[error(transparent)]
    Internal(#[from] PortError),
}

/// Why the ticket's state does not allow what was asked (each has its wording in
/// [`crate::texts`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// Someone changed the ticket in the meantime.
    Changed,
    /// The state machine does not allow `action` in state `from`.
    Transition {
        from: helpdesk_core::TicketState,
        action: helpdesk_core::model::Action,
    },
    /// The same idempotency key came with a different request.
    KeyReused,
}

/// A notification claimed from the outbox.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notification {
    pub id: String,
    /// The fencing token of this claim; pass it back to [`Desk::ack`] / [`Desk::retry_later`].
    pub claim: i64,
    pub event: NotificationEvent,
    pub ticket: TicketView,
    /// The Discord user to DM, when the requester came from Discord.
    pub discord_user: Option<u64>,
    /// The requester's language, when known; `None` sends German followed by English.
    pub lang: Option<Lang>,
    /// For [`NotificationEvent::Closed`]: the staff post to edit, `(channel id, message id)`.
    pub staff_post: Option<(u64, u64)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotificationEvent {
    /// A new ticket: post it in the staff channel.
    Created,
    Approved,
    Rejected,
    Done,
    /// The ticket closed (done, rejected, cancelled; erased): edit its staff post down to
    /// number, kind and outcome.
    Closed,
}

#[async_trait]
pub trait Desk: Send + Sync {
    /// What logs show instead of a chat user's id: a keyed pseudonym (`chat:<16 hex>`, the
    /// same the audit trail records). Discord user ids never reach the log.
    fn pseudonym(&self, user: &ChatUser) -> String;
    /// True the first time an interaction id is seen (across all replicas).
    async fn first_time(&self, interaction_id: &str) -> Result<bool, PortError>;
    /// Stores 👍/👎 for an entry.
    async fn feedback(
        &self,
        entry: &FaqId,
        helpful: bool,
        user: &ChatUser,
    ) -> Result<(), PortError>;
    /// Files a ticket validated by [`crate::form::read_form`].
    async fn create_ticket(
        &self,
        ticket: NewTicket,
        requester: &ChatUser,
        lang: Lang,
        idempotency_key: &str,
    ) -> Result<TicketView, DeskError>;
    async fn tickets_of(&self, requester: &ChatUser) -> Result<Vec<TicketView>, DeskError>;
    /// A staff member (identified by the Discord id linked to their IT staff token) acts.
    async fn staff_act(
        &self,
        ticket: &str,
        staff_discord_id: u64,
        action: StaffAction,
    ) -> Result<TicketView, DeskError>;
    /// Records where the staff post of `ticket` was posted, so it can be edited when the ticket
    /// closes. Called before the `Created` notification is acked.
    async fn staff_posted(&self, ticket: &str, channel: u64, message: u64)
    -> Result<(), PortError>;
    /// Claims up to `limit` due notifications (others will not see them while claimed).
    async fn claim_notifications(&self, limit: u32) -> Result<Vec<Notification>, PortError>;
    /// Marks a notification delivered. `Ok(false)`: this claim had expired and another worker
    /// holds the notification now (nothing changed).
    async fn ack(&self, id: &str, claim: i64) -> Result<bool, PortError>;
    /// Releases a notification for a later retry (with backoff). `Ok(false)` as for [`Desk::ack`].
    async fn retry_later(&self, id: &str, claim: i64, error: &str) -> Result<bool, PortError>;
}
