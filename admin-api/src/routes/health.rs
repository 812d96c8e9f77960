//! `GET /api/v1/health` and `GET /metrics`.

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{ApiError, Problem};
use crate::extract::Json;
use crate::metrics::StoreGauges;
use crate::state::AppState;

/// Liveness report.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Health {
    /// Always `"ok"`: the process serves (also while it starts: see `/api/v1/ready`).
    pub status: String,
    /// Version of the running binary.
    pub version: String,
}

/// Liveness: 200 while the process serves (also when the database is down: see
/// `/api/v1/ready`).
#[utoipa::path(get, path = "/api/v1/health", tag = "system",
    responses((status = 200, description = "Ready", body = Health)))]
pub async fn health() -> Json<Health> {
    Json(Health {
        status: "ok".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    })
}

/// Readiness report.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Ready {
    /// `"ready"`: the database answers.
    pub status: String,
}

/// Readiness: 200 while the database answers within 2 s, else 503 `unavailable` (a load
/// balancer sends traffic elsewhere; `/api/v1/ask` keeps answering from memory meanwhile).
/// While `helpdesk serve` starts (until its FAQ index is built) this route, like every route
/// but `/api/v1/health`, is 503 `unavailable` (see [`crate::starting_router`]).
#[utoipa::path(get, path = "/api/v1/ready", tag = "system",
    responses(
        (status = 200, description = "Ready: the database answers", body = Ready),
        (status = 503, description = "The database is unreachable, or the server is still starting", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn ready(State(state): State<AppState>) -> Result<Json<Ready>, ApiError> {
    match state.store().ping(std::time::Duration::from_secs(2)).await {
        Ok(()) => Ok(Json(Ready {
            status: "ready".to_owned(),
        })),
        Err(err) => {
            tracing::warn!(error = ?err, "readiness: database unavailable");
            Err(ApiError::Unavailable(
                "the database is not reachable right now".to_owned(),
            ))
        }
    }
}

/// Prometheus metrics (OpenMetrics text format). Database gauges are cached for 10 s.
#[utoipa::path(get, path = "/metrics", tag = "system",
    responses((status = 200, description = "OpenMetrics text format", body = String, content_type = "application/openmetrics-text")))]
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    // Gauges from the database; a failing query leaves its gauge unchanged rather than failing
    // the scrape (the request counters are still worth having).
    let store = state.store();
    let gauges = state
        .metrics()
        .cached_gauges(async || {
            let mut gauges = StoreGauges::default();
            match store.ticket_counts().await {
                Ok(counts) => {
                    gauges.tickets_by_state = counts
                        .into_iter()
                        .map(|(s, n)| (s.as_str().to_owned(), n))
                        .collect();
                }
                Err(err) => tracing::warn!(error = ?err, "metrics: ticket counts unavailable"),
            }
            match store.outbox_counts().await {
                Ok(c) => {
                    gauges.outbox_backlog = Some(c.pending);
                    gauges.outbox_dead = Some(c.dead);
                }
                Err(err) => tracing::warn!(error = ?err, "metrics: outbox counts unavailable"),
            }
            gauges
        })
        .await;
    let gauges = StoreGauges {
        questions_not_logged: state.answerer().dropped_questions(),
        ..gauges
    };
    (
        [(header::CONTENT_TYPE, crate::metrics::CONTENT_TYPE)],
        state.metrics().render(&gauges),
    )
}
