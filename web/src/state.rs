//! The typed state handed to every handler, and the configuration the binary builds from the
//! environment (this crate never reads the environment itself).

use std::sync::Arc;

use helpdesk_core::Store;
use helpdesk_core::answer::Answerer;

use crate::assets::Assets;

/// Settings of the web surface.
#[derive(Debug, Clone, Default)]
pub struct WebConfig {}

struct Inner {
    config: WebConfig,
    store: Store,
    answerer: Arc<dyn Answerer>,
    assets: Assets,
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
        Self {
            inner: Arc::new(Inner {
                config,
                store,
                answerer,
                assets: Assets::new(),
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
}
