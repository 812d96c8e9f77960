//! [`Desk`] on top of `helpdesk-core`'s [`Store`]: tickets, staff identities (Discord ids linked
//! to IT staff tokens), feedback and the outbox.
//!
//! Idempotency of interactions: the state-changing ones are idempotent in the database itself
//! (a ticket form is created with the idempotency key `discord-interaction:<id>`; a replayed
//! approval is refused by the four-eyes rule, a replayed reject/done by the state machine), so
//! any replica may see a replay safely. On top, interaction ids are recorded in the database
//! ([`Store::first_seen`], with expiry), so a replay reaching any replica is answered with
//! nothing at all.

use std::time::Duration;

use async_trait::async_trait;
use helpdesk_core::store::outbox::CLOSE_POST;
use helpdesk_core::{
    Error as CoreError, NewTicket, StaffPost, Store, Ticket, TicketFilter, TicketId,
    model::Identity,
};
use helpdesk_faq::{FaqId, Lang};

use crate::ports::{
    ChatUser, Conflict, DeletionReason, Desk, DeskError, Notification, NotificationEvent,
    PortError, StaffAction, TicketForm, TicketView,
};

/// How long a claimed outbox row stays invisible to other workers.
const LEASE: Duration = Duration::from_secs(60);

pub struct CoreDesk {
    store: Store,
    worker: String,
}

impl CoreDesk {
    /// `worker` names this process in outbox claims (e.g. host name + pid).
    pub fn new(store: Store, worker: impl Into<String>) -> Self {
        Self {
            store,
            worker: worker.into(),
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }
}

fn internal(e: CoreError) -> PortError {
    PortError(format!("core: {} ({})", e.code(), e))
}

fn desk_error(e: CoreError) -> DeskError {
    match e {
        CoreError::NotFound => DeskError::NotFound,
        CoreError::Validation { fields } => DeskError::Invalid(fields),
        CoreError::Duplicate { existing } => {
            DeskError::Duplicate(existing.map(|id| format!("#{id}")))
        }
        CoreError::Forbidden { rule } => DeskError::Forbidden(rule),
        CoreError::InvalidTransition { from, action } => {
            DeskError::Conflict(Conflict::Transition { from, action })
        }
        CoreError::Conflict { .. } => DeskError::Conflict(Conflict::Changed),
        CoreError::IdempotencyMismatch => DeskError::Conflict(Conflict::KeyReused),
        other => DeskError::Internal(internal(other)),
    }
}

/// The bot's view of a stored ticket (erased fields show as "–").
pub fn view(t: &Ticket) -> TicketView {
    let s = &t.subject;
    let or_dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "–".to_owned());
    let form = match t.kind {
        helpdesk_faq::TicketKind::NameCorrection => TicketForm::NameCorrection {
            email: or_dash(&s.email),
            name_in_account: or_dash(&s.name_in_account),
            name_in_contract: or_dash(&s.name_in_contract),
            identnummer: s.identnummer.clone(),
            note: t.note.clone(),
        },
        helpdesk_faq::TicketKind::Deletion => TicketForm::Deletion {
            full_name: or_dash(&s.full_name),
            email: or_dash(&s.email),
            reason: t.reason.unwrap_or(DeletionReason::Other),
            note: t.note.clone(),
        },
    };
    TicketView {
        id: t.id.0.to_string(),
        number: format!("#{}", t.id),
        kind: t.kind,
        state: t.state,
        form,
        requester: t
            .requester
            .as_ref()
            .map(|r| r.display_name.clone())
            .unwrap_or_else(|| "–".to_owned()),
        requester_verified: t.requester_verified,
        approvals: t.approvals.iter().map(|a| a.actor_name.clone()).collect(),
        approvals_needed: u8::try_from(t.approvals_required).unwrap_or(u8::MAX),
        reject_reason: t.rejection_reason.clone(),
    }
}

#[async_trait]
impl Desk for CoreDesk {
    fn pseudonym(&self, user: &ChatUser) -> String {
        self.store.chat_pseudonym(&user.id)
    }

    async fn first_time(&self, interaction_id: &str) -> Result<bool, PortError> {
        // The database decides, so a retry that reaches another replica changes nothing.
        self.store
            .first_seen(
                &format!("discord:{interaction_id}"),
                helpdesk_core::store::replay::DEFAULT_REPLAY_TTL,
            )
            .await
            .map_err(internal)
    }

    async fn feedback(
        &self,
        entry: &FaqId,
        helpful: bool,
        _user: &ChatUser,
    ) -> Result<(), PortError> {
        self.store
            .record_feedback(entry, helpful, None)
            .await
            .map_err(internal)
    }

    async fn create_ticket(
        &self,
        new: NewTicket,
        requester: &ChatUser,
        _lang: Lang,
        idempotency_key: &str,
    ) -> Result<TicketView, DeskError> {
        let actor =
            helpdesk_core::Actor::chat_user(new.requester.id.clone(), &requester.display_name);
        let created = self
            .store
            .create_ticket(&new, &actor, Some(idempotency_key))
            .await
            .map_err(desk_error)?;
        Ok(view(&created.ticket))
    }

    async fn tickets_of(&self, requester: &ChatUser) -> Result<Vec<TicketView>, DeskError> {
        let identity = Identity::parse(&requester.id)
            .map_err(|e| DeskError::Internal(PortError(format!("bad identity: {e}"))))?;
        let list = self
            .store
            .list_tickets(&TicketFilter {
                requester: Some(identity),
                limit: Some(20),
                ..TicketFilter::default()
            })
            .await
            .map_err(desk_error)?;
        Ok(list.iter().map(view).collect())
    }

    async fn staff_act(
        &self,
        ticket: &str,
        staff_discord_id: u64,
        action: StaffAction,
    ) -> Result<TicketView, DeskError> {
        let Some(actor) = self
            .store
            .actor_for_chat_identity(&format!("discord:{staff_discord_id}"))
            .await
            .map_err(desk_error)?
        else {
            return Err(DeskError::NotStaff);
        };
        let id: TicketId = ticket.parse().map_err(desk_error)?;
        // The button carries no version: act on the current one, and retry once if another
        // staff member changed the ticket in between (a real conflict then shows as such).
        let mut attempt = 0;
        loop {
            let current = self.store.ticket(id).await.map_err(desk_error)?;
            let result = match &action {
                StaffAction::Approve => self.store.approve(id, current.version, &actor).await,
                StaffAction::Reject { reason } => {
                    self.store.reject(id, current.version, &actor, reason).await
                }
                StaffAction::Done => self.store.complete(id, current.version, &actor).await,
            };
            match result {
                Ok(t) => return Ok(view(&t)),
                Err(CoreError::Conflict { .. }) if attempt == 0 => attempt += 1,
                Err(e) => return Err(desk_error(e)),
            }
        }
    }

    async fn claim_notifications(&self, limit: u32) -> Result<Vec<Notification>, PortError> {
        let batch = self
            .store
            .outbox_claim(&self.worker, limit, LEASE)
            .await
            .map_err(internal)?;
        let mut out = Vec::with_capacity(batch.len());
        for m in batch {
            let payload_state = m
                .payload
                .get("state")
                .and_then(|v| v.as_str())
                .unwrap_or_default();
            let event = match m.topic.as_str() {
                "ticket.create" => Some(NotificationEvent::Created),
                // The first of two deletion approvals is shown in the staff post, not DMed.
                "ticket.approve" if payload_state == "approved" => {
                    Some(NotificationEvent::Approved)
                }
                "ticket.reject" => Some(NotificationEvent::Rejected),
                "ticket.complete" => Some(NotificationEvent::Done),
                CLOSE_POST => Some(NotificationEvent::Closed),
                _ => None,
            };
            let (Some(event), Some(ticket_id)) = (event, m.ticket_id) else {
                // Nothing to tell anyone on Discord (cancel, first approval, erasure).
                self.store
                    .outbox_ack(m.id, m.claim)
                    .await
                    .map_err(internal)?;
                continue;
            };
            let ticket = match self.store.ticket(ticket_id).await {
                Ok(t) => t,
                Err(CoreError::NotFound) => {
                    self.store
                        .outbox_ack(m.id, m.claim)
                        .await
                        .map_err(internal)?;
                    continue;
                }
                Err(e) => {
                    let _ = self.store.outbox_retry(m.id, m.claim, e.code()).await;
                    continue;
                }
            };
            let mut staff_post = None;
            if event == NotificationEvent::Closed {
                match self.store.staff_post(ticket_id).await {
                    Ok(StaffPost::Posted { channel, message }) => {
                        staff_post = channel.parse().ok().zip(message.parse().ok());
                    }
                    // The post is still on its way: edit it after it is there.
                    Ok(StaffPost::Pending) => {
                        let _ = self
                            .store
                            .outbox_retry(m.id, m.claim, "staff_post_pending")
                            .await;
                        continue;
                    }
                    Err(e) => {
                        let _ = self.store.outbox_retry(m.id, m.claim, e.code()).await;
                        continue;
                    }
                    Ok(StaffPost::None) => {}
                }
                if staff_post.is_none() {
                    // Never posted (no staff channel): nothing to edit.
                    self.store
                        .outbox_ack(m.id, m.claim)
                        .await
                        .map_err(internal)?;
                    continue;
                }
            }
            let discord_user = m
                .recipient
                .as_deref()
                .and_then(|r| r.strip_prefix("discord:"))
                .and_then(|id| id.parse::<u64>().ok());
            out.push(Notification {
                id: m.id.to_string(),
                claim: m.claim,
                event,
                ticket: view(&ticket),
                discord_user,
                // Tickets do not record the requester's language: the DM is bilingual.
                lang: None,
                staff_post,
            });
        }
        Ok(out)
    }

    async fn staff_posted(
        &self,
        ticket: &str,
        channel: u64,
        message: u64,
    ) -> Result<(), PortError> {
        let id: TicketId = ticket.parse().map_err(PortError::new)?;
        self.store
            .record_staff_post(id, &channel.to_string(), &message.to_string())
            .await
            .map_err(internal)
    }

    async fn ack(&self, id: &str, claim: i64) -> Result<bool, PortError> {
        let id: i64 = id.parse().map_err(PortError::new)?;
        self.store.outbox_ack(id, claim).await.map_err(internal)
    }

    async fn retry_later(&self, id: &str, claim: i64, error: &str) -> Result<bool, PortError> {
        let id: i64 = id.parse().map_err(PortError::new)?;
        self.store
            .outbox_retry(id, claim, error)
            .await
            .map_err(internal)
    }
}
