//! The transactional outbox: every ticket transition writes one row in the same transaction;
//! a worker (the Discord notifier in `bot`) claims rows, delivers them and acks or retries.
//!
//! Rows hold no names or e-mail addresses: the payload has the ticket id, kind, action, state
//! and version (fetch the ticket for details); `recipient` is the requester's chat identity.
//!
//! Worker loop:
//! ```no_run
//! # async fn worker(store: helpdesk_core::Store) -> Result<(), helpdesk_core::Error> {
//! use std::time::Duration;
//! loop {
//!     let batch = store.outbox_claim("worker-1", 10, Duration::from_secs(60)).await?;
//!     if batch.is_empty() { tokio::time::sleep(Duration::from_secs(1)).await; continue; }
//!     for msg in batch {
//!         let delivered = true; // send it …
//!         if delivered { store.outbox_ack(msg.id).await?; }
//!         else { store.outbox_retry(msg.id, "discord_http_503").await?; }
//!     }
//! }
//! # }
//! ```

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::{Store, Tx, from_ms, ms, now, on_pool, on_tx};
use crate::error::Error;
use crate::model::{Action, Actor, Ticket, TicketId};

/// After this many failed deliveries a message is parked as dead.
pub const MAX_ATTEMPTS: i64 = 8;

/// One message to deliver.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxMessage {
    pub id: i64,
    pub ticket_id: Option<TicketId>,
    /// `ticket.create`, `ticket.approve`, `ticket.reject`, `ticket.complete`, `ticket.cancel`.
    pub topic: String,
    /// The requester's chat identity (`discord:<id>`), if any.
    pub recipient: Option<String>,
    /// `{"ticket_id", "kind", "action", "state", "version", "approvals", "approvals_required",
    ///   "actor"}` — `actor` is the token name of IT staff, or null for a chat user.
    pub payload: serde_json::Value,
    /// Delivery attempts so far, including this claim.
    pub attempts: i64,
    pub created_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    ticket_id: Option<i64>,
    topic: String,
    recipient: Option<String>,
    payload: String,
    attempts: i64,
    created_at: i64,
}

impl From<Row> for OutboxMessage {
    fn from(r: Row) -> Self {
        OutboxMessage {
            id: r.id,
            ticket_id: r.ticket_id.map(TicketId),
            topic: r.topic,
            recipient: r.recipient,
            payload: serde_json::from_str(&r.payload).unwrap_or(serde_json::Value::Null),
            attempts: r.attempts,
            created_at: from_ms(r.created_at),
        }
    }
}

pub(crate) async fn enqueue(
    tx: &mut Tx,
    t: &Ticket,
    action: Action,
    actor: &Actor,
    at: DateTime<Utc>,
) -> Result<(), Error> {
    let payload = serde_json::json!({
        "ticket_id": t.id,
        "kind": t.kind,
        "action": action,
        "state": t.state,
        "version": t.version,
        "approvals": t.approvals.len(),
        "approvals_required": t.approvals_required,
        "actor": if actor.is_token() { Some(actor.name.as_str()) } else { None },
    });
    let recipient = t.requester.as_ref().map(|r| r.id.as_str().to_owned());
    let sql = "INSERT INTO outbox (ticket_id, topic, recipient, payload, created_at, available_at) VALUES ($1, $2, $3, $4, $5, $5)";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(t.id.0)
        .bind(format!("ticket.{}", action.as_str()))
        .bind(recipient)
        .bind(payload.to_string())
        .bind(ms(at))
        .execute(&mut **c)
        .await?
        .rows_affected());
    Ok(())
}

/// Wait before the next attempt: 2^attempts seconds, at most one hour.
pub fn backoff(attempts: i64) -> TimeDelta {
    TimeDelta::seconds(1i64 << attempts.clamp(0, 12)).min(TimeDelta::hours(1))
}

impl Store {
    /// Claim up to `limit` deliverable messages for `lease` (after which they can be claimed
    /// again if not acked). On PostgreSQL concurrent workers skip each other's rows
    /// (`FOR UPDATE SKIP LOCKED`). Oldest first.
    pub async fn outbox_claim(
        &self,
        worker: &str,
        limit: u32,
        lease: Duration,
    ) -> Result<Vec<OutboxMessage>, Error> {
        let now = now();
        let until = now + TimeDelta::from_std(lease).unwrap_or(TimeDelta::minutes(1));
        let mut tx = self.begin().await?;
        let skip = if tx.is_postgres() {
            " FOR UPDATE SKIP LOCKED"
        } else {
            ""
        };
        let sql = format!(
            "UPDATE outbox SET claimed_by = $1, claimed_until = $2, attempts = attempts + 1 WHERE id IN (\
             SELECT id FROM outbox WHERE done_at IS NULL AND dead_at IS NULL AND available_at <= $3 \
             AND (claimed_until IS NULL OR claimed_until < $3) ORDER BY id LIMIT $4{skip}) \
             RETURNING id, ticket_id, topic, recipient, payload, attempts, created_at"
        );
        let rows: Vec<Row> = on_tx!(&mut tx, c => sqlx::query_as(&sql)
            .bind(worker)
            .bind(ms(until))
            .bind(ms(now))
            .bind(i64::from(limit))
            .fetch_all(&mut **c)
            .await?);
        tx.commit().await?;
        let mut msgs: Vec<OutboxMessage> = rows.into_iter().map(OutboxMessage::from).collect();
        msgs.sort_by_key(|m| m.id);
        Ok(msgs)
    }

    /// Mark a message delivered.
    pub async fn outbox_ack(&self, id: i64) -> Result<(), Error> {
        let mut tx = self.begin().await?;
        let n = on_tx!(&mut tx, c => sqlx::query("UPDATE outbox SET done_at = $1, claimed_until = NULL WHERE id = $2")
            .bind(ms(now())).bind(id).execute(&mut **c).await?.rows_affected());
        tx.commit().await?;
        if n == 0 { Err(Error::NotFound) } else { Ok(()) }
    }

    /// Delivery failed: try again after [`backoff`], or park the message as dead after
    /// [`MAX_ATTEMPTS`]. `error` is a short code for operators — never personal data.
    pub async fn outbox_retry(&self, id: i64, error: &str) -> Result<(), Error> {
        let now = now();
        let mut tx = self.begin().await?;
        let attempts: Option<i64> = on_tx!(&mut tx, c => sqlx::query_scalar("SELECT attempts FROM outbox WHERE id = $1")
            .bind(id).fetch_optional(&mut **c).await?);
        let Some(attempts) = attempts else {
            return Err(Error::NotFound);
        };
        let dead = (attempts >= MAX_ATTEMPTS).then(|| ms(now));
        let error: String = error.chars().take(200).collect();
        on_tx!(&mut tx, c => sqlx::query(
            "UPDATE outbox SET claimed_until = NULL, claimed_by = NULL, available_at = $1, dead_at = $2, last_error = $3 WHERE id = $4")
            .bind(ms(now + backoff(attempts)))
            .bind(dead)
            .bind(&error)
            .bind(id)
            .execute(&mut **c)
            .await?
            .rows_affected());
        tx.commit().await?;
        Ok(())
    }

    /// Messages not yet delivered (and not dead), for metrics.
    pub async fn outbox_backlog(&self) -> Result<i64, Error> {
        Ok(
            on_pool!(self, p => sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE done_at IS NULL AND dead_at IS NULL")
            .fetch_one(p).await?),
        )
    }
}
