//! Markdown rendered once, on write, into HTML that is safe to serve as is.

use pulldown_cmark::{html, Event, LinkType, Options, Parser, Tag, TagEnd};

/// The words of a Markdown text without its markup, cut at a word boundary to at most
/// `max` characters (an ellipsis marks the cut): for a page's meta description.
pub fn summary(source: &str, max: usize) -> String {
    let mut words = String::new();
    for event in Parser::new(source) {
        if let Event::Text(t) | Event::Code(t) = event {
            if !words.is_empty() && !words.ends_with(' ') {
                words.push(' ');
            }
            words.push_str(&t);
        }
    }
    let words: Vec<&str> = words.split_whitespace().collect();
    let mut out = String::new();
    for w in words {
        let extra = usize::from(!out.is_empty()) + w.chars().count();
        if out.chars().count() + extra > max {
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Render Markdown to sanitized HTML: no script, event handler, inline style or
/// non-web URL survives; links are marked as user content. Images become links to
/// them: an embedded image from elsewhere would tell its server every reader's address.
pub fn to_safe_html(source: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut raw = String::with_capacity(source.len() * 3 / 2);
    let events = Parser::new_ext(source, options).map(|event| match event {
        Event::Start(Tag::Image {
            dest_url,
            title,
            id,
            ..
        }) => Event::Start(Tag::Link {
            link_type: LinkType::Inline,
            dest_url,
            title,
            id,
        }),
        Event::End(TagEnd::Image) => Event::End(TagEnd::Link),
        other => other,
    });
    html::push_html(&mut raw, events);
    ammonia::Builder::default()
        .rm_tags(["img"])
        .link_rel(Some("nofollow ugc noopener"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .clean(&raw)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_keep_the_words_and_cut_between_them() {
        assert_eq!(
            summary(
                "# Spam\n\nUnsolicited **bulk** mail, [sent](http://x) by bots.",
                200
            ),
            "Spam Unsolicited bulk mail, sent by bots."
        );
        assert_eq!(summary("one two three four", 9), "one two…");
        assert_eq!(summary("", 10), "");
    }

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

    #[test]
    fn images_become_links_and_raw_images_go() {
        let html = to_safe_html(
            "![a chart](https://tracker.example/pixel.png) <img src=\"https://tracker.example/x.gif\">",
        );
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains("href=\"https://tracker.example/pixel.png\""),
            "{html}"
        );
        assert!(html.contains(">a chart</a>"), "{html}");
    }
}
