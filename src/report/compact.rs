//! A compact JSON serializer writing serde_json's exact bytes, with the
//! terminal-safe escapes of [`super::json`], that copies the runs of a
//! string needing no escape in one go.
//!
//! serde_json escapes a string a byte at a time and hands each run to the
//! formatter, which read it a byte at a time again for terminal-unsafe
//! characters; field names went the same way. On a large corpus that was the
//! largest part of writing the JSON. Numbers, `null`, booleans and the
//! escapes themselves are still written by serde_json's own
//! [`CompactFormatter`], so only the string scan and the punctuation are ours.

use std::io::{self, Write};

use serde::Serialize;
use serde::ser;
use serde_json::Error;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter};

use super::compact_key::KeySerializer;
use crate::corpus::display::is_unsafe;

type Result<T = ()> = std::result::Result<T, Error>;

/// Writes compact, terminal-safe JSON to `out`.
pub(super) struct Compact<W> {
    pub(super) out: W,
}

impl<W: Write> Compact<W> {
    pub(super) fn new(out: W) -> Self {
        Compact { out }
    }
}

/// Bytes the string scan stops at: those serde_json escapes (`"`, `\`,
/// controls below 0x20) and those that may begin a terminal-unsafe
/// character (DEL, and the lead bytes C2, D8, E2, EF: see
/// `json::MAY_BEGIN_UNSAFE`). None of them is a UTF-8 continuation byte.
const STOP: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table[0x7f] = true;
    table[0xc2] = true;
    table[0xd8] = true;
    table[0xe2] = true;
    table[0xef] = true;
    table
};

/// Writes `s` as a JSON string: serde_json's escapes for `"`, `\` and
/// controls, `\uXXXX` (UTF-16 units) for other terminal-unsafe characters.
pub(super) fn write_str(out: &mut (impl Write + ?Sized), s: &str) -> io::Result<()> {
    out.write_all(b"\"")?;
    let bytes = s.as_bytes();
    let (mut written, mut at) = (0, 0);
    while at < bytes.len() {
        let b = bytes[at];
        if !STOP[usize::from(b)] {
            at += 1;
            continue;
        }
        let escape = match b {
            b'"' => Some(CharEscape::Quote),
            b'\\' => Some(CharEscape::ReverseSolidus),
            0x08 => Some(CharEscape::Backspace),
            0x09 => Some(CharEscape::Tab),
            0x0a => Some(CharEscape::LineFeed),
            0x0c => Some(CharEscape::FormFeed),
            0x0d => Some(CharEscape::CarriageReturn),
            0..0x20 => Some(CharEscape::AsciiControl(b)),
            _ => None,
        };
        if let Some(escape) = escape {
            out.write_all(&bytes[written..at])?;
            CompactFormatter.write_char_escape(out, escape)?;
            at += 1;
            written = at;
            continue;
        }
        // DEL or a lead byte, so `at` is a char boundary.
        let c = s[at..].chars().next().unwrap_or('\0');
        if is_unsafe(c) {
            out.write_all(&bytes[written..at])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(out, "\\u{unit:04x}")?;
            }
            written = at + c.len_utf8();
        }
        at += c.len_utf8();
    }
    out.write_all(&bytes[written..])?;
    out.write_all(b"\"")
}

/// Where a compound value stands, as serde_json tracks it: an empty
/// container is closed when it is opened.
#[derive(PartialEq)]
enum State {
    Empty,
    First,
    Rest,
}

pub(super) struct Compound<'a, W> {
    ser: &'a mut Compact<W>,
    state: State,
}

impl<W: Write> Compact<W> {
    fn raw(&mut self, bytes: &[u8]) -> Result {
        self.out.write_all(bytes).map_err(Error::io)
    }

    /// Opens a container with `open`; one known to be empty is closed at once.
    fn open(&mut self, open: &[u8], close: &[u8], len: Option<usize>) -> Result<Compound<'_, W>> {
        self.raw(open)?;
        let state = if len == Some(0) {
            self.raw(close)?;
            State::Empty
        } else {
            State::First
        };
        Ok(Compound { ser: self, state })
    }

    /// A float as serde_json writes it: `null` when it is not finite.
    fn float(&mut self, finite: bool, write: impl FnOnce(&mut W) -> io::Result<()>) -> Result {
        match finite {
            true => write(&mut self.out),
            false => CompactFormatter.write_null(&mut self.out),
        }
        .map_err(Error::io)
    }

    /// `{"variant":`, opening an externally tagged enum variant.
    fn variant_key(&mut self, variant: &str) -> Result {
        self.raw(b"{")?;
        write_str(&mut self.out, variant).map_err(Error::io)?;
        self.raw(b":")
    }
}

impl<W: Write> Compound<'_, W> {
    /// The comma before every element but the first.
    fn separate(&mut self) -> Result {
        if self.state != State::First {
            self.ser.raw(b",")?;
        }
        self.state = State::Rest;
        Ok(())
    }

    fn element(&mut self, value: &(impl Serialize + ?Sized)) -> Result {
        self.separate()?;
        value.serialize(&mut *self.ser)
    }

    fn entry(&mut self, key: &str, value: &(impl Serialize + ?Sized)) -> Result {
        self.separate()?;
        write_str(&mut self.ser.out, key).map_err(Error::io)?;
        self.ser.raw(b":")?;
        value.serialize(&mut *self.ser)
    }

    /// Writes `close` unless the container was closed when opened, then `tail`.
    fn close(self, close: &[u8], tail: &[u8]) -> Result {
        if self.state != State::Empty {
            self.ser.raw(close)?;
        }
        self.ser.raw(tail)
    }
}

/// Writes a number, `null` or a boolean with serde_json's formatter.
macro_rules! formatted {
    ($($method:ident($ty:ty) => $write:ident;)*) => {$(
        fn $method(self, value: $ty) -> Result {
            CompactFormatter.$write(&mut self.out, value).map_err(Error::io)
        }
    )*};
}

impl<'a, W: Write> ser::Serializer for &'a mut Compact<W> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, W>;
    type SerializeTuple = Compound<'a, W>;
    type SerializeTupleStruct = Compound<'a, W>;
    type SerializeTupleVariant = Compound<'a, W>;
    type SerializeMap = Compound<'a, W>;
    type SerializeStruct = Compound<'a, W>;
    type SerializeStructVariant = Compound<'a, W>;

    formatted! {
        serialize_bool(bool) => write_bool;
        serialize_i8(i8) => write_i8;
        serialize_i16(i16) => write_i16;
        serialize_i32(i32) => write_i32;
        serialize_i64(i64) => write_i64;
        serialize_i128(i128) => write_i128;
        serialize_u8(u8) => write_u8;
        serialize_u16(u16) => write_u16;
        serialize_u32(u32) => write_u32;
        serialize_u64(u64) => write_u64;
        serialize_u128(u128) => write_u128;
        serialize_bytes(&[u8]) => write_byte_array;
    }

    fn serialize_f32(self, value: f32) -> Result {
        self.float(value.is_finite(), |out| {
            CompactFormatter.write_f32(out, value)
        })
    }

    fn serialize_f64(self, value: f64) -> Result {
        self.float(value.is_finite(), |out| {
            CompactFormatter.write_f64(out, value)
        })
    }

    fn serialize_char(self, value: char) -> Result {
        self.serialize_str(value.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, value: &str) -> Result {
        write_str(&mut self.out, value).map_err(Error::io)
    }

    fn serialize_none(self) -> Result {
        self.raw(b"null")
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result {
        self.raw(b"null")
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.raw(b"null")
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        self.variant_key(variant)?;
        value.serialize(&mut *self)?;
        self.raw(b"}")
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'a, W>> {
        self.open(b"[", b"]", len)
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, W>> {
        self.open(b"[", b"]", Some(len))
    }

    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a, W>> {
        self.open(b"[", b"]", Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a, W>> {
        self.variant_key(variant)?;
        self.open(b"[", b"]", Some(len))
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'a, W>> {
        self.open(b"{", b"}", len)
    }

    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a, W>> {
        self.open(b"{", b"}", Some(len))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a, W>> {
        self.variant_key(variant)?;
        self.open(b"{", b"}", Some(len))
    }

    fn collect_str<T: ?Sized + std::fmt::Display>(self, value: &T) -> Result {
        self.serialize_str(&value.to_string())
    }
}

/// The array-like compound traits: elements, then `close` (unless the
/// array was closed when opened) and `tail`.
macro_rules! elements {
    ($($compound:ident::$method:ident => $close:literal $tail:literal;)*) => {$(
        impl<W: Write> ser::$compound for Compound<'_, W> {
            type Ok = ();
            type Error = Error;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result {
                self.element(value)
            }
            fn end(self) -> Result {
                self.close($close, $tail)
            }
        }
    )*};
}

elements! {
    SerializeSeq::serialize_element => b"]" b"";
    SerializeTuple::serialize_element => b"]" b"";
    SerializeTupleStruct::serialize_field => b"]" b"";
    SerializeTupleVariant::serialize_field => b"]" b"}";
}

impl<W: Write> ser::SerializeMap for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result {
        self.separate()?;
        key.serialize(KeySerializer::new(&mut *self.ser))
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result {
        self.ser.raw(b":")?;
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result {
        self.close(b"}", b"")
    }
}

/// The struct-like compound traits: fields, then `}` (unless the object
/// was closed when opened) and `tail`.
macro_rules! fields {
    ($($compound:ident => $tail:literal;)*) => {$(
        impl<W: Write> ser::$compound for Compound<'_, W> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: ?Sized + Serialize>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result {
                self.entry(key, value)
            }
            fn end(self) -> Result {
                self.close(b"}", $tail)
            }
        }
    )*};
}

fields! {
    SerializeStruct => b"";
    SerializeStructVariant => b"}";
}
