//! [`LlmPhraser`]: the [`Phraser`] over an OpenAI-compatible chat completions server.
//!
//! Every call goes the same way: ask the breaker; redact the user's text; build the prompt;
//! send one request without tools (streamed or not) under `tokio::time::timeout`; record
//! success or failure with the breaker; check the reply; count the outcome. Any failure is an
//! `Err` and the caller shows the plain FAQ text. Nothing here writes anywhere.

use std::time::Instant;

use async_openai::Client;
use async_openai::config::OpenAIConfig;
use async_openai::error::OpenAIError;
use async_openai::types::{
    ChatCompletionRequestMessage, ChatCompletionRequestSystemMessage,
    ChatCompletionRequestUserMessage, CreateChatCompletionRequest, FinishReason,
};
use async_trait::async_trait;
use futures::StreamExt;
use helpdesk_core::phrase::{
    Clarification, PhraseError, Phrased, Phraser, PhraserStats, RejectReason,
};
use helpdesk_faq::{FaqEntry, Lang};

use crate::breaker::Breaker;
use crate::check;
use crate::config::LlmConfig;
use crate::prompt::{self, Guard, Prompt, Task};
use crate::stats::Counters;
use helpdesk_core::redact::redact;

/// Reply text and why the model stopped.
type Reply = (String, Option<FinishReason>);

/// Rough characters per token, to turn a character limit into `max_tokens`.
const CHARS_PER_TOKEN: usize = 3;

/// The language model behind the answering service. Cheap to share (`Arc<LlmPhraser>`).
pub struct LlmPhraser {
    client: Client<OpenAIConfig>,
    config: LlmConfig,
    canary: String,
    breaker: Breaker,
    counters: Counters,
}

impl std::fmt::Debug for LlmPhraser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LlmPhraser")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl LlmPhraser {
    pub fn new(config: LlmConfig) -> Self {
        // Set the key explicitly, even when empty: async-openai would otherwise send
        // OPENAI_API_KEY from the environment to whatever server LLM_BASE_URL names.
        let openai = OpenAIConfig::new()
            .with_api_base(config.base_url.clone())
            .with_api_key(config.api_key.clone().unwrap_or_default());
        // No retries: a failing server gets one request per question, the breaker does the rest,
        // and the timeout stays an upper bound for the whole call.
        let no_retry = backoff::ExponentialBackoff {
            max_elapsed_time: Some(std::time::Duration::ZERO),
            ..Default::default()
        };
        let client = Client::with_config(openai).with_backoff(no_retry);
        Self {
            client,
            canary: format!("hd-canary-{}", prompt::random_hex(12)),
            breaker: Breaker::new(config.breaker_failures, config.breaker_cooldown),
            config,
            counters: Counters::default(),
        }
    }

    pub fn config(&self) -> &LlmConfig {
        &self.config
    }

    /// True while the breaker refuses calls.
    pub fn circuit_open(&self) -> bool {
        self.breaker.is_open(Instant::now())
    }

    fn request(&self, prompt: Prompt, max_tokens: u32) -> CreateChatCompletionRequest {
        #[allow(deprecated)] // `max_tokens` is what Ollama, llama.cpp and vLLM all understand.
        CreateChatCompletionRequest {
            model: self.config.model.clone(),
            messages: vec![
                ChatCompletionRequestMessage::System(ChatCompletionRequestSystemMessage::from(
                    prompt.system,
                )),
                ChatCompletionRequestMessage::User(ChatCompletionRequestUserMessage::from(
                    prompt.user,
                )),
            ],
            temperature: Some(0.2),
            max_tokens: Some(max_tokens),
            n: Some(1),
            ..Default::default()
        }
    }

    /// Sends one request and returns the reply text. Counts breaker trips; the outcome itself
    /// is counted by the caller once the reply is checked.
    async fn complete(&self, task: Task, prompt: Prompt) -> Result<String, PhraseError> {
        if !self.breaker.allow(Instant::now()) {
            tracing::debug!(task = task.as_str(), "llm circuit open; not calling");
            return Err(PhraseError::Unavailable);
        }
        let max_tokens = u32::try_from(self.config.max_chars / CHARS_PER_TOKEN + 64).unwrap_or(512);
        let request = self.request(prompt, max_tokens);
        let result = tokio::time::timeout(self.config.timeout, self.send(request)).await;
        let result = match result {
            Ok(r) => r,
            Err(_) => Err(PhraseError::Timeout),
        };
        match &result {
            Ok(_) => self.breaker.success(),
            Err(error) => {
                if self.breaker.failure(Instant::now()) {
                    self.counters.trip();
                    tracing::warn!(
                        task = task.as_str(),
                        cooldown_ms = u64::try_from(self.config.breaker_cooldown.as_millis())
                            .unwrap_or(u64::MAX),
                        "llm circuit opened after repeated failures"
                    );
                }
                tracing::warn!(task = task.as_str(), %error, "llm call failed; using the plain FAQ answer");
            }
        }
        let (text, finish) = result?;
        // Cut off at max_tokens: half an answer is not shown (not a server failure, though).
        if finish == Some(FinishReason::Length) {
            return Err(PhraseError::Rejected(RejectReason::TooLong));
        }
        Ok(text)
    }

    async fn send(&self, request: CreateChatCompletionRequest) -> Result<Reply, PhraseError> {
        if self.config.stream {
            return self.send_streamed(request).await;
        }
        let response = self.client.chat().create(request).await.map_err(classify)?;
        let choice = response
            .choices
            .into_iter()
            .next()
            .ok_or(PhraseError::Malformed)?;
        let text = choice
            .message
            .content
            .filter(|s| !s.trim().is_empty())
            .ok_or(PhraseError::Malformed)?;
        Ok((text, choice.finish_reason))
    }

    async fn send_streamed(
        &self,
        mut request: CreateChatCompletionRequest,
    ) -> Result<Reply, PhraseError> {
        request.stream = Some(true);
        let mut stream = self
            .client
            .chat()
            .create_stream(request)
            .await
            .map_err(classify)?;
        let mut text = String::new();
        let mut finish = None;
        // Stop reading once the reply is over the limit: the check rejects it anyway.
        let enough = self.config.max_chars.saturating_mul(2);
        while let Some(chunk) = stream.next().await {
            let chunk = match chunk {
                Ok(chunk) => chunk,
                // A server that closes the stream without `data: [DONE]`.
                Err(OpenAIError::StreamError(m)) if m == "Stream ended" && !text.is_empty() => {
                    break;
                }
                Err(e) => return Err(classify(e)),
            };
            for choice in chunk.choices {
                if let Some(delta) = choice.delta.content {
                    text.push_str(&delta);
                }
                finish = choice.finish_reason.or(finish);
            }
            if text.chars().count() > enough {
                break;
            }
        }
        if text.trim().is_empty() {
            return Err(PhraseError::Malformed);
        }
        Ok((text, finish))
    }

    fn finish<T>(&self, task: Task, result: Result<T, PhraseError>) -> Result<T, PhraseError> {
        self.counters.outcome(&result);
        if let Err(PhraseError::Rejected(reason)) = &result {
            tracing::warn!(
                task = task.as_str(),
                reason = reason.as_str(),
                "llm reply rejected by the output check"
            );
        }
        result
    }
}

fn classify(error: OpenAIError) -> PhraseError {
    match error {
        OpenAIError::JSONDeserialize(_) => PhraseError::Malformed,
        // A stream that delivers something other than chat completion chunks.
        OpenAIError::StreamError(message) if message.starts_with("Invalid header value") => {
            PhraseError::Malformed
        }
        _ => PhraseError::Upstream,
    }
}

#[async_trait]
impl Phraser for LlmPhraser {
    async fn phrase_with(
        &self,
        question: &str,
        lang: Lang,
        entries: &[FaqEntry],
        known_names: &[String],
    ) -> Result<Phrased, PhraseError> {
        self.counters.call();
        let result = async {
            if entries.is_empty() {
                return Err(PhraseError::Rejected(
                    helpdesk_core::phrase::RejectReason::NoCitation,
                ));
            }
            let redacted = redact(question, known_names);
            self.counters.redacted(redacted.count());
            let guard = Guard::new(&self.canary);
            let prompt = prompt::phrase(
                &guard,
                lang,
                redacted.text(),
                entries,
                self.config.max_chars,
            );
            let raw = self.complete(Task::Phrase, prompt).await?;
            check::phrase(
                &raw,
                entries,
                redacted.text(),
                &guard,
                self.config.max_chars,
            )
            .map_err(PhraseError::Rejected)
        }
        .await;
        self.finish(Task::Phrase, result)
    }

    async fn clarify_with(
        &self,
        question: &str,
        lang: Lang,
        entries: &[FaqEntry],
        known_names: &[String],
    ) -> Result<Clarification, PhraseError> {
        self.counters.call();
        let result = async {
            if entries.len() < 2 {
                return Err(PhraseError::Rejected(
                    helpdesk_core::phrase::RejectReason::InvalidFormat,
                ));
            }
            let redacted = redact(question, known_names);
            self.counters.redacted(redacted.count());
            let guard = Guard::new(&self.canary);
            let prompt = prompt::clarify(&guard, lang, redacted.text(), entries);
            let raw = self.complete(Task::Clarify, prompt).await?;
            check::clarify(&raw, entries, redacted.text(), &guard).map_err(PhraseError::Rejected)
        }
        .await;
        self.finish(Task::Clarify, result)
    }

    fn stats(&self) -> PhraserStats {
        self.counters.snapshot()
    }
}
