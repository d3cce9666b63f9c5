//! Keys and mouse from the terminal: raw bytes read on a thread of their
//! own and parsed into crossterm's `Event`s, with no input able to stall
//! the ones after it.
//!
//! crossterm's own parser waits for the end of a bracketed paste
//! (`ESC[201~`) after its start, so one `ESC[200~` froze every key, `q`
//! included. Here no sequence is waited on: an escape sequence is cut
//! short past [`MAX_SEQUENCE`] bytes or when no byte follows within
//! [`PENDING_TIMEOUT_MS`], and paste markers are dropped (the reader never
//! asks for bracketed paste; pasted text is typed keys, as without it).

use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use tokio::sync::mpsc::UnboundedSender;

/// The longest escape sequence kept: an SGR mouse report at 9999×9999 is 18.
const MAX_SEQUENCE: usize = 32;

/// How long an unfinished sequence waits for its next byte: terminals send
/// a sequence in one write, so a gap this long means it will not finish.
const PENDING_TIMEOUT_MS: i32 = 50;

const ESC: u8 = 0x1b;

/// Set while another program (a terminal browser) has the terminal: its
/// keys are its own, so the reader reads none.
static PAUSED: AtomicBool = AtomicBool::new(false);

/// How often a paused reader looks whether it may read again.
const PAUSED_POLL_MS: i32 = 50;

/// Stops (or resumes) reading the terminal's input.
pub fn pause(paused: bool) {
    PAUSED.store(paused, Ordering::SeqCst);
}

/// Reads standard input (a terminal: the reader refuses to start otherwise)
/// on a thread until the receiver is gone; the thread ends with the process.
pub fn spawn_reader(tx: UnboundedSender<Event>) {
    std::thread::spawn(move || {
        let mut parser = Parser::default();
        let mut stdin = std::io::stdin();
        // At least std's buffer size, so each read is one read(2) of what
        // arrived together, which is what tells a lone ESC from a sequence.
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            if PAUSED.load(Ordering::SeqCst) {
                std::thread::sleep(std::time::Duration::from_millis(PAUSED_POLL_MS as u64));
                continue;
            }
            // Input is read only once it is there, so a pause takes effect
            // before the next key, not after it.
            let wait = if parser.is_pending() {
                PENDING_TIMEOUT_MS
            } else {
                PAUSED_POLL_MS
            };
            let events = if !stdin_ready(wait) {
                if !parser.is_pending() {
                    continue;
                }
                parser.flush()
            } else {
                match stdin.read(&mut buf) {
                    Ok(n) if n > 0 => parser.feed(&buf[..n]),
                    // Signal handlers are installed with SA_RESTART; this is for any other.
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    // End of input (the terminal hung up): the event loop ends.
                    _ => return,
                }
            };
            for event in events {
                if tx.send(event).is_err() {
                    return;
                }
            }
        }
    });
}

/// Whether standard input has bytes within `timeout_ms`.
fn stdin_ready(timeout_ms: i32) -> bool {
    let mut fd = libc::pollfd {
        fd: 0,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd, counted as one.
    unsafe { libc::poll(&mut fd, 1, timeout_ms) > 0 }
}

/// Bytes to events. Whatever arrives, every call makes progress: bytes are
/// either an event, dropped, or part of one short unfinished sequence.
#[derive(Debug, Default)]
pub struct Parser {
    pending: Vec<u8>,
}

impl Parser {
    /// Whether an unfinished sequence waits for more bytes.
    pub fn is_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// The events in `bytes`, one read's worth. A lone ESC at the end of a
    /// read is the Escape key; an unfinished sequence waits for the next read.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Event> {
        self.pending.extend_from_slice(bytes);
        let mut events = Vec::new();
        let mut at = 0;
        while at < self.pending.len() {
            match parse_one(&self.pending[at..]) {
                Parsed::Event(event, used) => {
                    events.extend(event);
                    at += used;
                }
                // Too long to be a real sequence: dropped whole, never typed.
                Parsed::Incomplete if self.pending.len() - at > MAX_SEQUENCE => {
                    at = self.pending.len();
                }
                Parsed::Incomplete => break,
            }
        }
        self.pending.drain(..at);
        if self.pending == [ESC] {
            self.pending.clear();
            events.push(key(KeyCode::Esc, KeyModifiers::NONE));
        }
        events
    }

    /// Gives up on the unfinished sequence: ESC alone or with one byte is
    /// a key, anything longer is dropped.
    pub fn flush(&mut self) -> Vec<Event> {
        let pending = std::mem::take(&mut self.pending);
        match pending.as_slice() {
            [ESC] => vec![key(KeyCode::Esc, KeyModifiers::NONE)],
            _ => Vec::new(),
        }
    }
}

enum Parsed {
    /// An event (or bytes dropped as meaningless), and the bytes used.
    Event(Option<Event>, usize),
    /// The bytes start a sequence that is not finished yet.
    Incomplete,
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

fn parse_one(bytes: &[u8]) -> Parsed {
    let plain = |code| Parsed::Event(Some(key(code, KeyModifiers::NONE)), 1);
    let ctrl = |c: u8| {
        Parsed::Event(
            Some(key(KeyCode::Char(c as char), KeyModifiers::CONTROL)),
            1,
        )
    };
    match bytes[0] {
        ESC => parse_escape(bytes),
        b'\r' | b'\n' => plain(KeyCode::Enter),
        b'\t' => plain(KeyCode::Tab),
        0x7f | 0x08 => plain(KeyCode::Backspace),
        0 => ctrl(b' '),
        b @ 0x01..=0x1a => ctrl(b - 1 + b'a'),
        b @ 0x1c..=0x1f => ctrl(b - 0x1c + b'4'),
        _ => parse_char(bytes),
    }
}

/// One UTF-8 character; a broken one is dropped a byte at a time.
fn parse_char(bytes: &[u8]) -> Parsed {
    let len = match bytes[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return Parsed::Event(None, 1),
    };
    if bytes.len() < len {
        return Parsed::Incomplete;
    }
    match std::str::from_utf8(&bytes[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => {
            let mods = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            Parsed::Event(Some(key(KeyCode::Char(c), mods)), len)
        }
        None => Parsed::Event(None, 1),
    }
}

fn parse_escape(bytes: &[u8]) -> Parsed {
    match bytes.get(1) {
        None => Parsed::Incomplete,
        Some(b'[') => parse_csi(bytes),
        Some(b'O') => match bytes.get(2) {
            None => Parsed::Incomplete,
            Some(&b) => Parsed::Event(final_key(b, KeyModifiers::NONE), 3),
        },
        // ESC ESC: the first is the Escape key.
        Some(&ESC) => Parsed::Event(Some(key(KeyCode::Esc, KeyModifiers::NONE)), 1),
        // ESC then a key is that key with Alt.
        Some(_) => match parse_one(&bytes[1..]) {
            Parsed::Event(Some(Event::Key(mut k)), used) => {
                k.modifiers |= KeyModifiers::ALT;
                Parsed::Event(Some(Event::Key(k)), used + 1)
            }
            Parsed::Event(_, used) => Parsed::Event(None, used + 1),
            Parsed::Incomplete => Parsed::Incomplete,
        },
    }
}

/// `ESC [ params final`: parameters and intermediates (0x20-0x3f), then one
/// final byte (0x40-0x7e). A byte outside both ends the sequence as garbage.
fn parse_csi(bytes: &[u8]) -> Parsed {
    let Some(offset) = bytes[2..].iter().position(|b| !(0x20..=0x3f).contains(b)) else {
        return Parsed::Incomplete;
    };
    let end = 2 + offset;
    let last = bytes[end];
    if !(0x40..=0x7e).contains(&last) {
        return Parsed::Event(None, end);
    }
    let params = std::str::from_utf8(&bytes[2..end]).unwrap_or("");
    Parsed::Event(csi_event(params, last), end + 1)
}

fn csi_event(params: &str, last: u8) -> Option<Event> {
    if let Some(sgr) = params.strip_prefix('<') {
        return sgr_mouse(sgr, last == b'M');
    }
    let mut numbers = params.split(';').map(|p| p.parse::<u16>().ok());
    let first = numbers.next().flatten();
    let mods = modifiers(numbers.next().flatten());
    if last != b'~' {
        return final_key(last, mods);
    }
    let code = match first? {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        n @ 11..=15 => KeyCode::F((n - 10) as u8),
        n @ 17..=21 => KeyCode::F((n - 11) as u8),
        n @ 23..=24 => KeyCode::F((n - 12) as u8),
        // Paste markers (200, 201) and keys the reader does not bind.
        _ => return None,
    };
    Some(key(code, mods))
}

/// The key of a CSI or SS3 sequence's final byte.
fn final_key(last: u8, mods: KeyModifiers) -> Option<Event> {
    let code = match last {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        b'Z' => return Some(key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        _ => return None,
    };
    Some(key(code, mods))
}

/// xterm's modifier parameter: 1 + (shift 1, alt 2, ctrl 4).
fn modifiers(param: Option<u16>) -> KeyModifiers {
    let bits = param.unwrap_or(1).saturating_sub(1);
    let mut mods = KeyModifiers::NONE;
    if bits & 1 != 0 {
        mods |= KeyModifiers::SHIFT;
    }
    if bits & 2 != 0 {
        mods |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        mods |= KeyModifiers::CONTROL;
    }
    mods
}

/// An SGR mouse report `ESC [ < b ; x ; y M` (press) or `m` (release).
fn sgr_mouse(params: &str, press: bool) -> Option<Event> {
    let mut numbers = params.split(';').map(|p| p.parse::<u16>().ok());
    let (b, x, y) = (numbers.next()??, numbers.next()??, numbers.next()??);
    let kind = match (b & !0b11100, press) {
        (64, _) => MouseEventKind::ScrollUp,
        (65, _) => MouseEventKind::ScrollDown,
        (0, true) if b & 32 == 0 => MouseEventKind::Down(MouseButton::Left),
        // Releases, drags, moves and other buttons: the reader binds none.
        _ => return None,
    };
    Some(Event::Mouse(MouseEvent {
        kind,
        column: x.saturating_sub(1),
        row: y.saturating_sub(1),
        modifiers: modifiers(Some(((b >> 2) & 0b111) + 1)),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(bytes: &[u8]) -> Vec<Event> {
        Parser::default().feed(bytes)
    }

    fn k(code: KeyCode, mods: KeyModifiers) -> Event {
        key(code, mods)
    }

    #[test]
    fn plain_control_and_named_keys() {
        use KeyModifiers as M;
        assert_eq!(keys(b"q"), [k(KeyCode::Char('q'), M::NONE)]);
        assert_eq!(keys(b"G"), [k(KeyCode::Char('G'), M::SHIFT)]);
        assert_eq!(keys(b"\x10"), [k(KeyCode::Char('p'), M::CONTROL)]);
        assert_eq!(
            keys(b"\r\t\x7f"),
            [
                k(KeyCode::Enter, M::NONE),
                k(KeyCode::Tab, M::NONE),
                k(KeyCode::Backspace, M::NONE)
            ]
        );
        assert_eq!(keys(b"\x1b"), [k(KeyCode::Esc, M::NONE)]);
        assert_eq!(
            keys(b"\x1b[A\x1bOB\x1b[6~\x1b[Z"),
            [
                k(KeyCode::Up, M::NONE),
                k(KeyCode::Down, M::NONE),
                k(KeyCode::PageDown, M::NONE),
                k(KeyCode::BackTab, M::SHIFT)
            ]
        );
        assert_eq!(keys(b"\x1b[1;5C"), [k(KeyCode::Right, M::CONTROL)]);
        assert_eq!(keys(b"\x1bx"), [k(KeyCode::Char('x'), M::ALT)]);
        assert_eq!(keys("é".as_bytes()), [k(KeyCode::Char('é'), M::NONE)]);
    }

    #[test]
    fn mouse_reports() {
        let click = keys(b"\x1b[<0;11;6M");
        assert!(matches!(
            &click[..],
            [Event::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: 10,
                row: 5,
                ..
            })]
        ));
        let wheel = keys(b"\x1b[<65;1;1M");
        assert!(matches!(
            &wheel[..],
            [Event::Mouse(MouseEvent {
                kind: MouseEventKind::ScrollDown,
                ..
            })]
        ));
        assert!(keys(b"\x1b[<0;11;6m").is_empty());
    }

    /// The freeze this module exists for: a paste start with no end.
    #[test]
    fn an_unterminated_paste_never_stalls_the_keys_after_it() {
        let mut parser = Parser::default();
        let events = parser.feed(b"\x1b[200~pasted text");
        assert_eq!(events.len(), "pasted text".len());
        assert_eq!(
            parser.feed(b"q"),
            [k(KeyCode::Char('q'), KeyModifiers::NONE)]
        );
    }

    #[test]
    fn unfinished_and_garbage_sequences_are_cut_short() {
        let mut parser = Parser::default();
        // Split across reads: waits, then completes.
        assert!(parser.feed(b"\x1b[1;").is_empty());
        assert!(parser.is_pending());
        assert_eq!(parser.feed(b"5A"), [k(KeyCode::Up, KeyModifiers::CONTROL)]);
        // Never finished: dropped on the timeout, and keys flow again.
        assert!(parser.feed(b"\x1b[12;3").is_empty());
        assert!(parser.flush().is_empty());
        assert_eq!(parser.feed(b"q").len(), 1);
        // Endless parameters: dropped past the cap without any timeout,
        // none of them typed as keys.
        let mut long = b"\x1b[".to_vec();
        long.extend(std::iter::repeat_n(b'1', 100));
        assert!(parser.feed(&long).is_empty());
        assert!(!parser.is_pending());
        assert_eq!(parser.feed(b"q").len(), 1);
        // A byte that cannot be in a sequence ends it as garbage.
        assert_eq!(
            keys(b"\x1b[1\x01"),
            [k(KeyCode::Char('a'), KeyModifiers::CONTROL)]
        );
    }
}
