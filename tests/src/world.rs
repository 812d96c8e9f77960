//! A running bot wired to a fake Discord, for end-to-end tests.
//!
//! [`World::start`] opens a fresh database (SQLite in a temp dir, or a new PostgreSQL database
//! when [`Backend::Postgres`] is asked for and `HELPDESK_TEST_PG` is set), builds the engine on
//! the bundled FAQ and core's store, and starts what `helpdesk serve` starts: the interactions
//! endpoint on 127.0.0.1, the serenity gateway client and the outbox worker, all pointed at the
//! fake Discord.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ed25519_dalek::{Signer, SigningKey};
use helpdesk_bot::discord::endpoint::verifier;
use helpdesk_bot::{CoreDesk, EndpointState, Engine, EngineConfig, OutboxConfig};
use helpdesk_core::Role;
use helpdesk_core::answer::{LiveIndex, LiveOptions};
use helpdesk_core::model::Identity;
use helpdesk_core::phrase::Phraser;
use serde_json::Value;
use tokio::sync::oneshot;

use crate::fake_discord::{APPLICATION_ID, FakeDiscord};
use crate::fixtures::{STAFF_CHANNEL, STAFF_ROLE};

/// The Ed25519 key the tests sign interactions with (fixed seed: deterministic).
pub fn signing_key() -> SigningKey {
    SigningKey::from_bytes(&[7u8; 32])
}

/// The public key as the portal shows it (hex).
pub fn public_key_hex() -> String {
    hex::encode(signing_key().verifying_key().to_bytes())
}

/// Unix seconds now.
pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// `(X-Signature-Ed25519, X-Signature-Timestamp)` for `body` signed at `timestamp`.
pub fn sign(body: &[u8], timestamp: u64) -> (String, String) {
    let ts = timestamp.to_string();
    let msg = [ts.as_bytes(), body].concat();
    (hex::encode(signing_key().sign(&msg).to_bytes()), ts)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The backends to run a test on: SQLite always, PostgreSQL when `HELPDESK_TEST_PG` is set.
pub fn backends() -> Vec<Backend> {
    let mut b = vec![Backend::Sqlite];
    if pg_admin_url().is_some() {
        b.push(Backend::Postgres);
    }
    b
}

pub use helpdesk_core::testing::TestDb;
use helpdesk_core::testing::pg_admin_url;

/// A fresh database for one test, from the workspace's harness (`helpdesk_core::testing`).
pub async fn open_db(backend: Backend) -> Result<TestDb, Box<dyn std::error::Error>> {
    match backend {
        Backend::Sqlite => Ok(helpdesk_core::testing::sqlite().await),
        Backend::Postgres => Ok(helpdesk_core::testing::postgres()
            .await
            .ok_or("HELPDESK_TEST_PG is not set")?),
    }
}

/// A running bot against a fake Discord.
pub struct World {
    pub discord: FakeDiscord,
    pub db: TestDb,
    pub engine: Arc<Engine>,
    pub desk: Arc<CoreDesk>,
    /// The interactions endpoint: `http://{endpoint}/discord/interactions`.
    pub endpoint: SocketAddr,
    stop: Vec<oneshot::Sender<()>>,
}

/// Engine settings for tests: the staff role of the fixtures, a generous rate limit.
pub fn engine_config() -> EngineConfig {
    EngineConfig {
        staff_role: Some(STAFF_ROLE),
        ..EngineConfig::default()
    }
}

impl World {
    /// Starts everything; with `gateway` the serenity client connects to the fake gateway.
    pub async fn start(
        backend: Backend,
        gateway: bool,
        cfg: EngineConfig,
    ) -> Result<Self, Box<dyn std::error::Error>> {
        Self::start_with(backend, gateway, cfg, None).await
    }

    /// [`World::start`] with a language model phrasing the answers.
    pub async fn start_with(
        backend: Backend,
        gateway: bool,
        cfg: EngineConfig,
        phraser: Option<Arc<dyn Phraser>>,
    ) -> Result<Self, Box<dyn std::error::Error>> {
        let discord = FakeDiscord::start().await?;
        let db = open_db(backend).await?;
        // The answering service of `helpdesk serve`: the store's FAQ (seeded with the bundled
        // one), questions logged inline, answers phrased by `phraser` when there is one.
        let answers = LiveIndex::open_with(
            db.store.clone(),
            LiveOptions {
                phraser,
                ..LiveOptions::default()
            },
        )
        .await?;
        let desk = Arc::new(CoreDesk::new(db.store.clone(), "e2e-worker"));
        let engine = Arc::new(Engine::new(answers, desk.clone(), cfg));
        let http =
            || helpdesk_bot::http_client("test-token", &discord.api_base(), Some(APPLICATION_ID));

        let router = helpdesk_bot::router(EndpointState {
            engine: engine.clone(),
            verifier: verifier(&public_key_hex())?,
            http: Some(Arc::new(http())),
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let endpoint = listener.local_addr()?;
        let mut stop = Vec::new();
        let (tx, rx) = oneshot::channel::<()>();
        stop.push(tx);
        tokio::spawn(async move {
            let _ = axum::serve(listener, router)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });

        let http =
            || helpdesk_bot::http_client("test-token", &discord.api_base(), Some(APPLICATION_ID));
        let (tx, rx) = oneshot::channel::<()>();
        stop.push(tx);
        let worker_desk: Arc<dyn helpdesk_bot::Desk> = desk.clone();
        tokio::spawn(helpdesk_bot::run_outbox_worker(
            worker_desk,
            Arc::new(http()),
            OutboxConfig {
                staff_channel: Some(STAFF_CHANNEL),
                idle: Duration::from_millis(50),
                batch: 20,
            },
            async {
                let _ = rx.await;
            },
        ));

        if gateway {
            let engine = engine.clone();
            let client_http = http();
            tokio::spawn(async move {
                if let Err(e) =
                    helpdesk_bot::discord::gateway::run_gateway(engine, client_http).await
                {
                    eprintln!("gateway client stopped: {e}");
                }
            });
            if !discord.wait_identified(Duration::from_secs(30)).await {
                return Err("the serenity client did not identify with the fake gateway".into());
            }
        }

        Ok(Self {
            discord,
            db,
            engine,
            desk,
            endpoint,
            stop,
        })
    }

    /// Creates an IT staff token linked to a Discord user id.
    pub async fn staff_token(
        &self,
        name: &str,
        discord_id: u64,
    ) -> Result<(), Box<dyn std::error::Error>> {
        let link = Identity::parse(&format!("discord:{discord_id}"))?;
        self.db
            .store
            .create_token(name, Role::ItStaff, &[link])
            .await?;
        Ok(())
    }

    /// POSTs a signed interaction to the endpoint; returns `(status, JSON body or text)`.
    pub async fn post_signed(&self, body: &Value) -> (u16, Value) {
        let raw = body.to_string().into_bytes();
        let (sig, ts) = sign(&raw, now_secs());
        self.post_raw(raw, Some((&sig, &ts))).await
    }

    /// POSTs raw bytes with the given signature headers.
    pub async fn post_raw(&self, body: Vec<u8>, sig: Option<(&str, &str)>) -> (u16, Value) {
        post(self.endpoint, body, sig).await
    }

    pub async fn shutdown(mut self) {
        for s in self.stop.drain(..) {
            let _ = s.send(());
        }
        self.db.cleanup().await;
    }
}

/// POSTs to `http://{addr}/discord/interactions` with optional signature headers.
pub async fn post(addr: SocketAddr, body: Vec<u8>, sig: Option<(&str, &str)>) -> (u16, Value) {
    let mut req = reqwest::Client::new()
        .post(format!("http://{addr}/discord/interactions"))
        .header("content-type", "application/json")
        .body(body);
    if let Some((sig, ts)) = sig {
        req = req
            .header("x-signature-ed25519", sig)
            .header("x-signature-timestamp", ts);
    }
    let Ok(resp) = req.send().await else {
        return (0, Value::Null);
    };
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap_or_default();
    let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, value)
}
