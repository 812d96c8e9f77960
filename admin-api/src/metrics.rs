//! Prometheus metrics with `prometheus-client` (OpenMetrics text format).
//!
//! Label sets are bounded: HTTP methods outside the standard set become `other`, routes are
//! route templates (or `unmatched`), never raw paths. Gauges that live in the database (tickets
//! by state, outbox backlog and dead rows, unanswered questions) are read at most once per
//! [`STORE_GAUGES_TTL`] however often `/metrics` is scraped (see [`Metrics::cached_gauges`]).

use std::sync::Mutex;
use std::sync::atomic::AtomicU64;
use std::time::{Duration, Instant};

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

/// How long gauges read from the database are reused.
pub const STORE_GAUGES_TTL: Duration = Duration::from_secs(10);

/// The content type of [`Metrics::render`].
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutcomeLabels {
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StateLabels {
    state: String,
}

/// Gauges read from the store when `/metrics` is scraped (cached).
#[derive(Debug, Default, Clone)]
pub struct StoreGauges {
    pub tickets_by_state: Vec<(String, i64)>,
    pub outbox_backlog: Option<i64>,
    /// Outbox rows that gave up (requeue them: `helpdesk outbox requeue`).
    pub outbox_dead: Option<i64>,
    pub unanswered_questions: Option<i64>,
    /// Questions answered but not logged because the log queue was full.
    pub questions_not_logged: u64,
}

/// The process-wide metric registry (one per [`crate::AppState`]).
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
    ask: Family<OutcomeLabels, Counter>,
    rate_limited: Counter,
    tickets: Family<StateLabels, Gauge>,
    outbox_backlog: Gauge,
    outbox_dead: Gauge,
    unanswered: Gauge,
    not_logged: Counter<u64, AtomicU64>,
    cache: Mutex<Option<(Instant, StoreGauges)>>,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Metrics").finish_non_exhaustive()
    }
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::default();
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "helpdesk_http_requests",
            "HTTP requests by method, route and status",
            requests.clone(),
        );
        let latency =
            Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(|| {
                Histogram::new(BUCKETS)
            });
        registry.register(
            "helpdesk_http_request_duration_seconds",
            "Request latency by route",
            latency.clone(),
        );
        let ask = Family::<OutcomeLabels, Counter>::default();
        for outcome in ["answer", "suggest", "unknown"] {
            let _ = ask.get_or_create(&OutcomeLabels { outcome });
        }
        registry.register("helpdesk_ask", "Answers to /ask by outcome", ask.clone());
        let rate_limited = Counter::default();
        registry.register(
            "helpdesk_ask_rate_limited",
            "Requests refused by the per-client rate limit",
            rate_limited.clone(),
        );
        let tickets = Family::<StateLabels, Gauge>::default();
        registry.register("helpdesk_tickets", "Tickets by state", tickets.clone());
        let outbox_backlog = Gauge::default();
        registry.register(
            "helpdesk_outbox_backlog",
            "Outbox messages not yet delivered (including those waiting for a retry)",
            outbox_backlog.clone(),
        );
        let outbox_dead = Gauge::default();
        registry.register(
            "helpdesk_outbox_dead",
            "Outbox messages that gave up after a day of retries; requeue them",
            outbox_dead.clone(),
        );
        let unanswered = Gauge::default();
        registry.register(
            "helpdesk_unanswered_questions",
            "Logged questions without an answer",
            unanswered.clone(),
        );
        let not_logged = Counter::<u64, AtomicU64>::default();
        registry.register(
            "helpdesk_questions_not_logged",
            "Questions answered but not written to the question log (queue full)",
            not_logged.clone(),
        );
        Self {
            registry,
            requests,
            latency,
            ask,
            rate_limited,
            tickets,
            outbox_backlog,
            outbox_dead,
            unanswered,
            not_logged,
            cache: Mutex::new(None),
        }
    }
}

/// The standard methods keep their name; anything else is `other` (bounded labels).
pub fn method_label(method: &str) -> &'static str {
    match method {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "DELETE" => "DELETE",
        "PATCH" => "PATCH",
        "OPTIONS" => "OPTIONS",
        "CONNECT" => "CONNECT",
        "TRACE" => "TRACE",
        _ => "other",
    }
}

impl Metrics {
    pub fn record_request(&self, method: &str, route: &str, status: u16, elapsed: Duration) {
        self.requests
            .get_or_create(&RequestLabels {
                method: method_label(method),
                route: route.to_owned(),
                status,
            })
            .inc();
        self.latency
            .get_or_create(&RouteLabels {
                route: route.to_owned(),
            })
            .observe(elapsed.as_secs_f64());
    }

    pub fn record_ask(&self, outcome: &'static str) {
        self.ask.get_or_create(&OutcomeLabels { outcome }).inc();
    }

    pub fn record_rate_limited(&self) {
        self.rate_limited.inc();
    }

    /// The store gauges, read by `load` at most once per [`STORE_GAUGES_TTL`].
    pub async fn cached_gauges<F>(&self, load: F) -> StoreGauges
    where
        F: AsyncFnOnce() -> StoreGauges,
    {
        {
            let cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
            if let Some((at, g)) = cache.as_ref()
                && at.elapsed() < STORE_GAUGES_TTL
            {
                return g.clone();
            }
        }
        let fresh = load().await;
        *self.cache.lock().unwrap_or_else(|p| p.into_inner()) =
            Some((Instant::now(), fresh.clone()));
        fresh
    }

    /// Renders the OpenMetrics text format.
    pub fn render(&self, gauges: &StoreGauges) -> String {
        for (state, n) in &gauges.tickets_by_state {
            self.tickets
                .get_or_create(&StateLabels {
                    state: state.clone(),
                })
                .set(*n);
        }
        if let Some(n) = gauges.outbox_backlog {
            self.outbox_backlog.set(n);
        }
        if let Some(n) = gauges.outbox_dead {
            self.outbox_dead.set(n);
        }
        if let Some(n) = gauges.unanswered_questions {
            self.unanswered.set(n);
        }
        let seen = self.not_logged.get();
        if gauges.questions_not_logged > seen {
            self.not_logged.inc_by(gauges.questions_not_logged - seen);
        }
        let mut out = String::new();
        if let Err(e) = prometheus_client::encoding::text::encode(&mut out, &self.registry) {
            tracing::error!(error = %e, "metrics encoding failed");
        }
        out
    }
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
            outbox_dead: Some(3),
            unanswered_questions: None,
            questions_not_logged: 4,
        });
        assert!(
            text.contains(
                "helpdesk_http_requests_total{method=\"GET\",route=\"/api/v1/health\",status=\"200\"} 2"
            ),
            "{text}"
        );
        assert!(text.contains(
            "helpdesk_http_request_duration_seconds_bucket{le=\"0.005\",route=\"/api/v1/health\"} 1"
        ) || text.contains(
            "helpdesk_http_request_duration_seconds_bucket{route=\"/api/v1/health\",le=\"0.005\"} 1"
        ), "{text}");
        assert!(
            text.contains("helpdesk_ask_total{outcome=\"answer\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("helpdesk_ask_total{outcome=\"unknown\"} 0"),
            "{text}"
        );
        assert!(
            text.contains("helpdesk_tickets{state=\"open\"} 2"),
            "{text}"
        );
        assert!(text.contains("helpdesk_outbox_backlog 1"), "{text}");
        assert!(text.contains("helpdesk_outbox_dead 3"), "{text}");
        assert!(
            text.contains("helpdesk_questions_not_logged_total 4"),
            "{text}"
        );
        assert!(text.ends_with("# EOF\n"), "{text}");
    }

    #[test]
    fn unknown_methods_share_one_label() {
        let m = Metrics::default();
        for method in ["FOO", "BAR", "X-ANYTHING", "GET"] {
            m.record_request(method, "unmatched", 405, Duration::from_millis(1));
        }
        let text = m.render(&StoreGauges::default());
        assert!(
            text.contains("method=\"other\",route=\"unmatched\",status=\"405\"} 3"),
            "{text}"
        );
        assert!(
            !text.contains("FOO") && !text.contains("X-ANYTHING"),
            "{text}"
        );
    }

    #[tokio::test]
    async fn store_gauges_are_cached_between_scrapes() {
        let m = Metrics::default();
        let loads = std::sync::atomic::AtomicU32::new(0);
        for _ in 0..5 {
            m.cached_gauges(async || {
                loads.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                StoreGauges::default()
            })
            .await;
        }
        assert_eq!(loads.load(std::sync::atomic::Ordering::Relaxed), 1);
    }
}
