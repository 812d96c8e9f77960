//! Test helpers: a fresh database per test (SQLite in a temp dir; PostgreSQL in a new database
//! when `HELPDESK_TEST_PG` is set), the web router over the real live index, and requests
//! sent without a socket.
#![allow(dead_code, unused_imports, clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use helpdesk_core::Store;
use helpdesk_core::answer::LiveIndex;
use helpdesk_web::{WebConfig, WebState};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// The workspace's fresh-database harness (SQLite; PostgreSQL when `HELPDESK_TEST_PG` is set).
pub use helpdesk_core::testing::{TestDb as Db, on_both, pg_admin_url, postgres, sqlite};

/// The web router over the store and its real live index.
pub async fn app_on(store: &Store, config: WebConfig) -> (Router, Arc<LiveIndex>) {
    let live = LiveIndex::open(store.clone()).await.unwrap();
    let app = helpdesk_web::router(WebState::new(config, store.clone(), live.clone()));
    (app, live)
}

pub async fn app() -> (Router, Db) {
    let db = sqlite().await;
    let (app, _) = app_on(&db.store, WebConfig::default()).await;
    (app, db)
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
}

impl Resp {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .map(|v| v.to_str().unwrap())
            .unwrap_or("")
    }
}

pub async fn send(app: &Router, req: Request<Body>) -> Resp {
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    Resp {
        status,
        headers,
        text: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

pub fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

/// Asserts what every HTML page must have: the security headers, a `lang` attribute, the skip
/// link, the local stylesheet, no inline script, and at most 100 KB.
pub fn assert_page(r: &Resp, lang: &str) {
    assert!(
        r.header("content-type").starts_with("text/html"),
        "{}",
        r.header("content-type")
    );
    let csp = r.header("content-security-policy");
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(r.header("x-frame-options"), "DENY");
    assert_eq!(r.header("x-content-type-options"), "nosniff");
    assert!(!r.header("referrer-policy").is_empty());
    assert!(
        r.text.contains(&format!("<html lang=\"{lang}\">")),
        "{}",
        r.text
    );
    assert!(r.text.contains("class=\"skip\" href=\"#main\""));
    assert!(r.text.contains("<main id=\"main\""));
    assert!(r.text.contains("href=\"/static/style.css?v="));
    assert!(!r.text.contains("<script>"), "inline script");
    // Nothing from other hosts: every script and stylesheet is a local path.
    for pattern in [" src=\"", "rel=\"stylesheet\" href=\""] {
        for (i, _) in r.text.match_indices(pattern) {
            let url = &r.text[i + pattern.len()..];
            assert!(
                url.starts_with('/') && !url.starts_with("//"),
                "external file in {}",
                r.text
            );
        }
    }
    assert!(r.text.len() < 100 * 1024, "page over 100 KB");
}

/// A tiny browser: keeps cookies between requests (no redirects followed).
pub struct Browser {
    pub app: Router,
    cookies: std::collections::BTreeMap<String, String>,
}

impl Browser {
    pub fn new(app: &Router) -> Self {
        Self {
            app: app.clone(),
            cookies: Default::default(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep(&mut self, r: &Resp) {
        for c in r.headers.get_all("set-cookie") {
            let c = c.to_str().unwrap();
            let pair = c.split(';').next().unwrap();
            let (k, v) = pair.split_once('=').unwrap();
            if v.is_empty() || c.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_owned(), v.to_owned());
            }
        }
    }

    pub async fn get(&mut self, uri: &str) -> Resp {
        let req = Request::get(uri)
            .header("cookie", self.cookie_header())
            .body(Body::empty())
            .unwrap();
        let r = send(&self.app, req).await;
        self.keep(&r);
        r
    }

    pub async fn post(&mut self, uri: &str, form: &[(&str, &str)]) -> Resp {
        self.post_with(uri, form, &[]).await
    }

    /// A form post with extra request headers (as the pages' scripts send it).
    pub async fn post_with(
        &mut self,
        uri: &str,
        form: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> Resp {
        let body = form
            .iter()
            .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut req = Request::post(uri)
            .header("cookie", self.cookie_header())
            .header("content-type", "application/x-www-form-urlencoded");
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let req = req.body(Body::from(body)).unwrap();
        let r = send(&self.app, req).await;
        self.keep(&r);
        r
    }

    /// Signs in on the console with `token`; panics unless it works.
    pub async fn sign_in(&mut self, token: &str) {
        let page = self.get("/admin/login").await;
        let csrf = hidden(&page.text, "csrf");
        let r = self
            .post("/admin/login", &[("csrf", &csrf), ("token", token)])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    }
}

fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The value of the hidden input `name` in a page.
pub fn hidden(html: &str, name: &str) -> String {
    let needle = format!("name=\"{name}\" value=\"");
    let i = html
        .find(&needle)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        + needle.len();
    html[i..].split('"').next().unwrap().to_owned()
}

/// Creates a token and returns its secret.
pub async fn token(store: &Store, name: &str, role: helpdesk_core::Role) -> String {
    store.create_token(name, role, &[]).await.unwrap().secret
}

/// Files a deletion ticket as a chat user; returns its id.
pub async fn deletion_ticket(store: &Store, email: &str) -> i64 {
    let req: helpdesk_core::TicketRequest = serde_json::from_value(serde_json::json!({
        "kind": "deletion",
        "requester": {"id": "discord:42", "display_name": "Erika Azubi"},
        "subject": {"email": email, "full_name": "Erika Beispiel"},
        "reason": "left_company"
    }))
    .unwrap();
    let new = req.validate().unwrap();
    let requester =
        helpdesk_core::Actor::chat_user(new.requester.id.clone(), &new.requester.display_name);
    store
        .create_ticket(&new, &requester, None)
        .await
        .unwrap()
        .ticket
        .id
        .0
}
