//! Keys as configuration names them ("ctrl-p", "G", "shift-tab") and as the
//! terminal reports them, normalised so the two compare equal.

use std::fmt;
use std::str::FromStr;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

/// A key with its modifiers, normalised so that "G" and "shift-g" agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeySpec {
    code: KeyCodeOrd,
    mods: u8,
}

/// `KeyCode` has no `Ord`; this keeps the parts we bind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum KeyCodeOrd {
    Char(char),
    F(u8),
    Named(u8),
}

const NAMED: &[(&str, KeyCode)] = &[
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("pgup", KeyCode::PageUp),
    ("pgdn", KeyCode::PageDown),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
];

const CTRL: u8 = 1;
const ALT: u8 = 2;
const SHIFT: u8 = 4;

impl KeySpec {
    /// The order hints list keys in: plain keys first, they make the best hints.
    pub fn hint_order(&self) -> impl Ord + use<> {
        (self.mods, self.code)
    }

    /// The spec of a terminal key event, if it is a key we can bind.
    pub fn from_event(ev: &KeyEvent) -> Option<KeySpec> {
        let mut mods = 0;
        if ev.modifiers.contains(KeyModifiers::CONTROL) {
            mods |= CTRL;
        }
        if ev.modifiers.contains(KeyModifiers::ALT) {
            mods |= ALT;
        }
        let code = match ev.code {
            // The character already says whether shift was down.
            KeyCode::Char(c) => KeyCodeOrd::Char(if mods & CTRL != 0 {
                c.to_ascii_lowercase()
            } else {
                c
            }),
            KeyCode::F(n) => KeyCodeOrd::F(n),
            KeyCode::BackTab => KeyCodeOrd::Named(named_index(KeyCode::BackTab)?),
            code => {
                if ev.modifiers.contains(KeyModifiers::SHIFT) {
                    mods |= SHIFT;
                }
                KeyCodeOrd::Named(named_index(code)?)
            }
        };
        Some(KeySpec { code, mods })
    }
}

fn named_index(code: KeyCode) -> Option<u8> {
    NAMED
        .iter()
        .position(|(_, c)| *c == code)
        .and_then(|i| u8::try_from(i).ok())
}

impl FromStr for KeySpec {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let mut mods = 0;
        let mut rest = s;
        // A lone "-" is the minus key, not a separator.
        while rest.len() > 1 {
            let lower = rest.to_ascii_lowercase();
            let (flag, len) = if lower.starts_with("ctrl-") {
                (CTRL, 5)
            } else if lower.starts_with("alt-") {
                (ALT, 4)
            } else if lower.starts_with("shift-") {
                (SHIFT, 6)
            } else {
                break;
            };
            mods |= flag;
            rest = &rest[len..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => {
                if mods & SHIFT != 0 && c.is_alphabetic() {
                    mods &= !SHIFT;
                    KeyCodeOrd::Char(c.to_uppercase().next().unwrap_or(c))
                } else if mods & CTRL != 0 {
                    KeyCodeOrd::Char(c.to_ascii_lowercase())
                } else {
                    KeyCodeOrd::Char(c)
                }
            }
            _ => {
                let lower = rest.to_ascii_lowercase();
                if lower == "space" {
                    KeyCodeOrd::Char(' ')
                } else if lower == "tab" && mods & SHIFT != 0 {
                    mods &= !SHIFT;
                    KeyCodeOrd::Named(named_index(KeyCode::BackTab).unwrap_or(0))
                } else if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                    KeyCodeOrd::F(n)
                } else if let Some(i) = NAMED.iter().position(|(name, _)| *name == lower) {
                    KeyCodeOrd::Named(i as u8)
                } else {
                    return Err(format!("unknown key {s:?}"));
                }
            }
        };
        Ok(KeySpec { code, mods })
    }
}

impl fmt::Display for KeySpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods & CTRL != 0 {
            f.write_str("ctrl-")?;
        }
        if self.mods & ALT != 0 {
            f.write_str("alt-")?;
        }
        if self.mods & SHIFT != 0 {
            f.write_str("shift-")?;
        }
        match self.code {
            KeyCodeOrd::Char(' ') => f.write_str("space"),
            KeyCodeOrd::Char(c) => write!(f, "{c}"),
            KeyCodeOrd::F(n) => write!(f, "f{n}"),
            KeyCodeOrd::Named(i) => {
                let name = NAMED.get(usize::from(i)).map_or("?", |(n, _)| n);
                f.write_str(if name == "backtab" { "shift-tab" } else { name })
            }
        }
    }
}

impl<'de> Deserialize<'de> for KeySpec {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
