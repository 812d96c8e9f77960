//! Web tickets and their private status links.
//!
//! A ticket filed from the web form ([`Store::create_web_ticket`]) has a requester who is not a
//! verified identity: it is marked `requester_verified = false`, so IT checks who they are
//! before acting. The requester gets a status token once, right after filing: 256 random bits,
//! of which only the SHA-256 is stored. [`Store::ticket_status`] turns the token into a
//! [`TicketStatus`]: the state and dates, never the personal fields.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::tickets::CreateOptions;
use super::{Store, Tx, ms, on_tx, sha256_hex};
use crate::error::Error;
use crate::model::{Actor, NewTicket, Ticket, TicketId, TicketKind, TicketState};
use crate::store::tickets::Created;

/// The private token of a status link: 64 lowercase hex digits (256 bits). Its `Debug` does
/// not show it, so it cannot end up in a log by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct StatusToken(String);

impl StatusToken {
    fn generate() -> Self {
        StatusToken(hex::encode(rand::random::<[u8; 32]>()))
    }

    /// The token, for the link shown to the requester (once).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether `s` has the shape of a token (cheap check before any lookup).
    pub fn looks_valid(s: &str) -> bool {
        s.len() == 64
            && s.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    }

    fn hash(s: &str) -> String {
        sha256_hex(s)
    }
}

impl std::fmt::Debug for StatusToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StatusToken(…)")
    }
}

/// The result of [`Store::create_web_ticket`].
#[derive(Debug, Clone)]
pub struct WebFiled {
    pub created: Created,
    /// Show it once (as a link); only its hash is stored.
    pub status_token: StatusToken,
}

/// What a status link shows: the ticket's number, kind and progress, no personal field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketStatus {
    pub id: TicketId,
    pub kind: TicketKind,
    pub state: TicketState,
    /// IT approvals given so far, and how many the kind needs (a deletion needs two).
    pub approvals: usize,
    pub approvals_required: usize,
    /// Why IT rejected it (written for the requester), while not erased.
    pub rejection_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
}

impl From<&Ticket> for TicketStatus {
    fn from(t: &Ticket) -> Self {
        TicketStatus {
            id: t.id,
            kind: t.kind,
            state: t.state,
            approvals: t.approvals.len(),
            approvals_required: t.approvals_required,
            rejection_reason: t.rejection_reason.clone(),
            created_at: t.created_at,
            updated_at: t.updated_at,
            due_at: t.due_at,
            closed_at: t.closed_at,
        }
    }
}

pub(crate) async fn insert_link(
    tx: &mut Tx,
    token_hash: &str,
    ticket: TicketId,
    at: DateTime<Utc>,
) -> Result<(), Error> {
    let sql = "INSERT INTO status_links (token_hash, ticket_id, created_at) VALUES ($1, $2, $3)";
    on_tx!(tx, c => sqlx::query(sql).bind(token_hash).bind(ticket.0).bind(ms(at))
        .execute(&mut **c).await?.rows_affected());
    Ok(())
}

impl Store {
    /// File a ticket from the web form. The requester (`new.requester`, a `web:<nonce>`
    /// identity made by the web surface) is not verified: the ticket says so. Returns the
    /// ticket and a fresh status token. With an `idempotency_key` a repeated submission returns
    /// the first ticket (`created.replayed`) with another status link to it. Validation,
    /// duplicates and errors are those of [`Store::create_ticket`].
    pub async fn create_web_ticket(
        &self,
        new: &NewTicket,
        idempotency_key: Option<&str>,
    ) -> Result<WebFiled, Error> {
        let actor = Actor::chat_user(new.requester.id.clone(), &new.requester.display_name);
        let status_token = StatusToken::generate();
        let hash = StatusToken::hash(status_token.expose());
        let created = self
            .create_with(
                new,
                &actor,
                idempotency_key,
                CreateOptions {
                    unverified: true,
                    status_link_hash: Some(&hash),
                },
            )
            .await?;
        Ok(WebFiled {
            created,
            status_token,
        })
    }

    /// The status behind a status-link token; [`Error::NotFound`] for an unknown or malformed
    /// token (the same answer, so the lookup tells nothing about other tickets).
    pub async fn ticket_status(&self, token: &str) -> Result<TicketStatus, Error> {
        if !StatusToken::looks_valid(token) {
            return Err(Error::NotFound);
        }
        let hash = StatusToken::hash(token);
        let sql = "SELECT ticket_id FROM status_links WHERE token_hash = $1";
        let id: Option<i64> = super::on_pool!(self, p => sqlx::query_scalar(sql).bind(&hash).fetch_optional(p).await?);
        let id = id.ok_or(Error::NotFound)?;
        let t = self.ticket(TicketId(id)).await?;
        Ok(TicketStatus::from(&t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_hex_and_hidden_in_debug() {
        let a = StatusToken::generate();
        let b = StatusToken::generate();
        assert_ne!(a, b);
        assert!(StatusToken::looks_valid(a.expose()));
        assert_eq!(format!("{a:?}"), "StatusToken(…)");
        assert!(!StatusToken::looks_valid(&a.expose()[1..]));
        assert!(!StatusToken::looks_valid(&a.expose().to_uppercase()));
        assert!(!StatusToken::looks_valid(""));
    }
}
