//! Per-client rate limit for the public routes, with `governor` (GCRA): each client key may
//! send `per_minute` requests in a burst and then one every `60 / per_minute` seconds. Memory
//! stays bounded: when the table grows past a threshold, keys whose state equals a fresh one
//! (idle clients) are dropped.
//!
//! This limit is per process. With several replicas the shared budget is enforced by
//! `helpdesk_core::Store::count_hit` on top (see `docs/operations.md`).

use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::clock::{Clock, MonotonicClock};
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::HashMapStateStore;
use governor::{Quota, RateLimiter as Gcra};

const PRUNE_ABOVE: usize = 10_000;

type Keyed<C> = Gcra<IpAddr, HashMapStateStore<IpAddr>, C, NoOpMiddleware<<C as Clock>::Instant>>;

/// A limiter keyed by client address. `C` is the clock (a fake one in tests).
pub struct RateLimiter<C: Clock = MonotonicClock> {
    per_minute: u32,
    clock: C,
    inner: Option<Keyed<C>>,
}

impl std::fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimiter")
            .field("per_minute", &self.per_minute)
            .finish()
    }
}

impl RateLimiter {
    /// `per_minute == 0` disables the limit.
    pub fn new(per_minute: u32) -> Self {
        Self::with_clock(per_minute, MonotonicClock)
    }
}

impl<C: Clock + Clone> RateLimiter<C> {
    pub fn with_clock(per_minute: u32, clock: C) -> Self {
        let inner = NonZeroU32::new(per_minute).map(|n| {
            Gcra::new(
                Quota::per_minute(n),
                HashMapStateStore::default(),
                clock.clone(),
            )
        });
        Self {
            per_minute,
            clock,
            inner,
        }
    }

    /// The configured budget per minute (0: no limit).
    pub fn per_minute(&self) -> u32 {
        self.per_minute
    }

    /// Takes one request for `key`. `Err(secs)` says how long to wait for the next one.
    pub fn check(&self, key: IpAddr) -> Result<(), u64> {
        let Some(limiter) = &self.inner else {
            return Ok(());
        };
        if limiter.len() > PRUNE_ABOVE {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        limiter.check_key(&key).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.clock.now());
            wait.as_secs_f64().ceil().max(1.0) as u64
        })
    }

    #[cfg(test)]
    fn keys(&self) -> usize {
        self.inner.as_ref().map_or(0, Gcra::len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use governor::clock::FakeRelativeClock;
    use std::time::Duration;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn allows_the_budget_then_refuses_then_refills() {
        let clock = FakeRelativeClock::default();
        let l = RateLimiter::with_clock(3, clock.clone());
        for _ in 0..3 {
            assert!(l.check(ip("1.1.1.1")).is_ok());
        }
        let wait = l.check(ip("1.1.1.1")).unwrap_err();
        assert!((1..=20).contains(&wait), "{wait}");
        // Another client has its own budget.
        assert!(l.check(ip("2.2.2.2")).is_ok());
        // 20 s later one request (3 per minute) is allowed again.
        clock.advance(Duration::from_secs(20));
        assert!(l.check(ip("1.1.1.1")).is_ok());
        assert!(l.check(ip("1.1.1.1")).is_err());
    }

    #[test]
    fn zero_disables() {
        let l = RateLimiter::new(0);
        for _ in 0..1000 {
            assert!(l.check(ip("1.1.1.1")).is_ok());
        }
    }

    #[test]
    fn idle_keys_are_pruned() {
        let clock = FakeRelativeClock::default();
        let l = RateLimiter::with_clock(60, clock.clone());
        for i in 0..=PRUNE_ABOVE as u32 {
            l.check(IpAddr::from(i.to_be_bytes())).unwrap();
        }
        clock.advance(Duration::from_secs(5));
        l.check(ip("9.9.9.9")).unwrap();
        assert!(l.keys() < 10, "{}", l.keys());
    }
}
