//! Writing JSON that is safe to print on a terminal.
//!
//! Article text must survive byte-exact in JSON (`text == source[start..end]`),
//! so it cannot be sanitised; instead every character a terminal could act on
//! (C1 controls, bidi overrides, DEL, ...) is written as a `\uXXXX` escape,
//! which any JSON parser decodes back to the same string. serde_json already
//! escapes C0 controls.

use std::io::{self, Write};
use std::sync::{Mutex, PoisonError};

use rayon::prelude::*;
use serde::Serialize;

use super::compact::Compact;

/// A JSON array written straight from an iterator, so a large document is
/// never held in memory twice (once as the analysis, once as JSON structs).
/// `make` is called once per serialisation.
pub struct LazySeq<F>(pub F);

impl<F, I> Serialize for LazySeq<F>
where
    F: Fn() -> I,
    I: IntoIterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

/// Writes `value` as compact JSON and a newline, buffered, escaping
/// terminal-unsafe characters. Documents run to megabytes on large corpora,
/// so they are not pretty-printed; pipe them through `jq` to read them.
pub fn write_document(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    value
        .serialize(&mut Compact::new(&mut buffered))
        .map_err(io::Error::other)?;
    writeln!(buffered)?;
    buffered.flush()
}

/// A JSON object written one field at a time, compact and terminal-safe as
/// [`write_document`] writes it (the same bytes), whose long arrays are
/// serialised on all cores ([`ObjectWriter::array_field`]): on a large corpus
/// writing the JSON is the longest stage that would otherwise run on one core.
pub struct ObjectWriter<W: Write> {
    out: io::BufWriter<W>,
    first: bool,
    /// The pieces' buffers, emptied once written and handed to the pieces
    /// of the windows after: grown afresh for every piece, each buffer's
    /// doublings copied the JSON again and its new memory was faulted in
    /// (freed memory goes back to the system at once), some 5,000 page
    /// faults on 10,000 articles. Never more than two windows' buffers.
    spare: Mutex<Vec<Vec<u8>>>,
}

impl<W: Write> ObjectWriter<W> {
    pub fn new(out: W) -> io::Result<Self> {
        let mut out = io::BufWriter::with_capacity(1 << 16, out);
        out.write_all(b"{")?;
        Ok(ObjectWriter {
            out,
            first: true,
            spare: Mutex::new(Vec::new()),
        })
    }

    fn key(&mut self, key: &str) -> io::Result<()> {
        if !std::mem::take(&mut self.first) {
            self.out.write_all(b",")?;
        }
        serialize_into(&mut self.out, key)?;
        self.out.write_all(b":")
    }

    /// Writes `"key":value`.
    pub fn field(&mut self, key: &str, value: &impl Serialize) -> io::Result<()> {
        self.key(key)?;
        serialize_into(&mut self.out, value)
    }

    /// Writes `"key":[...]` with `render(item)` for each of `items`, in
    /// order. Items are serialised in parallel, `window` at a time, each
    /// piece of a window into a buffer of its own, and the buffers written
    /// in order: so at most two windows' JSON are held in memory.
    ///
    /// A window is written while the next one is serialised on the pool:
    /// writing (and standard output's search for line ends in every byte)
    /// runs on this thread alone, and left the cores idle when it ran between
    /// windows.
    pub fn array_field<'i, T: Sync, S: Serialize>(
        &mut self,
        key: &str,
        items: &'i [T],
        window: usize,
        render: impl Fn(&'i T) -> S + Sync,
    ) -> io::Result<()> {
        self.key(key)?;
        self.out.write_all(b"[")?;
        let window = window.max(1);
        let piece = window.div_ceil(PIECES_PER_WINDOW).max(1);
        let spare = &self.spare;
        let serialise = |items: &'i [T]| -> Pieces {
            items
                .par_chunks(piece)
                .map(|items| {
                    let mut buf = take_spare(spare);
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            buf.push(b',');
                        }
                        serialize_into(&mut buf, &render(item))?;
                    }
                    Ok(buf)
                })
                .collect()
        };
        let mut windows = items.chunks(window);
        let mut ready = windows.next().map(serialise);
        let mut first = true;
        while let Some(pieces) = ready.take() {
            let mut next = None;
            let upcoming = windows.next();
            let out = &mut self.out;
            let first = &mut first;
            rayon::in_place_scope(|scope| {
                if let Some(items) = upcoming {
                    let (next, serialise) = (&mut next, &serialise);
                    scope.spawn(move |_| *next = Some(serialise(items)));
                }
                write_pieces(out, pieces, first, spare)
            })?;
            ready = next;
        }
        self.out.write_all(b"]")
    }

    /// Closes the object, ends the line and flushes.
    pub fn finish(mut self) -> io::Result<()> {
        self.out.write_all(b"}\n")?;
        self.out.flush()
    }
}

/// One window of an array, serialised: each piece's JSON, in order.
type Pieces = Vec<io::Result<Vec<u8>>>;

/// Writes a window's pieces, a comma before each but the array's first,
/// and gives their buffers back to `spare`, emptied.
fn write_pieces(
    out: &mut impl Write,
    pieces: Pieces,
    first: &mut bool,
    spare: &Mutex<Vec<Vec<u8>>>,
) -> io::Result<()> {
    for buf in pieces {
        if !std::mem::take(first) {
            out.write_all(b",")?;
        }
        let mut buf = buf?;
        out.write_all(&buf)?;
        buf.clear();
        spare
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(buf);
    }
    Ok(())
}

/// A spare buffer from `spare` (empty, with the room a piece before it
/// grew), or a new one.
fn take_spare(spare: &Mutex<Vec<Vec<u8>>>) -> Vec<u8> {
    let mut spare = spare.lock().unwrap_or_else(PoisonError::into_inner);
    spare.pop().unwrap_or_default()
}

/// Pieces a window of [`ObjectWriter::array_field`] is cut into: enough for
/// the cores to share the work evenly.
const PIECES_PER_WINDOW: usize = 16;

/// `value` as compact, terminal-safe JSON.
fn serialize_into(out: &mut impl Write, value: &(impl Serialize + ?Sized)) -> io::Result<()> {
    value
        .serialize(&mut Compact::new(out))
        .map_err(io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::display::is_unsafe;
    use serde_json::ser::Formatter;

    /// serde_json's compact layout (the trait's defaults), also escaping terminal-unsafe characters.
    pub(super) struct TerminalSafe;

    impl Formatter for TerminalSafe {
        fn write_string_fragment<W: ?Sized + Write>(
            &mut self,
            writer: &mut W,
            fragment: &str,
        ) -> io::Result<()> {
            // Bytes first: only a byte that can begin an unsafe character is
            // decoded, so the megabytes of ordinary text go through untouched.
            let bytes = fragment.as_bytes();
            let (mut written, mut at) = (0, 0);
            while at < bytes.len() {
                if !MAY_BEGIN_UNSAFE[usize::from(bytes[at])] {
                    at += 1;
                    continue;
                }
                // A lead byte or ASCII, so `at` is a char boundary.
                let c = fragment[at..].chars().next().unwrap_or('\0');
                if is_unsafe(c) {
                    writer.write_all(&bytes[written..at])?;
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        write!(writer, "\\u{unit:04x}")?;
                    }
                    written = at + c.len_utf8();
                }
                at += c.len_utf8();
            }
            writer.write_all(&bytes[written..])
        }
    }

    /// The bytes an unsafe character's UTF-8 can begin with: ASCII controls and
    /// DEL, and the lead bytes of U+0080–U+009F (C2), U+061C (D8), U+2xxx (E2)
    /// and U+FEFF/U+FFF9–FFFB (EF). None of them is a continuation byte.
    pub(super) const MAY_BEGIN_UNSAFE: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 0x20 {
            table[b] = true;
            b += 1;
        }
        table[0x7f] = true;
        table[0xc2] = true;
        table[0xd8] = true;
        table[0xe2] = true;
        table[0xef] = true;
        table
    };

    /// `value` as serde_json writes it with the [`TerminalSafe`] formatter:
    /// what [`Compact`] must write byte for byte.
    fn serde_bytes(value: &impl Serialize) -> String {
        let mut buf = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut buf, TerminalSafe);
        value.serialize(&mut ser).unwrap();
        String::from_utf8(buf).unwrap()
    }

    fn compact_bytes(value: &impl Serialize) -> String {
        let mut buf = Vec::new();
        serialize_into(&mut buf, value).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn hostile_strings_are_written_as_serde_json_writes_them() {
        let mut hostile: Vec<String> =
            ["", "\"", "\\", "/", "a\"b\\c/d", "\u{7f}\u{80}\u{9f}\u{a0}"]
                .map(String::from)
                .to_vec();
        // Every character a stop byte can begin, alone and between text.
        let ranges = [0..0x800, 0x2000..0x2100, 0xfe00..0x10000, 0x1f600..0x1f610];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            hostile.push(c.to_string());
            hostile.push(format!("ab{c}cd{c}"));
        }
        hostile.push(hostile.concat());
        for s in &hostile {
            assert_eq!(compact_bytes(s), serde_bytes(s), "{s:?}");
        }
    }

    #[test]
    fn every_shape_of_value_is_written_as_serde_json_writes_it() {
        use std::collections::BTreeMap;
        #[derive(Serialize)]
        enum Shape {
            Unit,
            Newtype(u8),
            Tuple(i32, &'static str),
            EmptyTuple(),
            Struct { x: f64, y: Option<char> },
            EmptyStruct {},
        }
        #[derive(Serialize)]
        struct Unit;
        #[derive(Serialize)]
        struct Pair(u8, i8);
        #[derive(Serialize)]
        struct Empty {}
        #[derive(Serialize)]
        struct All {
            shapes: Vec<Shape>,
            unit: Unit,
            pair: Pair,
            empty: Empty,
            nothing: (),
            none: Option<u32>,
            floats: Vec<f64>,
            small: f32,
            wide: (i128, u128),
            by_name: BTreeMap<&'static str, Vec<u32>>,
            by_number: BTreeMap<i64, bool>,
            by_flag: BTreeMap<bool, &'static str>,
            by_char: BTreeMap<char, u8>,
            #[serde(skip_serializing_if = "Option::is_none")]
            skipped: Option<u8>,
            json: serde_json::Value,
        }
        let all = All {
            shapes: vec![
                Shape::Unit,
                Shape::Newtype(7),
                Shape::Tuple(-3, "t\u{202e}"),
                Shape::EmptyTuple(),
                Shape::Struct {
                    x: 0.1,
                    y: Some('\u{1b}'),
                },
                Shape::EmptyStruct {},
            ],
            unit: Unit,
            pair: Pair(255, -128),
            empty: Empty {},
            nothing: (),
            none: None,
            floats: vec![
                0.0,
                -0.0,
                1.5,
                1e300,
                1e-7,
                f64::NAN,
                f64::INFINITY,
                2.0 / 3.0,
            ],
            small: 0.3,
            wide: (i128::MIN, u128::MAX),
            by_name: [("k\n", vec![]), ("", vec![1, 2])].into_iter().collect(),
            by_number: [(-1, true), (40, false)].into_iter().collect(),
            by_flag: [(true, "y")].into_iter().collect(),
            by_char: [('"', 1)].into_iter().collect(),
            skipped: None,
            json: serde_json::json!({"a": [1, 2.5, null, "x\u{9b}"], "b": {}, "c": []}),
        };
        assert_eq!(compact_bytes(&all), serde_bytes(&all));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn any_text_is_written_as_serde_json_writes_it(text in "\\PC*|[\\x00-\\x{a0}\\x{600}-\\x{620}\\x{2000}-\\x{206f}\\x{fef0}-\\x{ffff}\"\\\\]*") {
            proptest::prop_assert_eq!(compact_bytes(&text), serde_bytes(&text));
        }
    }

    #[test]
    fn unsafe_characters_are_escaped_and_round_trip() {
        let hostile = "a\u{1b}[31m b\u{9b}c \u{202e}d\u{7f} “ok” 😀";
        let mut buf = Vec::new();
        write_document(&mut buf, &serde_json::json!({ "text": hostile })).unwrap();
        let written = String::from_utf8(buf).unwrap();
        assert!(!written.chars().any(is_unsafe), "{written:?}");
        assert!(written.contains("\\u009b") && written.contains("\\u202e"));
        let back: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert_eq!(back["text"], hostile);
    }

    proptest::proptest! {
        #[test]
        fn any_text_comes_out_safe_and_round_trips(text in "\\PC*|[\\x00-\\x{a0}\\x{600}-\\x{620}\\x{2000}-\\x{206f}\\x{fef0}-\\x{ffff}]*") {
            let mut buf = Vec::new();
            write_document(&mut buf, &serde_json::json!({ "text": &text })).unwrap();
            let written = String::from_utf8(buf).unwrap();
            proptest::prop_assert!(!written.chars().any(is_unsafe), "{:?}", written);
            let back: serde_json::Value = serde_json::from_str(&written).unwrap();
            proptest::prop_assert_eq!(back["text"].as_str(), Some(text.as_str()));
        }
    }

    #[test]
    fn an_object_written_by_fields_is_the_document_serde_writes() {
        #[derive(Serialize)]
        struct Doc<'a> {
            version: u32,
            name: &'a str,
            items: Vec<(u32, &'a str)>,
            none: Vec<u32>,
        }
        let items: Vec<(u32, &str)> = (0..1000).map(|i| (i, "a\u{9b}“b”")).collect();
        let doc = Doc {
            version: 3,
            name: "x\u{202e}",
            items: items.clone(),
            none: Vec::new(),
        };
        let mut want = Vec::new();
        write_document(&mut want, &doc).unwrap();
        // Windows of every size up to past the end, pieces of one item and more.
        for window in [1, 2, 7, 16, 17, 100, 1000, 5000] {
            let mut got = Vec::new();
            let mut w = ObjectWriter::new(&mut got).unwrap();
            w.field("version", &3u32).unwrap();
            w.field("name", &doc.name).unwrap();
            w.array_field("items", &items, window, |x| *x).unwrap();
            w.array_field("none", &[] as &[u32], window, |x| *x)
                .unwrap();
            w.finish().unwrap();
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want.clone()).unwrap()
            );
        }
    }

    #[test]
    fn a_lazy_sequence_is_written_as_an_array() {
        let doc = serde_json::json!({ "n": [1, 4, 9] });
        let lazy = LazySeq(|| (1..=3).map(|i| i * i));
        let mut buf = Vec::new();
        write_document(
            &mut buf,
            &serde_json::json!({ "n": serde_json::to_value(&lazy).unwrap() }),
        )
        .unwrap();
        assert_eq!(String::from_utf8(buf).unwrap().trim(), doc.to_string());
        let mut direct = Vec::new();
        write_document(&mut direct, &lazy).unwrap();
        assert_eq!(String::from_utf8(direct).unwrap(), "[1,4,9]\n");
    }
}
