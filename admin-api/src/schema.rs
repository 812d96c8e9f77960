//! The shared vocabulary types as the API names them in its OpenAPI document. They are the
//! `faq` crate's own types, deriving `ToSchema` there behind its `openapi` feature (no copies).

pub use helpdesk_faq::{Lang as ApiLang, TicketKind as ApiTicketKind};
