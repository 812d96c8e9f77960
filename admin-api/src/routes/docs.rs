//! `GET /api/v1/openapi.json` and the interactive docs at `/api/docs` (a self-contained page
//! compiled into the binary: no CDN, no build-time download).

use axum::http::header;
use axum::response::{Html, IntoResponse};
use utoipa::OpenApi as _;

use crate::openapi::ApiDoc;

const DOCS_HTML: &str = include_str!("../../assets/docs.html");

/// The OpenAPI 3.1 document, generated from the code.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "system",
    responses((status = 200, description = "OpenAPI 3.1 document", content_type = "application/json")))]
pub async fn openapi_json() -> impl IntoResponse {
    let body = ApiDoc::openapi()
        .to_json()
        .unwrap_or_else(|_| "{}".to_owned());
    ([(header::CONTENT_TYPE, "application/json")], body)
}

/// Interactive API docs.
pub async fn docs() -> Html<&'static str> {
    Html(DOCS_HTML)
}
