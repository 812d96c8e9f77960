//! The shared page frame: static files with cache headers, security headers and the layout.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::*;

#[tokio::test]
async fn stylesheet_is_served_with_a_content_hash_and_cache_headers() {
    let (app, db) = app().await;
    let url = helpdesk_web::assets::Assets::new().url("style.css");
    let (path, version) = url.split_once("?v=").unwrap();
    assert_eq!(path, "/static/style.css");
    assert_eq!(version.len(), 16);

    let r = send(&app, get(&url)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.header("content-type"), "text/css; charset=utf-8");
    assert_eq!(
        r.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(r.header("x-content-type-options"), "nosniff");
    assert!(r.text.contains(":root"));
    let etag = r.header("etag").to_owned();
    assert_eq!(etag, format!("\"{version}\""));

    // Without the current hash: revalidate every time, 304 when unchanged.
    let r = send(&app, get("/static/style.css?v=old")).await;
    assert_eq!(r.header("cache-control"), "no-cache");
    let r = send(
        &app,
        Request::get("/static/style.css")
            .header("if-none-match", &etag)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_MODIFIED);
    assert!(r.text.is_empty());
    db.cleanup().await;
}

#[tokio::test]
async fn unknown_static_file_is_a_german_error_page_with_the_layout() {
    let (app, db) = app().await;
    let r = send(&app, get("/static/../Cargo.toml")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = send(&app, get("/static/nope.js")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_page(&r, "de");
    assert!(
        r.text.contains("<h1>Seite nicht gefunden</h1>"),
        "{}",
        r.text
    );
    db.cleanup().await;
}
