//! The hash-chained audit trail.
//!
//! Each event stores `prev_hash` (the hash of the event before it, 64 zeros for the first) and
//! `hash = SHA-256(canonical JSON of [format tag, seq, ticket_id, action, actor, person,
//! from_state, to_state, ticket version, at_ms, prev_hash])` (format 2; events written before
//! format 2 hash the same fields without `person`). `person` is the staff person behind the
//! acting token, so an approval is chained with the person it counts for. The row `audit_head`
//! holds the last `seq` and `hash`; every append locks it, so the chain never forks.
//!
//! [`Store::verify`] reads events, head and approvals in one snapshot (a concurrent append can
//! never show up as a false `head_mismatch`), walks the chain, compares the head with the last
//! event (a removed tail whose head was not rewritten), and checks that every row of the
//! `approvals` table is backed by an `approve` event of the same ticket, actor, person and time.
//! A tail removed *together with* a rewritten head is only found against an outside anchor: the
//! signed checkpoints of [`crate::checkpoint`], passed to [`Store::verify_with`].
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
    /// The staff person behind the acting token (events before persons existed: `None`).
    pub person: Option<i64>,
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
    /// outside the chain), `approval_mismatch` (a row of `approvals` was changed, added or
    /// removed: it no longer matches the chained approve events; `seq` is 0),
    /// `checkpoint_mismatch` (the event at a signed checkpoint's seq has another hash: the tail
    /// was rewritten), `checkpoint_missing` (the chain ends before a signed checkpoint: the
    /// tail was cut).
    pub reason: String,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    seq: i64,
    ticket_id: i64,
    action: String,
    actor: String,
    person_id: Option<i64>,
    format: i64,
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
            person: r.person_id,
            from_state: r.from_state,
            to_state: r.to_state,
            version: r.version,
            at: from_ms(r.at),
            prev_hash: r.prev_hash,
            hash: r.hash,
        }
    }
}

const EVENT_COLS: &str = "seq, ticket_id, action, actor, person_id, format, from_state, to_state, \
    version, at, prev_hash, hash";

/// The format new events are written in.
const FORMAT: i64 = 2;

/// An event's fields, as hashed.
struct Fields<'a> {
    format: i64,
    seq: i64,
    ticket_id: i64,
    action: &'a str,
    actor: &'a str,
    person_id: Option<i64>,
    from_state: Option<&'a str>,
    to_state: &'a str,
    version: i64,
    at_ms: i64,
    prev_hash: &'a str,
}

impl Fields<'_> {
    /// The canonical hash. Format 1 (before persons) hashes the same list without `person`.
    fn hash(&self) -> String {
        let canonical = if self.format == 1 {
            serde_json::json!([
                "helpdesk-audit-v1",
                self.seq,
                self.ticket_id,
                self.action,
                self.actor,
                self.from_state,
                self.to_state,
                self.version,
                self.at_ms,
                self.prev_hash
            ])
        } else {
            serde_json::json!([
                format!("helpdesk-audit-v{}", self.format),
                self.seq,
                self.ticket_id,
                self.action,
                self.actor,
                self.person_id,
                self.from_state,
                self.to_state,
                self.version,
                self.at_ms,
                self.prev_hash
            ])
        };
        sha256_hex(&canonical.to_string())
    }
}

fn row_hash(r: &EventRow) -> String {
    Fields {
        format: r.format,
        seq: r.seq,
        ticket_id: r.ticket_id,
        action: &r.action,
        actor: &r.actor,
        person_id: r.person_id,
        from_state: r.from_state.as_deref(),
        to_state: &r.to_state,
        version: r.version,
        at_ms: r.at,
        prev_hash: &r.prev_hash,
    }
    .hash()
}

/// Who acted, as chained: the audit actor id and the staff person behind it (if any).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Who<'a> {
    pub(crate) actor: &'a str,
    pub(crate) person: Option<i64>,
}

/// Append an event inside `tx` (which must also hold the ticket change).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn append(
    tx: &mut Tx,
    ticket_id: TicketId,
    action: Action,
    who: Who<'_>,
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
        let hash = Fields {
            format: FORMAT,
            seq,
            ticket_id: ticket_id.0,
            action: action.as_str(),
            actor: who.actor,
            person_id: who.person,
            from_state: from,
            to_state: to_state.as_str(),
            version,
            at_ms: ms(at),
            prev_hash: &prev,
        }
        .hash();
        sqlx::query(
            "INSERT INTO audit_events (seq, ticket_id, action, actor, person_id, format, from_state, to_state, \
             version, at, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(seq)
        .bind(ticket_id.0)
        .bind(action.as_str())
        .bind(who.actor)
        .bind(who.person)
        .bind(FORMAT)
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

/// A signed checkpoint's claim, for [`Store::verify_with`]: the event `seq` has `hash`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub seq: i64,
    pub hash: String,
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
        self.verify_with(&[]).await
    }

    /// [`Store::verify`], and also check the chain against `anchors` from signed checkpoints:
    /// the event at each anchor's seq must exist and have the anchored hash.
    pub async fn verify_with(&self, anchors: &[Anchor]) -> Result<VerifyReport, Error> {
        const PAGE: i64 = 1000;
        let sql =
            format!("SELECT {EVENT_COLS} FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2");
        let mut anchors: Vec<&Anchor> = anchors.iter().collect();
        anchors.sort_by_key(|a| a.seq);
        let mut next_anchor = anchors.iter().peekable();
        let mut last_seq = 0i64;
        let mut last_hash = GENESIS.to_owned();
        let mut events = 0i64;
        // (ticket, actor, person, at) of every approve event, to compare with `approvals`.
        let mut approve_events: Vec<(i64, String, Option<i64>, i64)> = Vec::new();
        let broken = |seq: i64, reason: &str, events: i64, head: &str| VerifyReport {
            ok: false,
            events,
            head_hash: head.to_owned(),
            broken: Some(BrokenLink {
                seq,
                reason: reason.to_owned(),
            }),
        };
        // A checkpoint of the empty chain (seq 0) anchors the genesis hash.
        while let Some(a) = next_anchor.next_if(|a| a.seq <= 0) {
            if a.hash != last_hash {
                return Ok(broken(0, "checkpoint_mismatch", 0, &last_hash));
            }
        }
        // One snapshot for everything read below.
        let mut tx = self.snapshot_tx().await?;
        let mut cursor = i64::MIN;
        loop {
            let rows: Vec<EventRow> = on_tx!(&mut tx, c => sqlx::query_as(&sql).bind(cursor).bind(PAGE).fetch_all(&mut **c).await?);
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
                while let Some(a) = next_anchor.next_if(|a| a.seq <= r.seq) {
                    if a.seq == r.seq && a.hash != r.hash {
                        return Ok(broken(r.seq, "checkpoint_mismatch", events, &last_hash));
                    }
                }
                if r.action == Action::Approve.as_str() {
                    approve_events.push((r.ticket_id, r.actor.clone(), r.person_id, r.at));
                }
                events += 1;
                last_seq = r.seq;
                last_hash = r.hash;
            }
            if (n as i64) < PAGE {
                break;
            }
        }
        let (head_seq, head_hash): (i64, String) = on_tx!(&mut tx, c => sqlx::query_as(
            "SELECT seq, hash FROM audit_head WHERE id = 1").fetch_one(&mut **c).await?);
        let approvals: Vec<(i64, String, Option<i64>, i64)> = on_tx!(&mut tx, c => sqlx::query_as(
            "SELECT ticket_id, actor_id, person_id, at FROM approvals").fetch_all(&mut **c).await?);
        tx.commit().await?;
        if let Some(a) = next_anchor.next() {
            return Ok(broken(a.seq, "checkpoint_missing", events, &last_hash));
        }
        if head_seq != last_seq || head_hash != last_hash {
            return Ok(broken(head_seq, "head_mismatch", events, &last_hash));
        }
        if !approvals_match(approve_events, approvals) {
            return Ok(broken(0, "approval_mismatch", events, &last_hash));
        }
        Ok(VerifyReport {
            ok: true,
            events,
            head_hash: last_hash,
            broken: None,
        })
    }

    /// The current head `(seq, hash)` of the chain.
    pub async fn audit_head(&self) -> Result<(i64, String), Error> {
        Ok(
            on_pool!(self, p => sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1").fetch_one(p).await?),
        )
    }

    /// A read-only transaction that sees one snapshot: `REPEATABLE READ` on PostgreSQL; on
    /// SQLite (WAL) every read transaction does.
    async fn snapshot_tx(&self) -> Result<Tx, Error> {
        Ok(match &self.inner.pool {
            super::Pool::Sqlite { read, .. } => Tx::Sqlite(read.begin().await?),
            super::Pool::Postgres(p) => {
                let mut tx = p.begin().await?;
                sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .execute(&mut *tx)
                    .await?;
                Tx::Postgres(tx)
            }
        })
    }
}

/// Every approval row is backed by exactly one approve event (same ticket, actor and time; and
/// the same person where the event records one), and no approve event lacks its row.
fn approvals_match(
    mut events: Vec<(i64, String, Option<i64>, i64)>,
    mut rows: Vec<(i64, String, Option<i64>, i64)>,
) -> bool {
    if events.len() != rows.len() {
        return false;
    }
    events.sort_by(|a, b| (a.0, &a.1, a.3).cmp(&(b.0, &b.1, b.3)));
    rows.sort_by(|a, b| (a.0, &a.1, a.3).cmp(&(b.0, &b.1, b.3)));
    events
        .iter()
        .zip(&rows)
        .all(|(e, r)| e.0 == r.0 && e.1 == r.1 && e.3 == r.3 && (e.2.is_none() || e.2 == r.2))
}
