//! Security headers on every response of the web router.
//!
//! - `Content-Security-Policy`: only this server's own files; no inline scripts or styles, no
//!   plugins, no framing, forms post only here.
//! - `X-Frame-Options: DENY` (older browsers; CSP `frame-ancestors` for newer ones).
//! - `X-Content-Type-Options: nosniff`, `Referrer-Policy: same-origin`,
//!   `Cross-Origin-Opener-Policy: same-origin`.
//!
//! A handler may set its own value of any of these first; it is then kept.

use axum::http::{HeaderName, HeaderValue};
use axum::response::Response;

/// The policy: everything from this origin only, nothing inline.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; \
     frame-ancestors 'none'; base-uri 'none'";

const HEADERS: [(&str, &str); 5] = [
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-frame-options", "DENY"),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "same-origin"),
    ("cross-origin-opener-policy", "same-origin"),
];

/// Adds the security headers a response does not already carry (used with
/// `axum::middleware::map_response`).
pub async fn add_headers(mut resp: Response) -> Response {
    let headers = resp.headers_mut();
    for (name, value) in HEADERS {
        headers
            .entry(HeaderName::from_static(name))
            .or_insert_with(|| HeaderValue::from_static(value));
    }
    resp
}
