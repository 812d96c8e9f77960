//! `helpdesk-core`: the system of record. Tickets and their state machine, the store over
//! SQLite and PostgreSQL, the audit chain, the outbox, API tokens, the FAQ table, and the
//! answering service (a live search index over the FAQ table).
//!
//! # Map
//! (modules are listed here as they land)

pub mod phrase;
