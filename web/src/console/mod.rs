//! The console at `/admin` for IT staff and FAQ maintainers (templates in `templates/admin/`).

use axum::Router;

use crate::state::WebState;

/// The console's routes.
pub(crate) fn routes() -> Router<WebState> {
    Router::new()
}
