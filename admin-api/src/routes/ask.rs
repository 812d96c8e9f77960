//! `POST /api/v1/ask`: the public question endpoint (web chat, integrations).

use axum::extract::State;
use helpdesk_core::answer::{AnswerHit, Outcome, Reply};
use helpdesk_core::phrase::Phrased;
use helpdesk_faq::Lang;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::client::{ClientIp, client_key};
use crate::error::{ApiError, FieldError};
use crate::extract::Json;
use crate::schema::{ApiLang, ApiTicketKind};
use crate::state::AppState;

/// Longest accepted question, in characters.
pub const MAX_QUESTION_CHARS: usize = 1000;

/// A question.
#[derive(Debug, Deserialize, ToSchema)]
pub struct AskRequest {
    /// The question, German or English, 1–1000 characters.
    #[schema(example = "Mein Name stimmt nicht mit dem Ausbildungsvertrag überein")]
    pub question: String,
    /// Answer language (`de`, `en`, or a locale such as `en-GB`); detected when absent.
    #[serde(default)]
    #[schema(example = "de")]
    pub lang: Option<String>,
}

/// How sure the service is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum AskOutcome {
    Answer,
    Suggest,
    Unknown,
}

impl From<Outcome> for AskOutcome {
    fn from(o: Outcome) -> Self {
        match o {
            Outcome::Answer => AskOutcome::Answer,
            Outcome::Suggest => AskOutcome::Suggest,
            Outcome::Unknown => AskOutcome::Unknown,
        }
    }
}

/// One FAQ entry found for the question.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AskHit {
    /// FAQ entry id.
    pub id: String,
    pub score: f32,
    /// The entry's question, in the answer language.
    pub question: String,
    /// The entry's answer (Markdown), in the answer language.
    pub answer: String,
    /// The help-center article.
    pub link: Option<String>,
}

impl From<AnswerHit> for AskHit {
    fn from(h: AnswerHit) -> Self {
        Self {
            id: h.id.to_string(),
            score: h.score,
            question: h.question,
            answer: h.answer,
            link: h.link,
        }
    }
}

/// The answer phrased by the optional language model from the retrieved entries only.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AskPhrased {
    /// The phrased answer (plain text, in the answer language).
    pub text: String,
    /// Ids of the FAQ entries the text is based on (a subset of `hits`).
    pub cited: Vec<String>,
}

impl From<Phrased> for AskPhrased {
    fn from(p: Phrased) -> Self {
        Self {
            text: p.text,
            cited: p.cited.iter().map(ToString::to_string).collect(),
        }
    }
}

/// The answer.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AskResponse {
    /// `true` when `outcome` is `answer`.
    pub answered: bool,
    pub outcome: AskOutcome,
    /// Best first: one hit for `answer`, 2–3 for `suggest`, none for `unknown`.
    pub hits: Vec<AskHit>,
    /// The ticket the question asks for, if any.
    pub intent: Option<ApiTicketKind>,
    /// The language of the answer.
    pub lang: ApiLang,
    /// Calibrated confidence, 0–1.
    pub confidence: f32,
    /// Only when a language model is configured, `outcome` is `answer` and phrasing
    /// succeeded; otherwise absent and `hits` carry the plain FAQ answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phrased: Option<AskPhrased>,
}

impl From<Reply> for AskResponse {
    fn from(r: Reply) -> Self {
        Self {
            answered: r.outcome == Outcome::Answer,
            outcome: r.outcome.into(),
            hits: r.hits.into_iter().map(AskHit::from).collect(),
            intent: r.intent,
            lang: r.lang,
            confidence: r.confidence,
            phrased: r.phrased.map(AskPhrased::from),
        }
    }
}

/// Answers a question from the FAQ. Public; rate-limited per client.
#[utoipa::path(post, path = "/api/v1/ask", tag = "ask", request_body = AskRequest,
    responses(
        (status = 200, description = "The answer", body = AskResponse),
        (status = 400, description = "Malformed body", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not JSON", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid question or language", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Rate limit hit; see Retry-After", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn ask(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    Json(req): Json<AskRequest>,
) -> Result<Json<AskResponse>, ApiError> {
    rate_limit(&state, client).await?;
    let (question, lang) = validate(&req)?;
    let reply = state
        .answerer()
        .ask(question, lang)
        .await
        .map_err(ApiError::Internal)?;
    state.metrics().record_ask(reply.outcome.as_str());
    Ok(Json(reply.into()))
}

/// The per-client budget shared by the public routes (and, through [`check_client`], the web
/// chat): the one limiter path.
pub async fn rate_limit(state: &AppState, client: std::net::IpAddr) -> Result<(), ApiError> {
    let key = client_key(client).to_string();
    if let Err(retry_after_secs) = state.ask_limiter().check(&key).await {
        state.metrics().record_rate_limited();
        return Err(ApiError::RateLimited { retry_after_secs });
    }
    Ok(())
}

/// The same budget for another surface (the web chat): resolves the client from the socket
/// `peer` and the headers (trusted proxies, as [`crate::client::ClientIp`]) and takes one request
/// from its bucket. `Err(seconds to wait)` when it is over the limit.
pub async fn check_client(
    state: &AppState,
    peer: std::net::IpAddr,
    headers: &axum::http::HeaderMap,
) -> Result<(), u64> {
    let client = crate::client::client_ip(peer, headers, &state.config().trusted_proxies);
    rate_limit(state, client).await.map_err(|e| match e {
        ApiError::RateLimited { retry_after_secs } => retry_after_secs,
        _ => 1,
    })
}

fn validate(req: &AskRequest) -> Result<(&str, Option<Lang>), ApiError> {
    let mut errors = Vec::new();
    let question = req.question.trim();
    if question.is_empty() {
        errors.push(FieldError::new("question", "must not be empty"));
    } else if question.chars().count() > MAX_QUESTION_CHARS {
        errors.push(FieldError::new(
            "question",
            format!("must be at most {MAX_QUESTION_CHARS} characters"),
        ));
    }
    let lang = match req.lang.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(l) => match l.parse::<Lang>() {
            Ok(l) => Some(l),
            Err(msg) => {
                errors.push(FieldError::new("lang", msg));
                None
            }
        },
    };
    if errors.is_empty() {
        Ok((question, lang))
    } else {
        Err(ApiError::Validation(errors))
    }
}
