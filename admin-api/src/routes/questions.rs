//! The unanswered-questions inbox (roles `faq_editor`, `admin`): grouped questions with counts,
//! feedback per entry, and one call that turns a question into an alternative phrasing.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::{Caller, Perm};
use crate::error::{ApiError, Problem};
use crate::extract::{Json, Path, Query};
use crate::routes::etag::{etag, if_match};
use crate::routes::faq::FaqRecordView;
use crate::schema::ApiLang;
use crate::state::AppState;

/// A group of equal unanswered questions.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct UnansweredView {
    /// The question (personal data redacted), as most recently asked.
    pub question: String,
    pub count: i64,
    pub last_asked: DateTime<Utc>,
    pub lang: ApiLang,
    /// The best (not good enough) hit of the most recent ask.
    pub top_hit: Option<String>,
}

/// Paging for the inbox.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UnansweredQuery {
    /// At most this many groups (1–1000, default 100).
    pub limit: Option<u32>,
}

/// Unanswered questions, grouped, most frequent first.
#[utoipa::path(get, path = "/api/v1/questions/unanswered", tag = "questions",
    params(UnansweredQuery), security(("bearer" = [])),
    responses(
        (status = 200, description = "Groups", body = Vec<UnansweredView>),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid limit", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn unanswered(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<UnansweredQuery>,
) -> Result<Json<Vec<UnansweredView>>, ApiError> {
    caller.require(Perm::EditFaq)?;
    let limit = q.limit.unwrap_or(100);
    if !(1..=1000).contains(&limit) {
        return Err(ApiError::validation("limit", "must be between 1 and 1000"));
    }
    let groups = state.store().unanswered_questions(limit as usize).await?;
    Ok(Json(
        groups
            .into_iter()
            .map(|g| UnansweredView {
                question: g.question,
                count: g.count,
                last_asked: g.last_asked,
                lang: g.lang,
                top_hit: g.top_hit,
            })
            .collect(),
    ))
}

/// Helpful / not-helpful counts of one entry.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FeedbackView {
    pub entry_id: String,
    pub helpful: i64,
    pub not_helpful: i64,
}

/// Feedback counts per entry.
#[utoipa::path(get, path = "/api/v1/questions/feedback", tag = "questions",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Counts by entry", body = Vec<FeedbackView>),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn feedback(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<FeedbackView>>, ApiError> {
    caller.require(Perm::EditFaq)?;
    let counts = state.store().feedback_summary().await?;
    Ok(Json(
        counts
            .into_iter()
            .map(|c| FeedbackView {
                entry_id: c.entry_id,
                helpful: c.helpful,
                not_helpful: c.not_helpful,
            })
            .collect(),
    ))
}

/// A question to add to an entry as another way of asking it.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct AlternativeBody {
    /// Usually an unanswered question from the inbox; 1–1000 characters.
    #[schema(example = "Wie nehme ich mein Berichtsheft zum neuen Betrieb mit?")]
    pub question: String,
    /// Add it to the English alternatives instead of the German ones.
    #[serde(default)]
    pub lang: Option<ApiLang>,
}

/// Adds a question as an alternative phrasing of an entry, marks the matching unanswered
/// questions as resolved, and refreshes the index: one call from the inbox.
#[utoipa::path(post, path = "/api/v1/faq/{id}/alternatives", tag = "questions",
    request_body = AlternativeBody, security(("bearer" = [])),
    params(("id" = String, Path, description = "Entry id"),
           ("If-Match" = String, Header, description = "The entry's current revision")),
    responses(
        (status = 200, description = "The updated entry", body = FaqRecordView, headers(("ETag" = String))),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such entry", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Stale If-Match", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid question", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match missing", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn add_alternative(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path(raw): Path<String>,
    Json(body): Json<AlternativeBody>,
) -> Result<Response, ApiError> {
    caller.require(Perm::EditFaq)?;
    let id = helpdesk_faq::FaqId::parse(&raw)
        .map_err(|_| ApiError::NotFound(format!("FAQ entry {raw:?}")))?;
    let store = state.store();
    let current = store.faq_entry(&id).await.map_err(|e| match e {
        helpdesk_core::Error::NotFound => ApiError::NotFound(format!("FAQ entry {id}")),
        other => other.into(),
    })?;
    let expected = if_match(&headers)?.expect(current.revision)?;
    let lang = match body.lang {
        Some(ApiLang::En) => helpdesk_faq::Lang::En,
        _ => helpdesk_faq::Lang::De,
    };
    let (record, _) = store
        .adopt_question(&id, &body.question, lang, Some(expected), &caller.actor)
        .await?;
    if let Err(err) = state.answerer().refresh().await {
        tracing::warn!(error = ?err, "index refresh after a FAQ write failed; the watcher retries");
    }
    let tag = etag(record.revision);
    let mut resp = (StatusCode::OK, Json(FaqRecordView::from(record))).into_response();
    resp.headers_mut().insert(header::ETAG, tag);
    Ok(resp)
}
