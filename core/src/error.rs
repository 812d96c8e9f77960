//! The one error type of the store, with stable codes.
//!
//! Policy: the `Display` text of an [`Error`] never contains SQL, personal data or a token, so an
//! operator tool may show it. What users read is worded at the edges, one place per surface
//! (the admin API's problem details in `admin-api/src/error.rs`, the bot's `bot/src/texts.rs`,
//! the web's `web/src/i18n.rs`), from the typed variants here. Database causes are kept as the `source` for
//! the operator log.

use serde::{Deserialize, Serialize};

use crate::model::{Action, TicketId, TicketState};

/// Everything that can go wrong in a store call.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The ticket, token, FAQ entry … does not exist.
    #[error("not found")]
    NotFound,
    /// The input is invalid; every field at fault is listed.
    #[error("invalid input: {}", fields.iter().map(|f| f.field.as_str()).collect::<Vec<_>>().join(", "))]
    Validation { fields: Vec<FieldError> },
    /// The caller's version is stale (optimistic concurrency). HTTP: 412.
    #[error("version conflict: the current version is {current_version}")]
    Conflict { current_version: i64 },
    /// A rule forbids this actor to do this. HTTP: 403.
    #[error("forbidden: {}", rule.code())]
    Forbidden { rule: Rule },
    /// The state machine does not allow this action in this state. HTTP: 409.
    #[error("cannot {} a ticket that is {}", action.as_str(), from.as_str())]
    InvalidTransition { from: TicketState, action: Action },
    /// A pending ticket of the same kind for the same account e-mail exists. HTTP: 409.
    /// `existing` is its id only when the caller may see that ticket (IT staff, its requester,
    /// whoever filed it): anyone else only learns that a request for this address is already
    /// being handled, not the number of someone else's ticket.
    #[error("a pending ticket of this kind already exists for this account")]
    Duplicate { existing: Option<TicketId> },
    /// The idempotency key was used before with a different request body. HTTP: 422.
    #[error("the idempotency key was already used for a different request")]
    IdempotencyMismatch,
    /// The database failed (connection, I/O, constraint we did not expect). HTTP: 500/503.
    #[error("database error")]
    Database(#[source] sqlx::Error),
    /// The schema could not be migrated.
    #[error("database migration failed")]
    Migrate(#[source] sqlx::migrate::MigrateError),
    /// The `DATABASE_URL` is not usable.
    #[error("unsupported database URL (use sqlite://PATH or postgres://…)")]
    BadUrl,
}

impl Error {
    /// True when the database could not be reached (connection refused or lost, pool timeout,
    /// server shutting down): a temporary condition, HTTP 503 `unavailable`, not a bug.
    pub fn is_unavailable(&self) -> bool {
        let Error::Database(e) = self else {
            return false;
        };
        match e {
            sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::WorkerCrashed => true,
            // PostgreSQL: connection exceptions (08…), shutdown / cannot connect now (57P…).
            sqlx::Error::Database(d) => d
                .code()
                .is_some_and(|c| c.starts_with("08") || c.starts_with("57P")),
            _ => false,
        }
    }

    /// A stable, machine-readable code (used as the `code` of HTTP problems and in tests).
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotFound => "not_found",
            Error::Validation { .. } => "validation_failed",
            Error::Conflict { .. } => "version_conflict",
            Error::Forbidden { .. } => "forbidden",
            Error::InvalidTransition { .. } => "invalid_transition",
            Error::Duplicate { .. } => "duplicate_ticket",
            Error::IdempotencyMismatch => "idempotency_key_reused",
            Error::Database(_) => "database_error",
            Error::Migrate(_) => "migration_failed",
            Error::BadUrl => "bad_database_url",
        }
    }

    pub(crate) fn validation(field: FieldError) -> Self {
        Error::Validation {
            fields: vec![field],
        }
    }
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::RowNotFound => Error::NotFound,
            sqlx::Error::Database(d) => {
                Error::Database(sqlx::Error::Database(Box::new(SafeDbError::from(&*d))))
            }
            other => Error::Database(other),
        }
    }
}

/// A database error reduced to what is safe to log: message, code, constraint and table.
/// PostgreSQL's `detail` repeats the offending row's values (e-mail addresses, names), so it is
/// dropped here, before any caller can log the error with `{:?}`.
#[derive(Debug)]
struct SafeDbError {
    message: String,
    code: Option<String>,
    constraint: Option<String>,
    table: Option<String>,
    kind: Kind,
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    Unique,
    ForeignKey,
    NotNull,
    Check,
    Other,
}

impl From<&dyn sqlx::error::DatabaseError> for SafeDbError {
    fn from(d: &dyn sqlx::error::DatabaseError) -> Self {
        use sqlx::error::ErrorKind as K;
        SafeDbError {
            message: d.message().to_owned(),
            code: d.code().map(|c| c.into_owned()),
            constraint: d.constraint().map(str::to_owned),
            table: d.table().map(str::to_owned),
            kind: match d.kind() {
                K::UniqueViolation => Kind::Unique,
                K::ForeignKeyViolation => Kind::ForeignKey,
                K::NotNullViolation => Kind::NotNull,
                K::CheckViolation => Kind::Check,
                _ => Kind::Other,
            },
        }
    }
}

impl std::fmt::Display for SafeDbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SafeDbError {}

impl sqlx::error::DatabaseError for SafeDbError {
    fn message(&self) -> &str {
        &self.message
    }

    fn code(&self) -> Option<std::borrow::Cow<'_, str>> {
        self.code.as_deref().map(std::borrow::Cow::Borrowed)
    }

    fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
        self
    }

    fn constraint(&self) -> Option<&str> {
        self.constraint.as_deref()
    }

    fn table(&self) -> Option<&str> {
        self.table.as_deref()
    }

    fn kind(&self) -> sqlx::error::ErrorKind {
        use sqlx::error::ErrorKind as K;
        match self.kind {
            Kind::Unique => K::UniqueViolation,
            Kind::ForeignKey => K::ForeignKeyViolation,
            Kind::NotNull => K::NotNullViolation,
            Kind::Check => K::CheckViolation,
            Kind::Other => K::Other,
        }
    }
}

impl From<sqlx::migrate::MigrateError> for Error {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        Error::Migrate(e)
    }
}

/// One invalid input field: where ([`FieldError::field`]) and what is wrong
/// ([`FieldError::problem`]). Core holds no sentence about it: each surface words the problem
/// itself (the bot in `bot/src/texts.rs`, the HTTP API in `admin-api/src/error.rs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Dotted path of the field in the create body, e.g. `subject.email`, `reason`.
    pub field: String,
    pub problem: FieldProblem,
}

impl FieldError {
    pub fn new(field: impl Into<String>, problem: FieldProblem) -> Self {
        Self {
            field: field.into(),
            problem,
        }
    }

    /// The stable code of the problem (`required`, `invalid_email`, …).
    pub fn code(&self) -> &'static str {
        self.problem.code()
    }

    /// The field's name without its section (`subject.email` → `email`): the name a form uses.
    pub fn leaf(&self) -> &str {
        self.field.rsplit('.').next().unwrap_or(&self.field)
    }
}

/// What is wrong with one input field. This is the one list of what the input rules of core
/// refuse (ticket forms, tokens, idempotency keys); every surface maps it to its own wording.
///
/// The ticket-form rules behind it, in one place:
/// - e-mail ([`crate::Email`]): `local@domain.tld`, at most 254 characters, no spaces;
/// - names ([`crate::PersonName`]): 1–200 characters, at least one letter;
/// - every free-text field (names, note, display name, rejection reason, token and person
///   names): no control characters ([`crate::model::free_text`]); the note and the rejection
///   reason may contain line breaks and tabs;
/// - Identnummer ([`crate::Identnummer`], optional): 4–20 letters or digits, spaces, hyphens
///   and dots between them dropped;
/// - a name correction must change something: the name in the contract differs from the name
///   in the account (compared case-insensitively);
/// - note: at most 2000 characters; requester display name: at most 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum FieldProblem {
    /// Missing or blank.
    Required,
    /// Longer than `max` characters.
    TooLong { max: usize },
    /// Not an e-mail address.
    InvalidEmail,
    /// Not a person's name (no letter).
    InvalidName,
    /// Contains a control character (NUL, escape, …; line breaks and tabs only in multi-line
    /// text such as a note).
    ControlCharacters,
    /// Not an Identnummer (4–20 letters or digits).
    InvalidIdentnummer,
    /// Not a surface identity `platform:id` (e.g. `discord:123`).
    InvalidIdentity,
    /// Not one of the allowed values (ticket kind, deletion reason).
    InvalidChoice,
    /// The name in the contract is the name already in the account: nothing to correct.
    SameName,
    /// Malformed in another way (an idempotency key, a token name, a display name).
    InvalidFormat,
    /// The chat identity is already linked to another token.
    AlreadyLinked,
}

impl FieldProblem {
    /// A stable, machine-readable code.
    pub fn code(self) -> &'static str {
        match self {
            FieldProblem::Required => "required",
            FieldProblem::TooLong { .. } => "too_long",
            FieldProblem::InvalidEmail => "invalid_email",
            FieldProblem::InvalidName => "invalid_name",
            FieldProblem::ControlCharacters => "control_characters",
            FieldProblem::InvalidIdentnummer => "invalid_identnummer",
            FieldProblem::InvalidIdentity => "invalid_identity",
            FieldProblem::InvalidChoice => "invalid_choice",
            FieldProblem::SameName => "same_name",
            FieldProblem::InvalidFormat => "invalid_format",
            FieldProblem::AlreadyLinked => "already_linked",
        }
    }
}

impl std::fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::error::Error for FieldProblem {}

/// The rule behind an [`Error::Forbidden`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// The actor's role does not allow this action.
    RoleRequired,
    /// Nobody approves a ticket they requested (or filed).
    SelfApproval,
    /// The second approval of a deletion must come from another person.
    DistinctApprovers,
    /// Nobody rejects a ticket they requested (they cancel it).
    OwnTicket,
    /// Only the requester (or whoever filed the ticket for them) may cancel it.
    RequesterOnly,
}

impl Rule {
    pub fn code(self) -> &'static str {
        match self {
            Rule::RoleRequired => "role_required",
            Rule::SelfApproval => "self_approval",
            Rule::DistinctApprovers => "distinct_approvers",
            Rule::OwnTicket => "own_ticket",
            Rule::RequesterOnly => "requester_only",
        }
    }
}
