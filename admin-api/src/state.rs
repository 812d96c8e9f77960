//! The typed application state handed to every handler, and the configuration the binary builds
//! from the environment (this crate never reads the environment itself).

use std::sync::Arc;
use std::time::Duration;

use helpdesk_core::Store;
use helpdesk_core::answer::Answerer;

use crate::client::TrustedProxies;
use crate::metrics::Metrics;
use crate::ratelimit::RateLimiter;

/// Limits and policies of the HTTP surface.
#[derive(Debug, Clone)]
pub struct ApiConfig {
    /// `POST /api/v1/ask` requests per minute per client; 0 disables the limit.
    pub ask_rate_limit: u32,
    /// Peers whose `X-Forwarded-For` is believed.
    pub trusted_proxies: TrustedProxies,
    /// Largest accepted request body, in bytes.
    pub body_limit: usize,
    /// Time a request may take before it is answered with 503 `timeout`.
    pub request_timeout: Duration,
    /// Origins allowed by CORS; empty (the default) sends no CORS headers at all.
    pub cors_origins: Vec<String>,
}

impl Default for ApiConfig {
    fn default() -> Self {
        Self {
            ask_rate_limit: 60,
            trusted_proxies: TrustedProxies::none(),
            body_limit: 64 * 1024,
            request_timeout: Duration::from_secs(10),
            cors_origins: Vec::new(),
        }
    }
}

struct Inner {
    config: ApiConfig,
    store: Store,
    answerer: Arc<dyn Answerer>,
    metrics: Metrics,
    ask_limiter: RateLimiter,
}

/// Shared state: cheap to clone (one `Arc`).
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

impl AppState {
    pub fn new(config: ApiConfig, store: Store, answerer: Arc<dyn Answerer>) -> Self {
        let ask_limiter = RateLimiter::for_store(config.ask_rate_limit, "ask", &store);
        Self {
            inner: Arc::new(Inner {
                config,
                store,
                answerer,
                metrics: Metrics::default(),
                ask_limiter,
            }),
        }
    }

    pub fn config(&self) -> &ApiConfig {
        &self.inner.config
    }

    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    pub fn answerer(&self) -> &dyn Answerer {
        self.inner.answerer.as_ref()
    }

    pub fn metrics(&self) -> &Metrics {
        &self.inner.metrics
    }

    pub(crate) fn ask_limiter(&self) -> &RateLimiter {
        &self.inner.ask_limiter
    }
}
