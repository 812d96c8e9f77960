//! Safe Markdown → HTML for FAQ answers (and phrased answers) on the web pages.
//!
//! pulldown-cmark parses; before rendering, every raw HTML event becomes plain text (so `<script>`
//! shows as text, never as markup) and every link or image URL that is not `http(s):`,
//! `mailto:` or a relative path is dropped (no `javascript:`/`data:` links). Images render as
//! their alt text: pages load nothing from other hosts. pulldown-cmark escapes all text and
//! attribute values itself.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

/// Renders `markdown` as sanitized HTML.
pub fn to_html(markdown: &str) -> String {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES,
    );
    let mut in_image = 0usize;
    let events = parser.filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Image { .. }) => {
            in_image += 1;
            None
        }
        Event::End(TagEnd::Image) => {
            in_image = in_image.saturating_sub(1);
            None
        }
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Some(Event::Start(Tag::Link {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        })),
        other => Some(other),
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

/// `url` when its scheme is harmless, else an empty link target.
fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let lower = url.trim().to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(s, _)| s);
    let relative = scheme.is_none_or(|s| s.contains(['/', '?', '#']));
    if relative || matches!(scheme, Some("http" | "https" | "mailto")) {
        url
    } else {
        CowStr::Borrowed("")
    }
}

/// Whether `url` is safe as the target of a link the page builds itself (help-center links).
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown() {
        let html = to_html(
            "**Wichtig:** Öffnen Sie [das Portal](https://example.org/a?b=1&c=2).\n\n- eins\n- zwei",
        );
        assert!(html.contains("<strong>Wichtig:</strong>"), "{html}");
        assert!(
            html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">das Portal</a>"),
            "{html}"
        );
        assert!(html.contains("<li>eins</li>"), "{html}");
    }

    #[test]
    fn raw_html_is_text() {
        for evil in [
            "<script>alert(1)</script>",
            "Hallo <img src=x onerror=alert(1)> Welt",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
        ] {
            let html = to_html(evil);
            assert!(!html.contains("<script"), "{html}");
            assert!(!html.contains("<img"), "{html}");
            assert!(!html.contains("<iframe"), "{html}");
            assert!(!html.contains("<a href=\"javascript"), "{html}");
        }
    }

    #[test]
    fn dangerous_link_targets_are_dropped() {
        for evil in [
            "[x](javascript:alert(1))",
            "[x](JavaScript:alert(1))",
            "[x]( data:text/html;base64,PHNjcmlwdD4= )",
            "[x](vbscript:msgbox)",
        ] {
            let html = to_html(evil);
            assert!(html.contains("<a href=\"\">x</a>"), "{evil} → {html}");
        }
        assert!(to_html("[x](/faq/1)").contains("href=\"/faq/1\""));
        assert!(to_html("[x](mailto:it@example.org)").contains("href=\"mailto:it@example.org\""));
    }

    #[test]
    fn images_load_nothing() {
        let html = to_html("![Logo](https://cdn.example.org/logo.png)");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("cdn.example.org"), "{html}");
    }

    #[test]
    fn help_center_links_must_be_http() {
        assert!(is_safe_link("https://www.ihk.de/hannover/x"));
        assert!(!is_safe_link("javascript:alert(1)"));
        assert!(!is_safe_link("data:text/html,x"));
    }
}
