//! Counters per outcome, plain atomics read by [`crate::LlmPhraser::stats`].

use std::sync::atomic::{AtomicU64, Ordering};

use helpdesk_core::phrase::{PhraseError, PhraserStats, RejectReason};

#[derive(Debug, Default)]
pub struct Counters {
    calls: AtomicU64,
    ok: AtomicU64,
    timeouts: AtomicU64,
    upstream_errors: AtomicU64,
    malformed: AtomicU64,
    rejected: AtomicU64,
    rejected_citation: AtomicU64,
    rejected_link: AtomicU64,
    rejected_mention: AtomicU64,
    rejected_leak: AtomicU64,
    rejected_length: AtomicU64,
    rejected_ungrounded: AtomicU64,
    circuit_open: AtomicU64,
    circuit_trips: AtomicU64,
    redactions: AtomicU64,
}

fn bump(c: &AtomicU64) {
    c.fetch_add(1, Ordering::Relaxed);
}

impl Counters {
    pub fn call(&self) {
        bump(&self.calls);
    }

    pub fn trip(&self) {
        bump(&self.circuit_trips);
    }

    pub fn redacted(&self, n: usize) {
        self.redactions
            .fetch_add(u64::try_from(n).unwrap_or(u64::MAX), Ordering::Relaxed);
    }

    pub fn outcome<T>(&self, result: &Result<T, PhraseError>) {
        match result {
            Ok(_) => bump(&self.ok),
            Err(PhraseError::Timeout) => bump(&self.timeouts),
            Err(PhraseError::Upstream) => bump(&self.upstream_errors),
            Err(PhraseError::Malformed) => bump(&self.malformed),
            Err(PhraseError::Unavailable) => bump(&self.circuit_open),
            // Refused before this phraser is called (core's `BudgetedPhraser`).
            Err(PhraseError::OverBudget) => {}
            Err(PhraseError::Rejected(reason)) => {
                bump(&self.rejected);
                match reason {
                    RejectReason::NoCitation | RejectReason::UnknownCitation => {
                        bump(&self.rejected_citation);
                    }
                    RejectReason::ForeignLink => bump(&self.rejected_link),
                    RejectReason::Mention | RejectReason::Markup => bump(&self.rejected_mention),
                    RejectReason::Leak | RejectReason::Placeholder => bump(&self.rejected_leak),
                    RejectReason::TooLong | RejectReason::Empty => bump(&self.rejected_length),
                    RejectReason::Ungrounded | RejectReason::InvalidFormat => {
                        bump(&self.rejected_ungrounded);
                    }
                }
            }
        }
    }

    pub fn snapshot(&self) -> PhraserStats {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        PhraserStats {
            calls: get(&self.calls),
            ok: get(&self.ok),
            timeouts: get(&self.timeouts),
            upstream_errors: get(&self.upstream_errors),
            malformed: get(&self.malformed),
            rejected: get(&self.rejected),
            rejected_citation: get(&self.rejected_citation),
            rejected_link: get(&self.rejected_link),
            rejected_mention: get(&self.rejected_mention),
            rejected_leak: get(&self.rejected_leak),
            rejected_length: get(&self.rejected_length),
            rejected_ungrounded: get(&self.rejected_ungrounded),
            circuit_open: get(&self.circuit_open),
            circuit_trips: get(&self.circuit_trips),
            redactions: get(&self.redactions),
        }
    }
}
