//! The hash-chained audit trail.
//!
//! Each event stores `prev_hash` (the hash of the event before it, 64 zeros for the first) and
//! `hash = SHA-256(canonical JSON of [version tag, seq, ticket_id, action, actor, from_state,
//! to_state, ticket version, at_ms, prev_hash])`. The row `audit_head` holds the last `seq` and
//! `hash`; every append locks it, so the chain never forks, and [`Store::verify`] compares it with
//! the last event, so a removed tail is found too.
//!
//! Events carry no personal data (ids, action, state, time; a chat user appears as a salted
//! pseudonym), so erasing a ticket never touches the chain.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Store, Tx, from_ms, ms, on_pool, on_tx, sha256_hex};
use crate::error::Error;
use crate::model::{Action, TicketId, TicketState};

pub(crate) const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One audit event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub seq: i64,
    pub ticket_id: TicketId,
    pub action: String,
    /// `token:<id>`, `system`, or `chat:<pseudonym>`.
    pub actor: String,
    pub from_state: Option<String>,
    pub to_state: String,
    /// The ticket's version after this event.
    pub version: i64,
    pub at: DateTime<Utc>,
    pub prev_hash: String,
    pub hash: String,
}

/// The result of [`Store::verify`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyReport {
    pub ok: bool,
    /// Events checked.
    pub events: i64,
    /// Hash of the last event (publish it elsewhere to anchor the chain).
    pub head_hash: String,
    /// The first broken link, if any.
    pub broken: Option<BrokenLink>,
}

/// Where and how the chain breaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrokenLink {
    /// The `seq` of the first event that does not verify (for `head_mismatch`: the head's seq).
    pub seq: i64,
    /// `hash_mismatch` (the row was changed), `prev_hash_mismatch` (the link to the previous
    /// event is broken: a row was inserted, removed or reordered), `sequence_gap` (a seq is
    /// missing or repeated), `head_mismatch` (events after the last one were removed or added
    /// outside the chain).
    pub reason: String,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    seq: i64,
    ticket_id: i64,
    action: String,
    actor: String,
    from_state: Option<String>,
    to_state: String,
    version: i64,
    at: i64,
    prev_hash: String,
    hash: String,
}

impl From<EventRow> for AuditEvent {
    fn from(r: EventRow) -> Self {
        AuditEvent {
            seq: r.seq,
            ticket_id: TicketId(r.ticket_id),
            action: r.action,
            actor: r.actor,
            from_state: r.from_state,
            to_state: r.to_state,
            version: r.version,
            at: from_ms(r.at),
            prev_hash: r.prev_hash,
            hash: r.hash,
        }
    }
}

const EVENT_COLS: &str =
    "seq, ticket_id, action, actor, from_state, to_state, version, at, prev_hash, hash";

/// The canonical hash of an event's fields.
#[allow(clippy::too_many_arguments)]
fn event_hash(
    seq: i64,
    ticket_id: i64,
    action: &str,
    actor: &str,
    from_state: Option<&str>,
    to_state: &str,
    version: i64,
    at_ms: i64,
    prev_hash: &str,
) -> String {
    let canonical = serde_json::json!([
        "helpdesk-audit-v1",
        seq,
        ticket_id,
        action,
        actor,
        from_state,
        to_state,
        version,
        at_ms,
        prev_hash
    ]);
    sha256_hex(&canonical.to_string())
}

fn row_hash(r: &EventRow) -> String {
    event_hash(
        r.seq,
        r.ticket_id,
        &r.action,
        &r.actor,
        r.from_state.as_deref(),
        &r.to_state,
        r.version,
        r.at,
        &r.prev_hash,
    )
}

/// Append an event inside `tx` (which must also hold the ticket change).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn append(
    tx: &mut Tx,
    ticket_id: TicketId,
    action: Action,
    actor: &str,
    from_state: Option<TicketState>,
    to_state: TicketState,
    version: i64,
    at: DateTime<Utc>,
) -> Result<(), Error> {
    let lock = tx.for_update();
    let head_sql = format!("SELECT seq, hash FROM audit_head WHERE id = 1{lock}");
    on_tx!(tx, c => {
        let (seq, prev): (i64, String) = sqlx::query_as(&head_sql).fetch_one(&mut **c).await?;
        let seq = seq + 1;
        let from = from_state.map(TicketState::as_str);
        let hash = event_hash(seq, ticket_id.0, action.as_str(), actor, from, to_state.as_str(), version, ms(at), &prev);
        sqlx::query(
            "INSERT INTO audit_events (seq, ticket_id, action, actor, from_state, to_state, version, at, prev_hash, hash) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(seq)
        .bind(ticket_id.0)
        .bind(action.as_str())
        .bind(actor)
        .bind(from)
        .bind(to_state.as_str())
        .bind(version)
        .bind(ms(at))
        .bind(&prev)
        .bind(&hash)
        .execute(&mut **c)
        .await?;
        sqlx::query("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1")
            .bind(seq)
            .bind(&hash)
            .execute(&mut **c)
            .await?;
    });
    Ok(())
}

impl Store {
    /// The audit trail of one ticket, oldest first.
    pub async fn ticket_events(&self, id: TicketId) -> Result<Vec<AuditEvent>, Error> {
        let sql =
            format!("SELECT {EVENT_COLS} FROM audit_events WHERE ticket_id = $1 ORDER BY seq");
        let rows: Vec<EventRow> =
            on_pool!(self, p => sqlx::query_as(&sql).bind(id.0).fetch_all(p).await?);
        Ok(rows.into_iter().map(AuditEvent::from).collect())
    }

    /// Walk the whole chain and report the first broken link.
    pub async fn verify(&self) -> Result<VerifyReport, Error> {
        const PAGE: i64 = 1000;
        let sql =
            format!("SELECT {EVENT_COLS} FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2");
        let mut last_seq = 0i64;
        let mut last_hash = GENESIS.to_owned();
        let mut events = 0i64;
        let broken = |seq: i64, reason: &str, events: i64, head: &str| VerifyReport {
            ok: false,
            events,
            head_hash: head.to_owned(),
            broken: Some(BrokenLink {
                seq,
                reason: reason.to_owned(),
            }),
        };
        // The first row may legitimately start at 1 only.
        let mut cursor = i64::MIN;
        loop {
            let rows: Vec<EventRow> = on_pool!(self, p => sqlx::query_as(&sql).bind(cursor).bind(PAGE).fetch_all(p).await?);
            let n = rows.len();
            for r in rows {
                cursor = r.seq;
                if r.seq != last_seq + 1 {
                    return Ok(broken(r.seq, "sequence_gap", events, &last_hash));
                }
                if r.prev_hash != last_hash {
                    return Ok(broken(r.seq, "prev_hash_mismatch", events, &last_hash));
                }
                if row_hash(&r) != r.hash {
                    return Ok(broken(r.seq, "hash_mismatch", events, &last_hash));
                }
                events += 1;
                last_seq = r.seq;
                last_hash = r.hash;
            }
            if (n as i64) < PAGE {
                break;
            }
        }
        let (head_seq, head_hash): (i64, String) = on_pool!(self, p => sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1").fetch_one(p).await?);
        if head_seq != last_seq || head_hash != last_hash {
            return Ok(broken(head_seq, "head_mismatch", events, &last_hash));
        }
        Ok(VerifyReport {
            ok: true,
            events,
            head_hash: last_hash,
            broken: None,
        })
    }
}
