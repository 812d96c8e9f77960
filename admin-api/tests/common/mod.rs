//! Test helpers: build the router around test doubles and call it without a socket.
#![allow(dead_code, unused_imports, clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::sync::Arc;

use async_trait::async_trait;
use axum::Router;
use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode};
use helpdesk_admin_api::{ApiConfig, AppState};
use helpdesk_core::answer::{
    AnswerHit, Answerer, LiveIndex, LiveOptions, Outcome, Question, Reply,
};
use helpdesk_core::phrase::Phraser;
use helpdesk_core::{Role, Store};
use helpdesk_faq::{FaqId, Lang};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// Answers "answer" when the question contains "name", "suggest" for "export", else "unknown".
/// Only the HTTP mapping is under test here; the search itself is tested in its own crate.
pub struct KeywordAnswerer;

#[async_trait]
impl Answerer for KeywordAnswerer {
    async fn answer(&self, q: Question<'_>) -> anyhow::Result<Reply> {
        let (question, lang) = (q.text, q.lang.unwrap_or(Lang::De));
        let hit = |id: &str, score| AnswerHit {
            id: FaqId::parse(id).unwrap(),
            score,
            question: format!("question {id}"),
            answer: format!("answer {id}"),
            link: None,
            link_title: None,
            ticket: None,
        };
        let q = question.to_lowercase();
        Ok(if q.contains("name") {
            Reply {
                outcome: Outcome::Answer,
                hits: vec![hit("name-stimmt-nicht", 9.5)],
                intent: Some(helpdesk_faq::TicketKind::NameCorrection),
                lang,
                confidence: 0.75,
                phrased: None,
                clarification: None,
            }
        } else if q.contains("export") {
            Reply {
                outcome: Outcome::Suggest,
                hits: vec![
                    hit("export-betriebswechsel", 3.0),
                    hit("export-fehler-andere-ihk", 2.5),
                ],
                intent: None,
                lang,
                confidence: 0.4,
                phrased: None,
                clarification: None,
            }
        } else {
            Reply {
                outcome: Outcome::Unknown,
                hits: vec![],
                intent: None,
                lang,
                confidence: 0.0,
                phrased: None,
                clarification: None,
            }
        })
    }

    async fn entry(&self, _id: &FaqId) -> anyhow::Result<Option<helpdesk_faq::FaqEntry>> {
        Ok(None)
    }
}

/// The workspace's fresh-database harness (SQLite; PostgreSQL when `HELPDESK_TEST_PG` is set).
pub use helpdesk_core::testing::{TestDb as Db, on_both, pg_admin_url, postgres, sqlite};

pub fn app_on(store: &Store, config: ApiConfig) -> Router {
    helpdesk_admin_api::router(AppState::new(
        config,
        store.clone(),
        Arc::new(KeywordAnswerer),
    ))
}

pub async fn app_with(config: ApiConfig) -> (Router, Db) {
    let db = sqlite().await;
    (app_on(&db.store, config), db)
}

pub async fn app() -> (Router, Db) {
    app_with(ApiConfig::default()).await
}

/// Creates a token and returns its secret.
pub async fn token(store: &Store, name: &str, role: Role, links: &[&str]) -> String {
    let links: Vec<helpdesk_core::Identity> = links
        .iter()
        .map(|l| helpdesk_core::Identity::parse(l).unwrap())
        .collect();
    store.create_token(name, role, &links).await.unwrap().secret
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
}

impl Resp {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
    pub fn content_type(&self) -> &str {
        self.headers
            .get("content-type")
            .map(|v| v.to_str().unwrap())
            .unwrap_or("")
    }
}

pub async fn send(app: &Router, req: Request<Body>) -> Resp {
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    Resp {
        status,
        headers,
        text: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

pub fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

/// A request with an optional bearer token, JSON body and extra headers.
pub fn req(
    method: &str,
    uri: &str,
    token: Option<&str>,
    body: Option<&serde_json::Value>,
    headers: &[(&str, &str)],
) -> Request<Body> {
    let mut b = Request::builder().method(method).uri(uri);
    if let Some(t) = token {
        b = b.header("authorization", format!("Bearer {t}"));
    }
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    match body {
        Some(v) => b
            .header("content-type", "application/json")
            .body(Body::from(v.to_string()))
            .unwrap(),
        None => b.body(Body::empty()).unwrap(),
    }
}

pub fn post_json(uri: &str, body: &serde_json::Value) -> Request<Body> {
    Request::post(uri)
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

/// The router as seen from a peer address (what `into_make_service_with_connect_info` sets).
pub fn from_peer(app: Router, peer: &str) -> Router {
    app.layer(MockConnectInfo(peer.parse::<SocketAddr>().unwrap()))
}

/// The router over the real live index (search-index over the store's FAQ table).
pub async fn live_app(store: &Store) -> (Router, Arc<LiveIndex>) {
    live_app_with(store, LiveOptions::default()).await
}

/// [`live_app`] whose answering service phrases confident answers with `phraser`.
pub async fn live_app_phrasing(
    store: &Store,
    phraser: Arc<dyn Phraser>,
) -> (Router, Arc<LiveIndex>) {
    live_app_with(
        store,
        LiveOptions {
            phraser: Some(phraser),
            ..LiveOptions::default()
        },
    )
    .await
}

async fn live_app_with(store: &Store, options: LiveOptions) -> (Router, Arc<LiveIndex>) {
    let live = LiveIndex::open_with(store.clone(), options).await.unwrap();
    let app = helpdesk_admin_api::router(AppState::new(
        ApiConfig {
            ask_rate_limit: 0,
            ..ApiConfig::default()
        },
        store.clone(),
        live.clone(),
    ));
    (app, live)
}
