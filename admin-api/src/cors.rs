//! CORS for the admin API, from `HELPDESK_CORS_ORIGINS`.
//!
//! - empty (default): no CORS headers at all;
//! - a comma-separated list of origins (`https://console.example, http://localhost:5173`): those
//!   origins may call every route (credentials are bearer tokens, never cookies);
//! - `*`: any origin, but **only the public routes** (`/ask`, FAQ feedback, health, the OpenAPI
//!   document). Routes that take a token never answer a foreign origin's preflight.
//!
//! [`CorsOrigins::parse`] refuses anything else at start with a message naming the bad value,
//! instead of dropping it silently.

use axum::http::{HeaderValue, Method, header};
use tower_http::cors::{AllowOrigin, CorsLayer};

/// The parsed setting.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum CorsOrigins {
    #[default]
    Off,
    /// `*`: any origin, public routes only.
    AnyPublic,
    /// These origins (`scheme://host[:port]`), all routes.
    List(Vec<String>),
}

impl CorsOrigins {
    /// Parse `HELPDESK_CORS_ORIGINS`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let items: Vec<&str> = s
            .split(',')
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .collect();
        if items.is_empty() {
            return Ok(CorsOrigins::Off);
        }
        if items.contains(&"*") {
            if items.len() > 1 {
                return Err(
                    "`*` allows any origin (public routes only) and cannot be combined with a list"
                        .to_owned(),
                );
            }
            return Ok(CorsOrigins::AnyPublic);
        }
        items
            .iter()
            .map(|o| valid_origin(o).map(str::to_owned))
            .collect::<Result<Vec<_>, _>>()
            .map(CorsOrigins::List)
    }

    /// From the list kept in [`crate::ApiConfig::cors_origins`] (already checked at start;
    /// anything invalid left in it is refused here, too).
    pub fn from_config(list: &[String]) -> Result<Self, String> {
        Self::parse(&list.join(","))
    }

    /// The layer for the public routes.
    pub(crate) fn public_layer(&self) -> Option<CorsLayer> {
        match self {
            CorsOrigins::Off => None,
            CorsOrigins::AnyPublic => Some(base().allow_origin(AllowOrigin::any())),
            CorsOrigins::List(l) => Some(list_layer(l)),
        }
    }

    /// The layer for the routes that take a token.
    pub(crate) fn private_layer(&self) -> Option<CorsLayer> {
        match self {
            CorsOrigins::List(l) => Some(list_layer(l)),
            CorsOrigins::Off | CorsOrigins::AnyPublic => None,
        }
    }
}

fn valid_origin(o: &str) -> Result<&str, String> {
    let bad = || {
        format!(
            "{o:?} is not an origin: write scheme://host[:port] without a path, e.g. https://console.example"
        )
    };
    let (scheme, rest) = o.split_once("://").ok_or_else(bad)?;
    let host_ok = !rest.is_empty()
        && !rest.contains(['/', '?', '#', '@', ' ', '*'])
        && rest
            .rsplit_once(':')
            .is_none_or(|(h, port)| !h.is_empty() && port.parse::<u16>().is_ok());
    if !matches!(scheme, "http" | "https") || !host_ok || HeaderValue::from_str(o).is_err() {
        return Err(bad());
    }
    Ok(o)
}

fn base() -> CorsLayer {
    CorsLayer::new()
        .allow_methods([Method::GET, Method::POST, Method::PUT, Method::DELETE])
        .allow_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::IF_MATCH,
            header::HeaderName::from_static("idempotency-key"),
        ])
        .expose_headers([header::ETAG, header::LOCATION])
}

fn list_layer(list: &[String]) -> CorsLayer {
    let origins: Vec<HeaderValue> = list
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    base().allow_origin(AllowOrigin::list(origins))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_refuses() {
        assert_eq!(CorsOrigins::parse(" ").unwrap(), CorsOrigins::Off);
        assert_eq!(CorsOrigins::parse("*").unwrap(), CorsOrigins::AnyPublic);
        assert_eq!(
            CorsOrigins::parse("https://a.example, http://localhost:5173").unwrap(),
            CorsOrigins::List(vec![
                "https://a.example".into(),
                "http://localhost:5173".into()
            ])
        );
        for bad in [
            "*, https://a.example",
            "a.example",
            "https://a.example/",
            "https://a.example/path",
            "ftp://a.example",
            "https://",
            "https://a.example:99999",
            "https://*.example",
            "https://a.example\u{7}",
        ] {
            let err = CorsOrigins::parse(bad).unwrap_err();
            assert!(!err.is_empty(), "{bad}");
        }
    }
}
