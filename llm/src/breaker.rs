//! A circuit breaker: after `threshold` consecutive failures the model is not called for
//! `cooldown`; then one trial call decides whether it closes again or stays open for another
//! cool-down. Time is passed in, so the behaviour is tested without sleeping.

use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Closed {
        failures: u32,
    },
    Open {
        until: Instant,
    },
    /// One trial call is in flight since `since`.
    HalfOpen {
        since: Instant,
    },
}

#[derive(Debug)]
pub struct Breaker {
    threshold: u32,
    cooldown: Duration,
    state: Mutex<State>,
}

impl Breaker {
    pub fn new(threshold: u32, cooldown: Duration) -> Self {
        Self {
            threshold: threshold.max(1),
            cooldown,
            state: Mutex::new(State::Closed { failures: 0 }),
        }
    }

    fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        // The state is a plain value that every path leaves consistent, so a poisoned lock
        // (a panic elsewhere while holding it) is safe to keep using.
        let mut guard = self.state.lock().unwrap_or_else(|e| e.into_inner());
        f(&mut guard)
    }

    /// Whether a call may go out now. While half-open only the trial call may; a trial that
    /// never reported back (its caller was cancelled) is replaced after one cool-down.
    pub fn allow(&self, now: Instant) -> bool {
        self.with(|state| match *state {
            State::Closed { .. } => true,
            State::Open { until } if now >= until => {
                *state = State::HalfOpen { since: now };
                true
            }
            State::Open { .. } => false,
            State::HalfOpen { since } if now.saturating_duration_since(since) >= self.cooldown => {
                *state = State::HalfOpen { since: now };
                true
            }
            State::HalfOpen { .. } => false,
        })
    }

    pub fn success(&self) {
        self.with(|state| *state = State::Closed { failures: 0 });
    }

    /// Records a failure; returns true when this failure opened the breaker.
    pub fn failure(&self, now: Instant) -> bool {
        self.with(|state| match *state {
            State::Closed { failures } if failures + 1 >= self.threshold => {
                *state = State::Open {
                    until: now + self.cooldown,
                };
                true
            }
            State::Closed { failures } => {
                *state = State::Closed {
                    failures: failures + 1,
                };
                false
            }
            State::HalfOpen { .. } | State::Open { .. } => {
                *state = State::Open {
                    until: now + self.cooldown,
                };
                true
            }
        })
    }

    /// True while calls are refused.
    pub fn is_open(&self, now: Instant) -> bool {
        self.with(|state| match *state {
            State::Closed { .. } => false,
            State::Open { until } => now < until,
            State::HalfOpen { .. } => true,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_after_threshold_and_recovers_through_one_trial() {
        let t0 = Instant::now();
        let cool = Duration::from_secs(30);
        let b = Breaker::new(3, cool);
        assert!(b.allow(t0));
        assert!(!b.failure(t0));
        assert!(!b.failure(t0));
        // A success in between resets the count.
        b.success();
        assert!(!b.failure(t0));
        assert!(!b.failure(t0));
        assert!(b.failure(t0), "third consecutive failure opens");
        assert!(!b.allow(t0));
        assert!(!b.allow(t0 + cool - Duration::from_millis(1)));
        assert!(b.is_open(t0));

        // After the cool-down exactly one trial goes out.
        let t1 = t0 + cool;
        assert!(b.allow(t1));
        assert!(!b.allow(t1), "second caller waits for the trial");
        // The trial fails: open again for a full cool-down.
        assert!(b.failure(t1));
        assert!(!b.allow(t1 + cool - Duration::from_millis(1)));
        let t2 = t1 + cool;
        assert!(b.allow(t2));
        b.success();
        assert!(b.allow(t2) && b.allow(t2));
        assert!(!b.is_open(t2));
    }

    #[test]
    fn a_lost_trial_is_replaced() {
        let t0 = Instant::now();
        let cool = Duration::from_secs(10);
        let b = Breaker::new(1, cool);
        assert!(b.failure(t0));
        assert!(b.allow(t0 + cool));
        // Its caller was cancelled and never reported back.
        assert!(!b.allow(t0 + cool + Duration::from_secs(1)));
        assert!(b.allow(t0 + cool + cool));
    }
}
