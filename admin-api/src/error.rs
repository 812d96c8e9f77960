//! The error policy of the API, in one place.
//!
//! Every failure leaves a handler as an [`ApiError`] and reaches the client as an
//! `application/problem+json` document (RFC 9457): `type`, `title`, `status`, `detail`, a stable
//! machine-readable `code`, and for validation failures `errors: [{field, message}]`.
//!
//! What the client reads is written for the client. Internal causes (database errors, I/O,
//! panicking tasks) are logged with `tracing` and replaced by a generic message: SQL, file paths
//! and stack traces never leave the process. Personal data never appears in `detail`.

use axum::Json;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use helpdesk_core::FieldProblem;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The media type of error bodies.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// One field that failed validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FieldError {
    /// JSON path of the field, e.g. `subject.email`.
    pub field: String,
    /// What is wrong with it, in words a person can act on.
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// An RFC 9457 problem document as sent on the wire.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the problem type (resolves to the API docs).
    #[serde(rename = "type")]
    pub type_: String,
    /// Short summary of the problem type; the same for every occurrence.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What happened in this occurrence.
    pub detail: String,
    /// Stable machine-readable code (snake_case); clients branch on this, not on `title`.
    pub code: String,
    /// Fields at fault (validation errors only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// Everything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The body or parameters are well-formed but not acceptable.
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    /// The request cannot be read at all (malformed JSON, wrong content type, bad path).
    #[error("bad request: {detail}")]
    BadRequest { code: &'static str, detail: String },
    /// No or an unknown bearer token.
    #[error("unauthorized")]
    Unauthorized,
    /// The token's role does not allow this route.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// Well-formed but refused for a reason other than a field (e.g. a reused idempotency key).
    #[error("unprocessable: {code}")]
    Unprocessable { code: &'static str, detail: String },
    /// A business rule refuses the action for this caller (e.g. self-approval).
    #[error("rule violated: {code}")]
    Rule { code: &'static str, detail: String },
    #[error("not found: {0}")]
    NotFound(String),
    /// The state machine or a uniqueness rule forbids the action.
    #[error("conflict: {code}")]
    Conflict { code: &'static str, detail: String },
    /// `If-Match` names a version that is no longer current.
    #[error("precondition failed")]
    PreconditionFailed { current: Option<String> },
    /// A write without `If-Match`.
    #[error("precondition required")]
    PreconditionRequired,
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("method not allowed")]
    MethodNotAllowed,
    /// Per-client rate limit hit; the value is the number of seconds to wait.
    #[error("rate limited")]
    RateLimited { retry_after_secs: u64 },
    /// The request took longer than the configured timeout.
    #[error("timeout")]
    Timeout,
    /// Not ready (e.g. the index is still building).
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// Anything else. The cause is logged, never sent.
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

impl ApiError {
    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation(vec![FieldError::new(field, message)])
    }

    pub fn internal(err: impl Into<anyhow::Error>) -> Self {
        Self::Internal(err.into())
    }

    /// Status, stable code and title of this error: the one table of the API's error kinds.
    fn kind(&self) -> (StatusCode, &'static str, &'static str) {
        use StatusCode as S;
        match self {
            ApiError::Validation(_) => (
                S::UNPROCESSABLE_ENTITY,
                "validation_failed",
                "Validation failed",
            ),
            ApiError::BadRequest { code, .. } => (S::BAD_REQUEST, code, "Bad request"),
            ApiError::Unauthorized => (S::UNAUTHORIZED, "unauthorized", "Authentication required"),
            ApiError::Forbidden(_) => (S::FORBIDDEN, "forbidden", "Forbidden"),
            ApiError::Rule { code, .. } => (S::FORBIDDEN, code, "Not allowed by a rule"),
            ApiError::Unprocessable { code, .. } => {
                (S::UNPROCESSABLE_ENTITY, code, "Request refused")
            }
            ApiError::NotFound(_) => (S::NOT_FOUND, "not_found", "Not found"),
            ApiError::Conflict { code, .. } => (S::CONFLICT, code, "Conflict"),
            ApiError::PreconditionFailed { .. } => (
                S::PRECONDITION_FAILED,
                "version_mismatch",
                "Version mismatch",
            ),
            ApiError::PreconditionRequired => (
                S::PRECONDITION_REQUIRED,
                "if_match_required",
                "If-Match required",
            ),
            ApiError::PayloadTooLarge => (
                S::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                "Payload too large",
            ),
            ApiError::UnsupportedMediaType => (
                S::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "Unsupported media type",
            ),
            ApiError::MethodNotAllowed => (
                S::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "Method not allowed",
            ),
            ApiError::RateLimited { .. } => {
                (S::TOO_MANY_REQUESTS, "rate_limited", "Too many requests")
            }
            ApiError::Timeout => (S::SERVICE_UNAVAILABLE, "timeout", "Request timed out"),
            ApiError::Unavailable(_) => {
                (S::SERVICE_UNAVAILABLE, "unavailable", "Service unavailable")
            }
            ApiError::Internal(_) => (
                S::INTERNAL_SERVER_ERROR,
                "internal",
                "Internal server error",
            ),
        }
    }

    pub fn status(&self) -> StatusCode {
        self.kind().0
    }

    /// The stable code clients branch on.
    pub fn code(&self) -> &'static str {
        self.kind().1
    }

    fn title(&self) -> &'static str {
        self.kind().2
    }

    fn detail(&self) -> String {
        match self {
            ApiError::Validation(errs) => match errs.as_slice() {
                [one] => format!("{}: {}", one.field, one.message),
                _ => format!("{} fields are invalid", errs.len()),
            },
            ApiError::BadRequest { detail, .. } => detail.clone(),
            ApiError::Unauthorized => {
                "send a valid API token as \"Authorization: Bearer <token>\"".to_owned()
            }
            ApiError::Forbidden(d) => d.clone(),
            ApiError::Rule { detail, .. }
            | ApiError::Conflict { detail, .. }
            | ApiError::Unprocessable { detail, .. } => detail.clone(),
            ApiError::NotFound(what) => format!("{what} does not exist"),
            ApiError::PreconditionFailed { current } => match current {
                Some(v) => format!(
                    "the resource was changed by someone else; the current ETag is {v}: reload and retry"
                ),
                None => "the resource was changed by someone else: reload and retry".to_owned(),
            },
            ApiError::PreconditionRequired => {
                "this write needs an If-Match header with the ETag you last read".to_owned()
            }
            ApiError::PayloadTooLarge => "the request body is larger than allowed".to_owned(),
            ApiError::UnsupportedMediaType => {
                "send the body as JSON with \"Content-Type: application/json\"".to_owned()
            }
            ApiError::MethodNotAllowed => "this route does not accept that method".to_owned(),
            ApiError::RateLimited { retry_after_secs } => {
                format!("too many requests from your address; retry in {retry_after_secs} s")
            }
            ApiError::Timeout => "the request took too long; try again".to_owned(),
            ApiError::Unavailable(d) => d.clone(),
            ApiError::Internal(_) => {
                "something went wrong on our side; it has been logged".to_owned()
            }
        }
    }

    /// The problem document for this error.
    pub fn problem(&self) -> Problem {
        Problem {
            type_: format!("/api/docs#problem-{}", self.code()),
            title: self.title().to_owned(),
            status: self.status().as_u16(),
            detail: self.detail(),
            code: self.code().to_owned(),
            errors: match self {
                ApiError::Validation(errs) => errs.clone(),
                _ => Vec::new(),
            },
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        match &self {
            ApiError::Internal(err) => {
                tracing::error!(error = ?err, "request failed with an internal error");
            }
            ApiError::Timeout => tracing::warn!("request timed out"),
            _ => tracing::debug!(
                code = self.code(),
                status = status.as_u16(),
                "request refused"
            ),
        }
        let mut resp = (status, Json(self.problem())).into_response();
        let headers = resp.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        match &self {
            ApiError::Unauthorized => {
                headers.insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"helpdesk\""),
                );
            }
            ApiError::RateLimited { retry_after_secs } => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
            }
            _ => {}
        }
        resp
    }
}

impl From<helpdesk_core::Error> for ApiError {
    fn from(e: helpdesk_core::Error) -> Self {
        use helpdesk_core::Error as E;
        match e {
            E::NotFound => ApiError::NotFound("the resource".to_owned()),
            E::Validation { fields } => ApiError::Validation(
                fields
                    .into_iter()
                    .map(|f| {
                        let message = field_message(&f.field, f.problem);
                        FieldError::new(f.field, message)
                    })
                    .collect(),
            ),
            E::Conflict { current_version } => ApiError::PreconditionFailed {
                current: Some(format!("\"{current_version}\"")),
            },
            E::Forbidden { rule } => ApiError::Rule {
                code: rule.code(),
                detail: rule_message(rule).to_owned(),
            },
            E::InvalidTransition { from, action } => ApiError::Conflict {
                code: "invalid_transition",
                detail: format!(
                    "Not possible: a ticket that is {from} cannot be {}.",
                    past(action)
                ),
            },
            // The number only for a caller who may see that ticket (core decides).
            E::Duplicate { existing } => ApiError::Conflict {
                code: "duplicate_ticket",
                detail: match existing {
                    Some(existing) => format!(
                        "There is already a pending ticket of this kind for this account (#{existing})."
                    ),
                    None => {
                        "A request of this kind for this e-mail address is already being handled."
                            .to_owned()
                    }
                },
            },
            E::IdempotencyMismatch => ApiError::Unprocessable {
                code: "idempotency_key_reused",
                detail: "This Idempotency-Key was already used for a different request.".to_owned(),
            },
            e if e.is_unavailable() => {
                tracing::warn!(error = ?e, "database unavailable");
                ApiError::Unavailable(
                    "the database is not reachable right now; try again shortly".to_owned(),
                )
            }
            other => ApiError::Internal(anyhow::Error::new(other)),
        }
    }
}

/// The API's wording of a rule that refused an action.
pub fn rule_message(rule: helpdesk_core::Rule) -> &'static str {
    use helpdesk_core::Rule as R;
    match rule {
        R::RoleRequired => "You are not allowed to do this.",
        R::SelfApproval => "You cannot approve a ticket you requested yourself.",
        R::DistinctApprovers => {
            "The second approval of a deletion must come from a different person."
        }
        R::OwnTicket => "You cannot reject your own ticket; cancel it instead.",
        R::RequesterOnly => "Only the requester can cancel this ticket.",
    }
}

/// An action in the past tense ("cannot be approved").
fn past(action: helpdesk_core::model::Action) -> &'static str {
    use helpdesk_core::model::Action as A;
    match action {
        A::Create => "created",
        A::Approve => "approved",
        A::Reject => "rejected",
        A::Complete => "completed",
        A::Cancel => "cancelled",
        A::Erase => "erased",
    }
}

/// The API's wording of a core field problem (English, next to the field's JSON path).
pub fn field_message(field: &str, problem: FieldProblem) -> String {
    use FieldProblem as P;
    match (field, problem) {
        (_, P::Required) => format!("The field \"{field}\" is required."),
        (_, P::TooLong { max }) => {
            format!("The field \"{field}\" is too long (at most {max} characters).")
        }
        (_, P::InvalidEmail) => {
            "Please enter a valid e-mail address (e.g. name@example.com).".to_owned()
        }
        (_, P::InvalidName) => format!("The field \"{field}\" must contain a name."),
        (_, P::ControlCharacters) => format!(
            "The field \"{field}\" contains a control character (such as a NUL byte); \
             only line breaks and tabs are allowed, and only in multi-line text."
        ),
        (_, P::InvalidIdentnummer) => {
            "An Identnummer has 4 to 20 letters or digits (spaces, hyphens and dots are ignored)."
                .to_owned()
        }
        (_, P::InvalidIdentity) => {
            "The id must look like platform:id (e.g. discord:123).".to_owned()
        }
        (_, P::InvalidChoice) => {
            format!("The value of \"{field}\" is not one of the allowed choices.")
        }
        (_, P::SameName) => "The name in the contract is the same as the name in the account: \
             there is nothing to correct."
            .to_owned(),
        ("idempotency_key", P::InvalidFormat) => {
            "The Idempotency-Key must be 1-200 visible ASCII characters.".to_owned()
        }
        ("name", P::InvalidFormat) => {
            "The name must be 1-100 characters long, without control characters.".to_owned()
        }
        ("alternatives" | "tags" | "en.alternatives", P::InvalidFormat) => {
            format!("At most {} items.", helpdesk_core::faq_edit::MAX_ITEMS)
        }
        ("questions", P::InvalidFormat) => {
            format!("Give 1-{} questions.", helpdesk_core::faq_edit::MAX_SAMPLES)
        }
        ("link", P::InvalidFormat) => "The link must be an http(s) address.".to_owned(),
        (_, P::InvalidFormat) => format!("The field \"{field}\" has an invalid format."),
        (_, P::AlreadyLinked) => {
            "This chat identity is already linked to another token.".to_owned()
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rej: JsonRejection) -> Self {
        match rej {
            JsonRejection::MissingJsonContentType(_) => ApiError::UnsupportedMediaType,
            JsonRejection::JsonDataError(e) => ApiError::Validation(vec![FieldError::new(
                json_error_field(&e.body_text()),
                json_error_message(&e.body_text()),
            )]),
            JsonRejection::JsonSyntaxError(_) => ApiError::BadRequest {
                code: "malformed_json",
                detail: "the body is not valid JSON".to_owned(),
            },
            JsonRejection::BytesRejection(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                ApiError::PayloadTooLarge
            }
            other => ApiError::BadRequest {
                code: "unreadable_body",
                detail: other.body_text(),
            },
        }
    }
}

impl From<PathRejection> for ApiError {
    fn from(rej: PathRejection) -> Self {
        ApiError::BadRequest {
            code: "bad_path",
            detail: rej.body_text(),
        }
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rej: QueryRejection) -> Self {
        ApiError::Validation(vec![FieldError::new(
            "query",
            json_error_message(&rej.body_text()),
        )])
    }
}

/// serde_path_to_error (used by axum) reports "Failed to deserialize the JSON body into the
/// target type: subject.email: missing field `email` at line 1 column 40". Pull out the path.
fn json_error_field(text: &str) -> String {
    let rest = text.split_once("target type: ").map_or(text, |(_, r)| r);
    match rest.split_once(": ") {
        Some((path, _)) if !path.contains(' ') => path.to_owned(),
        _ => "body".to_owned(),
    }
}

fn json_error_message(text: &str) -> String {
    let rest = text.split_once("target type: ").map_or(text, |(_, r)| r);
    let rest = match rest.split_once(": ") {
        Some((path, msg)) if !path.contains(' ') => msg,
        _ => rest,
    };
    let rest = rest.split(" at line ").next().unwrap_or(rest);
    let rest = rest
        .split_once("Failed to deserialize query string: ")
        .map_or(rest, |(_, r)| r);
    without_values(rest)
}

/// serde quotes the offending value (`invalid type: string "max@example.org", expected …`);
/// it may be personal data, so error messages name only its type.
fn without_values(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut rest = msg;
    while let Some(i) = rest.find("string \"") {
        out.push_str(&rest[..i]);
        out.push_str("a string");
        let after = &rest[i + "string \"".len()..];
        // Skip to the closing quote (serde escapes inner quotes as \").
        let mut end = None;
        let mut escaped = false;
        for (j, c) in after.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = Some(j);
                    break;
                }
                _ => escaped = false,
            }
        }
        match end {
            Some(j) => rest = &after[j + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_error_text_is_split_into_field_and_message() {
        let t = "Failed to deserialize the JSON body into the target type: subject.email: missing field `email` at line 1 column 40";
        assert_eq!(json_error_field(t), "subject.email");
        assert_eq!(json_error_message(t), "missing field `email`");
        let t = "Failed to deserialize the JSON body into the target type: invalid type: integer `1`, expected a string at line 1 column 2";
        assert_eq!(json_error_field(t), "body");
        assert_eq!(
            json_error_message(t),
            "invalid type: integer `1`, expected a string"
        );
    }

    #[test]
    fn quoted_values_are_not_echoed() {
        let t = "Failed to deserialize the JSON body into the target type: subject: invalid type: string \"max@example.org\", expected struct SubjectBody at line 1 column 30";
        assert_eq!(json_error_field(t), "subject");
        assert_eq!(
            json_error_message(t),
            "invalid type: a string, expected struct SubjectBody"
        );
        assert_eq!(without_values("x string \"a\\\"b\" y"), "x a string y");
    }

    #[test]
    fn internal_errors_do_not_leak_their_cause() {
        let err = ApiError::internal(anyhow::anyhow!("SELECT * FROM secret failed"));
        let p = err.problem();
        assert_eq!(p.status, 500);
        assert!(!p.detail.contains("SELECT"));
    }
}
