//! Prometheus metrics, hand-written: a few counters and one latency histogram are all we need,
//! and the text exposition format is simple. Gauges that live in the database (tickets by state,
//! outbox backlog) are read at scrape time, not tracked here.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

#[derive(Debug, Default, Clone)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

impl Histogram {
    fn observe(&mut self, secs: f64) {
        for (i, le) in BUCKETS.iter().enumerate() {
            if secs <= *le {
                self.counts[i] += 1;
            }
        }
        self.sum += secs;
        self.count += 1;
    }
}

#[derive(Debug, Default)]
struct Inner {
    /// (method, route, status) → count
    requests: BTreeMap<(String, String, u16), u64>,
    /// route → latency
    latency: BTreeMap<String, Histogram>,
    /// outcome → count
    ask: BTreeMap<&'static str, u64>,
    rate_limited: u64,
}

/// Gauges read from the store when `/metrics` is scraped.
#[derive(Debug, Default, Clone)]
pub struct StoreGauges {
    pub tickets_by_state: Vec<(String, i64)>,
    pub outbox_backlog: Option<i64>,
    pub unanswered_questions: Option<i64>,
    /// Questions answered but not logged because the log queue was full.
    pub questions_not_logged: u64,
}

/// The process-wide metric registry (one per [`crate::AppState`]).
#[derive(Debug, Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
}

impl Metrics {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // Poisoned only if a panic happened mid-update; counters are still meaningful.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn record_request(&self, method: &str, route: &str, status: u16, elapsed: Duration) {
        let mut m = self.lock();
        *m.requests
            .entry((method.to_owned(), route.to_owned(), status))
            .or_default() += 1;
        m.latency
            .entry(route.to_owned())
            .or_default()
            .observe(elapsed.as_secs_f64());
    }

    pub fn record_ask(&self, outcome: &'static str) {
        *self.lock().ask.entry(outcome).or_default() += 1;
    }

    pub fn record_rate_limited(&self) {
        self.lock().rate_limited += 1;
    }

    /// Renders the text exposition format (version 0.0.4).
    pub fn render(&self, gauges: &StoreGauges) -> String {
        let m = self.lock();
        let mut out = String::new();
        out.push_str(
            "# HELP helpdesk_http_requests_total HTTP requests by method, route and status.\n",
        );
        out.push_str("# TYPE helpdesk_http_requests_total counter\n");
        for ((method, route, status), n) in &m.requests {
            let _ = writeln!(
                out,
                "helpdesk_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{status}\"}} {n}",
                escape(method),
                escape(route)
            );
        }
        out.push_str("# HELP helpdesk_http_request_duration_seconds Request latency by route.\n");
        out.push_str("# TYPE helpdesk_http_request_duration_seconds histogram\n");
        for (route, h) in &m.latency {
            let route = escape(route);
            for (le, n) in BUCKETS.iter().zip(h.counts) {
                let _ = writeln!(
                    out,
                    "helpdesk_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{le}\"}} {n}"
                );
            }
            let _ = writeln!(
                out,
                "helpdesk_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(
                out,
                "helpdesk_http_request_duration_seconds_sum{{route=\"{route}\"}} {}",
                h.sum
            );
            let _ = writeln!(
                out,
                "helpdesk_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                h.count
            );
        }
        out.push_str("# HELP helpdesk_ask_total Answers to /ask by outcome.\n");
        out.push_str("# TYPE helpdesk_ask_total counter\n");
        for outcome in ["answer", "suggest", "unknown"] {
            let n = m.ask.get(outcome).copied().unwrap_or(0);
            let _ = writeln!(out, "helpdesk_ask_total{{outcome=\"{outcome}\"}} {n}");
        }
        out.push_str("# HELP helpdesk_ask_rate_limited_total Requests refused by the per-client rate limit.\n");
        out.push_str("# TYPE helpdesk_ask_rate_limited_total counter\n");
        let _ = writeln!(out, "helpdesk_ask_rate_limited_total {}", m.rate_limited);
        drop(m);
        if !gauges.tickets_by_state.is_empty() {
            out.push_str("# HELP helpdesk_tickets Tickets by state.\n");
            out.push_str("# TYPE helpdesk_tickets gauge\n");
            for (state, n) in &gauges.tickets_by_state {
                let _ = writeln!(out, "helpdesk_tickets{{state=\"{}\"}} {n}", escape(state));
            }
        }
        if let Some(n) = gauges.outbox_backlog {
            out.push_str("# HELP helpdesk_outbox_backlog Outbox messages not yet delivered.\n");
            out.push_str("# TYPE helpdesk_outbox_backlog gauge\n");
            let _ = writeln!(out, "helpdesk_outbox_backlog {n}");
        }
        out.push_str("# HELP helpdesk_questions_not_logged_total Questions answered but not written to the question log (queue full).\n");
        out.push_str("# TYPE helpdesk_questions_not_logged_total counter\n");
        let _ = writeln!(
            out,
            "helpdesk_questions_not_logged_total {}",
            gauges.questions_not_logged
        );
        if let Some(n) = gauges.unanswered_questions {
            out.push_str(
                "# HELP helpdesk_unanswered_questions Logged questions without an answer.\n",
            );
            out.push_str("# TYPE helpdesk_unanswered_questions gauge\n");
            let _ = writeln!(out, "helpdesk_unanswered_questions {n}");
        }
        out
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_cumulative_buckets() {
        let m = Metrics::default();
        m.record_request("GET", "/api/v1/health", 200, Duration::from_millis(3));
        m.record_request("GET", "/api/v1/health", 200, Duration::from_millis(30));
        m.record_ask("answer");
        let text = m.render(&StoreGauges {
            tickets_by_state: vec![("open".into(), 2)],
            outbox_backlog: Some(1),
            unanswered_questions: None,
            questions_not_logged: 0,
        });
        assert!(text.contains(
            "helpdesk_http_requests_total{method=\"GET\",route=\"/api/v1/health\",status=\"200\"} 2"
        ));
        assert!(text.contains(
            "helpdesk_http_request_duration_seconds_bucket{route=\"/api/v1/health\",le=\"0.005\"} 1"
        ));
        assert!(text.contains(
            "helpdesk_http_request_duration_seconds_bucket{route=\"/api/v1/health\",le=\"0.05\"} 2"
        ));
        assert!(text.contains("helpdesk_ask_total{outcome=\"answer\"} 1"));
        assert!(text.contains("helpdesk_ask_total{outcome=\"unknown\"} 0"));
        assert!(text.contains("helpdesk_tickets{state=\"open\"} 2"));
        assert!(text.contains("helpdesk_outbox_backlog 1"));
    }
}
