//! One module per command group; each exposes clap argument types and a `run`-style function
//! returning the process exit code.

pub mod ask;
pub mod audit;
pub mod discord;
pub mod faq;
pub mod http;
pub mod semantic;
pub mod serve;
pub mod store;
