//! A fake OpenAI-compatible server on 127.0.0.1 for tests (feature `fake-server`).
//!
//! Serves `POST /v1/chat/completions`, plain JSON or SSE when the request says
//! `"stream": true`, and records every request body. What it answers is scripted per test with
//! [`Behaviour`]: a well-behaved grounded model that reads the FAQ entries from the prompt, a
//! slow one, error statuses, broken JSON, fixed replies (to play a model that cites the wrong
//! entry or obeys an injection), one that echoes the user's text and one that leaks its system
//! prompt.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};

/// How the fake answers one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Behaviour {
    /// A well-behaved model: answers from the first FAQ entry in the prompt and cites it;
    /// asks "A or B?" for a clarification.
    Grounded,
    /// This exact reply text.
    Reply(String),
    /// Waits, then answers like [`Behaviour::Grounded`].
    Slow(Duration),
    /// This HTTP status with an OpenAI-style error body.
    Status(u16),
    /// Status 200 with a body that is not a chat completion (or a broken SSE chunk).
    MalformedJson,
    /// Repeats the user text from the prompt and cites the first entry: a model that does
    /// whatever the user's text says.
    EchoUser,
    /// Repeats its system prompt, canary included.
    LeakSystem,
    /// This text, reported as cut off at `max_tokens` (`finish_reason: "length"`).
    Cut(String),
}

#[derive(Debug)]
struct Shared {
    default: Mutex<Behaviour>,
    queue: Mutex<VecDeque<Behaviour>>,
    bodies: Mutex<Vec<String>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A running fake; stops when dropped.
#[derive(Debug)]
pub struct FakeLlm {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FakeLlm {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FakeLlm {
    /// Binds 127.0.0.1 on a free port and serves [`Behaviour::Grounded`] until told otherwise.
    pub async fn start() -> std::io::Result<FakeLlm> {
        let shared = Arc::new(Shared {
            default: Mutex::new(Behaviour::Grounded),
            queue: Mutex::new(VecDeque::new()),
            bodies: Mutex::new(Vec::new()),
        });
        let app = Router::new()
            .route("/v1/chat/completions", post(chat))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let task = tokio::spawn(async move {
            if let Err(error) = axum::serve(listener, app).await {
                tracing::error!(%error, "fake llm server stopped");
            }
        });
        Ok(FakeLlm { addr, shared, task })
    }

    /// The value for `LLM_BASE_URL`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// The behaviour for every request from now on (after any queued ones).
    pub fn set(&self, behaviour: Behaviour) {
        *lock(&self.shared.default) = behaviour;
    }

    /// A behaviour for the next request only; queued ones are used in order.
    pub fn then(&self, behaviour: Behaviour) {
        lock(&self.shared.queue).push_back(behaviour);
    }

    /// Every request body received so far, as sent.
    pub fn bodies(&self) -> Vec<String> {
        lock(&self.shared.bodies).clone()
    }

    /// How many requests arrived.
    pub fn requests(&self) -> usize {
        lock(&self.shared.bodies).len()
    }
}

async fn chat(State(shared): State<Arc<Shared>>, body: String) -> Response {
    lock(&shared.bodies).push(body.clone());
    let behaviour = lock(&shared.queue)
        .pop_front()
        .unwrap_or_else(|| lock(&shared.default).clone());
    let Ok(request) = serde_json::from_str::<Value>(&body) else {
        return error(400, "request body is not JSON");
    };
    let stream = request["stream"].as_bool().unwrap_or(false);
    let model = request["model"].as_str().unwrap_or("fake").to_owned();
    let prompt = Prompt::read(&request);
    let finish = if matches!(behaviour, Behaviour::Cut(_)) {
        "length"
    } else {
        "stop"
    };
    let content = match behaviour {
        Behaviour::Grounded => prompt.grounded(),
        Behaviour::Slow(d) => {
            tokio::time::sleep(d).await;
            prompt.grounded()
        }
        Behaviour::Reply(text) | Behaviour::Cut(text) => text,
        Behaviour::EchoUser => match prompt.entries.first() {
            Some(e) => format!("{} [{}]", prompt.user_text, e.id),
            None => prompt.user_text.clone(),
        },
        Behaviour::LeakSystem => prompt.system.clone(),
        Behaviour::Status(code) => return error(code, "scripted failure"),
        Behaviour::MalformedJson if stream => {
            return sse("data: {\"id\": \"chatcmpl-fake\", \"choices\": [\n\ndata: [DONE]\n\n");
        }
        Behaviour::MalformedJson => {
            return (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "application/json")],
                "{\"id\": \"chatcmpl-fake\", \"choices\": [{\"message\": ",
            )
                .into_response();
        }
    };
    if stream {
        sse(&stream_body(&model, &content, finish))
    } else {
        axum::Json(json!({
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 0,
            "model": model,
            "choices": [{
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": finish
            }],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
        }))
        .into_response()
    }
}

fn error(code: u16, message: &str) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        axum::Json(json!({"error": {"message": message, "type": "server_error"}})),
    )
        .into_response()
}

fn sse(body: &str) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/event-stream")],
        Body::from(body.to_owned()),
    )
        .into_response()
}

/// The reply cut into a few chunks, as a streaming server sends it.
fn stream_body(model: &str, content: &str, finish: &str) -> String {
    let chars: Vec<char> = content.chars().collect();
    let size = chars.len().div_ceil(4).max(1);
    let mut out = String::new();
    for (i, piece) in chars.chunks(size).enumerate() {
        let mut delta = json!({"content": piece.iter().collect::<String>()});
        if i == 0 {
            delta["role"] = json!("assistant");
        }
        let chunk = json!({
            "id": "chatcmpl-fake",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": null}]
        });
        out.push_str(&format!("data: {chunk}\n\n"));
    }
    let last = json!({
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]
    });
    out.push_str(&format!("data: {last}\n\ndata: [DONE]\n\n"));
    out
}

struct Entry {
    id: String,
    question: String,
    answer: String,
}

/// What the fake understands of a prompt built by [`crate::prompt`].
struct Prompt {
    system: String,
    task: String,
    english: bool,
    entries: Vec<Entry>,
    user_text: String,
}

impl Prompt {
    fn read(request: &Value) -> Prompt {
        let message = |role: &str| -> String {
            request["messages"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|m| m["role"] == role)
                .and_then(|m| m["content"].as_str())
                .unwrap_or("")
                .to_owned()
        };
        let system = message("system");
        let user = message("user");
        let task = system
            .lines()
            .find_map(|l| l.strip_prefix("TASK: "))
            .unwrap_or("")
            .to_owned();
        let english = system.contains("Reply language: English");
        let mut entries = Vec::new();
        let mut lines = user.lines();
        let mut user_text = Vec::new();
        while let Some(line) = lines.next() {
            if line.starts_with("<<<ENTRY ") {
                let id = line
                    .split("id=")
                    .nth(1)
                    .unwrap_or("")
                    .trim_end_matches(">>>")
                    .to_owned();
                let mut question = String::new();
                let mut answer = Vec::new();
                let mut in_answer = false;
                for l in lines.by_ref() {
                    if l.starts_with("<<<END ENTRY") {
                        break;
                    } else if let Some(q) = l.strip_prefix("question: ") {
                        question = q.to_owned();
                    } else if l == "answer:" {
                        in_answer = true;
                    } else if l.starts_with("link: ") {
                        in_answer = false;
                    } else if in_answer {
                        answer.push(l);
                    }
                }
                entries.push(Entry {
                    id,
                    question,
                    answer: answer.join("\n"),
                });
            } else if line.starts_with("<<<USER ") {
                for l in lines.by_ref() {
                    if l.starts_with("<<<END USER") {
                        break;
                    }
                    user_text.push(l);
                }
            }
        }
        Prompt {
            system,
            task,
            english,
            entries,
            user_text: user_text.join("\n"),
        }
    }

    fn grounded(&self) -> String {
        match self.task.as_str() {
            "clarify" => {
                let q: Vec<String> = self
                    .entries
                    .iter()
                    .take(2)
                    .map(|e| e.question.trim_end_matches(['?', '.']).to_owned())
                    .collect();
                if self.english {
                    format!("Do you mean: “{}”?", q.join("” or “"))
                } else {
                    format!("Meinen Sie: „{}“?", q.join("“ oder „"))
                }
            }
            _ => match self.entries.first() {
                Some(e) => {
                    let text: String = e
                        .answer
                        .lines()
                        .flat_map(|l| l.split_inclusive(". "))
                        .filter(|s| !s.trim().is_empty())
                        .take(2)
                        .collect::<Vec<_>>()
                        .join(" ");
                    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    format!("{text} [{}]", e.id)
                }
                None => "Dazu steht nichts in den Einträgen.".to_owned(),
            },
        }
    }
}
