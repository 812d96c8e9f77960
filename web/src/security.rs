//! Security headers on every response of the web router, and the `Secure` cookie attribute.
//!
//! - `Content-Security-Policy`: only this server's own files; no inline scripts or styles, no
//!   plugins, no framing, forms post only here.
//! - `X-Frame-Options: DENY` (older browsers; CSP `frame-ancestors` for newer ones).
//! - `X-Content-Type-Options: nosniff`, `Referrer-Policy: same-origin`,
//!   `Cross-Origin-Opener-Policy: same-origin`.
//!
//! A handler may set its own value of any of these first; it is then kept.
//!
//! Cookies (the console session, the CSRF nonce) get `; Secure` when the request came over
//! HTTPS as configured by [`SecureCookies`]: always, never, or when a trusted proxy says so in
//! `X-Forwarded-Proto` (the header of anyone else is ignored).

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::state::{SecureCookies, WebState};

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

/// Adds the security headers a response does not already carry, and `Secure` to its cookies
/// when the request came over HTTPS.
pub async fn headers(State(state): State<WebState>, req: Request, next: Next) -> Response {
    let https = came_over_https(&state, &req);
    let mut resp = next.run(req).await;
    let headers = resp.headers_mut();
    for (name, value) in HEADERS {
        headers
            .entry(HeaderName::from_static(name))
            .or_insert_with(|| HeaderValue::from_static(value));
    }
    if https {
        let cookies: Vec<HeaderValue> = headers
            .get_all(header::SET_COOKIE)
            .iter()
            .cloned()
            .collect();
        if !cookies.is_empty() {
            headers.remove(header::SET_COOKIE);
            for c in cookies {
                let secured = match c.to_str() {
                    Ok(s) if !s.to_ascii_lowercase().contains("; secure") => {
                        HeaderValue::from_str(&format!("{s}; Secure")).unwrap_or(c)
                    }
                    _ => c,
                };
                headers.append(header::SET_COOKIE, secured);
            }
        }
    }
    resp
}

fn came_over_https(state: &WebState, req: &Request) -> bool {
    match state.config().secure_cookies {
        SecureCookies::Always => true,
        SecureCookies::Never => false,
        SecureCookies::Auto => {
            let Some(trusted) = &state.config().trusted_proxy else {
                return false;
            };
            let from_proxy = req
                .extensions()
                .get::<ConnectInfo<SocketAddr>>()
                .is_some_and(|ConnectInfo(peer)| trusted(peer.ip()));
            from_proxy
                && req
                    .headers()
                    .get("x-forwarded-proto")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.split(',').next())
                    .is_some_and(|p| p.trim().eq_ignore_ascii_case("https"))
        }
    }
}
