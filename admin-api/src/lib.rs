//! `helpdesk-admin-api`: the HTTP surface of the helpdesk (axum). The public question endpoint,
//! the ticket API for IT staff, FAQ editing with live reindexing, the unanswered-questions inbox,
//! health and metrics, the OpenAPI document and the interactive docs.
//!
//! The crate exposes [`router`]; the binary binds the socket, merges the Discord router and
//! serves. Tests call the router with `tower::ServiceExt::oneshot`, no socket needed.
//!
//! # Map
//! - [`state`]: [`AppState`] (typed, shared) and [`ApiConfig`] (limits, proxies, CORS).
//! - [`error`]: [`ApiError`] → `application/problem+json`; the error policy.
//! - `/ask` is served from a [`helpdesk_core::answer::Answerer`] (in `helpdesk serve`: the
//!   core answering service [`helpdesk_core::answer::LiveIndex`]); FAQ writes here call its
//!   `refresh` at once.
//! - [`auth`]: bearer tokens → [`auth::Caller`], and the per-role permission table.
//! - [`cors`]: `HELPDESK_CORS_ORIGINS` (origins list, or `*` for the public routes only).
//! - [`client`]: client address resolution (trusted proxies, `X-Forwarded-For`).
//! - [`ratelimit`]: per-client token buckets.
//! - [`metrics`]: Prometheus counters and latency histograms.
//! - [`openapi`]: the generated OpenAPI 3.1 document.
//! - `routes::*`: the handlers: `health`, `ask`, `tickets`, `faq`, `questions`, `docs`, and
//!   `etag` (ETag / If-Match).
//! - `extract`: JSON/path/query extractors that reject with problem documents.

pub mod auth;
pub mod client;
pub mod cors;
pub mod error;
mod extract;
pub mod metrics;
pub mod openapi;
pub mod ratelimit;
mod routes;
mod schema;
pub mod state;

use std::time::Instant;

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::HeaderValue;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use routes::{faq, questions, tickets};

pub use client::TrustedProxies;
pub use cors::CorsOrigins;
pub use error::{ApiError, FieldError, Problem};
pub use routes::ask::check_client as check_ask_limit;
pub use state::{ApiConfig, AppState};

/// The complete API as one router, ready to be merged and served.
pub fn router(state: AppState) -> Router {
    let config = state.config().clone();
    let cors = CorsOrigins::from_config(&config.cors_origins).unwrap_or_else(|err| {
        // The binary refuses bad values at start; a library caller gets no CORS, not a panic.
        tracing::error!(error = %err, "HELPDESK_CORS_ORIGINS refused: CORS disabled");
        CorsOrigins::Off
    });
    // Routes anyone may call from a browser (no token): CORS `*` applies to these only.
    let mut public = Router::new()
        .route("/api/v1/health", get(routes::health::health))
        .route("/api/v1/ready", get(routes::health::ready))
        .route("/api/v1/ask", post(routes::ask::ask))
        .route("/api/v1/faq/{id}/feedback", post(faq::feedback))
        .route("/api/v1/openapi.json", get(routes::docs::openapi_json))
        // Before the CORS layer: setting it later would replace the layered fallback that
        // answers preflight requests.
        .method_not_allowed_fallback(method_not_allowed);
    if let Some(layer) = cors.public_layer() {
        public = public.layer(layer);
    }
    let mut private = Router::new()
        .route("/metrics", get(routes::health::metrics))
        .route("/api/v1/outbox", get(routes::outbox::status))
        .route("/api/v1/outbox/requeue", post(routes::outbox::requeue))
        .route("/api/v1/tickets", post(tickets::create).get(tickets::list))
        .route("/api/v1/tickets/{id}", get(tickets::get))
        .route("/api/v1/tickets/{id}/events", get(tickets::events))
        .route("/api/v1/tickets/{id}/approve", post(tickets::approve))
        .route("/api/v1/tickets/{id}/reject", post(tickets::reject))
        .route("/api/v1/tickets/{id}/complete", post(tickets::complete))
        .route("/api/v1/tickets/{id}/cancel", post(tickets::cancel))
        .route("/api/v1/audit/verify", get(tickets::verify))
        .route("/api/v1/faq", get(faq::list))
        .route("/api/v1/faq/preview", post(faq::preview))
        .route(
            "/api/v1/faq/vocabulary",
            get(routes::vocabulary::get).put(routes::vocabulary::put),
        )
        .route(
            "/api/v1/faq/vocabulary/revisions",
            get(routes::vocabulary::revisions),
        )
        .route(
            "/api/v1/faq/vocabulary/preview",
            post(routes::vocabulary::preview),
        )
        .route(
            "/api/v1/faq/{id}",
            get(faq::get).put(faq::put).delete(faq::delete),
        )
        .route("/api/v1/faq/{id}/revisions", get(faq::revisions))
        .route("/api/v1/faq/{id}/revert", post(faq::revert))
        .route(
            "/api/v1/faq/{id}/alternatives",
            post(questions::add_alternative),
        )
        .route("/api/v1/questions/unanswered", get(questions::unanswered))
        .route("/api/v1/questions/feedback", get(questions::feedback))
        .route("/api/docs", get(routes::docs::docs))
        .route("/api/docs/docs.js", get(routes::docs::docs_js))
        .route("/api/docs/docs.css", get(routes::docs::docs_css))
        .method_not_allowed_fallback(method_not_allowed);
    if let Some(layer) = cors.private_layer() {
        private = private.layer(layer);
    }
    public
        .merge(private)
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state.clone(), timeout))
        .layer(DefaultBodyLimit::max(config.body_limit))
        .layer(middleware::from_fn_with_state(state.clone(), track))
        .layer(middleware::from_fn(security_headers))
        .with_state(state)
}

/// What `helpdesk serve` answers while it starts (database opening, FAQ index building): the
/// liveness route `/api/v1/health` is 200 as soon as the port is bound, everything else,
/// `/api/v1/ready` included, is 503 `unavailable` with `Retry-After: 1` until the complete
/// [`router`] takes over. A load balancer thus sends traffic only to a replica that can answer.
pub fn starting_router() -> Router {
    async fn starting() -> Response {
        let mut resp = ApiError::Unavailable(
            "the server is starting: the FAQ index is being built".to_owned(),
        )
        .into_response();
        resp.headers_mut().insert(
            axum::http::header::RETRY_AFTER,
            HeaderValue::from_static("1"),
        );
        resp
    }
    Router::new()
        .route("/api/v1/health", get(routes::health::health))
        .fallback(starting)
        .layer(middleware::from_fn(security_headers))
}

/// The Content-Security-Policy of every HTML page of the API (`/api/docs`): scripts, styles and
/// requests only from this server, no framing, no plugins, no form posts elsewhere.
pub const HTML_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; \
    frame-ancestors 'none'";

/// `nosniff` on every response; on HTML also the CSP above, `X-Frame-Options: DENY` and
/// `Referrer-Policy: no-referrer`.
async fn security_headers(req: Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    let is_html = resp
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let h = resp.headers_mut();
    h.insert(
        http::header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if is_html {
        h.insert(
            http::header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(HTML_CSP),
        );
        h.insert(
            http::header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        );
        h.insert(
            http::header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        );
    }
    resp
}

async fn not_found() -> ApiError {
    ApiError::NotFound("this route".to_owned())
}

async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

/// Answers 503 `timeout` when a handler takes longer than the configured limit.
async fn timeout(State(state): State<AppState>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(state.config().request_timeout, next.run(req)).await {
        Ok(resp) => resp,
        Err(_) => ApiError::Timeout.into_response(),
    }
}

/// Counts requests and their latency by route template (never by raw path: ids stay out of
/// the metric labels and the log).
async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let resp = next.run(req).await;
    let elapsed = started.elapsed();
    let status = resp.status().as_u16();
    state
        .metrics()
        .record_request(method.as_str(), &route, status, elapsed);
    tracing::debug!(
        method = %method,
        route = %route,
        status,
        latency_ms = elapsed.as_secs_f64() * 1000.0,
        "request"
    );
    resp
}
