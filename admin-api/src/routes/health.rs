//! `GET /api/v1/health` and `GET /metrics`.

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::extract::Json;
use crate::metrics::StoreGauges;
use crate::state::AppState;

/// Liveness report.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Health {
    /// Always `"ok"`: the server answers only once the FAQ index is built.
    pub status: String,
    /// Version of the running binary.
    pub version: String,
}

/// Liveness: 200 once the server is ready.
#[utoipa::path(get, path = "/api/v1/health", tag = "system",
    responses((status = 200, description = "Ready", body = Health)))]
pub async fn health() -> Json<Health> {
    Json(Health {
        status: "ok".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    })
}

/// Prometheus metrics (text exposition format).
#[utoipa::path(get, path = "/metrics", tag = "system",
    responses((status = 200, description = "Prometheus text format", body = String, content_type = "text/plain")))]
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    // Gauges from the database; a failing query leaves its gauge out rather than failing the
    // scrape (the request counters are still worth having).
    let store = state.store();
    let mut gauges = StoreGauges {
        questions_not_logged: state.answerer().dropped_questions(),
        ..StoreGauges::default()
    };
    match store.ticket_counts().await {
        Ok(counts) => {
            gauges.tickets_by_state = counts
                .into_iter()
                .map(|(s, n)| (s.as_str().to_owned(), n))
                .collect();
        }
        Err(err) => tracing::warn!(error = ?err, "metrics: ticket counts unavailable"),
    }
    match store.outbox_backlog().await {
        Ok(n) => gauges.outbox_backlog = Some(n),
        Err(err) => tracing::warn!(error = ?err, "metrics: outbox backlog unavailable"),
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics().render(&gauges),
    )
}
