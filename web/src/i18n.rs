//! The page language. German ("Sie") is the default; English when the browser asks for it
//! first (`Accept-Language`). Wording itself lives with each surface (`chat`, `console`).

use axum::http::{HeaderMap, header};
use helpdesk_faq::Lang;

/// The preferred supported language of an `Accept-Language` header: the highest weight among
/// German and English (earlier wins a tie); German when neither is listed or the header is
/// missing or malformed.
pub fn negotiate(headers: &HeaderMap) -> Lang {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Lang::De, from_accept_language)
}

fn from_accept_language(value: &str) -> Lang {
    let mut best: Option<(Lang, f32)> = None;
    for item in value.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let primary = tag.split('-').next().unwrap_or_default();
        let lang = if primary.eq_ignore_ascii_case("de") {
            Lang::De
        } else if primary.eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            continue;
        };
        let q = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
            .unwrap_or(0.0);
        if q > 0.0 && best.is_none_or(|(_, b)| q > b) {
            best = Some((lang, q));
        }
    }
    best.map_or(Lang::De, |(l, _)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language() {
        for (header, want) in [
            ("", Lang::De),
            ("de-DE,de;q=0.9,en;q=0.8", Lang::De),
            ("en-GB,en;q=0.9,de;q=0.8", Lang::En),
            ("fr-FR,fr;q=0.9,en;q=0.5", Lang::En),
            ("fr-FR", Lang::De),
            ("de;q=0.3, en;q=0.7", Lang::En),
            ("en;q=0, de;q=0.1", Lang::De),
            ("EN-us", Lang::En),
            ("en;q=abc", Lang::De),
            ("*", Lang::De),
        ] {
            assert_eq!(from_accept_language(header), want, "{header:?}");
        }
    }
}
