//! Tickets: create (idempotent, duplicate-checked), read, list, the transitions, erasure and
//! retention. Every change is one transaction: version-checked update, audit event, outbox row.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{
    Store, Tx, audit, corrupt, from_ms, ms, now, on_tx, outbox, questions, sha256_hex, status,
    to_json,
};
use crate::erasure::Needles;
use crate::error::{Error, FieldError, FieldProblem};
use crate::model::{
    Action, Actor, Approval, DeletionReason, Identity, Lines, NewTicket, PersonId, Requester,
    Subject, Ticket, TicketDetails, TicketFilter, TicketId, TicketKind, TicketState, free_text,
    required_approvals,
};
use crate::policy;

/// The result of [`Store::create_ticket`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Created {
    pub ticket: Ticket,
    /// `true` when the idempotency key was seen before with the same body: nothing new was
    /// created and `ticket` is the original (HTTP: 200 instead of 201).
    pub replayed: bool,
}

#[derive(sqlx::FromRow)]
struct TicketRow {
    id: i64,
    kind: String,
    state: String,
    version: i64,
    requester_id: Option<String>,
    requester_name: Option<String>,
    requester_verified: bool,
    created_by: String,
    email: Option<String>,
    name_in_account: Option<String>,
    name_in_contract: Option<String>,
    identnummer: Option<String>,
    full_name: Option<String>,
    reason: Option<String>,
    note: Option<String>,
    rejection_reason: Option<String>,
    created_at: i64,
    updated_at: i64,
    due_at: i64,
    closed_at: Option<i64>,
    erased_at: Option<i64>,
    email_hash: Option<String>,
    created_by_person: Option<i64>,
}

const TICKET_COLS: &str = "id, kind, state, version, requester_id, requester_name, requester_verified, created_by, email, \
    name_in_account, name_in_contract, identnummer, full_name, reason, note, rejection_reason, created_at, \
    updated_at, due_at, closed_at, erased_at, email_hash, created_by_person";

impl TicketRow {
    fn into_ticket(self, approvals: Vec<Approval>) -> Result<Ticket, Error> {
        let kind: TicketKind = self.kind.parse().map_err(|_| corrupt("tickets.kind"))?;
        let state = TicketState::parse(&self.state).ok_or_else(|| corrupt("tickets.state"))?;
        let requester = match (self.requester_id, self.requester_name) {
            (Some(id), Some(display_name)) => Some(Requester {
                id: Identity::parse(&id).map_err(|_| corrupt("tickets.requester_id"))?,
                display_name,
            }),
            _ => None,
        };
        Ok(Ticket {
            id: TicketId(self.id),
            kind,
            state,
            version: self.version,
            requester,
            requester_verified: self.requester_verified,
            subject: Subject {
                email: self.email,
                name_in_account: self.name_in_account,
                name_in_contract: self.name_in_contract,
                identnummer: self.identnummer,
                full_name: self.full_name,
            },
            reason: self.reason.as_deref().and_then(DeletionReason::parse),
            note: self.note,
            rejection_reason: self.rejection_reason,
            approvals,
            approvals_required: required_approvals(kind),
            created_by: self.created_by,
            created_by_person: self.created_by_person.map(PersonId),
            created_at: from_ms(self.created_at),
            updated_at: from_ms(self.updated_at),
            due_at: from_ms(self.due_at),
            closed_at: self.closed_at.map(from_ms),
            erased_at: self.erased_at.map(from_ms),
            email_hash: self.email_hash,
        })
    }
}

async fn load(tx: &mut Tx, id: TicketId, lock: bool) -> Result<Option<Ticket>, Error> {
    let sql = format!(
        "SELECT {TICKET_COLS} FROM tickets WHERE id = $1{}",
        if lock { tx.for_update() } else { "" }
    );
    let row: Option<TicketRow> =
        on_tx!(tx, c => sqlx::query_as(&sql).bind(id.0).fetch_optional(&mut **c).await?);
    match row {
        None => Ok(None),
        Some(row) => {
            let approvals = load_approvals(tx, id).await?;
            Ok(Some(row.into_ticket(approvals)?))
        }
    }
}

async fn load_approvals(tx: &mut Tx, id: TicketId) -> Result<Vec<Approval>, Error> {
    let sql = "SELECT actor_id, person_id, actor_name, at FROM approvals WHERE ticket_id = $1 \
        ORDER BY at, actor_id";
    let rows: Vec<(String, Option<i64>, String, i64)> =
        on_tx!(tx, c => sqlx::query_as(sql).bind(id.0).fetch_all(&mut **c).await?);
    Ok(rows
        .into_iter()
        .map(|(actor_id, person, actor_name, at)| Approval {
            actor_id,
            person: person.map(PersonId),
            actor_name,
            at: from_ms(at),
        })
        .collect())
}

/// How a ticket is filed beyond the request itself.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CreateOptions<'a> {
    /// The requester is not a verified identity (web form).
    pub(crate) unverified: bool,
    /// Store a status link with this token hash for the ticket (also on a replay).
    pub(crate) status_link_hash: Option<&'a str>,
}

fn is_unique_violation(e: &Error) -> bool {
    matches!(e, Error::Database(sqlx::Error::Database(d)) if d.is_unique_violation())
}

fn validate_key(key: &str) -> Result<(), Error> {
    if key.is_empty() || key.len() > 200 || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(Error::validation(FieldError::new(
            "idempotency_key",
            FieldProblem::InvalidFormat,
        )));
    }
    Ok(())
}

impl Store {
    /// The id recorded in the audit trail for `actor`: tokens and `system` as they are, chat
    /// users as a salted pseudonym (`chat:<16 hex>`), so the trail holds no personal data.
    pub fn audit_actor_id(&self, actor: &Actor) -> String {
        if actor.is_token() || actor.id == "system" {
            actor.id.clone()
        } else {
            self.chat_pseudonym(&actor.id)
        }
    }

    /// The pseudonym of a chat identity (`discord:123…` → `chat:<16 hex>`, a hash keyed with
    /// this installation's salt): what logs and the audit trail show instead of a platform's
    /// user id. The same identity gets the same pseudonym in both, so an operator can follow
    /// one person through the log without learning who it is.
    pub fn chat_pseudonym(&self, identity: &str) -> String {
        let p = self.pseudonym(identity);
        format!("chat:{}", &p[..16])
    }

    /// Start a read transaction (reader pool on SQLite).
    async fn read_tx(&self) -> Result<Tx, Error> {
        Ok(match &self.inner.pool {
            super::Pool::Sqlite { read, .. } => Tx::Sqlite(read.begin().await?),
            super::Pool::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    /// File a ticket. With an `idempotency_key` (scoped to the actor) a repeated call with the
    /// same body returns the first ticket (`replayed: true`); with another body it fails with
    /// [`Error::IdempotencyMismatch`]. A pending ticket of the same kind for the same e-mail
    /// makes it fail with [`Error::Duplicate`].
    pub async fn create_ticket(
        &self,
        new: &NewTicket,
        actor: &Actor,
        idempotency_key: Option<&str>,
    ) -> Result<Created, Error> {
        self.create_with(new, actor, idempotency_key, CreateOptions::default())
            .await
    }

    /// [`Store::create_ticket`] with the web-form options (unverified requester, status link).
    pub(crate) async fn create_with(
        &self,
        new: &NewTicket,
        actor: &Actor,
        idempotency_key: Option<&str>,
        opts: CreateOptions<'_>,
    ) -> Result<Created, Error> {
        policy::authorize_create(actor, new.requester.id.as_str())?;
        if let Some(key) = idempotency_key {
            validate_key(key)?;
        }
        let body = to_json(new, "request")?;
        let request_hash = sha256_hex(&body);
        match self
            .try_create(new, actor, idempotency_key, &request_hash, opts)
            .await
        {
            // A concurrent create won the race for the same key or e-mail: the second attempt
            // sees its result (replay, mismatch or duplicate).
            Err(e) if is_unique_violation(&e) => {
                self.try_create(new, actor, idempotency_key, &request_hash, opts)
                    .await
            }
            other => other,
        }
    }

    async fn try_create(
        &self,
        new: &NewTicket,
        actor: &Actor,
        key: Option<&str>,
        request_hash: &str,
        opts: CreateOptions<'_>,
    ) -> Result<Created, Error> {
        let scope = self.audit_actor_id(actor);
        let mut tx = self.begin().await?;
        if let Some(key) = key {
            // Claim the key first: a concurrent create with the same key blocks here until the
            // first one commits (PostgreSQL) and then sees its result.
            let claim = "INSERT INTO idempotency_keys (scope, key, request_hash, ticket_id, created_at) \
                VALUES ($1, $2, $3, 0, $4) ON CONFLICT (scope, key) DO NOTHING";
            let claimed = on_tx!(&mut tx, c => sqlx::query(claim).bind(&scope).bind(key).bind(request_hash)
                .bind(ms(now())).execute(&mut **c).await?.rows_affected());
            if claimed == 0 {
                let sql = "SELECT request_hash, ticket_id FROM idempotency_keys WHERE scope = $1 AND key = $2";
                let (hash, ticket_id): (String, i64) = on_tx!(&mut tx, c => sqlx::query_as(sql).bind(&scope).bind(key).fetch_one(&mut **c).await?);
                if hash != request_hash {
                    return Err(Error::IdempotencyMismatch);
                }
                let ticket = load(&mut tx, TicketId(ticket_id), false)
                    .await?
                    .ok_or(Error::NotFound)?;
                if let Some(hash) = opts.status_link_hash {
                    status::insert_link(&mut tx, hash, ticket.id, now()).await?;
                }
                tx.commit().await?;
                return Ok(Created {
                    ticket,
                    replayed: true,
                });
            }
        }
        let kind = new.details.kind();
        let email_norm = new.details.email().normalized();
        let dup_sql = "SELECT id FROM tickets WHERE kind = $1 AND email_norm = $2 AND state IN ('open', 'approved')";
        let existing: Option<i64> = on_tx!(&mut tx, c => sqlx::query_scalar(dup_sql)
            .bind(kind.as_str()).bind(&email_norm).fetch_optional(&mut **c).await?);
        if let Some(existing) = existing {
            // The number only for a caller who may see that ticket (issue 11).
            let visible = load(&mut tx, TicketId(existing), false)
                .await?
                .is_some_and(|t| policy::may_see(&t, actor));
            return Err(Error::Duplicate {
                existing: visible.then_some(TicketId(existing)),
            });
        }
        let now = now();
        let due = now + self.inner.config.due_after(kind);
        let (nia, nic, ident, full, reason) = match &new.details {
            TicketDetails::NameCorrection {
                name_in_account,
                name_in_contract,
                identnummer,
                ..
            } => (
                Some(name_in_account.as_str()),
                Some(name_in_contract.as_str()),
                identnummer.as_ref().map(|i| i.as_str()),
                None,
                None,
            ),
            TicketDetails::Deletion {
                full_name, reason, ..
            } => (
                None,
                None,
                None,
                Some(full_name.as_str()),
                Some(reason.as_str()),
            ),
        };
        let insert = "INSERT INTO tickets (kind, state, version, requester_id, requester_name, created_by, email, \
            email_norm, name_in_account, name_in_contract, identnummer, full_name, reason, note, created_at, \
            updated_at, due_at, requester_verified, created_by_person) \
            VALUES ($1, 'open', 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14, $15, $16) \
            RETURNING id";
        let id: i64 = on_tx!(&mut tx, c => sqlx::query_scalar(insert)
            .bind(kind.as_str())
            .bind(new.requester.id.as_str())
            .bind(&new.requester.display_name)
            .bind(&scope)
            .bind(new.details.email().as_str())
            .bind(&email_norm)
            .bind(nia)
            .bind(nic)
            .bind(ident)
            .bind(full)
            .bind(reason)
            .bind(new.note.as_deref())
            .bind(ms(now))
            .bind(ms(due))
            .bind(!opts.unverified)
            .bind(actor.person.map(|p| p.0))
            .fetch_one(&mut **c)
            .await?);
        let id = TicketId(id);
        if let Some(hash) = opts.status_link_hash {
            status::insert_link(&mut tx, hash, id, now).await?;
        }
        audit::append(
            &mut tx,
            id,
            Action::Create,
            audit::Who {
                actor: &scope,
                person: actor.person.map(|p| p.0),
            },
            None,
            TicketState::Open,
            1,
            now,
        )
        .await?;
        let ticket = load(&mut tx, id, false).await?.ok_or(Error::NotFound)?;
        outbox::enqueue(&mut tx, &ticket, Action::Create, actor, now).await?;
        if let Some(key) = key {
            let sql = "UPDATE idempotency_keys SET ticket_id = $1 WHERE scope = $2 AND key = $3";
            on_tx!(&mut tx, c => sqlx::query(sql).bind(id.0).bind(&scope).bind(key).execute(&mut **c).await?.rows_affected());
        }
        tx.commit().await?;
        tracing::info!(ticket = %id, kind = kind.as_str(), "ticket created");
        Ok(Created {
            ticket,
            replayed: false,
        })
    }

    /// One ticket with its approvals.
    pub async fn ticket(&self, id: TicketId) -> Result<Ticket, Error> {
        let mut tx = self.read_tx().await?;
        let t = load(&mut tx, id, false).await?.ok_or(Error::NotFound)?;
        tx.commit().await?;
        Ok(t)
    }

    /// Tickets matching `filter`, newest first.
    pub async fn list_tickets(&self, filter: &TicketFilter) -> Result<Vec<Ticket>, Error> {
        let sql = format!(
            "SELECT {TICKET_COLS} FROM tickets WHERE ($1 IS NULL OR state = $1) AND ($2 IS NULL OR kind = $2) \
             AND ($3 IS NULL OR (state IN ('open', 'approved') AND due_at < $3)) \
             AND ($4 IS NULL OR requester_id = $4) ORDER BY id DESC LIMIT $5"
        );
        let limit = i64::from(filter.limit.unwrap_or(100).clamp(1, 1000));
        let mut tx = self.read_tx().await?;
        let rows: Vec<TicketRow> = on_tx!(&mut tx, c => sqlx::query_as(&sql)
            .bind(filter.state.map(TicketState::as_str))
            .bind(filter.kind.map(TicketKind::as_str))
            .bind(filter.overdue_at.map(ms))
            .bind(filter.requester.as_ref().map(Identity::as_str))
            .bind(limit)
            .fetch_all(&mut **c)
            .await?);
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let approvals = load_approvals(&mut tx, TicketId(row.id)).await?;
            out.push(row.into_ticket(approvals)?);
        }
        tx.commit().await?;
        Ok(out)
    }

    /// The IT queue, most urgent first: pending tickets (open, approved) by due date, then closed
    /// ones, most recently changed first. `filter.state` narrows to one state; without it and
    /// with `pending_only` only open and approved tickets are listed. `filter.limit` as in
    /// [`Store::list_tickets`]. Approvals are loaded in one query for the whole page.
    pub async fn ticket_queue(
        &self,
        filter: &TicketFilter,
        pending_only: bool,
    ) -> Result<Vec<Ticket>, Error> {
        let sql = format!(
            "SELECT {TICKET_COLS} FROM tickets WHERE ($1 IS NULL OR state = $1) AND ($2 IS NULL OR kind = $2) \
             AND ($3 IS NULL OR (state IN ('open', 'approved') AND due_at < $3)) \
             AND ($4 IS NULL OR requester_id = $4) \
             AND ($6 = 0 OR state IN ('open', 'approved')) \
             ORDER BY CASE WHEN state IN ('open', 'approved') THEN 0 ELSE 1 END, \
             CASE WHEN state IN ('open', 'approved') THEN due_at ELSE -updated_at END, id LIMIT $5"
        );
        let limit = i64::from(filter.limit.unwrap_or(100).clamp(1, 1000));
        let pending_only = i64::from(pending_only && filter.state.is_none());
        let mut tx = self.read_tx().await?;
        let rows: Vec<TicketRow> = on_tx!(&mut tx, c => sqlx::query_as(&sql)
            .bind(filter.state.map(TicketState::as_str))
            .bind(filter.kind.map(TicketKind::as_str))
            .bind(filter.overdue_at.map(ms))
            .bind(filter.requester.as_ref().map(Identity::as_str))
            .bind(limit)
            .bind(pending_only)
            .fetch_all(&mut **c)
            .await?);
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let mut approvals: std::collections::HashMap<i64, Vec<Approval>> =
            std::collections::HashMap::new();
        if !ids.is_empty() {
            // One query for the page's approvals (`IN` with one placeholder per id).
            let marks: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT ticket_id, actor_id, person_id, actor_name, at FROM approvals WHERE ticket_id IN ({}) ORDER BY at, actor_id",
                marks.join(", ")
            );
            let found: Vec<(i64, String, Option<i64>, String, i64)> = on_tx!(&mut tx, c => {
                let mut q = sqlx::query_as(&sql);
                for id in &ids {
                    q = q.bind(*id);
                }
                q.fetch_all(&mut **c).await?
            });
            for (ticket_id, actor_id, person, actor_name, at) in found {
                approvals.entry(ticket_id).or_default().push(Approval {
                    actor_id,
                    person: person.map(PersonId),
                    actor_name,
                    at: from_ms(at),
                });
            }
        }
        tx.commit().await?;
        rows.into_iter()
            .map(|row| {
                let a = approvals.remove(&row.id).unwrap_or_default();
                row.into_ticket(a)
            })
            .collect()
    }

    /// Pending tickets past their due date at `now`, oldest due first.
    pub async fn overdue_tickets(&self, now: DateTime<Utc>) -> Result<Vec<Ticket>, Error> {
        let mut v = self
            .list_tickets(&TicketFilter {
                overdue_at: Some(now),
                limit: Some(1000),
                ..TicketFilter::default()
            })
            .await?;
        v.sort_by_key(|t| t.due_at);
        Ok(v)
    }

    /// Number of tickets per state (for metrics).
    pub async fn ticket_counts(&self) -> Result<Vec<(TicketState, i64)>, Error> {
        let mut tx = self.read_tx().await?;
        let rows: Vec<(String, i64)> = on_tx!(&mut tx, c => sqlx::query_as(
            "SELECT state, COUNT(*) FROM tickets GROUP BY state").fetch_all(&mut **c).await?);
        tx.commit().await?;
        Ok(TicketState::ALL
            .into_iter()
            .map(|s| {
                (
                    s,
                    rows.iter()
                        .find(|(st, _)| st == s.as_str())
                        .map_or(0, |(_, n)| *n),
                )
            })
            .collect())
    }

    /// Approve (IT staff/admin; a deletion needs two different approvers).
    pub async fn approve(
        &self,
        id: TicketId,
        expected_version: i64,
        actor: &Actor,
    ) -> Result<Ticket, Error> {
        self.transition(id, expected_version, actor, Action::Approve, None)
            .await
    }

    /// Reject with a reason (IT staff/admin).
    pub async fn reject(
        &self,
        id: TicketId,
        expected_version: i64,
        actor: &Actor,
        reason: &str,
    ) -> Result<Ticket, Error> {
        self.transition(id, expected_version, actor, Action::Reject, Some(reason))
            .await
    }

    /// Mark an approved ticket done (IT staff/admin). A deletion ticket is erased right away.
    pub async fn complete(
        &self,
        id: TicketId,
        expected_version: i64,
        actor: &Actor,
    ) -> Result<Ticket, Error> {
        self.transition(id, expected_version, actor, Action::Complete, None)
            .await
    }

    /// Cancel an open ticket (the requester only).
    pub async fn cancel(
        &self,
        id: TicketId,
        expected_version: i64,
        actor: &Actor,
    ) -> Result<Ticket, Error> {
        self.transition(id, expected_version, actor, Action::Cancel, None)
            .await
    }

    async fn transition(
        &self,
        id: TicketId,
        expected_version: i64,
        actor: &Actor,
        action: Action,
        reason: Option<&str>,
    ) -> Result<Ticket, Error> {
        policy::authorize(actor, action)?;
        let reason = match (action, reason.map(str::trim)) {
            (Action::Reject, None | Some("")) => {
                return Err(Error::validation(FieldError::new(
                    "reason",
                    FieldProblem::Required,
                )));
            }
            (Action::Reject, Some(r)) if r.chars().count() > 1000 => {
                return Err(Error::validation(FieldError::new(
                    "reason",
                    FieldProblem::TooLong { max: 1000 },
                )));
            }
            (Action::Reject, Some(r)) => Some(
                free_text(r, Lines::Multi)
                    .map_err(|p| Error::validation(FieldError::new("reason", p)))?,
            ),
            (_, r) => r.map(str::to_owned),
        };
        let mut tx = self.begin().await?;
        let t = load(&mut tx, id, true).await?.ok_or(Error::NotFound)?;
        if t.version != expected_version {
            return Err(Error::Conflict {
                current_version: t.version,
            });
        }
        let decision = policy::decide(&t, actor, action)?;
        let now = now();
        let version = t.version + 1;
        let closed_at = decision.to.is_closed().then(|| ms(now));
        let update = "UPDATE tickets SET state = $1, version = $2, updated_at = $3, closed_at = $4, \
            rejection_reason = $5 WHERE id = $6 AND version = $7";
        let n = on_tx!(&mut tx, c => sqlx::query(update)
            .bind(decision.to.as_str())
            .bind(version)
            .bind(ms(now))
            .bind(closed_at)
            .bind(reason.as_deref())
            .bind(id.0)
            .bind(t.version)
            .execute(&mut **c)
            .await?
            .rows_affected());
        if n != 1 {
            return Err(Error::Conflict {
                current_version: t.version + 1,
            });
        }
        let audit_actor = self.audit_actor_id(actor);
        if decision.records_approval {
            let sql = "INSERT INTO approvals (ticket_id, actor_id, person_id, actor_name, at) VALUES ($1, $2, $3, $4, $5)";
            on_tx!(&mut tx, c => sqlx::query(sql).bind(id.0).bind(&actor.id).bind(actor.person.map(|p| p.0))
                .bind(&actor.name).bind(ms(now)).execute(&mut **c).await?.rows_affected());
        }
        audit::append(
            &mut tx,
            id,
            action,
            audit::Who {
                actor: &audit_actor,
                person: actor.person.map(|p| p.0),
            },
            Some(t.state),
            decision.to,
            version,
            now,
        )
        .await?;
        let updated = load(&mut tx, id, false).await?.ok_or(Error::NotFound)?;
        outbox::enqueue(&mut tx, &updated, action, actor, now).await?;
        if decision.to.is_closed() {
            // The staff post keeps names, e-mail and Identnummer: edit it down (issue 11).
            outbox::enqueue_topic(&mut tx, &updated, outbox::CLOSE_POST, action, actor, now)
                .await?;
        }
        if action == Action::Complete && t.kind == TicketKind::Deletion {
            let who = audit::Who {
                actor: &audit_actor,
                person: actor.person.map(|p| p.0),
            };
            self.erase_in_tx(&mut tx, &updated, who, now).await?;
        }
        let result = load(&mut tx, id, false).await?.ok_or(Error::NotFound)?;
        tx.commit().await?;
        tracing::info!(ticket = %id, action = action.as_str(), state = result.state.as_str(), version = result.version, "ticket transition");
        Ok(result)
    }

    /// Erase the personal fields of `t` (locked in `tx`) and what mentions them elsewhere.
    async fn erase_in_tx(
        &self,
        tx: &mut Tx,
        t: &Ticket,
        who: audit::Who<'_>,
        now: DateTime<Utc>,
    ) -> Result<(), Error> {
        let s = &t.subject;
        let mut needles = Needles::new();
        for name in [&s.name_in_account, &s.name_in_contract, &s.full_name]
            .into_iter()
            .flatten()
        {
            needles.add_name(name);
        }
        if let Some(r) = &t.requester {
            needles.add_name(&r.display_name);
        }
        for token in [&s.email, &s.identnummer].into_iter().flatten() {
            needles.add_token(token);
        }
        let removed = questions::erase_matching(tx, &needles).await?;
        let id = t.id.0;
        let email_hash = s.email.as_ref().map(|e| self.pseudonym(&e.to_lowercase()));
        let version = t.version + 1;
        on_tx!(&mut *tx, c => {
            sqlx::query("DELETE FROM idempotency_keys WHERE ticket_id = $1").bind(id).execute(&mut **c).await?;
            sqlx::query("DELETE FROM outbox WHERE ticket_id = $1 AND (done_at IS NOT NULL OR dead_at IS NOT NULL)")
                .bind(id).execute(&mut **c).await?;
            // Undelivered notifications lose their recipient: nobody is told anything more —
            // except the completion notice written by the erasing transition itself: a requester
            // whose deletion is done is still told so (delivery clears it, see `outbox_ack`).
            sqlx::query("UPDATE outbox SET last_error = NULL, recipient = NULL WHERE ticket_id = $1 AND topic <> 'ticket.complete'")
                .bind(id).execute(&mut **c).await?;
            sqlx::query(
                "UPDATE tickets SET requester_id = NULL, requester_name = NULL, email = NULL, email_norm = NULL, \
                 name_in_account = NULL, name_in_contract = NULL, identnummer = NULL, full_name = NULL, note = NULL, \
                 rejection_reason = NULL, email_hash = COALESCE($1, email_hash), erased_at = $2, updated_at = $2, \
                 version = $3 WHERE id = $4",
            )
            .bind(email_hash.as_deref())
            .bind(ms(now))
            .bind(version)
            .bind(id)
            .execute(&mut **c)
            .await?;
        });
        audit::append(
            tx,
            t.id,
            Action::Erase,
            who,
            Some(t.state),
            t.state,
            version,
            now,
        )
        .await?;
        tracing::info!(ticket = %t.id, questions_removed = removed, "ticket personal data erased");
        Ok(())
    }

    /// Erase every closed ticket whose retention period has passed at `now`, drop delivered
    /// outbox rows and idempotency records older than the retention period, and delete logged
    /// questions older than the question-log retention. Returns the ids of the tickets erased.
    /// Run it periodically (`helpdesk serve` does, hourly).
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> Result<Vec<TicketId>, Error> {
        let cutoff = ms(now - self.inner.config.retention);
        let sql = "SELECT id FROM tickets WHERE state IN ('done', 'rejected', 'cancelled') AND erased_at IS NULL \
            AND closed_at < $1 ORDER BY id";
        let ids: Vec<i64> = on_tx!(&mut self.read_tx().await?, c => sqlx::query_scalar(sql).bind(cutoff).fetch_all(&mut **c).await?);
        let mut erased = Vec::new();
        let system = self.audit_actor_id(&Actor::system());
        for id in ids {
            let mut tx = self.begin().await?;
            if let Some(t) = load(&mut tx, TicketId(id), true).await?
                && t.erased_at.is_none()
            {
                let who = audit::Who {
                    actor: &system,
                    person: None,
                };
                self.erase_in_tx(&mut tx, &t, who, super::now()).await?;
                erased.push(t.id);
            }
            tx.commit().await?;
        }
        let mut tx = self.begin().await?;
        on_tx!(&mut tx, c => {
            sqlx::query("DELETE FROM outbox WHERE (done_at IS NOT NULL OR dead_at IS NOT NULL) AND created_at < $1")
                .bind(cutoff).execute(&mut **c).await?;
            sqlx::query("DELETE FROM idempotency_keys WHERE created_at < $1").bind(cutoff).execute(&mut **c).await?;
        });
        let questions_cutoff = ms(now - self.inner.config.question_log_retention);
        let questions = questions::purge_before(&mut tx, questions_cutoff).await?;
        tx.commit().await?;
        if !erased.is_empty() || questions > 0 {
            tracing::info!(
                tickets = erased.len(),
                questions,
                "retention: tickets erased, old questions deleted"
            );
        }
        Ok(erased)
    }
}
