//! Test helpers: build the router around test doubles and call it without a socket.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::sync::Arc;

use async_trait::async_trait;
use axum::Router;
use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode};
use helpdesk_admin_api::{AnswerHit, Answerer, ApiConfig, AppState, Outcome, Reply};
use helpdesk_faq::{FaqId, Lang};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// Answers "answer" when the question contains "name", "suggest" for "export", else "unknown".
/// Only the HTTP mapping is under test here; the search itself is tested in its own crate.
pub struct KeywordAnswerer;

#[async_trait]
impl Answerer for KeywordAnswerer {
    async fn ask(&self, question: &str, lang: Option<Lang>) -> anyhow::Result<Reply> {
        let lang = lang.unwrap_or(Lang::De);
        let hit = |id: &str, score| AnswerHit {
            id: FaqId::parse(id).unwrap(),
            score,
            question: format!("question {id}"),
            answer: format!("answer {id}"),
            link: None,
        };
        let q = question.to_lowercase();
        Ok(if q.contains("name") {
            Reply {
                outcome: Outcome::Answer,
                hits: vec![hit("name-stimmt-nicht", 9.5)],
                intent: Some(helpdesk_faq::TicketKind::NameCorrection),
                lang,
                confidence: 0.75,
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
            }
        } else {
            Reply {
                outcome: Outcome::Unknown,
                hits: vec![],
                intent: None,
                lang,
                confidence: 0.0,
            }
        })
    }
}

pub fn app_with(config: ApiConfig) -> Router {
    helpdesk_admin_api::router(AppState::new(config, Arc::new(KeywordAnswerer)))
}

pub fn app() -> Router {
    app_with(ApiConfig::default())
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
