//! Budgets per minute that hold across replicas: the public `/ask` limit per client and the
//! language-model call budget.
//!
//! On PostgreSQL every replica counts in the same fixed one-minute window of the
//! `rate_counters` table ([`Store::count_hit`]), so N replicas admit the budget once, not N
//! times. On SQLite (one process) an in-process GCRA limiter (`governor`) does the work. When
//! the shared counter cannot be reached in time (database down or slow), the limiter falls back
//! to the in-process one for a few seconds, so answering never waits on the database: during
//! that time each replica admits up to the budget on its own.
//!
//! A fixed window admits at most `per_minute` requests per key within each minute of the clock;
//! across a window boundary a client can burst up to twice that within a few seconds.

use std::num::NonZeroU32;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use governor::clock::{Clock, MonotonicClock};
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::HashMapStateStore;
use governor::{Quota, RateLimiter as Gcra};
use helpdesk_faq::{FaqEntry, Lang};

use crate::phrase::{Clarification, PhraseError, Phrased, Phraser, PhraserStats};
use crate::store::{Backend, Store};

/// The shared counters' window.
pub const WINDOW: Duration = Duration::from_secs(60);
/// How long a shared count may take before the in-process limiter decides instead.
pub const SHARED_TIMEOUT: Duration = Duration::from_millis(500);
/// After a failed shared count, the in-process limiter decides alone for this long.
pub const SHARED_PAUSE: Duration = Duration::from_secs(5);
/// The in-process table drops idle keys once it holds more than this many.
const PRUNE_ABOVE: usize = 10_000;

type Keyed<C> = Gcra<String, HashMapStateStore<String>, C, NoOpMiddleware<<C as Clock>::Instant>>;

/// Where a [`Limiter`] counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitScope {
    /// In this process only (SQLite, or no store).
    Process,
    /// In the database, across replicas (PostgreSQL).
    Shared,
}

struct Shared {
    store: Store,
    /// Prefix of the counter keys (`ask`, `llm`): two budgets never share a row.
    name: &'static str,
    paused_until: Mutex<Option<Instant>>,
}

/// A per-key budget of `per_minute` requests. See the module docs.
pub struct Limiter<C: Clock = MonotonicClock> {
    per_minute: u32,
    clock: C,
    local: Option<Keyed<C>>,
    shared: Option<Shared>,
    fallbacks: AtomicU64,
}

impl std::fmt::Debug for Limiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limiter")
            .field("per_minute", &self.per_minute)
            .field("scope", &self.scope())
            .finish()
    }
}

impl Limiter {
    /// An in-process limiter. `per_minute == 0` disables the limit.
    pub fn new(per_minute: u32) -> Self {
        Self::with_clock(per_minute, MonotonicClock)
    }

    /// The limiter for `store`: shared across replicas on PostgreSQL, in-process on SQLite.
    /// `name` keeps budgets apart (`ask`, `llm`).
    pub fn for_store(per_minute: u32, name: &'static str, store: &Store) -> Self {
        let mut limiter = Self::new(per_minute);
        if per_minute > 0 && store.backend() == Backend::Postgres {
            limiter.shared = Some(Shared {
                store: store.clone(),
                name,
                paused_until: Mutex::new(None),
            });
        }
        limiter
    }
}

impl<C: Clock + Clone> Limiter<C> {
    /// An in-process limiter on `clock` (a fake one in tests).
    pub fn with_clock(per_minute: u32, clock: C) -> Self {
        let local = NonZeroU32::new(per_minute).map(|n| {
            Gcra::new(
                Quota::per_minute(n),
                HashMapStateStore::default(),
                clock.clone(),
            )
        });
        Self {
            per_minute,
            clock,
            local,
            shared: None,
            fallbacks: AtomicU64::new(0),
        }
    }

    /// The configured budget per minute (0: no limit).
    pub fn per_minute(&self) -> u32 {
        self.per_minute
    }

    pub fn scope(&self) -> LimitScope {
        if self.shared.is_some() {
            LimitScope::Shared
        } else {
            LimitScope::Process
        }
    }

    /// How often the shared counter could not be reached and the process decided alone.
    pub fn fallbacks(&self) -> u64 {
        self.fallbacks.load(Ordering::Relaxed)
    }

    /// Takes one request for `key`. `Err(secs)` says how long to wait for the next one.
    pub async fn check(&self, key: &str) -> Result<(), u64> {
        if self.per_minute == 0 {
            return Ok(());
        }
        if let Some(shared) = &self.shared {
            match self.check_shared(shared, key).await {
                Some(verdict) => return verdict,
                None => {
                    self.fallbacks.fetch_add(1, Ordering::Relaxed);
                }
            }
        }
        self.check_local(key)
    }

    /// `None` when the shared counter is paused or did not answer in time.
    async fn check_shared(&self, shared: &Shared, key: &str) -> Option<Result<(), u64>> {
        {
            let paused = shared
                .paused_until
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if paused.is_some_and(|until| Instant::now() < until) {
                return None;
            }
        }
        let counted = tokio::time::timeout(
            SHARED_TIMEOUT,
            shared
                .store
                .count_hit(&format!("{}:{key}", shared.name), WINDOW),
        )
        .await;
        match counted {
            Ok(Ok(hit)) => Some(if hit.hits <= u64::from(self.per_minute) {
                Ok(())
            } else {
                Err(hit.remaining_ms.div_ceil(1000).max(1))
            }),
            failed => {
                let first = {
                    let mut paused = shared
                        .paused_until
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    let first = paused.is_none_or(|until| Instant::now() >= until);
                    *paused = Some(Instant::now() + SHARED_PAUSE);
                    first
                };
                if first {
                    match failed {
                        Ok(Err(err)) => tracing::warn!(
                            limit = shared.name,
                            error = %err,
                            "shared rate counter unavailable; counting in this process for a while"
                        ),
                        _ => tracing::warn!(
                            limit = shared.name,
                            "shared rate counter too slow; counting in this process for a while"
                        ),
                    }
                }
                None
            }
        }
    }

    fn check_local(&self, key: &str) -> Result<(), u64> {
        let Some(limiter) = &self.local else {
            return Ok(());
        };
        if limiter.len() > PRUNE_ABOVE {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        limiter.check_key(&key.to_owned()).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.clock.now());
            wait.as_secs_f64().ceil().max(1.0) as u64
        })
    }

    #[cfg(test)]
    fn keys(&self) -> usize {
        self.local.as_ref().map_or(0, Gcra::len)
    }
}

/// A [`Phraser`] that spends one call of a [`Limiter`] budget (one key, `calls`) on every
/// model call; over the budget it answers [`PhraseError::OverBudget`] without calling the
/// model, and the plain FAQ answer is shown.
pub struct BudgetedPhraser {
    inner: std::sync::Arc<dyn Phraser>,
    budget: Limiter,
    refused: AtomicU64,
}

impl BudgetedPhraser {
    pub fn new(inner: std::sync::Arc<dyn Phraser>, budget: Limiter) -> Self {
        Self {
            inner,
            budget,
            refused: AtomicU64::new(0),
        }
    }

    /// Calls refused because the budget was used up.
    pub fn refused(&self) -> u64 {
        self.refused.load(Ordering::Relaxed)
    }

    async fn take(&self) -> Result<(), PhraseError> {
        match self.budget.check("calls").await {
            Ok(()) => Ok(()),
            Err(_) => {
                let n = self.refused.fetch_add(1, Ordering::Relaxed) + 1;
                if n.is_power_of_two() {
                    tracing::warn!(
                        refused = n,
                        per_minute = self.budget.per_minute(),
                        "language model call budget used up; plain FAQ answers until the next minute"
                    );
                }
                Err(PhraseError::OverBudget)
            }
        }
    }
}

#[async_trait]
impl Phraser for BudgetedPhraser {
    async fn phrase_with(
        &self,
        question: &str,
        lang: Lang,
        entries: &[FaqEntry],
        known_names: &[String],
    ) -> Result<Phrased, PhraseError> {
        self.take().await?;
        self.inner
            .phrase_with(question, lang, entries, known_names)
            .await
    }

    async fn clarify_with(
        &self,
        question: &str,
        lang: Lang,
        entries: &[FaqEntry],
        known_names: &[String],
    ) -> Result<Clarification, PhraseError> {
        self.take().await?;
        self.inner
            .clarify_with(question, lang, entries, known_names)
            .await
    }

    fn stats(&self) -> PhraserStats {
        self.inner.stats()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use governor::clock::FakeRelativeClock;

    #[tokio::test]
    async fn allows_the_budget_then_refuses_then_refills() {
        let clock = FakeRelativeClock::default();
        let l = Limiter::with_clock(3, clock.clone());
        for _ in 0..3 {
            assert!(l.check("1.1.1.1").await.is_ok());
        }
        let wait = l.check("1.1.1.1").await.unwrap_err();
        assert!((1..=20).contains(&wait), "{wait}");
        // Another client has its own budget.
        assert!(l.check("2.2.2.2").await.is_ok());
        // 20 s later one request (3 per minute) is allowed again.
        clock.advance(Duration::from_secs(20));
        assert!(l.check("1.1.1.1").await.is_ok());
        assert!(l.check("1.1.1.1").await.is_err());
    }

    #[tokio::test]
    async fn zero_disables() {
        let l = Limiter::new(0);
        for _ in 0..1000 {
            assert!(l.check("1.1.1.1").await.is_ok());
        }
    }

    #[tokio::test]
    async fn idle_keys_are_pruned() {
        let clock = FakeRelativeClock::default();
        let l = Limiter::with_clock(60, clock.clone());
        for i in 0..=PRUNE_ABOVE as u32 {
            l.check(&i.to_string()).await.unwrap();
        }
        clock.advance(Duration::from_secs(5));
        l.check("x").await.unwrap();
        assert!(l.keys() < 10, "{}", l.keys());
    }
}
