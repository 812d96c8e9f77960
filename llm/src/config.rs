//! Configuration from the environment. `LLM_BASE_URL` switches the model on; without it the
//! bot answers with the FAQ text itself.

use std::fmt;
use std::time::Duration;

/// Default for `LLM_TIMEOUT_MS`.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_millis(4000);
/// Default for `LLM_BREAKER_FAILURES`.
pub const DEFAULT_BREAKER_FAILURES: u32 = 5;
/// Default for `LLM_BREAKER_COOLDOWN_MS`.
pub const DEFAULT_BREAKER_COOLDOWN: Duration = Duration::from_secs(30);
/// Default for `LLM_MAX_CHARS`: well below Discord's 2000 characters per message.
pub const DEFAULT_MAX_CHARS: usize = 1200;

/// How to reach an OpenAI-compatible chat completions server and how patient to be with it.
#[derive(Clone)]
pub struct LlmConfig {
    /// Base URL including the API prefix, e.g. `http://127.0.0.1:11434/v1` (Ollama);
    /// requests go to `{base_url}/chat/completions`.
    pub base_url: String,
    /// The model name the server knows (`LLM_MODEL`).
    pub model: String,
    /// Sent as `Authorization: Bearer …` when set (`LLM_API_KEY`). Never logged.
    pub api_key: Option<String>,
    /// Upper bound for one request, connection to last byte (`LLM_TIMEOUT_MS`, default 4000).
    pub timeout: Duration,
    /// Ask for a streamed (SSE) reply and stop reading once it is too long (`LLM_STREAM`).
    pub stream: bool,
    /// Consecutive failures that open the circuit breaker (`LLM_BREAKER_FAILURES`, default 5).
    pub breaker_failures: u32,
    /// How long an open breaker refuses calls (`LLM_BREAKER_COOLDOWN_MS`, default 30000).
    pub breaker_cooldown: Duration,
    /// Longest phrased answer shown, in characters (`LLM_MAX_CHARS`, default 1200).
    pub max_chars: usize,
}

impl fmt::Debug for LlmConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LlmConfig")
            .field("base_url", &self.base_url)
            .field("model", &self.model)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("timeout", &self.timeout)
            .field("stream", &self.stream)
            .field("breaker_failures", &self.breaker_failures)
            .field("breaker_cooldown", &self.breaker_cooldown)
            .field("max_chars", &self.max_chars)
            .finish()
    }
}

/// A setting that is present but unusable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("LLM_BASE_URL must start with http:// or https:// (e.g. http://127.0.0.1:11434/v1)")]
    BaseUrl,
    #[error("LLM_MODEL must be set when LLM_BASE_URL is set (e.g. LLM_MODEL=qwen2.5:3b-instruct)")]
    MissingModel,
    #[error("{name} must be a whole number ({hint})")]
    Number {
        name: &'static str,
        hint: &'static str,
    },
    #[error("LLM_API_KEY may contain only visible ASCII characters")]
    ApiKey,
    #[error("LLM_STREAM must be true/false, 1/0 or yes/no")]
    Stream,
}

/// A setting's value, trimmed; blank counts as unset.
pub(crate) fn trimmed(get: &impl Fn(&str) -> Option<String>, name: &str) -> Option<String> {
    get(name)
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// What every OpenAI-compatible endpoint is configured with: `{PREFIX}_BASE_URL`,
/// `{PREFIX}_MODEL` and `{PREFIX}_API_KEY` (chat: `LLM`, embeddings: `EMBEDDINGS`).
pub(crate) struct Endpoint {
    pub base_url: String,
    pub model: String,
    pub api_key: Option<String>,
}

/// Why an endpoint's settings were refused; each config maps it to its own error.
pub(crate) enum EndpointProblem {
    BaseUrl,
    MissingModel,
    ApiKey,
}

impl Endpoint {
    /// `None` when `{PREFIX}_BASE_URL` is unset (the endpoint is switched off). `get` returns
    /// trimmed, non-blank values.
    pub(crate) fn read(
        get: &impl Fn(&str) -> Option<String>,
        prefix: &str,
    ) -> Result<Option<Endpoint>, EndpointProblem> {
        let Some(base_url) = get(&format!("{prefix}_BASE_URL")) else {
            return Ok(None);
        };
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(EndpointProblem::BaseUrl);
        }
        let model = get(&format!("{prefix}_MODEL")).ok_or(EndpointProblem::MissingModel)?;
        let api_key = get(&format!("{prefix}_API_KEY"));
        if api_key
            .as_deref()
            .is_some_and(|k| !k.bytes().all(|b| b.is_ascii_graphic()))
        {
            return Err(EndpointProblem::ApiKey);
        }
        Ok(Some(Endpoint {
            base_url,
            model,
            api_key,
        }))
    }
}

impl LlmConfig {
    /// A configuration with the defaults for everything but the server and the model.
    pub fn new(base_url: impl Into<String>, model: impl Into<String>) -> Self {
        let base_url: String = base_url.into();
        Self {
            base_url: base_url.trim().trim_end_matches('/').to_owned(),
            model: model.into(),
            api_key: None,
            timeout: DEFAULT_TIMEOUT,
            stream: false,
            breaker_failures: DEFAULT_BREAKER_FAILURES,
            breaker_cooldown: DEFAULT_BREAKER_COOLDOWN,
            max_chars: DEFAULT_MAX_CHARS,
        }
    }

    /// Reads the process environment. `None` when `LLM_BASE_URL` is unset or empty, and also
    /// when a setting is invalid: that is logged as an error and the model stays off (the bot
    /// keeps answering with the FAQ text). Use [`LlmConfig::try_from_env`] to fail instead.
    pub fn from_env() -> Option<LlmConfig> {
        match Self::try_from_env() {
            Ok(config) => config,
            Err(error) => {
                tracing::error!(%error, "LLM configuration invalid; the language model stays off");
                None
            }
        }
    }

    /// Like [`LlmConfig::from_env`], but an invalid setting is an error.
    pub fn try_from_env() -> Result<Option<LlmConfig>, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `get` (the environment, or a map in tests).
    pub fn from_lookup(
        get: impl Fn(&str) -> Option<String>,
    ) -> Result<Option<LlmConfig>, ConfigError> {
        let get = |name: &str| trimmed(&get, name);
        let Some(endpoint) = Endpoint::read(&get, "LLM").map_err(|p| match p {
            EndpointProblem::BaseUrl => ConfigError::BaseUrl,
            EndpointProblem::MissingModel => ConfigError::MissingModel,
            EndpointProblem::ApiKey => ConfigError::ApiKey,
        })?
        else {
            return Ok(None);
        };
        let mut config = LlmConfig::new(endpoint.base_url, endpoint.model);
        config.api_key = endpoint.api_key;
        let number = |name: &'static str, hint: &'static str| -> Result<Option<u64>, ConfigError> {
            get(name)
                .map(|v| {
                    v.parse::<u64>()
                        .map_err(|_| ConfigError::Number { name, hint })
                })
                .transpose()
        };
        if let Some(ms) = number("LLM_TIMEOUT_MS", "milliseconds, e.g. 4000")? {
            if ms == 0 {
                return Err(ConfigError::Number {
                    name: "LLM_TIMEOUT_MS",
                    hint: "milliseconds greater than 0",
                });
            }
            config.timeout = Duration::from_millis(ms);
        }
        if let Some(n) = number("LLM_BREAKER_FAILURES", "consecutive failures, e.g. 5")? {
            config.breaker_failures = u32::try_from(n.max(1)).unwrap_or(u32::MAX);
        }
        if let Some(ms) = number("LLM_BREAKER_COOLDOWN_MS", "milliseconds, e.g. 30000")? {
            config.breaker_cooldown = Duration::from_millis(ms);
        }
        if let Some(n) = number("LLM_MAX_CHARS", "characters, e.g. 1200")? {
            config.max_chars = usize::try_from(n.clamp(100, 4000)).unwrap_or(DEFAULT_MAX_CHARS);
        }
        if let Some(v) = get("LLM_STREAM") {
            config.stream = match v.to_ascii_lowercase().as_str() {
                "1" | "true" | "yes" | "on" => true,
                "0" | "false" | "no" | "off" => false,
                _ => return Err(ConfigError::Stream),
            };
        }
        Ok(Some(config))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn lookup(pairs: &[(&str, &str)]) -> Result<Option<LlmConfig>, ConfigError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        LlmConfig::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn unset_or_empty_base_url_means_off() {
        assert!(lookup(&[]).unwrap().is_none());
        assert!(
            lookup(&[("LLM_BASE_URL", "  "), ("LLM_MODEL", "m")])
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn defaults_and_overrides() {
        let c = lookup(&[
            ("LLM_BASE_URL", "http://127.0.0.1:11434/v1/"),
            ("LLM_MODEL", "qwen2.5:3b-instruct"),
        ])
        .unwrap()
        .unwrap();
        assert_eq!(c.base_url, "http://127.0.0.1:11434/v1");
        assert_eq!(c.timeout, Duration::from_millis(4000));
        assert!(c.api_key.is_none());
        assert!(!c.stream);

        let c = lookup(&[
            ("LLM_BASE_URL", "https://llm.example/v1"),
            ("LLM_MODEL", "m"),
            ("LLM_API_KEY", "sk-secret-value"),
            ("LLM_TIMEOUT_MS", "1500"),
            ("LLM_STREAM", "yes"),
            ("LLM_BREAKER_FAILURES", "2"),
            ("LLM_BREAKER_COOLDOWN_MS", "1000"),
        ])
        .unwrap()
        .unwrap();
        assert_eq!(c.timeout, Duration::from_millis(1500));
        assert!(c.stream);
        assert_eq!(c.breaker_failures, 2);
        assert_eq!(c.breaker_cooldown, Duration::from_secs(1));
        assert_eq!(c.api_key.as_deref(), Some("sk-secret-value"));
        assert!(!format!("{c:?}").contains("sk-secret-value"));
    }

    #[test]
    fn invalid_settings_are_errors() {
        let base = [("LLM_BASE_URL", "http://x/v1"), ("LLM_MODEL", "m")];
        assert_eq!(
            lookup(&[("LLM_BASE_URL", "http://x/v1")]).unwrap_err(),
            ConfigError::MissingModel
        );
        assert_eq!(
            lookup(&[("LLM_BASE_URL", "localhost:8080"), ("LLM_MODEL", "m")]).unwrap_err(),
            ConfigError::BaseUrl
        );
        let mut bad = base.to_vec();
        bad.push(("LLM_TIMEOUT_MS", "4s"));
        assert!(matches!(lookup(&bad), Err(ConfigError::Number { .. })));
        let mut bad = base.to_vec();
        bad.push(("LLM_TIMEOUT_MS", "0"));
        assert!(matches!(lookup(&bad), Err(ConfigError::Number { .. })));
        let mut bad = base.to_vec();
        bad.push(("LLM_API_KEY", "two words"));
        assert_eq!(lookup(&bad).unwrap_err(), ConfigError::ApiKey);
        let mut bad = base.to_vec();
        bad.push(("LLM_STREAM", "maybe"));
        assert_eq!(lookup(&bad).unwrap_err(), ConfigError::Stream);
    }
}
