//! `helpdesk-e2e`: the harness for end-to-end tests (the tests themselves are in `tests/tests/`).
//!
//! # Map
//! - [`fake_discord`]: a fake Discord on 127.0.0.1 (REST recorder + gateway websocket) that the
//!   real serenity client talks to.
//! - [`fixtures`]: Discord payloads (interactions, messages) from `tests/fixtures/*.json`.
//! - [`world`]: a running bot: store (SQLite or PostgreSQL), engine, endpoint router, gateway
//!   client and outbox worker wired to a fake Discord; request signing for the endpoint.

pub mod fake_discord;
pub mod fixtures;
pub mod world;
