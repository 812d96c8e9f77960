//! `GET /api/v1/openapi.json` and the interactive docs at `/api/docs` (a self-contained page
//! compiled into the binary: no CDN, no build-time download).

use axum::http::header;
use axum::response::{Html, IntoResponse};
use utoipa::OpenApi as _;

use crate::openapi::ApiDoc;

const DOCS_HTML: &str = include_str!("../../assets/docs.html");
const DOCS_JS: &str = include_str!("../../assets/docs.js");
const DOCS_CSS: &str = include_str!("../../assets/docs.css");

/// The OpenAPI 3.1 document, generated from the code.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "system",
    responses((status = 200, description = "OpenAPI 3.1 document", content_type = "application/json")))]
pub async fn openapi_json() -> impl IntoResponse {
    let body = ApiDoc::openapi()
        .to_json()
        .unwrap_or_else(|_| "{}".to_owned());
    ([(header::CONTENT_TYPE, "application/json")], body)
}

/// Interactive API docs. The page keeps a bearer token in the browser, so it runs under a
/// strict Content-Security-Policy (see `crate::security_headers`): its script and styles are
/// separate files from this server, nothing inline, nothing from another host.
pub async fn docs() -> Html<&'static str> {
    Html(DOCS_HTML)
}

/// The docs page's script.
pub async fn docs_js() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        DOCS_JS,
    )
}

/// The docs page's styles.
pub async fn docs_css() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        DOCS_CSS,
    )
}
