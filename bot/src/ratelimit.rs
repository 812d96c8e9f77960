//! Per-user rate limit: at most `burst` requests in any `window`.
//!
//! Kept per process on purpose: it protects the search and the database from one noisy user; with
//! several replicas a user gets at most `burst × replicas`, which is still a limit. It holds only
//! platform user ids and instants, and forgets a user once their window has passed.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct RateLimiter {
    burst: usize,
    window: Duration,
    seen: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl RateLimiter {
    /// `burst` = 0 disables the limit.
    pub fn new(burst: usize, window: Duration) -> Self {
        Self {
            burst,
            window,
            seen: Mutex::default(),
        }
    }

    /// Records a request by `user` at `now`; false when over the limit.
    pub fn allow_at(&self, user: &str, now: Instant) -> bool {
        if self.burst == 0 {
            return true;
        }
        let Ok(mut seen) = self.seen.lock() else {
            // A poisoned lock means a panic elsewhere; do not lock users out because of it.
            return true;
        };
        if seen.len() > 10_000 {
            let window = self.window;
            seen.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) < window));
        }
        let q = seen.entry(user.to_owned()).or_default();
        while q
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            q.pop_front();
        }
        if q.len() >= self.burst {
            return false;
        }
        q.push_back(now);
        true
    }

    pub fn allow(&self, user: &str) -> bool {
        self.allow_at(user, Instant::now())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_user_and_recovers_after_the_window() {
        let rl = RateLimiter::new(3, Duration::from_secs(60));
        let t0 = Instant::now();
        assert!(rl.allow_at("a", t0));
        assert!(rl.allow_at("a", t0));
        assert!(rl.allow_at("a", t0));
        assert!(!rl.allow_at("a", t0));
        assert!(rl.allow_at("b", t0), "another user is not affected");
        assert!(rl.allow_at("a", t0 + Duration::from_secs(61)));
    }

    #[test]
    fn zero_disables() {
        let rl = RateLimiter::new(0, Duration::from_secs(60));
        let t0 = Instant::now();
        assert!((0..100).all(|_| rl.allow_at("a", t0)));
    }
}
