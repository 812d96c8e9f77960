//! FAQ editing (roles `faq_editor`, `admin`): list, read, write and delete entries with
//! `If-Match`, revisions and revert, a preview that runs the real search against a draft, and
//! public per-entry feedback. Every write refreshes the live index before it returns.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use helpdesk_core::faq_edit::{self, FaqDraft, PreviewError, PreviewItem};
use helpdesk_core::{FaqRecord, FaqRevision};
use helpdesk_faq::{FaqEntry, FaqId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::{Caller, Perm};
use crate::error::{ApiError, FieldError, Problem};
use crate::extract::{Json, Path};
use crate::routes::etag::{etag, if_match, if_match_opt};
use crate::schema::ApiTicketKind;
use crate::state::AppState;

/// The English version of an entry.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EnglishDoc {
    pub question: String,
    pub answer: String,
    #[serde(default)]
    pub alternatives: Vec<String>,
}

/// A FAQ entry (the same fields as the git-friendly files).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FaqEntryDoc {
    /// 2–64 lowercase letters, digits and single dashes. On PUT it may be left out (the path
    /// names the entry); if given it must equal the path.
    #[schema(example = "export-betriebswechsel")]
    #[serde(default)]
    pub id: Option<String>,
    /// `berichtsheft-exportieren`, `anmeldung`, `funktionen-ssp` or `rollenvergabe`.
    #[schema(example = "anmeldung")]
    pub section: String,
    /// The canonical German question.
    pub question: String,
    /// The German answer (Markdown).
    pub answer: String,
    /// Other ways people ask this.
    #[serde(default)]
    pub alternatives: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// `apprentice`, `trainer`, `training_admin`.
    #[serde(default)]
    pub audience: Vec<String>,
    #[serde(default)]
    pub link: Option<String>,
    #[serde(default)]
    pub link_title: Option<String>,
    /// The ticket this answer ends in, if IT staff must act.
    #[serde(default)]
    pub ticket: Option<ApiTicketKind>,
    pub en: EnglishDoc,
}

impl FaqEntryDoc {
    fn from_entry(e: &FaqEntry) -> Self {
        Self {
            id: Some(e.id.to_string()),
            section: e.section.to_string(),
            question: e.question.clone(),
            answer: e.answer.clone(),
            alternatives: e.alternatives.clone(),
            tags: e.tags.clone(),
            audience: e
                .audience
                .iter()
                .filter_map(|a| serde_json::to_value(a).ok())
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            link: e.link.clone(),
            link_title: e.link_title.clone(),
            ticket: e.ticket,
            en: EnglishDoc {
                question: e.en.question.clone(),
                answer: e.en.answer.clone(),
                alternatives: e.en.alternatives.clone(),
            },
        }
    }

    /// Validates into an entry (core's one FAQ validation, [`FaqDraft::validate`]); `id`
    /// comes from the path when given.
    fn into_entry(self, path_id: Option<&str>) -> Result<FaqEntry, ApiError> {
        let mismatch = matches!((path_id, self.id.as_deref()), (Some(p), Some(b)) if p != b);
        let id = match (path_id, self.id.as_deref()) {
            (Some(p), _) => p.to_owned(),
            (None, Some(b)) => b.to_owned(),
            (None, None) => String::new(),
        };
        let draft = FaqDraft {
            id,
            section: self.section,
            question: self.question,
            answer: self.answer,
            alternatives: self.alternatives,
            tags: self.tags,
            audience: self.audience,
            link: self.link,
            link_title: self.link_title,
            ticket: self.ticket,
            en_question: self.en.question,
            en_answer: self.en.answer,
            en_alternatives: self.en.alternatives,
        };
        let mismatch_error = || FieldError::new("id", "must equal the id in the path");
        match draft.validate() {
            Ok(entry) if !mismatch => Ok(entry),
            Ok(_) => Err(ApiError::Validation(vec![mismatch_error()])),
            Err(e) => {
                let mut err = ApiError::from(e);
                if let (true, ApiError::Validation(fields)) = (mismatch, &mut err) {
                    fields.insert(0, mismatch_error());
                }
                Err(err)
            }
        }
    }
}

/// An entry as stored, with its revision (also the `ETag`).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FaqRecordView {
    pub entry: FaqEntryDoc,
    pub revision: i64,
    pub updated_at: DateTime<Utc>,
    /// `seed` or `token:<id>`.
    pub updated_by: String,
}

impl From<FaqRecord> for FaqRecordView {
    fn from(r: FaqRecord) -> Self {
        Self {
            entry: FaqEntryDoc::from_entry(&r.entry),
            revision: r.revision,
            updated_at: r.updated_at,
            updated_by: r.updated_by,
        }
    }
}

fn record_response(status: StatusCode, r: FaqRecord) -> Response {
    let tag = etag(r.revision);
    let mut resp = (status, Json(FaqRecordView::from(r))).into_response();
    resp.headers_mut().insert(header::ETAG, tag);
    resp
}

fn faq_id(raw: &str) -> Result<FaqId, ApiError> {
    FaqId::parse(raw).map_err(|_| ApiError::NotFound(format!("FAQ entry {raw:?}")))
}

fn not_found(id: &FaqId) -> impl Fn(helpdesk_core::Error) -> ApiError + '_ {
    move |e| match e {
        helpdesk_core::Error::NotFound => ApiError::NotFound(format!("FAQ entry {id}")),
        other => other.into(),
    }
}

/// After a write: rebuild the index so `/ask` answers from the new text at once.
async fn refresh(state: &AppState) {
    if let Err(err) = state.answerer().refresh().await {
        tracing::warn!(error = ?err, "index refresh after a FAQ write failed; the watcher retries");
    }
}

/// All live entries, by id.
#[utoipa::path(get, path = "/api/v1/faq", tag = "faq", security(("bearer" = [])),
    responses(
        (status = 200, description = "Entries", body = Vec<FaqRecordView>),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<FaqRecordView>>, ApiError> {
    caller.require(Perm::EditFaq)?;
    let records = state.store().faq_entries().await?;
    Ok(Json(records.into_iter().map(Into::into).collect()))
}

/// One entry, with its revision as `ETag`.
#[utoipa::path(get, path = "/api/v1/faq/{id}", tag = "faq", security(("bearer" = [])),
    params(("id" = String, Path, description = "Entry id")),
    responses(
        (status = 200, description = "The entry", body = FaqRecordView, headers(("ETag" = String))),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such entry", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    caller.require(Perm::EditFaq)?;
    let id = faq_id(&id)?;
    let r = state.store().faq_entry(&id).await.map_err(not_found(&id))?;
    Ok(record_response(StatusCode::OK, r))
}

/// Creates (no `If-Match`, the id is new) or replaces (`If-Match`) an entry. Answered by
/// `/ask` as soon as this returns.
#[utoipa::path(put, path = "/api/v1/faq/{id}", tag = "faq", security(("bearer" = [])),
    request_body = FaqEntryDoc,
    params(("id" = String, Path, description = "Entry id"),
           ("If-Match" = Option<String>, Header, description = "Required to replace an existing entry")),
    responses(
        (status = 200, description = "Replaced", body = FaqRecordView, headers(("ETag" = String))),
        (status = 201, description = "Created", body = FaqRecordView, headers(("ETag" = String))),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "If-Match given but no such entry", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Stale If-Match", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "The entry exists and If-Match is missing", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn put(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path(raw): Path<String>,
    Json(doc): Json<FaqEntryDoc>,
) -> Result<Response, ApiError> {
    caller.require(Perm::EditFaq)?;
    let entry = doc.into_entry(Some(&raw))?;
    let store = state.store();
    let current = match store.faq_entry(&entry.id).await {
        Ok(r) => Some(r.revision),
        Err(helpdesk_core::Error::NotFound) => None,
        Err(e) => return Err(e.into()),
    };
    let expected = match (if_match_opt(&headers)?, current) {
        (None, None) => None,
        (None, Some(_)) => return Err(ApiError::PreconditionRequired),
        (Some(m), Some(cur)) => Some(m.expect(cur)?),
        (Some(_), None) => return Err(ApiError::NotFound(format!("FAQ entry {}", entry.id))),
    };
    let r = store.faq_put(&entry, expected, &caller.actor).await?;
    refresh(&state).await;
    let status = if expected.is_none() {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok(record_response(status, r))
}

/// Deletes an entry (a revision remains; `revert` brings it back).
#[utoipa::path(delete, path = "/api/v1/faq/{id}", tag = "faq", security(("bearer" = [])),
    params(("id" = String, Path, description = "Entry id"),
           ("If-Match" = String, Header, description = "The ETag last read")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such entry", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Stale If-Match", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match missing", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path(raw): Path<String>,
) -> Result<StatusCode, ApiError> {
    caller.require(Perm::EditFaq)?;
    let id = faq_id(&raw)?;
    let current = state.store().faq_entry(&id).await.map_err(not_found(&id))?;
    let expected = if_match(&headers)?.expect(current.revision)?;
    state
        .store()
        .faq_delete(&id, expected, &caller.actor)
        .await
        .map_err(not_found(&id))?;
    refresh(&state).await;
    Ok(StatusCode::NO_CONTENT)
}

/// One past state of an entry.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct RevisionView {
    pub revision: i64,
    /// `seed`, `create`, `update`, `delete`, `revert`.
    pub action: String,
    pub actor: String,
    pub actor_name: String,
    pub at: DateTime<Utc>,
    /// Which fields changed.
    pub summary: String,
    /// The entry after this revision (before it, for `delete`).
    pub snapshot: FaqEntryDoc,
}

impl From<FaqRevision> for RevisionView {
    fn from(r: FaqRevision) -> Self {
        Self {
            revision: r.revision,
            action: r.action,
            actor: r.actor,
            actor_name: r.actor_name,
            at: r.at,
            summary: r.summary,
            snapshot: FaqEntryDoc::from_entry(&r.snapshot),
        }
    }
}

/// The revisions of an entry (also of a deleted one).
#[utoipa::path(get, path = "/api/v1/faq/{id}/revisions", tag = "faq", security(("bearer" = [])),
    params(("id" = String, Path, description = "Entry id")),
    responses(
        (status = 200, description = "Revisions, oldest first", body = Vec<RevisionView>),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such entry", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn revisions(
    State(state): State<AppState>,
    caller: Caller,
    Path(raw): Path<String>,
) -> Result<Json<Vec<RevisionView>>, ApiError> {
    caller.require(Perm::EditFaq)?;
    let id = faq_id(&raw)?;
    let revs = state
        .store()
        .faq_revisions(&id)
        .await
        .map_err(not_found(&id))?;
    if revs.is_empty() {
        return Err(ApiError::NotFound(format!("FAQ entry {id}")));
    }
    Ok(Json(revs.into_iter().map(Into::into).collect()))
}

/// Which revision to go back to.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct RevertBody {
    pub revision: i64,
}

/// Restores an entry to an earlier revision (as a new revision). `If-Match` names the current
/// revision (of the tombstone, for a deleted entry).
#[utoipa::path(post, path = "/api/v1/faq/{id}/revert", tag = "faq", security(("bearer" = [])),
    request_body = RevertBody,
    params(("id" = String, Path, description = "Entry id"),
           ("If-Match" = String, Header, description = "The current revision")),
    responses(
        (status = 200, description = "The restored entry", body = FaqRecordView, headers(("ETag" = String))),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such entry or revision", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Stale If-Match", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid body", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match missing", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn revert(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path(raw): Path<String>,
    Json(body): Json<RevertBody>,
) -> Result<Response, ApiError> {
    caller.require(Perm::EditFaq)?;
    let id = faq_id(&raw)?;
    let revs = state
        .store()
        .faq_revisions(&id)
        .await
        .map_err(not_found(&id))?;
    let current = revs
        .iter()
        .map(|r| r.revision)
        .max()
        .ok_or_else(|| ApiError::NotFound(format!("FAQ entry {id}")))?;
    let expected = if_match(&headers)?.expect(current)?;
    let r = state
        .store()
        .faq_revert(&id, body.revision, expected, &caller.actor)
        .await
        .map_err(not_found(&id))?;
    refresh(&state).await;
    Ok(record_response(StatusCode::OK, r))
}

/// A draft entry and questions to try it with.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct PreviewBody {
    /// The draft (replaces the stored entry of the same id in the preview; nothing is saved).
    pub entry: FaqEntryDoc,
    /// Sample questions, 1–20.
    pub questions: Vec<String>,
}

/// How one sample question is answered with the draft in place.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PreviewResult {
    pub question: String,
    /// `answer`, `suggest` or `unknown`.
    pub outcome: String,
    pub confidence: f32,
    /// Whether the draft is the first hit.
    pub draft_is_top: bool,
    /// Ranked hits: entry id and score.
    pub hits: Vec<PreviewHit>,
}

/// A ranked entry in a preview.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PreviewHit {
    pub id: String,
    pub score: f32,
}

/// Runs the real search over the FAQ with the draft in place, for sample questions.
#[utoipa::path(post, path = "/api/v1/faq/preview", tag = "faq", security(("bearer" = [])),
    request_body = PreviewBody,
    responses(
        (status = 200, description = "One result per question", body = Vec<PreviewResult>),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Role may not edit the FAQ", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid draft or questions", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn preview(
    State(state): State<AppState>,
    caller: Caller,
    Json(body): Json<PreviewBody>,
) -> Result<Json<Vec<PreviewResult>>, ApiError> {
    caller.require(Perm::EditFaq)?;
    let draft = body.entry.into_entry(None)?;
    let items = faq_edit::preview(state.store(), draft, body.questions)
        .await
        .map_err(preview_error)?;
    Ok(Json(items.into_iter().map(Into::into).collect()))
}

/// A preview that could not run: a store error as usual, an index build failure as 500.
pub(crate) fn preview_error(e: PreviewError) -> ApiError {
    match e {
        PreviewError::Store(e) => ApiError::from(e),
        PreviewError::Index(e) => ApiError::Internal(e),
    }
}

impl From<PreviewItem> for PreviewResult {
    fn from(r: PreviewItem) -> Self {
        Self {
            outcome: r.outcome.as_str().to_owned(),
            confidence: r.confidence,
            draft_is_top: r.draft_is_top,
            hits: r
                .hits
                .iter()
                .map(|h| PreviewHit {
                    id: h.id.to_string(),
                    score: h.score,
                })
                .collect(),
            question: r.question,
        }
    }
}

/// Was an answer helpful?
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct FeedbackBody {
    pub helpful: bool,
}

/// Records helpful / not helpful for an entry. Public (rate-limited like `/ask`).
#[utoipa::path(post, path = "/api/v1/faq/{id}/feedback", tag = "faq",
    request_body = FeedbackBody,
    params(("id" = String, Path, description = "Entry id")),
    responses(
        (status = 204, description = "Recorded"),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such entry", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid body", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Rate limit hit", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn feedback(
    State(state): State<AppState>,
    crate::client::ClientIp(client): crate::client::ClientIp,
    Path(raw): Path<String>,
    Json(body): Json<FeedbackBody>,
) -> Result<StatusCode, ApiError> {
    crate::routes::ask::rate_limit(&state, client).await?;
    let id = faq_id(&raw)?;
    state.store().faq_entry(&id).await.map_err(not_found(&id))?;
    state
        .store()
        .record_feedback(&id, body.helpful, None)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
