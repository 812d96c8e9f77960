//! `helpdesk-bot`: the conversation engine and its Discord adapter.
//!
//! The engine takes one input from a chat user (a question, a slash command, a button click, a
//! form submit) plus who sent it, and returns one reply value (text, embeds, buttons, a form) in
//! German or English. The Discord adapter maps serenity's types onto it, for both intakes: the
//! HTTP Interactions Endpoint (stateless, any replica) and the gateway client. Tickets, staff
//! identities, feedback and the outbox are reached through [`ports::Desk`], answers through
//! core's [`helpdesk_core::answer::Answerer`] (the one answering path of every surface); state lives in the database and in `custom_id`s, never in memory.
//!
//! # Map
//! - [`core_desk`]: [`Desk`] over `helpdesk-core`'s store.
//! - [`engine`]: [`Engine`] and its inputs: the dispatch from one input to one reply.
//! - [`views`]: the replies for answers, forms, tickets, staff posts and DMs.
//! - [`form`]: reading a submitted ticket form.
//! - [`reply`]: the platform-neutral reply values.
//! - [`custom_id`]: the button/modal id protocol (the conversation state in the client).
//! - [`ports`]: the ticket desk the engine needs ([`Desk`]) and its value types.
//! - [`texts`]: the German and English wording.
//! - [`ratelimit`]: the per-user limit.
//! - [`discord`]: serenity adapter: endpoint router, gateway client, outbox worker, commands.
//!
//! # Entry points for `helpdesk serve`
//! - [`router`] (`POST /discord/interactions`) when `DISCORD_PUBLIC_KEY` is set;
//! - [`discord::leader::lead_gateway`] when `DISCORD_TOKEN` is set (the gateway client, on the
//!   one replica that holds the leadership);
//! - [`run_outbox_worker`] when `DISCORD_TOKEN` is set (REST needs the token).

pub mod core_desk;
pub mod custom_id;
pub mod discord;
pub mod engine;
pub mod form;
pub mod ports;
pub mod ratelimit;
pub mod reply;
pub mod texts;
pub mod views;

pub use core_desk::CoreDesk;
pub use discord::endpoint::{EndpointState, router};
pub use discord::outbox::{OutboxConfig, run_outbox_worker};
pub use discord::{DEFAULT_API_BASE, http_client};
pub use engine::{Engine, EngineConfig};
pub use ports::Desk;
