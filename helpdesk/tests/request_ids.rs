//! Request ids: a real `helpdesk serve` with JSON logs echoes a plain `X-Request-Id`, makes one
//! when none (or an unusable one) is sent, and every log line written while a request runs
//! carries it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::Duration;

use helpdesk_e2e::world::{Backend, open_db};
use serde_json::{Value, json};
use support::eventually;

fn request_ids_of(line: &Value) -> Vec<String> {
    line["spans"]
        .as_array()
        .map(|spans| {
            spans
                .iter()
                .filter_map(|s| s["request_id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_log_line_of_a_request_carries_its_echoed_id() {
    let db = open_db(Backend::Sqlite).await.unwrap();
    let env = vec![
        ("DATABASE_URL", db.url.clone()),
        ("HELPDESK_LOG_FORMAT", "json".to_owned()),
        // The admin API's per-request line is at debug level.
        ("RUST_LOG", "info,helpdesk_admin_api=debug".to_owned()),
    ];
    let mut server = support::start("ids", &env).await;
    let http = reqwest::Client::new();

    // A plain id from the caller (a load balancer) is kept and echoed.
    let r = http
        .get(format!("{}/api/v1/health", server.base))
        .header("x-request-id", "lb-7f3a.42_x")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["x-request-id"], "lb-7f3a.42_x");

    // None sent: a fresh UUID.
    let r = http
        .post(format!("{}/api/v1/ask", server.base))
        .json(&json!({"question": "Wo finde ich den Registrierungscode?"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let made = r.headers()["x-request-id"].to_str().unwrap().to_owned();
    assert!(uuid::Uuid::parse_str(&made).is_ok(), "{made}");

    // An id that is not plain (spaces, markup, too long) is replaced, not logged.
    for bad in ["a b", "<script>", &"x".repeat(65)] {
        let r = http
            .get(format!("{}/api/v1/tickets", server.base))
            .header("x-request-id", bad)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401);
        let echoed = r.headers()["x-request-id"].to_str().unwrap().to_owned();
        assert_ne!(echoed, bad);
        assert!(uuid::Uuid::parse_str(&echoed).is_ok(), "{echoed}");
    }

    // Five requests, five request lines, each in its request's span.
    assert!(
        eventually(Duration::from_secs(10), async || {
            server
                .log()
                .iter()
                .filter(|l| l.contains("\"message\":\"request\""))
                .count()
                >= 5
        })
        .await,
        "request lines: {:#?}",
        server.log()
    );
    assert!(server.terminate(Duration::from_secs(15)).await);
    let lines: Vec<Value> = server
        .log()
        .iter()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    let mut seen = Vec::new();
    for line in lines.iter().filter(|l| l["message"] == "request") {
        let ids = request_ids_of(line);
        assert_eq!(ids.len(), 1, "one request id on {line}");
        seen.push(ids[0].clone());
    }
    assert!(seen.contains(&"lb-7f3a.42_x".to_owned()), "{seen:?}");
    assert!(seen.contains(&made), "{seen:?}");
    assert!(
        !seen.iter().any(|id| id.contains(' ') || id.contains('<')),
        "{seen:?}"
    );
    // Lines outside any request (start, shutdown) have no request id.
    assert!(lines.iter().any(|l| {
        l["message"]
            .as_str()
            .is_some_and(|m| m.contains("listening on"))
            && request_ids_of(l).is_empty()
    }));
    db.cleanup().await;
}
