//! The Discord adapter: thin mapping between serenity and the engine.
//!
//! - [`convert`]: interactions / messages → engine inputs.
//! - [`render`]: engine replies → serenity builders (`allowed_mentions: {"parse": []}` always).
//! - [`endpoint`]: `POST /discord/interactions` (Ed25519-verified HTTP intake) as an axum router.
//! - [`gateway`]: the serenity gateway client (intake when `DISCORD_TOKEN` is set).
//! - [`outbox`]: the worker that posts new tickets to staff and DMs requesters.
//! - [`commands`]: slash command definitions and their registration.

pub mod commands;
pub mod convert;
pub mod endpoint;
pub mod gateway;
pub mod leader;
pub mod outbox;
pub mod render;

use serenity::all::{ApplicationId, Http, HttpBuilder};

/// Discord's API base; `DISCORD_API_BASE` replaces it (tests, a proxy).
pub const DEFAULT_API_BASE: &str = "https://discord.com/api/v10";

/// Builds serenity's HTTP client for `api_base` (e.g. `http://127.0.0.1:9000/api/v10`).
///
/// serenity builds URLs on `https://discord.com/api/v10` and swaps the origin for its `proxy`,
/// which it honours only with its own rate limiter disabled; Discord's 429s are then still
/// returned as errors (the outbox retries them).
pub fn http_client(token: &str, api_base: &str, application_id: Option<u64>) -> Http {
    let base = api_base.trim_end_matches('/');
    let mut b = HttpBuilder::new(token);
    if base != DEFAULT_API_BASE {
        let origin = base.strip_suffix("/api/v10").unwrap_or(base);
        b = b.proxy(origin).ratelimiter_disabled(true);
    }
    if let Some(id) = application_id.filter(|id| *id != 0) {
        b = b.application_id(ApplicationId::new(id));
    }
    b.build()
}
