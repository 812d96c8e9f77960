//! `helpdesk-web`: the server-rendered web pages of the helpdesk — the web chat at `/` for
//! apprentices, trainers and training administrators, and the console at `/admin` for IT staff
//! and FAQ maintainers. Like the Discord bot it is an adapter over `helpdesk-core`: every rule,
//! every validation and every SQL statement lives in core; this crate parses requests, calls
//! core and renders pages (and owns their wording).
//!
//! The crate exposes [`router`]; `helpdesk serve` merges it into the same server as the admin
//! API. Tests call the router with `tower::ServiceExt::oneshot`, no socket needed.
//!
//! # Map
//! - [`state`]: [`WebState`] (typed, shared) and [`WebConfig`] (cookies, sessions).
//! - [`i18n`]: the page language from `Accept-Language` (German by default).
//! - [`assets`]: static files (CSS, script) embedded in the binary and served under
//!   `/static/` with content-hash URLs and long-lived cache headers.
//! - [`page`]: the shared layout ([`page::Layout`], `templates/base.html`), rendering a
//!   template into a response, and the HTML error page ([`page::WebError`]).
//! - [`security`]: the security headers every HTML response carries (CSP without inline
//!   scripts, `X-Frame-Options: DENY`, `nosniff`, `Referrer-Policy`) and `Secure` cookies
//!   behind TLS.
//! - [`csrf`]: the CSRF token of every form (bound to the console session, or a signed
//!   double-submit cookie on public pages).
//! - [`markdown`]: FAQ answers as safe HTML (pulldown-cmark; raw HTML shown as text, only
//!   `http(s)`/`mailto`/relative links).
//! - `chat`: the web chat and the public ticket forms (`/`, `/ask`, `/feedback`, `/tickets/new`,
//!   `/status/{token}`; templates in `templates/chat/`, script `static/chat.js`).
//! - `console`: the console (`/admin`, templates in `templates/admin/`).
//!
//! Nothing is loaded from another host: no CDN, no web fonts, no third-party captcha.

pub mod assets;
mod chat;
mod console;
pub mod csrf;
pub mod i18n;
pub mod markdown;
pub mod page;
pub mod security;
pub mod state;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;

pub use state::{ClientLimit, LimitCheck, SecureCookies, WebConfig, WebState};

/// Largest form body accepted (an FAQ entry with both languages fits easily).
const BODY_LIMIT: usize = 64 * 1024;

/// All web pages as one router, ready to be merged with the admin API's. It sets no fallback
/// (the admin API's router owns it).
pub fn router(state: WebState) -> Router {
    Router::new()
        .route("/static/{file}", get(assets::serve))
        .merge(chat::routes())
        .merge(console::routes(&state))
        // Merged routers keep their own layers: the admin API's body limit does not apply here.
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::headers,
        ))
        .with_state(state)
}
