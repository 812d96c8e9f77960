//! A fake Discord on 127.0.0.1: a REST recorder under `/api/v10` and a gateway websocket.
//!
//! The real serenity client talks to it unchanged (see `shared/DESIGN.md`, "Discord, offline"):
//! point `HttpBuilder::proxy` at [`FakeDiscord::origin`] with the rate limiter disabled, and the
//! client asks `GET /api/v10/gateway` for [`FakeDiscord::gateway_url`].
//!
//! Every REST request is recorded as JSON ([`Recorded`]) so tests assert on what the bot sent.
//! The gateway sends HELLO, accepts IDENTIFY, answers with READY (including
//! `resume_gateway_url`), acknowledges heartbeats, and forwards events injected with
//! [`FakeDiscord::dispatch`] to every connected shard.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use futures::{SinkExt, StreamExt};
use serde::Serialize;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::{Notify, broadcast};
use tokio_tungstenite::tungstenite::Message as WsMessage;

/// The bot user the fake reports for `users/@me` and READY.
pub const BOT_USER_ID: u64 = 900_000_000_000_000_001;
/// The application id the fake reports.
pub const APPLICATION_ID: u64 = 900_000_000_000_000_002;

/// One REST request as the fake saw it.
#[derive(Debug, Clone, Serialize)]
pub struct Recorded {
    pub method: String,
    /// Path below `/api/v10`, e.g. `/channels/1/messages`.
    pub path: String,
    /// The JSON body (`null` when empty or not JSON).
    pub body: Value,
    /// The status the fake answered with.
    pub status: u16,
}

#[derive(Default)]
struct Inner {
    requests: Vec<Recorded>,
    /// Channel messages as they are now, by `(channel id, message id)`: created by POST,
    /// changed by PATCH (as Discord shows an edited message).
    messages: HashMap<(String, String), Value>,
    /// `(path substring, remaining count)`: answer 500 to matching requests.
    failures: Vec<(String, u32)>,
}

#[derive(Clone)]
struct Shared {
    inner: Arc<Mutex<Inner>>,
    changed: Arc<Notify>,
    next_id: Arc<AtomicU64>,
    gateway_url: String,
    events: broadcast::Sender<(String, Value)>,
    identified: Arc<AtomicU64>,
}

impl Shared {
    fn snowflake(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }
}

/// A running fake Discord. Dropping it leaves its tasks running until the test's runtime ends.
pub struct FakeDiscord {
    shared: Shared,
    rest_addr: SocketAddr,
}

impl FakeDiscord {
    /// Binds the REST recorder and the gateway on ephemeral ports of 127.0.0.1.
    pub async fn start() -> std::io::Result<Self> {
        let rest = TcpListener::bind("127.0.0.1:0").await?;
        let gateway = TcpListener::bind("127.0.0.1:0").await?;
        let rest_addr = rest.local_addr()?;
        let gateway_url = format!("ws://{}", gateway.local_addr()?);
        let (events, _) = broadcast::channel(256);
        let shared = Shared {
            inner: Arc::default(),
            changed: Arc::default(),
            next_id: Arc::new(AtomicU64::new(1_000_000_000_000_000_000)),
            gateway_url,
            events,
            identified: Arc::default(),
        };
        let app = Router::new()
            .fallback(rest_handler)
            .with_state(shared.clone());
        tokio::spawn(async move {
            let _ = axum::serve(rest, app).await;
        });
        let gw = shared.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = gateway.accept().await {
                let gw = gw.clone();
                tokio::spawn(async move {
                    let _ = gateway_session(gw, stream).await;
                });
            }
        });
        Ok(Self { shared, rest_addr })
    }

    /// `http://127.0.0.1:PORT`: the value for serenity's `HttpBuilder::proxy`.
    pub fn origin(&self) -> String {
        format!("http://{}", self.rest_addr)
    }

    /// `http://127.0.0.1:PORT/api/v10`: the value for `DISCORD_API_BASE`.
    pub fn api_base(&self) -> String {
        format!("{}/api/v10", self.origin())
    }

    /// `ws://127.0.0.1:PORT`: what `GET /gateway` answers.
    pub fn gateway_url(&self) -> &str {
        &self.shared.gateway_url
    }

    /// All REST requests so far, in arrival order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.shared
            .inner
            .lock()
            .map(|i| i.requests.clone())
            .unwrap_or_default()
    }

    /// A channel message as Discord shows it now (after any edits), or `None` if it was never
    /// posted.
    pub fn message(&self, channel: u64, id: u64) -> Option<Value> {
        self.shared.inner.lock().ok().and_then(|i| {
            i.messages
                .get(&(channel.to_string(), id.to_string()))
                .cloned()
        })
    }

    /// Answer the next `count` requests whose path contains `path_part` with HTTP 500.
    pub fn fail_next(&self, path_part: &str, count: u32) {
        if let Ok(mut i) = self.shared.inner.lock() {
            i.failures.push((path_part.to_owned(), count));
        }
    }

    /// Answer every request whose path contains `path_part` with HTTP 500 until
    /// [`FakeDiscord::clear_failures`] (an outage).
    pub fn fail_all(&self, path_part: &str) {
        self.fail_next(path_part, u32::MAX);
    }

    /// Ends injected failures: every request is answered normally again.
    pub fn clear_failures(&self) {
        if let Ok(mut i) = self.shared.inner.lock() {
            i.failures.clear();
        }
    }

    /// Gateway sessions connected and identified right now.
    pub fn sessions(&self) -> usize {
        self.shared.events.receiver_count()
    }

    /// Number of IDENTIFY payloads received so far.
    pub fn identified(&self) -> u64 {
        self.shared.identified.load(Ordering::Relaxed)
    }

    /// Sends a gateway DISPATCH event (`t` = `kind`, `d` = `data`) to every connected shard.
    /// Returns how many shards received it.
    pub fn dispatch(&self, kind: &str, data: Value) -> usize {
        self.shared
            .events
            .send((kind.to_owned(), data))
            .unwrap_or(0)
    }

    /// Waits (up to `limit`) until `pred` holds for the recorded requests; returns them.
    /// A generous limit only bounds a failing test; passing tests never wait for it.
    pub async fn wait_for(
        &self,
        limit: Duration,
        pred: impl Fn(&[Recorded]) -> bool,
    ) -> Option<Vec<Recorded>> {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            let notified = self.shared.changed.notified();
            let reqs = self.requests();
            if pred(&reqs) {
                return Some(reqs);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let reqs = self.requests();
                return pred(&reqs).then_some(reqs);
            }
        }
    }

    /// Waits until a shard has identified (the client is connected).
    pub async fn wait_identified(&self, limit: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + limit;
        while self.identified() == 0 || self.shared.events.receiver_count() == 0 {
            if tokio::time::Instant::now() > deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        true
    }
}

/// The user object of the fake bot.
pub fn bot_user() -> Value {
    json!({
        "id": BOT_USER_ID.to_string(),
        "username": "helpdesk",
        "discriminator": "0",
        "global_name": "Helpdesk",
        "avatar": null,
        "bot": true,
    })
}

fn message_json(id: u64, channel_id: &str, body: &Value) -> Value {
    json!({
        "id": id.to_string(),
        "channel_id": channel_id,
        "author": bot_user(),
        "content": body.get("content").cloned().unwrap_or(json!("")),
        "timestamp": "2026-01-01T00:00:00.000000+00:00",
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": body.get("embeds").cloned().unwrap_or(json!([])),
        "components": body.get("components").cloned().unwrap_or(json!([])),
        "pinned": false,
        "type": 0,
    })
}

async fn rest_handler(State(s): State<Shared>, req: Request) -> Response {
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let bytes: Bytes = axum::body::to_bytes(req.into_body(), 8 * 1024 * 1024)
        .await
        .unwrap_or_default();
    let body: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    let sub = path.strip_prefix("/api/v10").unwrap_or(&path).to_owned();

    let fail = {
        let mut failed = false;
        if let Ok(mut i) = s.inner.lock()
            && let Some(f) = i
                .failures
                .iter_mut()
                .find(|(p, n)| *n > 0 && sub.contains(p.as_str()))
        {
            f.1 -= 1;
            failed = true;
        }
        failed
    };
    let (status, reply) = if fail {
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            json!({"message": "injected failure", "code": 0}),
        )
    } else {
        route(&s, &method, &sub, &body)
    };
    if let Ok(mut i) = s.inner.lock() {
        i.requests.push(Recorded {
            method: method.to_string(),
            path: sub,
            body,
            status: status.as_u16(),
        });
    }
    s.changed.notify_waiters();
    if status == StatusCode::NO_CONTENT {
        return status.into_response();
    }
    (status, axum::Json(reply)).into_response()
}

fn route(s: &Shared, method: &Method, path: &str, body: &Value) -> (StatusCode, Value) {
    let seg: Vec<&str> = path.trim_matches('/').split('/').collect();
    match (method.as_str(), seg.as_slice()) {
        ("GET", ["gateway"]) => (StatusCode::OK, json!({"url": s.gateway_url})),
        ("GET", ["gateway", "bot"]) => (
            StatusCode::OK,
            json!({
                "url": s.gateway_url,
                "shards": 1,
                "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
            }),
        ),
        ("GET", ["users", "@me"]) => (StatusCode::OK, bot_user()),
        ("POST", ["users", "@me", "channels"]) => {
            // One stable DM channel per recipient, so tests can find the DM by recipient.
            let recipient = body
                .get("recipient_id")
                .and_then(|v| {
                    v.as_str()
                        .map(str::to_owned)
                        .or_else(|| v.as_u64().map(|n| n.to_string()))
                })
                .unwrap_or_default();
            let channel_id = dm_channel_id(&recipient);
            (
                StatusCode::OK,
                json!({
                    "id": channel_id,
                    "type": 1,
                    "last_message_id": null,
                    "recipients": [{"id": recipient, "username": "user", "discriminator": "0", "avatar": null}],
                }),
            )
        }
        ("POST", ["channels", channel, "messages"]) => {
            let id = s.snowflake();
            let m = message_json(id, channel, body);
            if let Ok(mut i) = s.inner.lock() {
                i.messages
                    .insert((channel.to_string(), id.to_string()), m.clone());
            }
            (StatusCode::OK, m)
        }
        ("PATCH", ["channels", channel, "messages", message]) => {
            // An edit replaces the fields it sends; an unknown message is Discord's 404.
            let Ok(mut i) = s.inner.lock() else {
                return (StatusCode::INTERNAL_SERVER_ERROR, Value::Null);
            };
            let Some(m) = i
                .messages
                .get_mut(&(channel.to_string(), message.to_string()))
            else {
                return (
                    StatusCode::NOT_FOUND,
                    json!({"message": "Unknown Message", "code": 10008}),
                );
            };
            for key in ["content", "embeds", "components"] {
                if let Some(v) = body.get(key) {
                    m[key] = v.clone();
                }
            }
            m["edited_timestamp"] = json!("2026-01-01T00:00:01.000000+00:00");
            (StatusCode::OK, m.clone())
        }
        ("POST", ["interactions", _, _, "callback"]) => (StatusCode::NO_CONTENT, Value::Null),
        ("POST", ["webhooks", _, _]) => (StatusCode::OK, message_json(s.snowflake(), "0", body)),
        ("PATCH", ["webhooks", _, _, "messages", _]) => {
            (StatusCode::OK, message_json(s.snowflake(), "0", body))
        }
        ("PUT", ["applications", _, "commands"])
        | ("PUT", ["applications", _, "guilds", _, "commands"]) => {
            let cmds: Vec<Value> = body
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|mut c| {
                    if let Some(o) = c.as_object_mut() {
                        o.insert("id".into(), json!(s.snowflake().to_string()));
                        o.insert("application_id".into(), json!(APPLICATION_ID.to_string()));
                        o.insert("version".into(), json!("1"));
                        o.entry("type").or_insert(json!(1));
                        o.entry("description").or_insert(json!(""));
                        o.entry("default_member_permissions").or_insert(Value::Null);
                    }
                    c
                })
                .collect();
            (StatusCode::OK, Value::Array(cmds))
        }
        _ => (
            StatusCode::NOT_FOUND,
            json!({"message": "404: Not Found", "code": 0}),
        ),
    }
}

/// The DM channel id the fake hands out for a recipient (stable per recipient).
pub fn dm_channel_id(recipient: &str) -> String {
    let n: u64 = recipient.parse().unwrap_or(0);
    (n % 1_000_000_000 + 800_000_000_000_000_000).to_string()
}

async fn gateway_session(
    s: Shared,
    stream: tokio::net::TcpStream,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let ws = tokio_tungstenite::accept_async(stream).await?;
    let (mut tx, mut rx) = ws.split();
    tx.send(WsMessage::Text(
        json!({"op": 10, "d": {"heartbeat_interval": 41250}, "s": null, "t": null}).to_string(),
    ))
    .await?;
    let mut seq: u64 = 0;
    let mut events: Option<broadcast::Receiver<(String, Value)>> = None;
    loop {
        tokio::select! {
            msg = rx.next() => {
                let Some(msg) = msg else { return Ok(()) };
                let text = match msg? {
                    WsMessage::Text(t) => t,
                    WsMessage::Close(_) => return Ok(()),
                    _ => continue,
                };
                let v: Value = serde_json::from_str(&text)?;
                match v.get("op").and_then(Value::as_u64) {
                    Some(1) => {
                        tx.send(WsMessage::Text(json!({"op": 11, "d": null, "s": null, "t": null}).to_string())).await?;
                    }
                    Some(2) | Some(6) => {
                        seq += 1;
                        let ready = json!({
                            "op": 0, "s": seq, "t": "READY",
                            "d": {
                                "v": 10,
                                "user": bot_user(),
                                "guilds": [],
                                "session_id": "fake-session",
                                "resume_gateway_url": s.gateway_url,
                                "shard": [0, 1],
                                "application": {"id": APPLICATION_ID.to_string(), "flags": 0},
                            }
                        });
                        // Subscribe before READY so no event injected after the client sees
                        // READY can be lost.
                        events = Some(s.events.subscribe());
                        tx.send(WsMessage::Text(ready.to_string())).await?;
                        s.identified.fetch_add(1, Ordering::Relaxed);
                    }
                    _ => {}
                }
            }
            ev = async {
                match events.as_mut() {
                    Some(r) => r.recv().await.ok(),
                    None => std::future::pending().await,
                }
            } => {
                if let Some((kind, data)) = ev {
                    seq += 1;
                    let frame = json!({"op": 0, "s": seq, "t": kind, "d": data});
                    tx.send(WsMessage::Text(frame.to_string())).await?;
                }
            }
        }
    }
}
