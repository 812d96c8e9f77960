//! The handlers, one module per resource.

pub mod ask;
pub mod docs;
pub mod etag;
pub mod faq;
pub mod health;
pub mod outbox;
pub mod questions;
pub mod tickets;
pub mod vocabulary;
