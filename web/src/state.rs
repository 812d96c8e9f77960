//! The typed state handed to every handler, and the configuration the binary builds from the
//! environment (this crate never reads the environment itself).

use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use helpdesk_core::Store;
use helpdesk_core::answer::Answerer;

use crate::assets::Assets;
use crate::csrf::CsrfKey;

/// When cookies get the `Secure` attribute (sent over HTTPS only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SecureCookies {
    /// Always: the server is reached over TLS only.
    Always,
    /// Never: plain HTTP on a trusted network or loopback.
    Never,
    /// When a trusted proxy says the request came over HTTPS (`X-Forwarded-Proto: https`).
    #[default]
    Auto,
}

impl std::str::FromStr for SecureCookies {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "always" | "true" | "1" => Ok(SecureCookies::Always),
            "never" | "false" | "0" => Ok(SecureCookies::Never),
            "auto" | "" => Ok(SecureCookies::Auto),
            other => Err(format!("{other:?}: use always, never or auto")),
        }
    }
}

/// Whether a socket peer is a trusted reverse proxy (the binary passes the admin API's list, so
/// there is one list).
pub type TrustedProxy = Arc<dyn Fn(IpAddr) -> bool + Send + Sync>;

/// The per-client limit the chat shares with `/api/v1/ask`: given the socket peer and the
/// request headers (for trusted proxies), `Err(seconds to wait)` when the client is over it.
/// `helpdesk serve` hands in the admin API's own limiter, so both surfaces draw on one budget.
/// The check is asynchronous: on PostgreSQL the budget is counted in the database, across
/// replicas.
pub type ClientLimit =
    Arc<dyn Fn(std::net::IpAddr, &axum::http::HeaderMap) -> LimitCheck + Send + Sync>;

/// The answer of a [`ClientLimit`]: `Err(seconds to wait)` when over the limit.
pub type LimitCheck = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), u64>> + Send>>;

/// Settings of the web surface.
#[derive(Clone)]
pub struct WebConfig {
    /// `Secure` on cookies (`HELPDESK_SECURE_COOKIES`).
    pub secure_cookies: SecureCookies,
    /// Peers whose `X-Forwarded-Proto` is believed (for [`SecureCookies::Auto`]).
    pub trusted_proxy: Option<TrustedProxy>,
    /// A console session ends after this long without a request (`HELPDESK_SESSION_IDLE_MINUTES`).
    pub session_idle: Duration,
    /// Asking and filing tickets in the chat count against this limit; `None`: no limit.
    pub ask_limit: Option<ClientLimit>,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            secure_cookies: SecureCookies::Auto,
            trusted_proxy: None,
            session_idle: Duration::from_secs(30 * 60),
            ask_limit: None,
        }
    }
}

impl fmt::Debug for WebConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebConfig")
            .field("secure_cookies", &self.secure_cookies)
            .field("trusted_proxy", &self.trusted_proxy.is_some())
            .field("session_idle", &self.session_idle)
            .field("ask_limit", &self.ask_limit.is_some())
            .finish()
    }
}

struct Inner {
    config: WebConfig,
    store: Store,
    answerer: Arc<dyn Answerer>,
    assets: Assets,
    csrf: CsrfKey,
}

/// Shared state: cheap to clone (one `Arc`).
#[derive(Clone)]
pub struct WebState {
    inner: Arc<Inner>,
}

impl WebState {
    /// `answerer` is the same answering service the admin API and Discord use (in `helpdesk
    /// serve`: core's live index, so an FAQ save is answered with the new text at once).
    pub fn new(config: WebConfig, store: Store, answerer: Arc<dyn Answerer>) -> Self {
        let csrf = CsrfKey::new(store.derived_key("web-csrf"));
        Self {
            inner: Arc::new(Inner {
                config,
                store,
                answerer,
                assets: Assets::new(),
                csrf,
            }),
        }
    }

    pub fn config(&self) -> &WebConfig {
        &self.inner.config
    }

    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    pub fn answerer(&self) -> &dyn Answerer {
        self.inner.answerer.as_ref()
    }

    pub fn assets(&self) -> &Assets {
        &self.inner.assets
    }

    /// The key of every form's CSRF token (see [`crate::csrf`]).
    pub fn csrf(&self) -> &CsrfKey {
        &self.inner.csrf
    }
}
