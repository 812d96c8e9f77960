//! The web chat at `/` and the public ticket forms (templates in `templates/chat/`).
//! Owned by the web-chat work of issue 10.

use axum::Router;

use crate::state::WebState;

/// The chat's routes.
pub(crate) fn routes() -> Router<WebState> {
    Router::new()
}
