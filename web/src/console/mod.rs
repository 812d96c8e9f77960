//! The console at `/admin` for IT staff and FAQ maintainers (templates in `templates/admin/`).
//!
//! Sign-in takes an API token (the same tokens as the API, verified by core); the console then
//! keeps a server-side session (tower-sessions over core's session store, cookie `hd_session`,
//! `HttpOnly`, `SameSite=Strict`, path `/admin`, ended after the configured idle time or by
//! "Abmelden"). The session holds the token's id, never the token; every request looks the
//! token up again, so revoking it ends its sessions. The token's role decides which pages the
//! console shows, and core's rules (four eyes, self-approval, FAQ validation) apply underneath.
//!
//! - [`auth`]: sign-in, sign-out, the [`auth::Staff`] extractor and the role checks.
//! - [`tickets`]: the queue, the ticket page and its actions (with a confirmation step).
//! - [`faq`]: the FAQ list with search.
//! - [`editor`]: the FAQ editor with live preview, the revision history with diffs and revert.
//! - [`vocabulary`]: the search's vocabulary (synonyms, compound parts, stop words) with a
//!   preview and the last changes.
//! - [`inbox`]: the unanswered-questions inbox ("Als Alternative hinzufügen").
//! - [`texts`]: the console's German wording.

pub(crate) mod auth;
pub(crate) mod editor;
pub(crate) mod faq;
pub(crate) mod inbox;
pub(crate) mod texts;
pub(crate) mod tickets;
pub(crate) mod vocabulary;

use axum::Router;
use axum::routing::{get, post};
use tower_sessions::cookie::SameSite;
use tower_sessions::cookie::time::Duration as CookieDuration;
use tower_sessions::{Expiry, SessionManagerLayer};

use crate::state::WebState;

/// The session cookie.
pub(crate) const SESSION_COOKIE: &str = "hd_session";

/// The console's routes, with the session layer.
pub(crate) fn routes(state: &WebState) -> Router<WebState> {
    let idle = CookieDuration::seconds(
        i64::try_from(state.config().session_idle.as_secs())
            .unwrap_or(1800)
            .max(60),
    );
    let sessions = SessionManagerLayer::new(state.store().session_store())
        .with_name(SESSION_COOKIE)
        .with_path("/admin")
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        // `Secure` is added per request by `security::headers` (behind TLS only).
        .with_secure(false)
        .with_expiry(Expiry::OnInactivity(idle))
        // Save on every request, so the expiry moves with activity (idle expiry, not an
        // absolute one from sign-in).
        .with_always_save(true);
    Router::new()
        .route("/admin", get(auth::home))
        .route("/admin/login", get(auth::login_form).post(auth::login))
        .route("/admin/logout", get(auth::logout))
        .route("/admin/tickets", get(tickets::queue))
        .route("/admin/tickets/{id}", get(tickets::page))
        .route("/admin/tickets/{id}/{action}", post(tickets::act))
        .route("/admin/audit", get(tickets::audit))
        .route("/admin/faq", get(faq::list))
        .route("/admin/faq/new", get(editor::new_form).post(editor::create))
        .route(
            vocabulary::PATH,
            get(vocabulary::form).post(vocabulary::submit),
        )
        .route("/admin/faq/{id}", get(editor::edit_form).post(editor::save))
        .route("/admin/faq/{id}/revisions", get(editor::revisions))
        .route("/admin/faq/{id}/revert", post(editor::revert))
        .route("/admin/questions", get(inbox::inbox))
        .route("/admin/questions/adopt", post(inbox::adopt))
        .layer(sessions)
}
