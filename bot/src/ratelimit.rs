//! Per-user rate limit, with `governor` (GCRA): a user may send `burst` requests at once, and
//! the budget refills evenly over `window` (one request every `window / burst`).
//!
//! Kept per process on purpose: it protects the search and the database from one noisy user; with
//! several replicas a user gets at most `burst × replicas`, which is still a limit. It holds only
//! platform user ids, and forgets users whose budget is full again.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, MonotonicClock};
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::HashMapStateStore;
use governor::{Quota, RateLimiter as Gcra};

const PRUNE_ABOVE: usize = 10_000;

type Keyed<C> = Gcra<String, HashMapStateStore<String>, C, NoOpMiddleware<<C as Clock>::Instant>>;

pub struct RateLimiter<C: Clock = MonotonicClock> {
    inner: Option<Keyed<C>>,
}

impl RateLimiter {
    /// `burst` = 0 disables the limit.
    pub fn new(burst: usize, window: Duration) -> Self {
        Self::with_clock(burst, window, MonotonicClock)
    }
}

impl<C: Clock> RateLimiter<C> {
    pub fn with_clock(burst: usize, window: Duration, clock: C) -> Self {
        let inner = NonZeroU32::new(u32::try_from(burst).unwrap_or(u32::MAX)).and_then(|n| {
            let period = window / n.get();
            Quota::with_period(period)
                .map(|q| Gcra::new(q.allow_burst(n), HashMapStateStore::default(), clock))
        });
        Self { inner }
    }

    /// Records a request by `user`; false when over the limit.
    pub fn allow(&self, user: &str) -> bool {
        let Some(limiter) = &self.inner else {
            return true;
        };
        if limiter.len() > PRUNE_ABOVE {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        limiter.check_key(&user.to_owned()).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use governor::clock::FakeRelativeClock;

    #[test]
    fn limits_per_user_and_recovers_after_the_window() {
        let clock = FakeRelativeClock::default();
        let rl = RateLimiter::with_clock(3, Duration::from_secs(60), clock.clone());
        assert!(rl.allow("a"));
        assert!(rl.allow("a"));
        assert!(rl.allow("a"));
        assert!(!rl.allow("a"));
        assert!(rl.allow("b"), "another user is not affected");
        clock.advance(Duration::from_secs(61));
        assert!(rl.allow("a"));
    }

    #[test]
    fn zero_disables() {
        let rl = RateLimiter::new(0, Duration::from_secs(60));
        assert!((0..100).all(|_| rl.allow("a")));
    }
}
