//! The HTTP Interactions Endpoint: `POST /discord/interactions`.
//!
//! Discord signs each request with Ed25519 over `timestamp + raw body`; we verify it with the
//! application's public key (serenity's `Verifier`), reject timestamps more than five minutes
//! off (replays of old captures), answer PING with `{"type":1}`, and answer everything else in
//! the response body (type 4 message, 7 update, 9 modal) – well within Discord's 3 seconds,
//! because answering needs no LLM and no network. An interaction id is handled once: a replayed
//! request gets 409 and causes nothing.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serenity::all::{EditInteractionResponse, Http, Interaction};
use serenity::builder::{Builder, CreateInteractionResponse, CreateInteractionResponseMessage};
use serenity::interactions_endpoint::Verifier;

use super::render::{self, interaction_response};
use crate::discord::convert::interaction_input;
use crate::engine::{Admit, Engine};
use crate::reply::Reply;

/// The path of the endpoint (configure `https://<host>/discord/interactions` in the portal).
pub const PATH: &str = "/discord/interactions";

/// Requests signed longer ago (or further ahead) than this are rejected.
pub const MAX_SKEW: Duration = Duration::from_secs(300);

/// Bodies above this size are refused before parsing.
const MAX_BODY: usize = 256 * 1024;

#[derive(Debug, thiserror::Error)]
#[error("DISCORD_PUBLIC_KEY must be 64 hex digits of a valid Ed25519 public key")]
pub struct BadPublicKey;

/// Parses the application's public key (hex, as shown in the developer portal).
pub fn verifier(public_key_hex: &str) -> Result<Verifier, BadPublicKey> {
    let bytes = hex::decode(public_key_hex.trim()).map_err(|_| BadPublicKey)?;
    let arr: [u8; 32] = bytes.try_into().map_err(|_| BadPublicKey)?;
    Verifier::try_new(arr).map_err(|_| BadPublicKey)
}

/// State of the endpoint.
#[derive(Clone)]
pub struct EndpointState {
    pub engine: Arc<Engine>,
    pub verifier: Verifier,
    /// For slow answers (a language model phrases them): the reply is deferred (type 5) and
    /// edited into the original response through this client. Without it, everything is
    /// answered inline.
    pub http: Option<Arc<Http>>,
}

/// The router with `POST /discord/interactions`; merge it into the server's router.
pub fn router(state: EndpointState) -> Router {
    Router::new()
        .route(PATH, post(interactions))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
}

fn unauthorized(why: &'static str) -> Response {
    tracing::warn!(reason = why, "interaction rejected");
    (StatusCode::UNAUTHORIZED, "invalid request signature").into_response()
}

fn fresh(timestamp: &str, now: SystemTime) -> bool {
    let Ok(ts) = timestamp.parse::<u64>() else {
        return false;
    };
    let Ok(now) = now.duration_since(UNIX_EPOCH) else {
        return false;
    };
    now.as_secs().abs_diff(ts) <= MAX_SKEW.as_secs()
}

async fn interactions(State(s): State<EndpointState>, headers: HeaderMap, body: Bytes) -> Response {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let (Some(sig), Some(ts)) = (
        header("x-signature-ed25519"),
        header("x-signature-timestamp"),
    ) else {
        return unauthorized("missing signature headers");
    };
    if s.verifier.verify(sig, ts, &body).is_err() {
        return unauthorized("bad signature");
    }
    if !fresh(ts, SystemTime::now()) {
        return unauthorized("stale timestamp");
    }
    let interaction: Interaction = match serde_json::from_slice(&body) {
        Ok(i) => i,
        Err(e) => {
            tracing::warn!(error = %e, "unparseable interaction");
            return (StatusCode::BAD_REQUEST, "unsupported interaction").into_response();
        }
    };
    if let Interaction::Ping(_) = interaction {
        return axum::Json(serde_json::json!({"type": 1})).into_response();
    }
    let Some((ctx, input)) = interaction_input(&interaction) else {
        tracing::warn!(kind = ?interaction.kind(), "interaction kind not handled");
        return (StatusCode::BAD_REQUEST, "unsupported interaction").into_response();
    };
    if let (true, Some(http), Interaction::Command(cmd)) =
        (s.engine.is_slow(&input), &s.http, &interaction)
    {
        return match s.engine.admit(&ctx, &input).await {
            Admit::Duplicate => already_handled(),
            Admit::Refused(reply) => axum::Json(interaction_response(&reply)).into_response(),
            Admit::Go => {
                let (engine, http, token) = (s.engine.clone(), http.clone(), cmd.token.clone());
                let ephemeral = ctx.in_guild;
                tokio::spawn(async move {
                    let reply = engine.dispatch(&ctx, input).await;
                    edit_original(&http, &token, &reply).await;
                });
                let defer = CreateInteractionResponse::Defer(
                    CreateInteractionResponseMessage::new().ephemeral(ephemeral),
                );
                axum::Json(defer).into_response()
            }
        };
    }
    match s.engine.handle(&ctx, input).await {
        Some(reply) => axum::Json(interaction_response(&reply)).into_response(),
        None => already_handled(),
    }
}

fn already_handled() -> Response {
    (StatusCode::CONFLICT, "interaction already handled").into_response()
}

/// Puts a deferred reply into the original interaction response (a webhook edit).
pub async fn edit_original(http: &Http, token: &str, reply: &Reply) {
    let (Reply::Message(m) | Reply::Update(m)) = reply else {
        return;
    };
    let edit = EditInteractionResponse::new()
        .content(m.content.clone())
        .embeds(render::embeds(m))
        .components(render::rows(m))
        .allowed_mentions(render::no_mentions());
    if let Err(e) = edit.execute(http, token).await {
        tracing::error!(error = %e, "deferred reply failed");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_within_five_minutes_are_fresh() {
        let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert!(fresh("1700000000", now));
        assert!(fresh("1699999700", now));
        assert!(fresh("1700000300", now));
        assert!(!fresh("1699999699", now));
        assert!(!fresh("1700000301", now));
        assert!(!fresh("", now));
        assert!(!fresh("-5", now));
        assert!(!fresh("17e8", now));
    }

    #[test]
    fn public_key_must_be_valid_hex_of_32_bytes() {
        assert!(verifier("zz").is_err());
        assert!(verifier(&"00".repeat(31)).is_err());
        // The example key from serenity's docs.
        assert!(
            verifier("67c6bd767ca099e79efac9fcce4d2022a63bf7dea780e7f3d813f694c1597089").is_ok()
        );
    }
}
