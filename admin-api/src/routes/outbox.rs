//! The notification outbox for operators (role `admin`): pending and dead notifications, and
//! requeueing dead ones (a notification is dead after failing for a day, e.g. a long Discord
//! outage). The same as `helpdesk outbox status|requeue` on the command line.

use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::{Caller, Perm};
use crate::error::{ApiError, Problem};
use crate::extract::Json;
use crate::state::AppState;

/// A notification that gave up.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DeadNotification {
    /// The outbox row id (pass it to `POST /api/v1/outbox/requeue`).
    pub id: i64,
    pub ticket_id: Option<i64>,
    /// `ticket.create`, `ticket.approve`, …
    pub topic: String,
    pub attempts: i64,
    /// A short error code of the last failure, e.g. `discord_http_5xx`.
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub dead_at: DateTime<Utc>,
}

/// Pending and dead notifications.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct OutboxStatus {
    /// Not delivered yet (including those waiting for their next retry).
    pub pending: i64,
    /// Gave up; requeue them once the cause is fixed.
    pub dead: i64,
    /// The oldest dead notifications (at most 100).
    pub dead_notifications: Vec<DeadNotification>,
}

/// Which dead notifications to requeue.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RequeueRequest {
    /// Outbox row ids; absent or empty: all dead notifications.
    #[serde(default)]
    pub ids: Vec<i64>,
}

/// How many were requeued.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Requeued {
    pub requeued: u64,
}

/// Pending and dead notifications.
#[utoipa::path(get, path = "/api/v1/outbox", tag = "system", security(("bearer" = [])),
    responses(
        (status = 200, description = "Outbox status", body = OutboxStatus),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only admins", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "Database unavailable", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn status(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<OutboxStatus>, ApiError> {
    caller.require(Perm::Operate)?;
    let store = state.store();
    let counts = store.outbox_counts().await?;
    let dead = store.outbox_dead(100).await?;
    Ok(Json(OutboxStatus {
        pending: counts.pending,
        dead: counts.dead,
        dead_notifications: dead
            .into_iter()
            .map(|d| DeadNotification {
                id: d.id,
                ticket_id: d.ticket_id.map(|t| t.0),
                topic: d.topic,
                attempts: d.attempts,
                last_error: d.last_error,
                created_at: d.created_at,
                dead_at: d.dead_at,
            })
            .collect(),
    }))
}

/// Requeue dead notifications: they are delivered again from now on, with a fresh day of
/// retries. Ids that are not dead are ignored.
#[utoipa::path(post, path = "/api/v1/outbox/requeue", tag = "system", security(("bearer" = [])),
    request_body = RequeueRequest,
    responses(
        (status = 200, description = "Requeued", body = Requeued),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only admins", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid field", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "Database unavailable", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn requeue(
    State(state): State<AppState>,
    caller: Caller,
    Json(req): Json<RequeueRequest>,
) -> Result<Json<Requeued>, ApiError> {
    caller.require(Perm::Operate)?;
    if req.ids.len() > 1000 {
        return Err(ApiError::validation("ids", "at most 1000 ids"));
    }
    let ids = (!req.ids.is_empty()).then_some(req.ids.as_slice());
    let requeued = state.store().outbox_requeue(ids).await?;
    tracing::info!(requeued, "outbox requeue by API");
    Ok(Json(Requeued { requeued }))
}
