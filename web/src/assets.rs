//! Static files (stylesheet, scripts), embedded in the binary at compile time and served under
//! `/static/{file}`. Nothing is fetched from another host.
//!
//! Pages link an asset through [`Assets::url`], which appends a content hash (`?v=…`). A request
//! carrying the current hash is cached for a year (`immutable`): a changed file gets a new URL,
//! so browsers never keep a stale one. Without (or with an old) hash the file is revalidated
//! (`no-cache` with an `ETag`, answered `304 Not Modified` when unchanged).

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::page::WebError;
use crate::state::WebState;

/// The embedded files: name under `/static/`, content type, bytes. Add new files here.
const FILES: &[(&str, &str, &[u8])] = &[
    (
        "style.css",
        "text/css; charset=utf-8",
        include_bytes!("../static/style.css"),
    ),
    (
        "chat.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/chat.js"),
    ),
    (
        "faq.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/faq.js"),
    ),
];

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
    /// First 16 hex digits of the SHA-256 of `body`.
    hash: String,
    etag: HeaderValue,
}

/// The embedded files with their content hashes (computed once at start).
pub struct Assets {
    files: Vec<Asset>,
}

impl Default for Assets {
    fn default() -> Self {
        Self::new()
    }
}

impl Assets {
    pub fn new() -> Self {
        let files = FILES
            .iter()
            .map(|&(name, content_type, body)| {
                let hash = hex::encode(&Sha256::digest(body)[..8]);
                let etag = HeaderValue::from_str(&format!("\"{hash}\""))
                    .unwrap_or_else(|_| HeaderValue::from_static("\"0\""));
                Asset {
                    name,
                    content_type,
                    body,
                    hash,
                    etag,
                }
            })
            .collect();
        Self { files }
    }

    fn get(&self, name: &str) -> Option<&Asset> {
        self.files.iter().find(|a| a.name == name)
    }

    /// The URL of an embedded file, with its content hash: `/static/style.css?v=0123abcd…`.
    /// An unknown name (a programming error caught by the rendering tests) yields the plain
    /// path, which answers 404.
    pub fn url(&self, name: &str) -> String {
        match self.get(name) {
            Some(a) => format!("/static/{}?v={}", a.name, a.hash),
            None => format!("/static/{name}"),
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct Version {
    v: Option<String>,
}

/// `GET /static/{file}`.
pub async fn serve(
    State(state): State<WebState>,
    Path(file): Path<String>,
    Query(version): Query<Version>,
    headers: HeaderMap,
) -> Response {
    let Some(asset) = state.assets().get(&file) else {
        return WebError::NotFound.into_response();
    };
    let cache = if version.v.as_deref() == Some(asset.hash.as_str()) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == asset.etag.as_bytes());
    let common = [
        (header::ETAG, asset.etag.clone()),
        (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
    ];
    if fresh {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    (
        common,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static(asset.content_type),
        )],
        asset.body,
    )
        .into_response()
}
