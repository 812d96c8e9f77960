//! The ticket API for IT staff and intake integrations. Handlers parse, check the role, call
//! the store and format; the state machine and its rules live in `helpdesk-core`.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use helpdesk_core::{
    Action, AuditEvent, RequesterRequest, SubjectRequest, Ticket, TicketFilter, TicketId,
    TicketRequest, TicketState, VerifyReport,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::{Caller, Perm};
use crate::error::{ApiError, FieldError, Problem};
use crate::extract::{Json, Path, Query};
use crate::routes::etag::{etag, if_match};
use crate::schema::ApiTicketKind;
use crate::state::AppState;

/// Longest accepted `Idempotency-Key`.
const MAX_IDEMPOTENCY_KEY: usize = 200;

/// An approval so far.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ApprovalView {
    /// `token:<id>`.
    pub actor_id: String,
    pub actor_name: String,
    pub at: DateTime<Utc>,
}

/// A ticket.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct TicketView {
    pub id: i64,
    pub kind: ApiTicketKind,
    /// `open`, `approved`, `rejected`, `done`, `cancelled`.
    pub state: String,
    /// Optimistic-concurrency version; also the `ETag`.
    pub version: i64,
    pub requester: Option<RequesterRequest>,
    /// `false` when the requester is not a verified identity (filed from the web form):
    /// check who they are before acting.
    pub requester_verified: bool,
    pub subject: SubjectRequest,
    pub reason: Option<String>,
    pub note: Option<String>,
    pub rejection_reason: Option<String>,
    pub approvals: Vec<ApprovalView>,
    pub approvals_required: i64,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub overdue: bool,
    pub closed_at: Option<DateTime<Utc>>,
    /// Set when the personal fields were erased (a pseudonymous receipt remains).
    pub erased_at: Option<DateTime<Utc>>,
}

impl From<Ticket> for TicketView {
    fn from(t: Ticket) -> Self {
        let overdue = t.is_overdue(Utc::now());
        Self {
            id: t.id.0,
            kind: t.kind,
            state: t.state.as_str().to_owned(),
            version: t.version,
            requester: t.requester.map(|r| RequesterRequest {
                id: Some(r.id.as_str().to_owned()),
                display_name: Some(r.display_name),
            }),
            requester_verified: t.requester_verified,
            subject: SubjectRequest {
                email: t.subject.email,
                name_in_account: t.subject.name_in_account,
                name_in_contract: t.subject.name_in_contract,
                identnummer: t.subject.identnummer,
                full_name: t.subject.full_name,
            },
            reason: t.reason.map(|r| r.as_str().to_owned()),
            note: t.note,
            rejection_reason: t.rejection_reason,
            approvals: t
                .approvals
                .into_iter()
                .map(|a| ApprovalView {
                    actor_id: a.actor_id,
                    actor_name: a.actor_name,
                    at: a.at,
                })
                .collect(),
            approvals_required: i64::try_from(t.approvals_required).unwrap_or(i64::MAX),
            created_by: t.created_by,
            created_at: t.created_at,
            updated_at: t.updated_at,
            due_at: t.due_at,
            overdue,
            closed_at: t.closed_at,
            erased_at: t.erased_at,
        }
    }
}

fn with_etag(status: StatusCode, t: Ticket) -> Response {
    let tag = etag(t.version);
    let mut resp = (status, Json(TicketView::from(t))).into_response();
    resp.headers_mut().insert(header::ETAG, tag);
    resp
}

fn ticket_id(raw: &str) -> Result<TicketId, ApiError> {
    raw.parse::<TicketId>()
        .map_err(|_| ApiError::NotFound(format!("ticket {raw:?}")))
}

/// Loads a ticket the caller may see (404 otherwise).
async fn visible(state: &AppState, caller: &Caller, raw: &str) -> Result<Ticket, ApiError> {
    let id = ticket_id(raw)?;
    let t = state.store().ticket(id).await.map_err(|e| match e {
        helpdesk_core::Error::NotFound => ApiError::NotFound(format!("ticket {id}")),
        other => other.into(),
    })?;
    if caller.can_see(&t) {
        Ok(t)
    } else {
        Err(ApiError::NotFound(format!("ticket {id}")))
    }
}

/// Files a ticket. With the same `Idempotency-Key` and body the first ticket is returned
/// (200); with another body the request is refused (422 `idempotency_key_reused`).
#[utoipa::path(post, path = "/api/v1/tickets", tag = "tickets", request_body = TicketRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries safe (at most 200 characters)")),
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Created", body = TicketView, headers(("ETag" = String))),
        (status = 200, description = "Replay of an earlier request with the same key and body", body = TicketView),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not file tickets", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A pending ticket of this kind exists for this account", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, or a reused idempotency key", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Json(body): Json<TicketRequest>,
) -> Result<Response, ApiError> {
    caller.require(Perm::FileTickets)?;
    let key = match headers.get("idempotency-key") {
        None => None,
        Some(v) => {
            let k = v.to_str().map(str::trim).unwrap_or("");
            if k.is_empty() || k.len() > MAX_IDEMPOTENCY_KEY {
                return Err(ApiError::Validation(vec![FieldError::new(
                    "Idempotency-Key",
                    format!("must be 1-{MAX_IDEMPOTENCY_KEY} visible ASCII characters"),
                )]));
            }
            Some(k.to_owned())
        }
    };
    let new = body.validate()?;
    let created = state
        .store()
        .create_ticket(&new, &caller.actor, key.as_deref())
        .await?;
    let status = if created.replayed {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    let id = created.ticket.id;
    let mut resp = with_etag(status, created.ticket);
    if let Ok(loc) = format!("/api/v1/tickets/{id}").parse() {
        resp.headers_mut().insert(header::LOCATION, loc);
    }
    Ok(resp)
}

/// Filters for the ticket list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// `open`, `approved`, `rejected`, `done` or `cancelled`.
    pub state: Option<String>,
    /// `name_correction` or `deletion`.
    pub kind: Option<String>,
    /// Only tickets past their due date (`true`) .
    pub overdue: Option<bool>,
    /// At most this many, newest first (1–1000, default 100).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
}

/// Lists tickets (IT: all; intake: the ones it filed).
#[utoipa::path(get, path = "/api/v1/tickets", tag = "tickets", params(ListQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Tickets, newest first", body = Vec<TicketView>),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not read tickets", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid filter", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<ListQuery>,
) -> Result<Json<Vec<TicketView>>, ApiError> {
    caller.require(Perm::ReadTickets)?;
    let mut errors = Vec::new();
    let st = match q.state.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => TicketState::parse(s).or_else(|| {
            errors.push(FieldError::new(
                "state",
                "use open, approved, rejected, done or cancelled",
            ));
            None
        }),
    };
    let kind = match q.kind.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(k) => k.parse().map_or_else(
            |msg: String| {
                errors.push(FieldError::new("kind", msg));
                None
            },
            Some,
        ),
    };
    if let Some(l) = q.limit
        && !(1..=1000).contains(&l)
    {
        errors.push(FieldError::new("limit", "must be between 1 and 1000"));
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let filter = TicketFilter {
        state: st,
        kind,
        overdue_at: q.overdue.filter(|o| *o).map(|_| Utc::now()),
        limit: q.limit,
        ..TicketFilter::default()
    };
    let tickets = state.store().list_tickets(&filter).await?;
    let now = Utc::now();
    Ok(Json(
        tickets
            .into_iter()
            .filter(|t| caller.can_see(t))
            .filter(|t| q.overdue != Some(false) || !t.is_overdue(now))
            .map(TicketView::from)
            .collect(),
    ))
}

/// One ticket, with its version as `ETag`.
#[utoipa::path(get, path = "/api/v1/tickets/{id}", tag = "tickets",
    params(("id" = i64, Path, description = "Ticket id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The ticket", body = TicketView, headers(("ETag" = String))),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not read tickets", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such ticket (or not yours)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    caller.require(Perm::ReadTickets)?;
    let t = visible(&state, &caller, &id).await?;
    Ok(with_etag(StatusCode::OK, t))
}

/// The audit trail of one ticket.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EventView {
    pub seq: i64,
    pub ticket_id: i64,
    pub action: String,
    /// `token:<id>`, `system`, or `chat:<pseudonym>`.
    pub actor: String,
    pub from_state: Option<String>,
    pub to_state: String,
    pub version: i64,
    pub at: DateTime<Utc>,
    pub prev_hash: String,
    pub hash: String,
}

impl From<AuditEvent> for EventView {
    fn from(e: AuditEvent) -> Self {
        Self {
            seq: e.seq,
            ticket_id: e.ticket_id.0,
            action: e.action,
            actor: e.actor,
            from_state: e.from_state,
            to_state: e.to_state,
            version: e.version,
            at: e.at,
            prev_hash: e.prev_hash,
            hash: e.hash,
        }
    }
}

/// The audit events of a ticket, oldest first.
#[utoipa::path(get, path = "/api/v1/tickets/{id}/events", tag = "tickets",
    params(("id" = i64, Path, description = "Ticket id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Audit events", body = Vec<EventView>),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not read tickets", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such ticket (or not yours)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn events(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Vec<EventView>>, ApiError> {
    caller.require(Perm::ReadTickets)?;
    let t = visible(&state, &caller, &id).await?;
    let events = state.store().ticket_events(t.id).await?;
    Ok(Json(events.into_iter().map(EventView::from).collect()))
}

/// Why a ticket is rejected.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct RejectBody {
    /// Shown to the requester; 1–1000 characters.
    #[schema(
        example = "Der Name im Vertrag stimmt mit dem Konto überein.",
        min_length = 1,
        max_length = 1000
    )]
    pub reason: String,
}

async fn transition(
    state: &AppState,
    caller: &Caller,
    headers: &HeaderMap,
    raw_id: &str,
    action: Action,
    reason: Option<&str>,
) -> Result<Response, ApiError> {
    caller.require(match action {
        Action::Cancel => Perm::CancelTickets,
        _ => Perm::DecideTickets,
    })?;
    let t = visible(state, caller, raw_id).await?;
    let expected = if_match(headers)?.expect(t.version)?;
    let store = state.store();
    let t = match action {
        Action::Approve => store.approve(t.id, expected, &caller.actor).await?,
        Action::Complete => store.complete(t.id, expected, &caller.actor).await?,
        Action::Cancel => store.cancel(t.id, expected, &caller.actor).await?,
        Action::Reject => {
            store
                .reject(t.id, expected, &caller.actor, reason.unwrap_or(""))
                .await?
        }
        Action::Create | Action::Erase => {
            return Err(ApiError::MethodNotAllowed);
        }
    };
    Ok(with_etag(StatusCode::OK, t))
}

macro_rules! transition_doc {
    ($name:ident, $path:literal, $summary:literal, $action:expr) => {
        #[doc = $summary]
        #[utoipa::path(post, path = $path, tag = "tickets",
            params(("id" = i64, Path, description = "Ticket id"),
                   ("If-Match" = String, Header, description = "The ETag last read, e.g. \"3\"")),
            security(("bearer" = [])),
            responses(
                (status = 200, description = "The ticket after the transition", body = TicketView, headers(("ETag" = String))),
                (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
                (status = 403, description = "Role or rule (e.g. self-approval) forbids it", body = Problem, content_type = "application/problem+json"),
                (status = 404, description = "No such ticket (or not yours)", body = Problem, content_type = "application/problem+json"),
                (status = 409, description = "The state machine forbids this transition", body = Problem, content_type = "application/problem+json"),
                (status = 412, description = "Stale If-Match", body = Problem, content_type = "application/problem+json"),
                (status = 428, description = "If-Match missing", body = Problem, content_type = "application/problem+json"),
            ))]
        pub async fn $name(
            State(state): State<AppState>,
            caller: Caller,
            headers: HeaderMap,
            Path(id): Path<String>,
        ) -> Result<Response, ApiError> {
            transition(&state, &caller, &headers, &id, $action, None).await
        }
    };
}

transition_doc!(
    approve,
    "/api/v1/tickets/{id}/approve",
    "Approves a ticket (a deletion needs two distinct IT approvers).",
    Action::Approve
);
transition_doc!(
    complete,
    "/api/v1/tickets/{id}/complete",
    "Marks an approved ticket done (a deletion erases the personal data).",
    Action::Complete
);
transition_doc!(
    cancel,
    "/api/v1/tickets/{id}/cancel",
    "Cancels an open ticket (its requester, or whoever filed it).",
    Action::Cancel
);

/// Rejects an open ticket with a reason.
#[utoipa::path(post, path = "/api/v1/tickets/{id}/reject", tag = "tickets", request_body = RejectBody,
    params(("id" = i64, Path, description = "Ticket id"),
           ("If-Match" = String, Header, description = "The ETag last read, e.g. \"3\"")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The rejected ticket", body = TicketView, headers(("ETag" = String))),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role or rule forbids it", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such ticket (or not yours)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The state machine forbids this transition", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Stale If-Match", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Reason missing or too long", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match missing", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn reject(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path(id): Path<String>,
    Json(body): Json<RejectBody>,
) -> Result<Response, ApiError> {
    let reason = body.reason.trim();
    if reason.is_empty() || reason.chars().count() > 1000 {
        return Err(ApiError::validation("reason", "must be 1-1000 characters"));
    }
    transition(&state, &caller, &headers, &id, Action::Reject, Some(reason)).await
}

/// The result of walking the audit chain.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct VerifyView {
    pub ok: bool,
    pub events: i64,
    pub head_hash: String,
    pub broken: Option<BrokenLinkView>,
}

/// The first broken link.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct BrokenLinkView {
    pub seq: i64,
    /// `hash_mismatch`, `prev_hash_mismatch`, `sequence_gap` or `head_mismatch`.
    pub reason: String,
}

impl From<VerifyReport> for VerifyView {
    fn from(r: VerifyReport) -> Self {
        Self {
            ok: r.ok,
            events: r.events,
            head_hash: r.head_hash,
            broken: r.broken.map(|b| BrokenLinkView {
                seq: b.seq,
                reason: b.reason,
            }),
        }
    }
}

/// Verifies the hash chain of the audit trail.
#[utoipa::path(get, path = "/api/v1/audit/verify", tag = "tickets",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "`ok: true`, or the first broken link", body = VerifyView),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not audit", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn verify(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<VerifyView>, ApiError> {
    caller.require(Perm::Audit)?;
    Ok(Json(state.store().verify().await?.into()))
}
