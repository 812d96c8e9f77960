//! Health, metrics, /ask, the error format and the protections, through the router (no socket).

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::*;
use helpdesk_admin_api::{ApiConfig, TrustedProxies};
use serde_json::json;

#[tokio::test]
async fn health_is_ok() {
    let (app, _db) = app().await;
    let r = send(&app, get("/api/v1/health")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["status"], "ok");
}

#[tokio::test]
async fn while_starting_only_liveness_is_ok() {
    let app = helpdesk_admin_api::starting_router();
    let r = send(&app, get("/api/v1/health")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["status"], "ok");
    for request in [
        get("/api/v1/ready"),
        post_json("/api/v1/ask", &json!({"question": "Mein Name ist falsch"})),
        get("/api/v1/tickets"),
        get("/"),
    ] {
        let r = send(&app, request).await;
        assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(r.content_type(), "application/problem+json");
        assert_eq!(r.json()["code"], "unavailable");
        assert_eq!(r.headers["retry-after"], "1");
    }
}

#[tokio::test]
async fn ask_maps_the_reply_to_the_contract() {
    let (app, _db) = app().await;
    let r = send(
        &app,
        post_json("/api/v1/ask", &json!({"question": "Mein Name ist falsch"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    insta::assert_json_snapshot!(r.json(), @r#"
    {
      "answered": true,
      "confidence": 0.75,
      "hits": [
        {
          "answer": "answer name-stimmt-nicht",
          "id": "name-stimmt-nicht",
          "link": null,
          "question": "question name-stimmt-nicht",
          "score": 9.5
        }
      ],
      "intent": "name_correction",
      "lang": "de",
      "outcome": "answer"
    }
    "#);
    let r = send(
        &app,
        post_json(
            "/api/v1/ask",
            &json!({"question": "export?", "lang": "en-GB"}),
        ),
    )
    .await;
    let v = r.json();
    assert_eq!(v["outcome"], "suggest");
    assert_eq!(v["answered"], false);
    assert_eq!(v["lang"], "en");
    assert_eq!(v["hits"].as_array().unwrap().len(), 2);
    let r = send(
        &app,
        post_json("/api/v1/ask", &json!({"question": "Wetter morgen?"})),
    )
    .await;
    assert_eq!(r.json()["outcome"], "unknown");
}

#[tokio::test]
async fn ask_validation_errors_are_problem_documents_with_fields() {
    let (app, _db) = app().await;
    let r = send(
        &app,
        post_json("/api/v1/ask", &json!({"question": "  ", "lang": "fr"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.content_type(), "application/problem+json");
    insta::assert_json_snapshot!(r.json(), @r#"
    {
      "code": "validation_failed",
      "detail": "2 fields are invalid",
      "errors": [
        {
          "field": "question",
          "message": "must not be empty"
        },
        {
          "field": "lang",
          "message": "unknown language \"fr\" (use \"de\" or \"en\")"
        }
      ],
      "status": 422,
      "title": "Validation failed",
      "type": "/api/docs#problem-validation_failed"
    }
    "#);
    let r = send(&app, post_json("/api/v1/ask", &json!({"lang": "de"}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["errors"][0]["message"], "missing field `question`");
    let r = send(
        &app,
        Request::post("/api/v1/ask")
            .header("content-type", "application/json")
            .body(Body::from("{not json"))
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.json()["code"], "malformed_json");
    let r = send(
        &app,
        Request::post("/api/v1/ask").body(Body::from("{}")).unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let long = "x".repeat(1001);
    let r = send(&app, post_json("/api/v1/ask", &json!({"question": long}))).await;
    assert_eq!(r.json()["errors"][0]["field"], "question");
}

#[tokio::test]
async fn body_limit_unknown_routes_and_methods_are_problems() {
    let (app, _db) = app_with(ApiConfig {
        body_limit: 100,
        ..ApiConfig::default()
    })
    .await;
    let r = send(
        &app,
        post_json("/api/v1/ask", &json!({"question": "x".repeat(500)})),
    )
    .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.json()["code"], "payload_too_large");
    let r = send(&app, get("/api/v1/nothing-here")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.content_type(), "application/problem+json");
    let r = send(&app, get("/api/v1/ask")).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.json()["code"], "method_not_allowed");
}

#[tokio::test]
async fn ask_is_rate_limited_per_client_and_spoofed_forwarding_does_not_help() {
    let config = ApiConfig {
        ask_rate_limit: 2,
        ..ApiConfig::default()
    };
    let (app, _db) = app_with(config).await;
    let app = from_peer(app, "203.0.113.5:4000");
    let ask = |xff: &str| {
        Request::post("/api/v1/ask")
            .header("content-type", "application/json")
            .header("x-forwarded-for", xff)
            .body(Body::from(r#"{"question":"name"}"#))
            .unwrap()
    };
    assert_eq!(send(&app, ask("1.1.1.1")).await.status, StatusCode::OK);
    assert_eq!(send(&app, ask("2.2.2.2")).await.status, StatusCode::OK);
    let r = send(&app, ask("3.3.3.3")).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(r.json()["code"], "rate_limited");
    let wait: u64 = r.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait));
    let metrics = send(&app, get("/metrics")).await.text;
    assert!(
        metrics.contains("helpdesk_ask_rate_limited_total 1"),
        "{metrics}"
    );
}

#[tokio::test]
async fn behind_a_trusted_proxy_clients_are_told_apart_by_forwarded_for() {
    let config = ApiConfig {
        ask_rate_limit: 1,
        trusted_proxies: TrustedProxies::parse("10.0.0.1").unwrap(),
        ..ApiConfig::default()
    };
    let (app, _db) = app_with(config).await;
    let app = from_peer(app, "10.0.0.1:4000");
    let ask = |xff: &str| {
        Request::post("/api/v1/ask")
            .header("content-type", "application/json")
            .header("x-forwarded-for", xff)
            .body(Body::from(r#"{"question":"name"}"#))
            .unwrap()
    };
    assert_eq!(send(&app, ask("198.51.100.1")).await.status, StatusCode::OK);
    assert_eq!(send(&app, ask("198.51.100.2")).await.status, StatusCode::OK);
    assert_eq!(
        send(&app, ask("198.51.100.1")).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Prepending a spoofed hop does not give the same client a new budget.
    assert_eq!(
        send(&app, ask("9.9.9.9, 198.51.100.2")).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn zero_disables_the_rate_limit() {
    let (app, _db) = app_with(ApiConfig {
        ask_rate_limit: 0,
        ..ApiConfig::default()
    })
    .await;
    for _ in 0..100 {
        let r = send(&app, post_json("/api/v1/ask", &json!({"question": "name"}))).await;
        assert_eq!(r.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn metrics_count_requests_by_route_and_outcomes() {
    let (app, _db) = app().await;
    send(&app, get("/api/v1/health")).await;
    send(&app, post_json("/api/v1/ask", &json!({"question": "name"}))).await;
    send(
        &app,
        post_json("/api/v1/ask", &json!({"question": "nothing"})),
    )
    .await;
    let r = send(&app, get("/metrics")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.content_type().starts_with("application/openmetrics-text"));
    let t = r.text;
    assert!(t.contains(
        "helpdesk_http_requests_total{method=\"GET\",route=\"/api/v1/health\",status=\"200\"} 1"
    ));
    assert!(t.contains(
        "helpdesk_http_requests_total{method=\"POST\",route=\"/api/v1/ask\",status=\"200\"} 2"
    ));
    assert!(t.contains("helpdesk_ask_total{outcome=\"answer\"} 1"));
    assert!(t.contains("helpdesk_ask_total{outcome=\"unknown\"} 1"));
    assert!(t.contains("helpdesk_http_request_duration_seconds_count{route=\"/api/v1/ask\"} 2"));
    assert!(t.contains("helpdesk_questions_not_logged_total 0"));
}

#[tokio::test]
async fn cors_is_off_by_default_and_on_for_configured_origins() {
    let preflight = || {
        Request::builder()
            .method("OPTIONS")
            .uri("/api/v1/ask")
            .header("origin", "https://console.example")
            .header("access-control-request-method", "POST")
            .body(Body::empty())
            .unwrap()
    };
    let (plain, _db) = app().await;
    let r = send(&plain, preflight()).await;
    assert!(r.headers.get("access-control-allow-origin").is_none());
    let (app, _db2) = app_with(ApiConfig {
        cors_origins: vec!["https://console.example".into()],
        ..ApiConfig::default()
    })
    .await;
    let r = send(&app, preflight()).await;
    assert_eq!(
        r.headers["access-control-allow-origin"],
        "https://console.example"
    );
}

#[tokio::test]
async fn cors_star_opens_only_the_public_routes() {
    let preflight = |uri: &str| {
        Request::builder()
            .method("OPTIONS")
            .uri(uri)
            .header("origin", "https://anywhere.example")
            .header("access-control-request-method", "POST")
            .body(Body::empty())
            .unwrap()
    };
    let (app, _db) = app_with(ApiConfig {
        cors_origins: vec!["*".into()],
        ..ApiConfig::default()
    })
    .await;
    for public in ["/api/v1/ask", "/api/v1/faq/x/feedback", "/api/v1/health"] {
        let r = send(&app, preflight(public)).await;
        assert_eq!(r.headers["access-control-allow-origin"], "*", "{public}");
    }
    for private in [
        "/api/v1/tickets",
        "/api/v1/tickets/1/approve",
        "/api/v1/faq/x",
    ] {
        let r = send(&app, preflight(private)).await;
        assert!(
            r.headers.get("access-control-allow-origin").is_none(),
            "{private} must not be open to any origin"
        );
    }
}

#[test]
fn bad_cors_values_are_refused_with_a_reason() {
    use helpdesk_admin_api::CorsOrigins;
    let err = CorsOrigins::parse("https://console.example/, *").unwrap_err();
    assert!(err.contains('*'), "{err}");
    let err = CorsOrigins::parse("console.example").unwrap_err();
    assert!(err.contains("console.example"), "{err}");
}

#[tokio::test]
async fn html_pages_carry_security_headers() {
    let (app, _db) = app().await;
    let r = send(&app, get("/api/docs")).await;
    assert_eq!(r.status, StatusCode::OK);
    let csp = r.headers["content-security-policy"].to_str().unwrap();
    for part in [
        "default-src 'none'",
        "script-src 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(part), "{csp}");
    }
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(r.headers["x-frame-options"], "DENY");
    assert_eq!(r.headers["x-content-type-options"], "nosniff");
    // Nothing inline that the policy would block: script and styles are files of their own.
    assert!(
        !r.text.contains("<script>") && !r.text.contains("<style") && !r.text.contains("style=")
    );
    for (asset, kind) in [
        ("/api/docs/docs.js", "text/javascript"),
        ("/api/docs/docs.css", "text/css"),
    ] {
        let a = send(&app, get(asset)).await;
        assert_eq!(a.status, StatusCode::OK, "{asset}");
        assert!(
            a.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with(kind)
        );
        assert_eq!(a.headers["x-content-type-options"], "nosniff");
        assert!(r.text.contains(asset), "the page loads {asset}");
    }
    assert!(
        send(&app, get("/api/docs/docs.js"))
            .await
            .text
            .contains("openapi.json")
    );
    // JSON responses get nosniff too.
    let h = send(&app, get("/api/v1/health")).await;
    assert_eq!(h.headers["x-content-type-options"], "nosniff");
}

#[tokio::test]
async fn openapi_document_is_3_1_and_lists_the_routes() {
    let (app, _db) = app().await;
    let r = send(&app, get("/api/v1/openapi.json")).await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert!(v["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in ["/api/v1/ask", "/api/v1/health", "/metrics"] {
        assert!(v["paths"][path].is_object(), "{path} missing");
    }
    // `phrased` (optional language model) is documented and optional.
    let ask = &v["components"]["schemas"]["AskResponse"];
    assert_eq!(
        ask["properties"]["phrased"]["oneOf"][1]["$ref"], "#/components/schemas/AskPhrased",
        "{ask}"
    );
    assert!(
        !ask["required"]
            .as_array()
            .unwrap()
            .contains(&json!("phrased")),
        "{ask}"
    );
    let phrased = &v["components"]["schemas"]["AskPhrased"];
    assert_eq!(phrased["required"], json!(["text", "cited"]), "{phrased}");
    let docs = send(&app, get("/api/docs")).await;
    assert_eq!(docs.status, StatusCode::OK);
    assert!(docs.text.contains("/api/v1/openapi.json"));
    assert!(
        !docs.text.contains("https://cdn"),
        "docs page must not load from a CDN"
    );
}

/// An answerer that never finishes in time.
struct StuckAnswerer;

#[async_trait::async_trait]
impl helpdesk_core::answer::Answerer for StuckAnswerer {
    async fn answer(
        &self,
        _question: helpdesk_core::answer::Question<'_>,
    ) -> anyhow::Result<helpdesk_core::answer::Reply> {
        std::future::pending().await
    }

    async fn entry(
        &self,
        _id: &helpdesk_faq::FaqId,
    ) -> anyhow::Result<Option<helpdesk_faq::FaqEntry>> {
        Ok(None)
    }
}

#[tokio::test]
async fn a_stuck_request_gets_a_timeout_problem() {
    let db = sqlite().await;
    let state = helpdesk_admin_api::AppState::new(
        ApiConfig {
            request_timeout: std::time::Duration::from_millis(50),
            ..ApiConfig::default()
        },
        db.store.clone(),
        std::sync::Arc::new(StuckAnswerer),
    );
    let app = helpdesk_admin_api::router(state);
    let r = send(&app, post_json("/api/v1/ask", &json!({"question": "name"}))).await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(r.json()["code"], "timeout");
}

#[tokio::test]
async fn every_problem_code_is_documented_on_the_docs_page() {
    let (app, _db) = app().await;
    let docs = send(&app, get("/api/docs")).await.text;
    let codes = [
        "validation_failed",
        "idempotency_key_reused",
        "malformed_json",
        "unreadable_body",
        "bad_path",
        "unauthorized",
        "forbidden",
        "self_approval",
        "distinct_approvers",
        "own_ticket",
        "requester_only",
        "role_required",
        "not_found",
        "method_not_allowed",
        "invalid_transition",
        "duplicate_ticket",
        "version_mismatch",
        "payload_too_large",
        "unsupported_media_type",
        "if_match_required",
        "rate_limited",
        "internal",
        "timeout",
        "unavailable",
    ];
    for code in codes {
        assert!(
            docs.contains(&format!("id=\"problem-{code}\"")),
            "{code} missing"
        );
    }
}
