//! Per-client rate limit for the public routes (`/api/v1/ask`, feedback, the web chat): one
//! [`helpdesk_core::limit::Limiter`] keyed by client address. On PostgreSQL it counts in the
//! database, so several replicas admit the budget once; on SQLite it is an in-process GCRA
//! limiter (see `helpdesk_core::limit` and `docs/operations.md`).

pub use helpdesk_core::limit::{LimitScope, Limiter as RateLimiter};
