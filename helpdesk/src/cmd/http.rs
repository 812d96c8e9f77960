//! The HTTP server loop of `helpdesk serve`: axum's router on hyper, with what `axum::serve`
//! does not offer: a header read timeout (a slow client cannot hold a connection open by
//! sending its headers byte by byte) and a bounded graceful shutdown; and the request id of
//! every request ([`with_request_ids`]).

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tower::ServiceExt as _;
use tower_http::request_id::{
    MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::trace::TraceLayer;

/// The header carrying the request id, in both directions.
pub const REQUEST_ID: &str = "x-request-id";
/// Longest request id taken over from a client (or a load balancer).
const MAX_REQUEST_ID: usize = 64;

/// Gives every request an id: the caller's `X-Request-Id` when it is short and plain
/// (letters, digits, `-`, `_`, `.`, at most 64), otherwise a new UUID. The id is echoed in the
/// response's `X-Request-Id` and every log line written while the request runs carries it (a
/// `request` span with the field `request_id`; in JSON logs under `spans`). The span holds
/// nothing else of the request: paths can carry tokens (`/status/{token}`), so the route
/// template is logged by the admin API's own request line instead.
pub fn with_request_ids(app: Router) -> Router {
    app.layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &axum::http::Request<_>| {
                    let id = req
                        .extensions()
                        .get::<RequestId>()
                        .and_then(|id| id.header_value().to_str().ok())
                        .unwrap_or("-");
                    tracing::info_span!("request", request_id = %id, method = %req.method())
                })
                // The admin API logs each request itself (route template, status, latency).
                .on_request(())
                .on_response(())
                .on_body_chunk(())
                .on_eos(())
                .on_failure(()),
        )
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .layer(axum::middleware::map_request(drop_unusable_request_id))
}

/// Removes a client's request id that is not plain enough to log (the layer above then makes
/// a new one).
async fn drop_unusable_request_id(mut req: axum::extract::Request) -> axum::extract::Request {
    let usable = req.headers().get(REQUEST_ID).is_none_or(|v| {
        let b = v.as_bytes();
        !b.is_empty()
            && b.len() <= MAX_REQUEST_ID
            && b.iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
    });
    if !usable {
        req.headers_mut().remove(REQUEST_ID);
    }
    req
}

/// Serves `app` on `listener` until `shutdown` completes; then stops accepting, lets open
/// requests finish for at most `grace`, and returns. Handlers see the peer address as
/// `ConnectInfo<SocketAddr>`.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    header_timeout: Duration,
    grace: Duration,
    shutdown: impl Future<Output = ()>,
) {
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    builder.http2().timer(TokioTimer::new());
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(a) => a,
                    Err(e) => {
                        // E.g. too many open files: back off instead of spinning.
                        tracing::warn!(error = %e, "accepting a connection failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let app = app.clone();
                let svc = tower::service_fn(move |mut req: hyper::Request<Incoming>| {
                    req.extensions_mut().insert(ConnectInfo::<SocketAddr>(peer));
                    app.clone().oneshot(req)
                });
                let conn = builder
                    .serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(svc))
                    .into_owned();
                let conn = graceful.watch(conn);
                tokio::spawn(async move {
                    if let Err(e) = conn.await {
                        tracing::debug!(error = %e, "connection ended with an error");
                    }
                });
            }
            () = &mut shutdown => break,
        }
    }
    drop(listener);
    if tokio::time::timeout(grace, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            secs = grace.as_secs(),
            "open requests did not finish in time; stopping anyway"
        );
    }
}
