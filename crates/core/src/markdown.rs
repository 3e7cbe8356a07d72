//! Markdown rendered once, on write, into HTML that is safe to serve as is.

use pulldown_cmark::{html, Options, Parser};

/// Render Markdown to sanitized HTML: no script, event handler, inline style or
/// non-web URL survives; links are marked as user content.
pub fn to_safe_html(source: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut raw = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut raw, Parser::new_ext(source, options));
    ammonia::Builder::default()
        .link_rel(Some("nofollow ugc noopener"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .clean(&raw)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown() {
        let html = to_safe_html("# Title\n\nSome *text* and [a link](https://example.org).");
        assert!(html.contains("<h1>Title</h1>"));
        assert!(html.contains("<em>text</em>"));
        assert!(html.contains("rel=\"nofollow ugc noopener\""));
    }

    #[test]
    fn strips_hostile_html() {
        let html = to_safe_html(
            "<script>alert(1)</script><img src=x onerror=alert(1)>\
             <a href=\"data:text/html,hi\">d</a> <p style=\"color:red\">s</p>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("href=\"data:"), "{html}");
        assert!(!html.contains("style="), "{html}");
        let link = to_safe_html("Click [here](javascript:alert(1)) now");
        assert!(link.contains("here"), "{link}");
        assert!(!link.contains("javascript:"), "{link}");
    }
}
