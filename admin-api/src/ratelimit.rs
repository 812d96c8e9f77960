//! Per-client rate limit for the public routes: a token bucket per client key that holds
//! `per_minute` tokens and refills continuously. Memory stays bounded: when the table grows
//! past a threshold, buckets that have refilled completely (idle clients) are dropped.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

const PRUNE_ABOVE: usize = 10_000;

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

/// A token-bucket limiter keyed by client address.
#[derive(Debug)]
pub struct RateLimiter {
    per_minute: u32,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

impl RateLimiter {
    /// `per_minute == 0` disables the limit.
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `key` at `now`. `Err(secs)` says how long to wait for the next one.
    pub fn check(&self, key: IpAddr, now: Instant) -> Result<(), u64> {
        if self.per_minute == 0 {
            return Ok(());
        }
        let capacity = f64::from(self.per_minute);
        let per_sec = capacity / 60.0;
        // A poisoned lock only means another request panicked mid-update; the map is still
        // usable, and refusing every later request would be worse.
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() > PRUNE_ABOVE {
            buckets.retain(|_, b| {
                b.tokens + now.saturating_duration_since(b.last).as_secs_f64() * per_sec < capacity
            });
        }
        let b = buckets.entry(key).or_insert(Bucket {
            tokens: capacity,
            last: now,
        });
        let elapsed = now.saturating_duration_since(b.last).as_secs_f64();
        b.tokens = (b.tokens + elapsed * per_sec).min(capacity);
        b.last = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            let wait = ((1.0 - b.tokens) / per_sec).ceil();
            // `wait` is positive and at most 60 s here.
            Err(wait.max(1.0) as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn allows_the_budget_then_refuses_then_refills() {
        let l = RateLimiter::new(3);
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(l.check(ip("1.1.1.1"), t0).is_ok());
        }
        let wait = l.check(ip("1.1.1.1"), t0).unwrap_err();
        assert!((1..=20).contains(&wait), "{wait}");
        // Another client has its own budget.
        assert!(l.check(ip("2.2.2.2"), t0).is_ok());
        // 20 s later one token (3 per minute) is back.
        assert!(l.check(ip("1.1.1.1"), t0 + Duration::from_secs(20)).is_ok());
        assert!(
            l.check(ip("1.1.1.1"), t0 + Duration::from_secs(20))
                .is_err()
        );
    }

    #[test]
    fn zero_disables() {
        let l = RateLimiter::new(0);
        let t0 = Instant::now();
        for _ in 0..1000 {
            assert!(l.check(ip("1.1.1.1"), t0).is_ok());
        }
    }

    #[test]
    fn idle_buckets_are_pruned() {
        let l = RateLimiter::new(60);
        let t0 = Instant::now();
        for i in 0..=PRUNE_ABOVE as u32 {
            l.check(IpAddr::from(i.to_be_bytes()), t0).unwrap();
        }
        l.check(ip("9.9.9.9"), t0 + Duration::from_secs(5)).unwrap();
        assert!(l.buckets.lock().unwrap().len() < 10);
    }
}
