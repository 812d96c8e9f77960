//! The handlers, one module per resource.

pub mod ask;
pub mod docs;
pub mod health;
