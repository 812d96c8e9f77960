//! `ETag` / `If-Match` for optimistic concurrency: the ETag of a ticket or FAQ entry is its
//! version number in quotes (`"3"`).

use axum::http::{HeaderMap, HeaderValue, header};

use crate::error::ApiError;

/// The ETag header value for a version.
pub fn etag(version: i64) -> HeaderValue {
    // A quoted integer is always a valid header value.
    HeaderValue::from_str(&format!("\"{version}\"")).unwrap_or(HeaderValue::from_static("\"0\""))
}

/// What `If-Match` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfMatch {
    /// `*`: whatever is current.
    Any,
    /// One of these versions; `None` entries could not be read and never match.
    Version(Option<i64>),
}

impl IfMatch {
    /// Resolves against the current version: the version to hand to the store, or 412.
    pub fn expect(self, current: i64) -> Result<i64, ApiError> {
        match self {
            IfMatch::Any => Ok(current),
            IfMatch::Version(Some(v)) => Ok(v),
            IfMatch::Version(None) => Err(ApiError::PreconditionFailed {
                current: Some(format!("\"{current}\"")),
            }),
        }
    }
}

/// Reads `If-Match`: absent → 428. Of a list, the first readable tag counts (weak tags are
/// accepted as their version: versions are exact).
pub fn if_match(headers: &HeaderMap) -> Result<IfMatch, ApiError> {
    let values: Vec<&str> = headers
        .get_all(header::IF_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    if values.is_empty() {
        return Err(ApiError::PreconditionRequired);
    }
    let mut tags = values.iter().flat_map(|v| v.split(',')).map(str::trim);
    if values.iter().any(|v| v.trim() == "*") {
        return Ok(IfMatch::Any);
    }
    Ok(IfMatch::Version(tags.find_map(|t| {
        let t = t.strip_prefix("W/").unwrap_or(t);
        t.trim_matches('"').parse::<i64>().ok()
    })))
}

/// `If-Match` when present, `None` when absent (for creates).
pub fn if_match_opt(headers: &HeaderMap) -> Result<Option<IfMatch>, ApiError> {
    match if_match(headers) {
        Ok(m) => Ok(Some(m)),
        Err(ApiError::PreconditionRequired) => Ok(None),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(v: &str) -> HeaderMap {
        let mut m = HeaderMap::new();
        m.insert(header::IF_MATCH, HeaderValue::from_str(v).unwrap());
        m
    }

    #[test]
    fn parses_if_match() {
        assert!(matches!(
            if_match(&HeaderMap::new()),
            Err(ApiError::PreconditionRequired)
        ));
        assert_eq!(if_match(&h("\"3\"")).unwrap(), IfMatch::Version(Some(3)));
        assert_eq!(if_match(&h("W/\"4\"")).unwrap(), IfMatch::Version(Some(4)));
        assert_eq!(if_match(&h("*")).unwrap(), IfMatch::Any);
        assert_eq!(if_match(&h("\"x\"")).unwrap(), IfMatch::Version(None));
        assert_eq!(etag(7), "\"7\"");
        assert!(IfMatch::Version(None).expect(2).is_err());
        assert_eq!(IfMatch::Any.expect(2).unwrap(), 2);
    }
}
