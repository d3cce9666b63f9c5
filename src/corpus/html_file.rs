//! Local `.html`/`.htm` files: their main text, extracted as for fetched
//! pages (the extractor comes with the `feeds` feature; without it such a
//! file is skipped with a warning that says why).

use std::path::Path;

pub(super) fn is_html_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// A saved web page's main text, extracted as for fetched pages.
#[cfg(feature = "feeds")]
pub(super) fn main_text(bytes: Vec<u8>, path: &Path) -> Result<Vec<u8>, String> {
    let url = std::fs::canonicalize(path).map_or_else(
        |_| "file:///page.html".to_string(),
        |p| format!("file://{}", p.display()),
    );
    crate::feeds::fulltext::page_text(&bytes, &url)
        .map(String::into_bytes)
        .ok_or_else(|| "skipped: a web page with no text".to_string())
}

#[cfg(not(feature = "feeds"))]
pub(super) fn main_text(_bytes: Vec<u8>, _path: &Path) -> Result<Vec<u8>, String> {
    Err(
        "skipped: a web page; this verbatim was built without the `feeds` feature, \
         which extracts a page's main text"
            .to_string(),
    )
}
