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
//!         // `false`: our lease expired and another worker holds the row now — drop it.
//!         let _still_ours = if delivered { store.outbox_ack(msg.id, msg.claim).await? }
//!             else { store.outbox_retry(msg.id, msg.claim, "discord_http_503").await? };
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

/// How a failed delivery is retried: after `base · 2^attempts`, at most `cap`, until the
/// message has been failing for `give_up_after` (counted from its creation, or from an operator's
/// requeue); the next failure after that parks it as dead (see [`Store::outbox_requeue`]).
///
/// Defaults: 2 s, 4 s, 8 s … capped at 1 h, dead after 24 h — so a Discord outage of up to a day
/// loses nothing, and a message is sent at most an hour after Discord is back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxPolicy {
    pub base: Duration,
    pub cap: Duration,
    pub give_up_after: Duration,
}

impl Default for OutboxPolicy {
    fn default() -> Self {
        Self {
            base: Duration::from_secs(1),
            cap: Duration::from_secs(3600),
            give_up_after: Duration::from_secs(24 * 3600),
        }
    }
}

impl OutboxPolicy {
    /// Wait before the next attempt after `attempts` failed ones: `base · 2^attempts`, at most
    /// `cap`.
    pub fn backoff(&self, attempts: i64) -> Duration {
        let factor = 1u32 << attempts.clamp(0, 30);
        self.base.saturating_mul(factor).min(self.cap)
    }
}

/// One message to deliver.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxMessage {
    pub id: i64,
    pub ticket_id: Option<TicketId>,
    /// `ticket.create`, `ticket.approve`, `ticket.reject`, `ticket.complete`, `ticket.cancel`,
    /// and [`CLOSE_POST`] (`ticket.close_post`: edit the staff post of a closed ticket).
    pub topic: String,
    /// The requester's chat identity (`discord:<id>`), if any.
    pub recipient: Option<String>,
    /// `{"ticket_id", "kind", "action", "state", "version", "approvals", "approvals_required",
    ///   "actor"}` — `actor` is the token name of IT staff, or null for a chat user.
    pub payload: serde_json::Value,
    /// Delivery attempts so far, including this claim.
    pub attempts: i64,
    /// The fencing token of this claim: pass it to [`Store::outbox_ack`] / [`Store::outbox_retry`].
    /// Every claim of the row increments it, so a worker whose lease expired (and whose row
    /// another worker claimed since) can neither ack nor retry it.
    pub claim: i64,
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
    claim_gen: i64,
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
            claim: r.claim_gen,
            created_at: from_ms(r.created_at),
        }
    }
}

/// The topic of the row that edits a closed ticket's staff post down to its number, kind and
/// outcome (written with the closing transition: rejected, done, cancelled).
pub const CLOSE_POST: &str = "ticket.close_post";

pub(crate) async fn enqueue(
    tx: &mut Tx,
    t: &Ticket,
    action: Action,
    actor: &Actor,
    at: DateTime<Utc>,
) -> Result<(), Error> {
    enqueue_topic(
        tx,
        t,
        &format!("ticket.{}", action.as_str()),
        action,
        actor,
        at,
    )
    .await
}

/// [`enqueue`] with an explicit topic (e.g. [`CLOSE_POST`]).
pub(crate) async fn enqueue_topic(
    tx: &mut Tx,
    t: &Ticket,
    topic: &str,
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
    // The staff post is edited in the staff channel: nobody is messaged, no recipient.
    let recipient = if topic == CLOSE_POST {
        None
    } else {
        t.requester.as_ref().map(|r| r.id.as_str().to_owned())
    };
    let sql = "INSERT INTO outbox (ticket_id, topic, recipient, payload, created_at, available_at) VALUES ($1, $2, $3, $4, $5, $5)";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(t.id.0)
        .bind(topic)
        .bind(recipient)
        .bind(payload.to_string())
        .bind(ms(at))
        .execute(&mut **c)
        .await?
        .rows_affected());
    Ok(())
}

/// Dead rows: how many, and the oldest few for an operator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeadMessage {
    pub id: i64,
    pub ticket_id: Option<TicketId>,
    pub topic: String,
    pub attempts: i64,
    /// The worker's short error code of the last failure (never personal data).
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub dead_at: DateTime<Utc>,
}

/// Counts of outbox rows by status, for metrics and `helpdesk outbox status`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxCounts {
    /// Not yet delivered and not dead (includes rows waiting for their next retry).
    pub pending: i64,
    /// Gave up after [`OutboxPolicy::give_up_after`]; an operator may requeue them.
    pub dead: i64,
}

/// Where a ticket's staff post is, as far as the store knows ([`Store::staff_post`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum StaffPost {
    /// Posted in `channel` as `message` (the platform's ids).
    Posted { channel: String, message: String },
    /// Not posted yet: the ticket's `ticket.create` row is still being delivered. An edit of the
    /// post must wait for it (retry later).
    Pending,
    /// Never posted (no staff channel configured, or the post is older than this record).
    None,
}

impl Store {
    /// Records where the staff post of `ticket` was posted (the worker calls it after Discord
    /// accepted the post, before acking the row). A repeated call overwrites.
    pub async fn record_staff_post(
        &self,
        ticket: TicketId,
        channel: &str,
        message: &str,
    ) -> Result<(), Error> {
        let mut tx = self.begin().await?;
        on_tx!(&mut tx, c => sqlx::query(
            "INSERT INTO staff_posts (ticket_id, channel_id, message_id, posted_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (ticket_id) DO UPDATE SET channel_id = excluded.channel_id, \
             message_id = excluded.message_id, posted_at = excluded.posted_at")
            .bind(ticket.0).bind(channel).bind(message).bind(ms(now()))
            .execute(&mut **c).await?.rows_affected());
        tx.commit().await?;
        Ok(())
    }

    /// Where the staff post of `ticket` is: posted, still pending (its `ticket.create` row is
    /// neither delivered nor dead), or none.
    pub async fn staff_post(&self, ticket: TicketId) -> Result<StaffPost, Error> {
        // The create row first: the worker records the post before it acks that row, so a
        // row seen delivered here means the post (if any) is recorded by now.
        let pending: Option<i64> = on_pool!(self, p => sqlx::query_scalar(
            "SELECT id FROM outbox WHERE ticket_id = $1 AND topic = 'ticket.create' \
             AND done_at IS NULL AND dead_at IS NULL")
            .bind(ticket.0).fetch_optional(p).await?);
        let posted: Option<(String, String)> = on_pool!(self, p => sqlx::query_as(
            "SELECT channel_id, message_id FROM staff_posts WHERE ticket_id = $1")
            .bind(ticket.0).fetch_optional(p).await?);
        Ok(match (posted, pending) {
            (Some((channel, message)), _) => StaffPost::Posted { channel, message },
            (None, Some(_)) => StaffPost::Pending,
            (None, None) => StaffPost::None,
        })
    }

    /// Claim up to `limit` deliverable messages for `lease` (after which they can be claimed
    /// again if not acked). On PostgreSQL concurrent workers skip each other's rows
    /// (`FOR UPDATE SKIP LOCKED`). Oldest first. Each claim bumps the row's fencing token
    /// ([`OutboxMessage::claim`]).
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
            "UPDATE outbox SET claimed_by = $1, claimed_until = $2, attempts = attempts + 1, \
             claim_gen = claim_gen + 1 WHERE id IN (\
             SELECT id FROM outbox WHERE done_at IS NULL AND dead_at IS NULL AND available_at <= $3 \
             AND (claimed_until IS NULL OR claimed_until < $3) ORDER BY id LIMIT $4{skip}) \
             RETURNING id, ticket_id, topic, recipient, payload, attempts, claim_gen, created_at"
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

    /// Mark a message delivered. `claim` is [`OutboxMessage::claim`] of the caller's claim.
    /// `Ok(false)`: the claim is no longer the caller's (its lease expired and another worker
    /// claimed the row, or the row is already done): nothing changed. `NotFound`: no such row.
    pub async fn outbox_ack(&self, id: i64, claim: i64) -> Result<bool, Error> {
        let mut tx = self.begin().await?;
        let n = on_tx!(&mut tx, c => sqlx::query(
            "UPDATE outbox SET done_at = $1, claimed_until = NULL WHERE id = $2 AND claim_gen = $3 \
             AND done_at IS NULL AND dead_at IS NULL")
            .bind(ms(now())).bind(id).bind(claim).execute(&mut **c).await?.rows_affected());
        if n == 0 {
            let exists: Option<i64> = on_tx!(&mut tx, c => sqlx::query_scalar("SELECT id FROM outbox WHERE id = $1")
                .bind(id).fetch_optional(&mut **c).await?);
            tx.commit().await?;
            return if exists.is_some() {
                Ok(false)
            } else {
                Err(Error::NotFound)
            };
        }
        // A row of an erased ticket kept its recipient only to be delivered (the notice that a
        // deletion is done): once delivered, it loses it like every other row of the ticket.
        on_tx!(&mut tx, c => sqlx::query(
            "UPDATE outbox SET recipient = NULL WHERE id = $1 AND recipient IS NOT NULL AND ticket_id IN              (SELECT id FROM tickets WHERE erased_at IS NOT NULL)")
            .bind(id).execute(&mut **c).await?.rows_affected());
        tx.commit().await?;
        Ok(true)
    }

    /// Delivery failed: try again after [`OutboxPolicy::backoff`], or park the message as dead
    /// once it has been failing for [`OutboxPolicy::give_up_after`]. `error` is a short code for
    /// operators — never personal data. `Ok(false)` when the claim is no longer the caller's
    /// (nothing changed), as for [`Store::outbox_ack`].
    pub async fn outbox_retry(&self, id: i64, claim: i64, error: &str) -> Result<bool, Error> {
        let now = now();
        let policy = self.inner.config.outbox;
        let mut tx = self.begin().await?;
        let sql = format!(
            "SELECT attempts, claim_gen, COALESCE(requeued_at, created_at), done_at, dead_at FROM outbox WHERE id = $1{}",
            tx.for_update()
        );
        type Current = (i64, i64, i64, Option<i64>, Option<i64>);
        let current: Option<Current> = on_tx!(&mut tx, c => sqlx::query_as(&sql)
            .bind(id).fetch_optional(&mut **c).await?);
        let Some((attempts, gen_now, since, done, dead)) = current else {
            return Err(Error::NotFound);
        };
        if gen_now != claim || done.is_some() || dead.is_some() {
            tx.commit().await?;
            return Ok(false);
        }
        let give_up = TimeDelta::from_std(policy.give_up_after).unwrap_or(TimeDelta::days(1));
        let dead = (now - from_ms(since) >= give_up).then(|| ms(now));
        let wait = TimeDelta::from_std(policy.backoff(attempts)).unwrap_or(TimeDelta::hours(1));
        let error: String = error.chars().take(200).collect();
        on_tx!(&mut tx, c => sqlx::query(
            "UPDATE outbox SET claimed_until = NULL, claimed_by = NULL, available_at = $1, dead_at = $2, last_error = $3 WHERE id = $4")
            .bind(ms(now + wait))
            .bind(dead)
            .bind(&error)
            .bind(id)
            .execute(&mut **c)
            .await?
            .rows_affected());
        tx.commit().await?;
        if dead.is_some() {
            tracing::warn!(outbox_id = id, attempts, error = %error, "outbox message is dead (gave up retrying); requeue with `helpdesk outbox requeue`");
        }
        Ok(true)
    }

    /// Messages not yet delivered (and not dead), for metrics.
    pub async fn outbox_backlog(&self) -> Result<i64, Error> {
        Ok(self.outbox_counts().await?.pending)
    }

    /// Pending and dead rows (one query).
    pub async fn outbox_counts(&self) -> Result<OutboxCounts, Error> {
        let sql = "SELECT COALESCE(SUM(CASE WHEN dead_at IS NULL THEN 1 ELSE 0 END), 0), \
                   COALESCE(SUM(CASE WHEN dead_at IS NOT NULL THEN 1 ELSE 0 END), 0) \
                   FROM outbox WHERE done_at IS NULL";
        let (pending, dead): (i64, i64) =
            on_pool!(self, p => sqlx::query_as(sql).fetch_one(p).await?);
        Ok(OutboxCounts { pending, dead })
    }

    /// Dead rows, oldest first (at most `limit`).
    pub async fn outbox_dead(&self, limit: u32) -> Result<Vec<DeadMessage>, Error> {
        type DeadRow = (i64, Option<i64>, String, i64, Option<String>, i64, i64);
        let sql = "SELECT id, ticket_id, topic, attempts, last_error, created_at, dead_at FROM outbox \
                   WHERE dead_at IS NOT NULL AND done_at IS NULL ORDER BY id LIMIT $1";
        let rows: Vec<DeadRow> =
            on_pool!(self, p => sqlx::query_as(sql).bind(i64::from(limit)).fetch_all(p).await?);
        Ok(rows
            .into_iter()
            .map(
                |(id, ticket_id, topic, attempts, last_error, created_at, dead_at)| DeadMessage {
                    id,
                    ticket_id: ticket_id.map(TicketId),
                    topic,
                    attempts,
                    last_error,
                    created_at: from_ms(created_at),
                    dead_at: from_ms(dead_at),
                },
            )
            .collect())
    }

    /// Puts dead rows back into delivery (all of them, or only `ids`): due now, attempts reset,
    /// the give-up clock restarted. Returns how many rows were requeued; ids that are not dead
    /// are ignored.
    pub async fn outbox_requeue(&self, ids: Option<&[i64]>) -> Result<u64, Error> {
        let now = ms(now());
        let mut tx = self.begin().await?;
        let base = "UPDATE outbox SET dead_at = NULL, attempts = 0, available_at = $1, requeued_at = $1, \
                    claimed_by = NULL, claimed_until = NULL WHERE dead_at IS NOT NULL AND done_at IS NULL";
        let n = match ids {
            None => {
                on_tx!(&mut tx, c => sqlx::query(base).bind(now).execute(&mut **c).await?.rows_affected())
            }
            Some(ids) => {
                let mut n = 0;
                let sql = format!("{base} AND id = $2");
                for id in ids {
                    n += on_tx!(&mut tx, c => sqlx::query(&sql).bind(now).bind(id).execute(&mut **c).await?.rows_affected());
                }
                n
            }
        };
        tx.commit().await?;
        if n > 0 {
            tracing::info!(requeued = n, "outbox: dead messages requeued");
        }
        Ok(n)
    }
}
