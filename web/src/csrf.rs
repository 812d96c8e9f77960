//! Protection against cross-site request forgery, for every form of the web pages.
//!
//! A form carries a hidden field `csrf` ([`FIELD`]) whose value is an HMAC-SHA256 over a
//! *binding* the attacker's page cannot read or set:
//!
//! - **Console** (signed in): the binding is a random value kept in the server-side session
//!   ([`session_token`] / [`verify_session`]); the token is only valid for that session.
//! - **Public pages** (web chat, ticket forms, the console's sign-in form; no session): a signed
//!   double-submit cookie. The cookie `hd_csrf` ([`COOKIE`], `HttpOnly`, `SameSite=Strict`) holds
//!   a random nonce; the form token is the HMAC of that nonce ([`Guard`], [`verify_cookie`]).
//!   Another site can neither read the cookie nor compute the HMAC without the server key.
//!
//! The key is derived from the installation secret in the database
//! (`Store::derived_key("web-csrf")`), so every replica accepts every replica's forms.
//! Comparisons are constant-time.

use axum::http::{HeaderMap, HeaderValue, header};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The hidden form field.
pub const FIELD: &str = "csrf";
/// The double-submit cookie of pages without a session.
pub const COOKIE: &str = "hd_csrf";

type HmacSha256 = Hmac<Sha256>;

/// The server-side key (never sent anywhere), as a keyed HMAC ready to be cloned per use.
#[derive(Clone)]
pub struct CsrfKey(HmacSha256);

impl std::fmt::Debug for CsrfKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CsrfKey(…)")
    }
}

impl CsrfKey {
    #[allow(clippy::expect_used)]
    pub fn new(key: [u8; 32]) -> Self {
        // HMAC takes keys of any length: this cannot fail.
        Self(HmacSha256::new_from_slice(&key).expect("HMAC accepts any key length"))
    }

    fn mac(&self, scope: &str, binding: &str) -> HmacSha256 {
        let mut mac = self.0.clone();
        mac.update(scope.as_bytes());
        mac.update(b"\n");
        mac.update(binding.as_bytes());
        mac
    }

    /// The form token for `binding` in `scope` (`"session"` or `"cookie"`).
    fn token(&self, scope: &str, binding: &str) -> String {
        hex::encode(self.mac(scope, binding).finalize().into_bytes())
    }

    fn verify(&self, scope: &str, binding: &str, token: &str) -> bool {
        match hex::decode(token.trim()) {
            Ok(bytes) => self.mac(scope, binding).verify_slice(&bytes).is_ok(),
            Err(_) => false,
        }
    }
}

/// A fresh random binding or nonce (128 bits, hex).
pub fn random_binding() -> String {
    hex::encode(rand::random::<[u8; 16]>())
}

/// The form token of a console session whose binding is `binding`.
pub fn session_token(key: &CsrfKey, binding: &str) -> String {
    key.token("session", binding)
}

/// Whether `token` (from the form) belongs to the session with `binding`.
pub fn verify_session(key: &CsrfKey, binding: &str, token: &str) -> bool {
    !binding.is_empty() && key.verify("session", binding, token)
}

/// The CSRF state of a page without a session: the token to put in its forms and, when the
/// browser had no valid nonce cookie yet, the `Set-Cookie` header to send with the page.
#[derive(Debug, Clone)]
pub struct Guard {
    pub token: String,
    pub set_cookie: Option<HeaderValue>,
}

impl Guard {
    /// Reuses the browser's nonce cookie (so several open tabs keep working) or makes one.
    pub fn for_request(key: &CsrfKey, headers: &HeaderMap) -> Guard {
        match cookie_nonce(headers) {
            Some(nonce) => Guard {
                token: key.token("cookie", &nonce),
                set_cookie: None,
            },
            None => {
                let nonce = random_binding();
                Guard {
                    token: key.token("cookie", &nonce),
                    set_cookie: HeaderValue::from_str(&format!(
                        "{COOKIE}={nonce}; Path=/; HttpOnly; SameSite=Strict"
                    ))
                    .ok(),
                }
            }
        }
    }

    /// Adds the `Set-Cookie` header (if any) to a response's headers.
    pub fn apply(&self, headers: &mut HeaderMap) {
        if let Some(c) = &self.set_cookie {
            headers.append(header::SET_COOKIE, c.clone());
        }
    }
}

/// Whether a form `token` matches the nonce cookie of the request.
pub fn verify_cookie(key: &CsrfKey, headers: &HeaderMap, token: &str) -> bool {
    cookie_nonce(headers).is_some_and(|nonce| key.verify("cookie", &nonce, token))
}

/// The nonce from the `hd_csrf` cookie, if present and well-formed (32 hex digits).
fn cookie_nonce(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.trim().to_owned())
        .filter(|v| v.len() == 32 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> CsrfKey {
        CsrfKey::new([7; 32])
    }

    fn with_cookie(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, HeaderValue::from_str(value).unwrap());
        h
    }

    #[test]
    fn session_tokens_are_bound_to_the_session_and_the_key() {
        let t = session_token(&key(), "abc");
        assert!(verify_session(&key(), "abc", &t));
        assert!(!verify_session(&key(), "abd", &t));
        assert!(!verify_session(&CsrfKey::new([8; 32]), "abc", &t));
        assert!(!verify_session(&key(), "", &session_token(&key(), "")));
        assert!(!verify_session(&key(), "abc", ""));
        assert!(!verify_session(&key(), "abc", "not hex"));
        // A cookie token is not a session token for the same value.
        assert!(!verify_session(
            &key(),
            "abc",
            &key().token("cookie", "abc")
        ));
    }

    #[test]
    fn double_submit_cookie() {
        let fresh = Guard::for_request(&key(), &HeaderMap::new());
        let cookie = fresh.set_cookie.clone().unwrap();
        let cookie = cookie.to_str().unwrap();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
        let nonce = cookie.split(';').next().unwrap();
        let headers = with_cookie(&format!("other=1; {nonce}"));
        assert!(verify_cookie(&key(), &headers, &fresh.token));
        // The same browser keeps its nonce: no new cookie, same token.
        let again = Guard::for_request(&key(), &headers);
        assert!(again.set_cookie.is_none());
        assert_eq!(again.token, fresh.token);
        // Without the cookie, with another cookie, or with a forged token: refused.
        assert!(!verify_cookie(&key(), &HeaderMap::new(), &fresh.token));
        let other = with_cookie(&format!("{COOKIE}={}", random_binding()));
        assert!(!verify_cookie(&key(), &other, &fresh.token));
        assert!(!verify_cookie(&key(), &headers, &"0".repeat(64)));
        assert!(!verify_cookie(
            &key(),
            &with_cookie("hd_csrf=short"),
            &fresh.token
        ));
    }
}
