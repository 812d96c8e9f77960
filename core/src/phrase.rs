//! The seam to an optional language model: phrasing an answer from retrieved FAQ entries,
//! turning close entries into one clarifying question, and suggesting ticket form values.
//!
//! The answering service holds an `Option<Arc<dyn Phraser>>`. Without one, answers are the FAQ
//! text itself. With one, every method may fail; any `Err` means "show the plain FAQ answer"
//! (or the plain "did you mean" list, or an empty form). The error says why, for the log only.
//!
//! Implementations must redact personal data before anything leaves the process, check the
//! model's output before returning it, and never change state: a [`Phraser`] only returns text
//! and suggestions, so nothing it says can reach the ticket store. The implementation lives in
//! `helpdesk-llm`; core does not know about HTTP or any model API.

use std::fmt;

use async_trait::async_trait;
use helpdesk_faq::{FaqEntry, FaqId, Lang};
use serde::Serialize;

/// An answer phrased from the retrieved entries, with the ids of the entries it used.
/// `text` has passed the output checks and carries no citation markers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Phrased {
    pub text: String,
    /// The retrieved entries the text is based on (a non-empty subset of those passed in).
    pub cited: Vec<FaqId>,
}

/// One clarifying question for a "did you mean" situation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clarification {
    pub text: String,
    /// The entries the user can choose between: the ones passed in, in the same order.
    pub options: Vec<FaqId>,
}

/// Why a reply of the model was not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    /// No text at all.
    Empty,
    /// Longer than the limit.
    TooLong,
    /// An answer that cites no retrieved entry.
    NoCitation,
    /// Cites an entry that was not retrieved.
    UnknownCitation,
    /// A link, domain or e-mail address that is not in the retrieved entries.
    ForeignLink,
    /// A Discord mention (`@everyone`, `<@…>`, `<#…>`) or a stray `@`.
    Mention,
    /// HTML or other markup that a surface could interpret.
    Markup,
    /// Repeats the system prompt, its canary or the prompt delimiters.
    Leak,
    /// Contains a redaction placeholder (`[EMAIL_1]`) where none belongs.
    Placeholder,
    /// Numbers or too many words that the retrieved entries do not contain.
    Ungrounded,
    /// Not the requested shape (not one question; not a JSON object).
    InvalidFormat,
}

impl RejectReason {
    pub fn as_str(self) -> &'static str {
        match self {
            RejectReason::Empty => "empty",
            RejectReason::TooLong => "too_long",
            RejectReason::NoCitation => "no_citation",
            RejectReason::UnknownCitation => "unknown_citation",
            RejectReason::ForeignLink => "foreign_link",
            RejectReason::Mention => "mention",
            RejectReason::Markup => "markup",
            RejectReason::Leak => "leak",
            RejectReason::Placeholder => "placeholder",
            RejectReason::Ungrounded => "ungrounded",
            RejectReason::InvalidFormat => "invalid_format",
        }
    }
}

impl fmt::Display for RejectReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why no phrased text is available. Every variant means: fall back to the plain FAQ answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhraseError {
    /// The circuit breaker is open after repeated failures; the model is not called for a while.
    #[error("language model paused after repeated failures")]
    Unavailable,
    /// The call budget per minute (`LLM_CALLS_PER_MINUTE`, shared by all replicas on
    /// PostgreSQL) is used up; the model is not called until the next window.
    #[error("language model call budget used up")]
    OverBudget,
    /// No complete reply within the configured timeout.
    #[error("language model timed out")]
    Timeout,
    /// Transport error or an error status from the model server.
    #[error("language model server failed")]
    Upstream,
    /// The server's response was not a readable chat completion.
    #[error("language model response unreadable")]
    Malformed,
    /// The reply was readable but failed the output checks.
    #[error("language model reply rejected: {0}")]
    Rejected(RejectReason),
}

/// Counters per outcome since start, for the admin API's metrics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PhraserStats {
    /// Calls to any [`Phraser`] method.
    pub calls: u64,
    /// Replies that passed the checks and were returned.
    pub ok: u64,
    pub timeouts: u64,
    pub upstream_errors: u64,
    pub malformed: u64,
    /// Replies rejected by the output checks (all reasons).
    pub rejected: u64,
    pub rejected_citation: u64,
    pub rejected_link: u64,
    pub rejected_mention: u64,
    pub rejected_leak: u64,
    pub rejected_length: u64,
    pub rejected_ungrounded: u64,
    /// Calls refused because the circuit breaker was open.
    pub circuit_open: u64,
    /// How often the breaker opened.
    pub circuit_trips: u64,
    /// Personal data items replaced by placeholders before a request.
    pub redactions: u64,
}

/// An optional language model behind the answering service. See the module docs.
#[async_trait]
pub trait Phraser: Send + Sync {
    /// Phrases an answer to `question` in `lang` from `entries` only (retrieved, best first).
    /// `known_names` (display name, names from forms) are redacted wherever they occur, on top
    /// of what the implementation finds itself.
    async fn phrase_with(
        &self,
        question: &str,
        lang: Lang,
        entries: &[FaqEntry],
        known_names: &[String],
    ) -> Result<Phrased, PhraseError>;

    /// [`Phraser::phrase_with`] without known names.
    async fn phrase(
        &self,
        question: &str,
        lang: Lang,
        entries: &[FaqEntry],
    ) -> Result<Phrased, PhraseError> {
        self.phrase_with(question, lang, entries, &[]).await
    }

    /// Turns 2–3 close `entries` into one clarifying question in `lang`.
    async fn clarify_with(
        &self,
        question: &str,
        lang: Lang,
        entries: &[FaqEntry],
        known_names: &[String],
    ) -> Result<Clarification, PhraseError>;

    /// [`Phraser::clarify_with`] without known names.
    async fn clarify(
        &self,
        question: &str,
        lang: Lang,
        entries: &[FaqEntry],
    ) -> Result<Clarification, PhraseError> {
        self.clarify_with(question, lang, entries, &[]).await
    }

    /// Counters per outcome since start.
    fn stats(&self) -> PhraserStats {
        PhraserStats::default()
    }
}
