//! HTML fragments from feeds (summaries, `content:encoded`) to plain text:
//! block elements become paragraph breaks, tags go, entities are decoded,
//! scripts and styles are dropped with their content.

/// Elements whose end (or start) separates paragraphs.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "tr",
    "table",
    "figure",
    "figcaption",
    "hr",
    "pre",
];

/// Elements dropped with everything inside them.
const DROPPED: &[&str] = &["script", "style", "noscript", "template", "iframe", "svg"];

/// The text of an HTML fragment: paragraphs separated by blank lines, spaces
/// collapsed within each, control characters removed.
pub fn to_text(html: &str) -> String {
    let mut raw = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        raw.push_str(&rest[..lt]);
        rest = &rest[lt..];
        let Some(gt) = rest.find('>') else {
            // A lone `<` in text, not a tag.
            raw.push_str(rest);
            rest = "";
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if tag.starts_with("!--") {
            if let Some(end) = rest.find("-->").filter(|_| !tag.ends_with("--")) {
                rest = &rest[end + 3..];
            }
            continue;
        }
        let name = tag_name(tag);
        if DROPPED.contains(&name.as_str()) && !tag.starts_with('/') && !tag.ends_with('/') {
            let close = format!("</{name}");
            rest = find_ascii_ci(rest, &close)
                .and_then(|i| rest[i..].find('>').map(|j| &rest[i + j + 1..]))
                .unwrap_or("");
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            raw.push_str("\n\n");
        }
    }
    raw.push_str(rest);
    paragraphs(&decode_entities(&raw))
}

/// The lower-case element name of a tag's inside (`/p class=x` → `p`).
fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .split(|c: char| c.is_whitespace() || c == '/')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Byte offset of `needle` (ASCII) in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Collapses whitespace inside paragraphs and joins them with blank lines.
fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(|p| {
            p.split_whitespace()
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .map(|p| p.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Decodes character references: numeric ones and the named ones news text uses.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '#')
            .map(|i| i + 1);
        let decoded = end
            .filter(|&e| rest.as_bytes()[e] == b';')
            .and_then(|e| entity(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "laquo" => '«',
        "raquo" => '»',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "middot" => '·',
        "copy" => '©',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_paragraphs_and_tags_go() {
        let html = "<p>First <b>bold</b> line.</p><p>Second&nbsp;one &amp; more</p>";
        assert_eq!(to_text(html), "First bold line.\n\nSecond one & more");
    }

    #[test]
    fn scripts_styles_and_comments_are_dropped_with_their_content() {
        let html =
            "<p>Keep</p><script>var x = '<p>no</p>';</script><!-- gone --><style>p{}</style>";
        assert_eq!(to_text(html), "Keep");
    }

    #[test]
    fn entities_numeric_and_named_and_unknown() {
        assert_eq!(
            decode_entities("&#8220;Hi&#x201D; &rsquo; &bogus; AT&T"),
            "“Hi” ’ &bogus; AT&T"
        );
    }

    #[test]
    fn a_lone_angle_bracket_is_text() {
        assert_eq!(to_text("1 < 2 and 3"), "1 < 2 and 3");
    }
}
