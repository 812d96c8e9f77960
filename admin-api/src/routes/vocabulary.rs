//! The FAQ's domain vocabulary (roles `faq_editor`, `admin`): synonym concepts, compound parts
//! and stop words, read and replaced with `If-Match`, its revisions, and a preview that runs the
//! real search with a draft vocabulary. A write rebuilds the live index before it returns (and
//! every other replica's within its refresh interval), so a maintainer fixes a miss
//! ("Lehrling" ↔ "Azubi") without a release.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use helpdesk_core::faq_edit;
use helpdesk_core::{VocabularyRecord, VocabularyRevision};
use helpdesk_faq::Vocabulary;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::{Caller, Perm};
use crate::error::{ApiError, FieldError, Problem};
use crate::extract::Json;
use crate::routes::etag::{etag, if_match};
use crate::routes::faq::{PreviewResult, preview_error};
use crate::state::AppState;

/// The one vocabulary validation ([`Vocabulary::problems`], the same as `helpdesk faq check`);
/// every problem becomes a field error of `vocabulary`.
fn validated(v: Vocabulary) -> Result<Vocabulary, ApiError> {
    let problems = v.problems();
    if problems.is_empty() {
        Ok(v)
    } else {
        Err(ApiError::Validation(
            problems
                .into_iter()
                .map(|p| FieldError::new("vocabulary", p))
                .collect(),
        ))
    }
}

/// The vocabulary in force, with its revision (also the `ETag`).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct VocabularyView {
    pub vocabulary: Vocabulary,
    /// 0 while the store holds none (the bundled vocabulary applies).
    pub revision: i64,
    pub updated_at: DateTime<Utc>,
    /// `seed`, `cli` or `token:<id>`.
    pub updated_by: String,
}

impl From<VocabularyRecord> for VocabularyView {
    fn from(r: VocabularyRecord) -> Self {
        Self {
            vocabulary: r.vocabulary,
            revision: r.revision,
            updated_at: r.updated_at,
            updated_by: r.updated_by,
        }
    }
}

fn record_response(r: VocabularyRecord) -> Response {
    let tag = etag(r.revision);
    let mut resp = (StatusCode::OK, Json(VocabularyView::from(r))).into_response();
    resp.headers_mut().insert(header::ETAG, tag);
    resp
}

/// The vocabulary in force, with its revision as `ETag`.
#[utoipa::path(get, path = "/api/v1/faq/vocabulary", tag = "faq", security(("bearer" = [])),
    responses(
        (status = 200, description = "The vocabulary", body = VocabularyView, headers(("ETag" = String))),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get(State(state): State<AppState>, caller: Caller) -> Result<Response, ApiError> {
    caller.require(Perm::EditFaq)?;
    Ok(record_response(state.store().faq_vocabulary().await?))
}

/// Replaces the whole vocabulary (`If-Match`: the revision last read). `/ask` searches with it
/// as soon as this returns.
#[utoipa::path(put, path = "/api/v1/faq/vocabulary", tag = "faq", security(("bearer" = [])),
    request_body = Vocabulary,
    params(("If-Match" = String, Header, description = "The ETag last read")),
    responses(
        (status = 200, description = "Replaced", body = VocabularyView, headers(("ETag" = String))),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Stale If-Match", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid vocabulary: every problem listed", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match missing", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn put(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Json(doc): Json<Vocabulary>,
) -> Result<Response, ApiError> {
    caller.require(Perm::EditFaq)?;
    let wanted = if_match(&headers)?;
    let vocabulary = validated(doc)?;
    let store = state.store();
    let current = store.faq_vocabulary().await?.revision;
    let expected = wanted.expect(current)?;
    let r = store
        .faq_vocabulary_put(&vocabulary, expected, &caller.actor)
        .await?;
    if let Err(err) = state.answerer().refresh().await {
        tracing::warn!(error = ?err, "index refresh after a vocabulary write failed; the watcher retries");
    }
    Ok(record_response(r))
}

/// One past state of the vocabulary.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct VocabularyRevisionView {
    pub revision: i64,
    /// `seed` or `update`.
    pub action: String,
    pub actor: String,
    pub actor_name: String,
    pub at: DateTime<Utc>,
    /// Where and how much changed, e.g. `concepts: azubi +1`.
    pub summary: String,
    /// The vocabulary after this revision (PUT it back to revert).
    pub snapshot: Vocabulary,
}

impl From<VocabularyRevision> for VocabularyRevisionView {
    fn from(r: VocabularyRevision) -> Self {
        Self {
            revision: r.revision,
            action: r.action,
            actor: r.actor,
            actor_name: r.actor_name,
            at: r.at,
            summary: r.summary,
            snapshot: r.snapshot,
        }
    }
}

/// The revisions of the vocabulary, newest first (empty while none is stored).
#[utoipa::path(get, path = "/api/v1/faq/vocabulary/revisions", tag = "faq", security(("bearer" = [])),
    responses(
        (status = 200, description = "Revisions, newest first", body = Vec<VocabularyRevisionView>),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn revisions(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<VocabularyRevisionView>>, ApiError> {
    caller.require(Perm::EditFaq)?;
    let revs = state.store().faq_vocabulary_revisions().await?;
    Ok(Json(revs.into_iter().map(Into::into).collect()))
}

/// A draft vocabulary and questions to try it with.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct VocabularyPreviewBody {
    /// The draft (nothing is saved).
    pub vocabulary: Vocabulary,
    /// Sample questions, 1–20.
    pub questions: Vec<String>,
}

/// Runs the real search over the live entries with a draft vocabulary, for sample questions.
#[utoipa::path(post, path = "/api/v1/faq/vocabulary/preview", tag = "faq", security(("bearer" = [])),
    request_body = VocabularyPreviewBody,
    responses(
        (status = 200, description = "One result per question (`draft_is_top` is always false)", body = Vec<PreviewResult>),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid vocabulary or questions", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn preview(
    State(state): State<AppState>,
    caller: Caller,
    Json(body): Json<VocabularyPreviewBody>,
) -> Result<Json<Vec<PreviewResult>>, ApiError> {
    caller.require(Perm::EditFaq)?;
    let vocabulary = validated(body.vocabulary)?;
    let items = faq_edit::preview_vocabulary(state.store(), vocabulary, body.questions)
        .await
        .map_err(preview_error)?;
    Ok(Json(items.into_iter().map(Into::into).collect()))
}
