//! CSRF for the chat's forms, which have no session: the web crate's signed double-submit
//! cookie ([`crate::csrf::Guard`], [`crate::csrf::verify_cookie`]), wrapped for the chat's
//! handlers: a page gets the token for its forms (and the cookie when it is new), a post is
//! accepted only with a token that matches its cookie.

use axum::http::HeaderMap;
use axum::response::Response;

use crate::csrf;
use crate::state::WebState;

/// The CSRF token of the current page, and the cookie to set when it is new.
#[derive(Debug, Clone)]
pub(crate) struct Csrf(csrf::Guard);

impl Csrf {
    /// For a page with forms.
    pub(crate) fn for_page(state: &WebState, headers: &HeaderMap) -> Self {
        Csrf(csrf::Guard::for_request(state.csrf(), headers))
    }

    /// For a form post: `Some` (with the token for the forms of the answer page) when the
    /// field matches the cookie.
    pub(crate) fn check(state: &WebState, headers: &HeaderMap, field: &str) -> Option<Self> {
        csrf::verify_cookie(state.csrf(), headers, field).then(|| Self::for_page(state, headers))
    }

    pub(crate) fn token(&self) -> &str {
        &self.0.token
    }

    /// Sets the cookie on `resp` when it is new.
    pub(crate) fn attach(&self, mut resp: Response) -> Response {
        self.0.apply(resp.headers_mut());
        resp
    }
}
