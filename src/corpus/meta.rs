//! An article's metadata: who published it, where, when and by whom.
//!
//! Local files carry it in a leading front matter block (`---` lines around
//! `key: value` pairs, the YAML subset that static-site generators and
//! note-taking tools write); a page saved as text often carries only its
//! address, on a line of its own. Both are read here; the block stays in the
//! text (offsets are into the text as read) as a paragraph of its own kind.

use std::fmt;
use std::ops::{Deref, DerefMut, Range};

use super::display;

/// Longest front matter block read, in bytes: a block is a few short lines,
/// and a file that opens with `---` and never closes it is not metadata.
const MAX_FRONT_MATTER: usize = 16 * 1024;

/// Longest paragraph read as an address line, in bytes (browsers cap URLs near 2 KB).
const MAX_URL_LINE: usize = 2048 + 16;

/// Longest value kept from a front matter line, in chars.
const MAX_VALUE_CHARS: usize = 500;

/// What is known about where an article comes from: [`MetaFields`], read
/// and written through `Deref`.
///
/// Most files say none of it (plain text, generated corpora), so the fields
/// live in a box made on the first write: an article without metadata keeps
/// 8 bytes here, not 144 (5 MiB at 40,000 articles). A box of empty fields
/// equals no box.
#[derive(Clone, Default)]
pub struct Meta(Option<Box<MetaFields>>);

/// The fields of an empty [`Meta`].
static NO_META: MetaFields = MetaFields {
    outlet: None,
    url: None,
    published: None,
    author: None,
    feed: None,
    language: None,
};

impl Deref for Meta {
    type Target = MetaFields;

    fn deref(&self) -> &MetaFields {
        self.0.as_deref().unwrap_or(&NO_META)
    }
}

impl DerefMut for Meta {
    fn deref_mut(&mut self) -> &mut MetaFields {
        self.0.get_or_insert_default()
    }
}

impl PartialEq for Meta {
    fn eq(&self, other: &Meta) -> bool {
        **self == **other
    }
}

impl Eq for Meta {}

impl fmt::Debug for Meta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

/// What is known about where an article comes from; `None` when unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetaFields {
    /// The outlet's name (`outlet:` in front matter, else the URL's host).
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// Publication date or time, RFC 3339 (`2025-06-25` or `2025-06-25T10:00:00Z`).
    pub published: Option<String>,
    pub author: Option<String>,
    /// The feed it was fetched through (articles from the cache only).
    pub feed: Option<String>,
    /// The language its source declares (front matter, the feed), as an
    /// ISO 639-1 code; see [`crate::corpus::Article::language`].
    pub language: Option<String>,
}

/// A front matter block: its byte range and the values it gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    /// From the opening `---` to the end of the closing `---` line.
    pub range: Range<usize>,
    pub title: Option<String>,
    pub meta: Meta,
    /// Values that were present but unusable (a date that is not RFC 3339).
    pub warnings: Vec<String>,
}

/// The front matter block at the start of `text`, if there is one.
pub fn front_matter(text: &str) -> Option<FrontMatter> {
    let start = text.len() - text.trim_start_matches('\u{feff}').len();
    let rest = &text[start..];
    let first_line_end = rest.find('\n')?;
    if rest[..first_line_end].trim_end() != "---" {
        return None;
    }
    let mut block = FrontMatter {
        range: start..start,
        title: None,
        meta: Meta::default(),
        warnings: Vec::new(),
    };
    let mut at = first_line_end + 1;
    while at < rest.len() && at <= MAX_FRONT_MATTER {
        let line_end = rest[at..].find('\n').map_or(rest.len(), |i| at + i);
        let line = rest[at..line_end].trim_end_matches('\r');
        if line.trim_end() == "---" || line.trim_end() == "..." {
            block.range = start..start + line_end;
            return Some(block);
        }
        if let Some((key, value)) = line.split_once(':') {
            block.set(key.trim(), unquote(value.trim()));
        }
        at = line_end + 1;
    }
    None
}

impl FrontMatter {
    fn set(&mut self, key: &str, value: &str) {
        if value.is_empty() {
            return;
        }
        let value = clean_value(value);
        match key.to_ascii_lowercase().as_str() {
            "title" => self.title = Some(value),
            "outlet" | "source" | "publisher" | "site" | "site_name" => {
                self.meta.outlet = Some(value)
            }
            "url" | "link" | "canonical" => match web_url(&value) {
                Some(url) => self.meta.url = Some(url.to_string()),
                None => self
                    .warnings
                    .push(format!("front matter: not a web address: {value}")),
            },
            "date" | "published" | "pubdate" => match rfc3339(&value) {
                Some(date) => self.meta.published = Some(date.to_string()),
                None => self
                    .warnings
                    .push(format!("front matter: not an RFC 3339 date: {value}")),
            },
            "author" | "byline" | "by" => self.meta.author = Some(value),
            "language" | "lang" | "locale" => {
                self.meta.language = crate::text::language::declared(&value)
            }
            _ => {}
        }
    }
}

/// A YAML scalar without its surrounding quotes.
fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(q) && value.ends_with(q) {
            return &value[1..value.len() - 1];
        }
    }
    value
}

/// Display-safe, on one line, and no longer than a value needs to be.
fn clean_value(value: &str) -> String {
    let safe = display::sanitize_line(value);
    let one_line = safe.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(MAX_VALUE_CHARS) {
        Some((cut, _)) => format!("{}…", &one_line[..cut]),
        None => one_line,
    }
}

/// `value` if it is an http or https address with a host.
pub fn web_url(value: &str) -> Option<&str> {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))?;
    let host_ok = host_of(value).is_some_and(|h| h.contains('.'));
    (host_ok && !rest.contains(char::is_whitespace)).then_some(value)
}

/// The host of an http(s) address, lower-cased, without `www.`, `m.` or `amp.`.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.to_ascii_lowercase();
    let bare = ["www.", "m.", "amp."]
        .iter()
        .find_map(|p| host.strip_prefix(p))
        .unwrap_or(&host);
    (!bare.is_empty()).then(|| bare.to_string())
}

/// The address a paragraph consists of: a bare URL, or `Source: URL` /
/// `URL: URL` / `Link: URL` (how pages saved as text record where they came from).
/// The labels of an address line, lower case.
const URL_LABELS: [&str; 4] = ["source", "url", "link", "original"];

/// The longest of [`URL_LABELS`], in bytes.
const URL_LABEL_MAX: usize = 8;

pub fn url_line(paragraph: &str) -> Option<&str> {
    // Every paragraph of every article is asked: prose is ruled out before
    // it is scanned (an address line is short and has no space but the label's).
    if paragraph.len() > MAX_URL_LINE {
        return None;
    }
    let p = paragraph.trim();
    // The labels are at most eight bytes: the first ": " is looked for only
    // where it could follow one, not through a whole paragraph of prose.
    let head = &p.as_bytes()[..p.len().min(URL_LABEL_MAX + 2)];
    let value = match head.windows(2).position(|w| w == b": ") {
        Some(colon)
            if URL_LABELS
                .iter()
                .any(|l| l.eq_ignore_ascii_case(&p[..colon])) =>
        {
            p[colon + 2..].trim()
        }
        _ => p,
    };
    web_url(value)
}

/// `value` if it is an RFC 3339 date (`YYYY-MM-DD`) or date-time.
fn rfc3339(value: &str) -> Option<&str> {
    let b = value.as_bytes();
    let digits = |r: Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let date_ok = b.len() >= 10
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && (1..=12).contains(&value[5..7].parse::<u8>().ok()?)
        && (1..=31).contains(&value[8..10].parse::<u8>().ok()?);
    if !date_ok {
        return None;
    }
    if b.len() == 10 {
        return Some(value);
    }
    // A time: `T` or a space, `HH:MM`, then seconds, fractions and a zone in any RFC 3339 form.
    let time_ok = matches!(b[10], b'T' | b't' | b' ')
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16)
        && value[16..]
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '+' | '-' | 'Z' | 'z'));
    time_ok.then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_front_matter_block_gives_its_values_and_range() {
        let text = "---\ntitle: \"Talks end\"\noutlet: Example News\nurl: https://www.example.com/a?b=1\ndate: 2025-06-25\nauthor: Jo Doe\ntags: [x]\n---\nBody.";
        let f = front_matter(text).expect("a block");
        assert_eq!(
            &text[f.range.clone()],
            &text[..text.find("\nBody").unwrap()]
        );
        assert_eq!(f.title.as_deref(), Some("Talks end"));
        assert_eq!(f.meta.outlet.as_deref(), Some("Example News"));
        assert_eq!(f.meta.url.as_deref(), Some("https://www.example.com/a?b=1"));
        assert_eq!(f.meta.published.as_deref(), Some("2025-06-25"));
        assert_eq!(f.meta.author.as_deref(), Some("Jo Doe"));
        assert!(f.warnings.is_empty());
    }

    #[test]
    fn no_block_without_an_opening_and_a_closing_line() {
        assert!(front_matter("Title\n\n---\ntitle: x\n---\n").is_none());
        assert!(front_matter("---\ntitle: never closed\nbody").is_none());
        assert!(front_matter("--- \n").is_none());
        assert!(front_matter("").is_none());
    }

    #[test]
    fn a_block_after_a_bom_and_with_crlf_lines_is_read() {
        let text = "\u{feff}---\r\nauthor: 'A B'\r\n---\r\nBody";
        let f = front_matter(text).unwrap();
        assert_eq!(f.range.start, 3);
        assert!(text[f.range.clone()].ends_with("---\r"));
        assert_eq!(f.meta.author.as_deref(), Some("A B"));
    }

    #[test]
    fn bad_dates_and_addresses_are_warnings_not_values() {
        let text = "---\ndate: last Tuesday\nurl: javascript:alert(1)\n---\n";
        let f = front_matter(text).unwrap();
        assert_eq!(f.meta.published, None);
        assert_eq!(f.meta.url, None);
        assert_eq!(f.warnings.len(), 2);
    }

    #[test]
    fn values_are_display_safe_and_bounded() {
        let long = "x".repeat(2000);
        let text = format!("---\nauthor: A\u{1b}]52;c;Zm9v\u{7}B\noutlet: {long}\n---\n");
        let f = front_matter(&text).unwrap();
        assert!(!f.meta.author.as_deref().unwrap().contains('\u{1b}'));
        assert!(f.meta.outlet.as_deref().unwrap().chars().count() <= MAX_VALUE_CHARS + 1);
    }

    #[test]
    fn rfc3339_dates_and_times() {
        for ok in [
            "2025-06-25",
            "2025-06-25T10:00:00Z",
            "2025-06-25 10:00:00+02:00",
        ] {
            assert_eq!(rfc3339(ok), Some(ok), "{ok}");
        }
        for bad in [
            "2025-13-01",
            "25-06-2025",
            "2025-06-25T1",
            "2025-06-25Tnoon",
            "June 25",
        ] {
            assert_eq!(rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn hosts_and_url_lines() {
        assert_eq!(
            host_of("https://www.Reuters.com/world/x").as_deref(),
            Some("reuters.com")
        );
        assert_eq!(
            host_of("http://user@m.bbc.co.uk:8080/").as_deref(),
            Some("bbc.co.uk")
        );
        assert_eq!(
            url_line("Source: https://apnews.com/article/1"),
            Some("https://apnews.com/article/1")
        );
        assert_eq!(
            url_line("https://example.org/a"),
            Some("https://example.org/a")
        );
        assert_eq!(url_line("See https://example.org/a for more"), None);
        assert_eq!(url_line("ftp://example.org/a"), None);
        assert_eq!(url_line("https://localhost"), None);
        // The longest label, any case; a longer word before ": " is no label.
        assert_eq!(
            url_line("ORIGINAL:  https://example.org/a "),
            Some("https://example.org/a")
        );
        assert_eq!(url_line("Originals: https://example.org/a"), None);
        assert_eq!(url_line("Link:https://example.org/a"), None);
    }
}
