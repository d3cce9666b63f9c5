//! OPML subscription lists, read leniently and written plainly.
//!
//! Files in the wild lack the `version` attribute, nest feeds inside feeds,
//! leave elements unclosed or mix case in attribute names, so this reads
//! `<outline>` elements with `quick-xml` and keeps whatever it understood up
//! to the first fatal error. Folders (outlines without `xmlUrl`) become tags.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::html::decode_entities;

/// One subscription from an OPML file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpmlFeed {
    pub url: String,
    pub title: Option<String>,
    /// Enclosing folder names, outermost first.
    pub tags: Vec<String>,
}

/// The subscriptions in an OPML document. An error only when the document
/// holds no subscription at all and could not be read to its end.
pub fn parse(bytes: &[u8]) -> Result<Vec<OpmlFeed>, String> {
    let mut reader = Reader::from_reader(bytes);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.allow_unmatched_ends = true;
    let mut feeds = Vec::new();
    // One entry per open <outline>: its folder name, when it is a folder.
    let mut open: Vec<Option<String>> = Vec::new();
    let mut buf = Vec::new();
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(event) => event,
            Err(e) if feeds.is_empty() => return Err(e.to_string()),
            Err(_) => break,
        };
        match event {
            Event::Start(e) if is_outline(&e) => {
                let folder = read_outline(&e, &open, &mut feeds);
                open.push(folder);
            }
            Event::Empty(e) if is_outline(&e) => {
                read_outline(&e, &open, &mut feeds);
            }
            Event::End(e) if e.name().as_ref().eq_ignore_ascii_case("outline") => {
                open.pop();
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(feeds)
}

fn is_outline(e: &BytesStart) -> bool {
    e.name().as_ref().eq_ignore_ascii_case("outline")
}

/// Records the outline's feed, if it names one; returns its folder name
/// when it is a folder (no `xmlUrl`).
fn read_outline(
    e: &BytesStart,
    open: &[Option<String>],
    feeds: &mut Vec<OpmlFeed>,
) -> Option<String> {
    let (mut url, mut text, mut title) = (None, None, None);
    for attr in e.attributes().with_checks(false).flatten() {
        let value = decode_entities(&attr.value).trim().to_string();
        if value.is_empty() {
            continue;
        }
        match attr.key.as_ref().to_ascii_lowercase().as_str() {
            "xmlurl" => url = Some(value),
            "text" => text = Some(value),
            "title" => title = Some(value),
            _ => {}
        }
    }
    let name = title.or(text);
    match url {
        Some(url) => {
            feeds.push(OpmlFeed {
                url,
                title: name,
                tags: open.iter().flatten().cloned().collect(),
            });
            None
        }
        None => name,
    }
}

/// An OPML 2.0 document listing `feeds` (url, title, tags): each feed sits
/// in the folder of its first tag.
pub fn write(feeds: &[(String, Option<String>, Vec<String>)]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  \
         <head><title>verbatim subscriptions</title></head>\n  <body>\n",
    );
    let mut folders: Vec<&str> = Vec::new();
    for (_, _, tags) in feeds {
        if let Some(tag) = tags.first()
            && !folders.contains(&tag.as_str())
        {
            folders.push(tag);
        }
    }
    for (url, title, _) in feeds.iter().filter(|f| f.2.is_empty()) {
        out.push_str(&outline(url, title.as_deref(), "    "));
    }
    for folder in folders {
        let name = escape(folder);
        out.push_str(&format!("    <outline text=\"{name}\" title=\"{name}\">\n"));
        for (url, title, _) in feeds
            .iter()
            .filter(|f| f.2.first().map(String::as_str) == Some(folder))
        {
            out.push_str(&outline(url, title.as_deref(), "      "));
        }
        out.push_str("    </outline>\n");
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

fn outline(url: &str, title: Option<&str>, indent: &str) -> String {
    let name = escape(title.unwrap_or(url));
    format!(
        "{indent}<outline type=\"rss\" text=\"{name}\" title=\"{name}\" xmlUrl=\"{}\"/>\n",
        escape(url)
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_become_tags_and_a_missing_version_is_fine() {
        let doc = br#"<opml><body>
            <outline text="News"><outline text="World">
              <outline text="Wire" xmlUrl="https://w.example/rss"/>
            </outline></outline>
            <outline title="Solo" xmlurl="https://s.example/atom?a=1&amp;b=2"/>
        </body></opml>"#;
        let feeds = parse(doc).unwrap();
        assert_eq!(feeds.len(), 2);
        assert_eq!(feeds[0].tags, vec!["News", "World"]);
        assert_eq!(feeds[0].title.as_deref(), Some("Wire"));
        assert_eq!(feeds[1].url, "https://s.example/atom?a=1&b=2");
        assert!(feeds[1].tags.is_empty());
    }

    #[test]
    fn a_feed_nested_in_a_feed_and_unclosed_elements_are_kept() {
        let doc = br#"<opml version="1.0"><body>
            <outline text="A" xmlUrl="https://a.example/feed">
              <outline text="B" xmlUrl="https://b.example/feed">
            </body>"#;
        let urls: Vec<_> = parse(doc).unwrap().into_iter().map(|f| f.url).collect();
        assert_eq!(
            urls,
            vec!["https://a.example/feed", "https://b.example/feed"]
        );
    }

    #[test]
    fn export_then_import_keeps_urls_titles_and_first_tags() {
        let feeds = vec![
            (
                "https://a.example/f?x=1&y=2".to_string(),
                Some("A & Co".to_string()),
                vec![],
            ),
            (
                "https://b.example/f".to_string(),
                None,
                vec!["Tech".to_string()],
            ),
        ];
        let back = parse(write(&feeds).as_bytes()).unwrap();
        assert_eq!(back[0].url, feeds[0].0);
        assert_eq!(back[0].title.as_deref(), Some("A & Co"));
        assert_eq!(back[1].tags, vec!["Tech"]);
    }
}
