//! The reader's configuration: key bindings per mode and the colour theme,
//! the embedded defaults (`assets/config.toml`) with the user's file merged on top.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

use super::action::Action;
pub use super::keyspec::KeySpec;

/// The defaults, compiled in so the reader works without any file.
pub const DEFAULT_CONFIG: &str = include_str!("../../assets/config.toml");

/// Which key table applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Palette,
    Help,
    /// The list of all groups is open.
    Groups,
    /// The sources filter prompt has the keys.
    Filter,
    /// Typing a search of the article.
    Search,
}

/// A colour parsed at load time so a bad name is reported with its line.
#[derive(Debug, Clone, Copy)]
struct ColorSpec(Color);

impl<'de> Deserialize<'de> for ColorSpec {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Color::from_str(&s)
            .map(ColorSpec)
            .map_err(|_| serde::de::Error::custom(format!("unknown colour {s:?}")))
    }
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ModifierSpec {
    Bold,
    Dim,
    Italic,
    Underlined,
    Reversed,
    CrossedOut,
}

impl ModifierSpec {
    fn modifier(self) -> Modifier {
        match self {
            ModifierSpec::Bold => Modifier::BOLD,
            ModifierSpec::Dim => Modifier::DIM,
            ModifierSpec::Italic => Modifier::ITALIC,
            ModifierSpec::Underlined => Modifier::UNDERLINED,
            ModifierSpec::Reversed => Modifier::REVERSED,
            ModifierSpec::CrossedOut => Modifier::CROSSED_OUT,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct StyleSpec {
    fg: Option<ColorSpec>,
    bg: Option<ColorSpec>,
    modifiers: Vec<ModifierSpec>,
}

impl StyleSpec {
    fn style(&self, colour: bool) -> Style {
        let mut style = Style::default();
        if colour {
            if let Some(ColorSpec(c)) = self.fg {
                style = style.fg(c);
            }
            if let Some(ColorSpec(c)) = self.bg {
                style = style.bg(c);
            }
        }
        self.modifiers
            .iter()
            .fold(style, |s, m| s.add_modifier(m.modifier()))
    }
}

/// Declares the theme's named styles once: the file form and the resolved form.
macro_rules! theme {
    ($($name:ident),* $(,)?) => {
        #[derive(Debug, Clone, Default, Deserialize)]
        #[serde(default, deny_unknown_fields)]
        struct ThemeFile { $($name: Option<StyleSpec>,)* }

        impl ThemeFile {
            fn merge(&mut self, over: ThemeFile) {
                $(if over.$name.is_some() { self.$name = over.$name; })*
            }
            fn resolve(&self, colour: bool) -> Theme {
                Theme { $($name: self.$name.as_ref().map(|s| s.style(colour)).unwrap_or_default(),)* }
            }
        }

        /// Resolved styles, one per role in the reader.
        #[derive(Debug, Clone, Default)]
        pub struct Theme { $(pub $name: Style,)* }
    };
}

theme!(
    header,
    border,
    border_focused,
    cursor,
    title,
    derived_title,
    dimmed,
    quote,
    quote_selected,
    highlight,
    speaker,
    badge,
    deleted,
    inserted,
    replaced,
    matched,
    status,
    key,
    warning,
);

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct KeysFile {
    normal: BTreeMap<KeySpec, Action>,
    palette: BTreeMap<KeySpec, Action>,
    help: BTreeMap<KeySpec, Action>,
    groups: BTreeMap<KeySpec, Action>,
    filter: BTreeMap<KeySpec, Action>,
    search: BTreeMap<KeySpec, Action>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct ConfigFile {
    keys: KeysFile,
    theme: ThemeFile,
}

/// Key bindings of every mode.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    pub normal: BTreeMap<KeySpec, Action>,
    pub palette: BTreeMap<KeySpec, Action>,
    pub help: BTreeMap<KeySpec, Action>,
    pub groups: BTreeMap<KeySpec, Action>,
    pub filter: BTreeMap<KeySpec, Action>,
    pub search: BTreeMap<KeySpec, Action>,
}

impl Keymap {
    pub fn table(&self, mode: Mode) -> &BTreeMap<KeySpec, Action> {
        match mode {
            Mode::Normal => &self.normal,
            Mode::Palette => &self.palette,
            Mode::Help => &self.help,
            Mode::Groups => &self.groups,
            Mode::Filter => &self.filter,
            Mode::Search => &self.search,
        }
    }

    /// The action bound to `key` in `mode`; unbound keys and `noop` give `None`.
    pub fn lookup(&self, mode: Mode, key: &KeySpec) -> Option<&Action> {
        self.table(mode)
            .get(key)
            .filter(|a| !matches!(a, Action::Noop))
    }

    /// A mode the user could not leave, if the bindings make one: normal
    /// mode needs a key that quits; the overlays one that quits or closes.
    fn mode_without_a_way_out(&self) -> Option<&'static str> {
        let has = |table: &BTreeMap<KeySpec, Action>, overlay: bool| {
            table.values().any(|a| {
                matches!(a, Action::Quit) || (overlay && matches!(a, Action::CloseOverlay))
            })
        };
        if !has(&self.normal, false) {
            Some("normal")
        } else if !has(&self.palette, true) {
            Some("palette")
        } else if !has(&self.help, true) {
            Some("help")
        } else if !has(&self.groups, true) {
            Some("groups")
        } else if !has(&self.filter, true) {
            Some("filter")
        } else if !has(&self.search, true) {
            Some("search")
        } else {
            None
        }
    }

    /// Keys bound to `action` in `mode`, for hints and help.
    pub fn keys_for(&self, mode: Mode, action: &Action) -> Vec<KeySpec> {
        let mut keys = self
            .table(mode)
            .iter()
            .filter(|(_, a)| a.same_as(action))
            .map(|(k, _)| *k)
            .collect::<Vec<_>>();
        // Plain keys first: they make the best hints.
        keys.sort_by_key(|k| k.hint_order());
        keys
    }
}

/// The largest configuration file read: the defaults are 4 KB.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// Everything the reader takes from configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub keys: Keymap,
    pub theme: Theme,
}

/// A configuration file that could not be used: which file, which line, why.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}: {message}")]
pub struct ConfigError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

fn parse(text: &str, path: &str) -> Result<ConfigFile, ConfigError> {
    toml::from_str(text).map_err(|e| ConfigError {
        path: path.to_string(),
        line: e.span().map_or(1, |s| {
            text[..s.start.min(text.len())].matches('\n').count() + 1
        }),
        message: e.message().trim().to_string(),
    })
}

impl Config {
    /// The defaults with `user` (the text of `path`) merged on top.
    pub fn from_texts(user: Option<(&str, &str)>, colour: bool) -> Result<Config, ConfigError> {
        let mut base = parse(DEFAULT_CONFIG, "assets/config.toml (built in)")?;
        if let Some((text, path)) = user {
            let over = parse(text, path)?;
            base.keys.normal.extend(over.keys.normal);
            base.keys.palette.extend(over.keys.palette);
            base.keys.help.extend(over.keys.help);
            base.keys.groups.extend(over.keys.groups);
            base.keys.filter.extend(over.keys.filter);
            base.keys.search.extend(over.keys.search);
            base.theme.merge(over.theme);
        }
        let keys = Keymap {
            normal: base.keys.normal,
            palette: base.keys.palette,
            help: base.keys.help,
            groups: base.keys.groups,
            filter: base.keys.filter,
            search: base.keys.search,
        };
        if let Some(mode) = keys.mode_without_a_way_out() {
            return Err(ConfigError {
                path: user
                    .map_or("assets/config.toml (built in)", |(_, p)| p)
                    .to_string(),
                line: 1,
                message: format!(
                    "no key leaves {mode} mode: bind one to \"quit\"{}",
                    if mode == "normal" {
                        ""
                    } else {
                        " or \"close_overlay\""
                    }
                ),
            });
        }
        Ok(Config {
            keys,
            theme: base.theme.resolve(colour),
        })
    }

    /// Reads the user's file, if any, from the XDG location; a device,
    /// FIFO or file over [`MAX_CONFIG_BYTES`] is an error, not read.
    pub fn load(colour: bool) -> anyhow::Result<Config> {
        let Some(path) = config_path() else {
            return Ok(Config::from_texts(None, colour)?);
        };
        match super::files::read_small(&path, MAX_CONFIG_BYTES) {
            Ok(Some(text)) => {
                let shown = path.display().to_string();
                Ok(Config::from_texts(Some((&text, &shown)), colour)?)
            }
            Ok(None) => Ok(Config::from_texts(None, colour)?),
            Err(e) => Err(anyhow::anyhow!("{}: {e}", path.display())),
        }
    }
}

/// `$XDG_CONFIG_HOME/verbatim/config.toml`, else `~/.config/verbatim/config.toml`.
pub fn config_path() -> Option<PathBuf> {
    xdg_dir("XDG_CONFIG_HOME", ".config").map(|d| d.join("verbatim").join("config.toml"))
}

/// An XDG base directory: the variable when set to an absolute path, else `$HOME/<fallback>`.
pub fn xdg_dir(var: &str, fallback: &str) -> Option<PathBuf> {
    std::env::var_os(var)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| Path::new(&h).join(fallback))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn key(s: &str) -> KeySpec {
        s.parse().unwrap()
    }

    #[test]
    fn defaults_parse_and_bind_the_documented_keys() {
        let c = Config::from_texts(None, true).unwrap();
        assert!(matches!(
            c.keys.lookup(Mode::Normal, &key("q")),
            Some(Action::Quit)
        ));
        assert!(matches!(
            c.keys.lookup(Mode::Normal, &key("ctrl-p")),
            Some(Action::OpenPalette)
        ));
        assert!(matches!(
            c.keys.lookup(Mode::Palette, &key("ctrl-p")),
            Some(Action::PaletteUp)
        ));
        assert!(matches!(
            c.keys.lookup(Mode::Normal, &key("G")),
            Some(Action::Bottom)
        ));
        assert!(matches!(
            c.keys.lookup(Mode::Normal, &key("g")),
            Some(Action::Top)
        ));
    }

    #[test]
    fn key_events_normalise_like_specs() {
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(KeySpec::from_event(&ev), Some(key("shift-g")));
        assert_eq!(KeySpec::from_event(&ev), Some(key("G")));
        let ev = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(KeySpec::from_event(&ev), Some(key("shift-tab")));
        let ev = KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL);
        assert_eq!(KeySpec::from_event(&ev), Some(key("ctrl-p")));
        assert_eq!(key("ctrl-p").to_string(), "ctrl-p");
        assert_eq!(key("-").to_string(), "-");
    }

    #[test]
    fn user_bindings_override_and_unbind() {
        let user = "[keys.normal]\n\"x\" = \"quit\"\n\"q\" = \"noop\"\n";
        let c = Config::from_texts(Some((user, "u.toml")), true).unwrap();
        assert!(matches!(
            c.keys.lookup(Mode::Normal, &key("x")),
            Some(Action::Quit)
        ));
        assert!(c.keys.lookup(Mode::Normal, &key("q")).is_none());
        assert!(matches!(
            c.keys.lookup(Mode::Normal, &key("j")),
            Some(Action::MoveDown)
        ));
    }

    #[test]
    fn bad_config_names_file_and_line() {
        let user = "[keys.normal]\n\"j\" = \"move_down\"\n\"k\" = \"fly_away\"\n";
        let e = Config::from_texts(Some((user, "/tmp/c.toml")), true).unwrap_err();
        assert_eq!((e.path.as_str(), e.line), ("/tmp/c.toml", 3), "{e}");
        let user = "[theme]\nquote = { fg = \"ultraviolet\" }\n";
        let e = Config::from_texts(Some((user, "c.toml")), true).unwrap_err();
        assert_eq!(e.line, 2, "{e}");
        assert!(e.to_string().contains("ultraviolet"), "{e}");
        let user = "[keys.normal]\n\n\"hyper-q\" = \"quit\"\n";
        let e = Config::from_texts(Some((user, "c.toml")), true).unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        let user = "[colours]\n";
        assert!(Config::from_texts(Some((user, "c.toml")), true).is_err());
    }

    #[test]
    fn a_config_that_leaves_no_way_to_quit_is_refused() {
        let user = "[keys.normal]\n\"q\" = \"noop\"\n\"ctrl-c\" = \"noop\"\n";
        let e = Config::from_texts(Some((user, "u.toml")), true).unwrap_err();
        assert!(e.to_string().contains("no key leaves normal mode"), "{e}");
        let user = "[keys.help]\n\"q\" = \"noop\"\n\"?\" = \"noop\"\n\"esc\" = \"noop\"\n\"ctrl-c\" = \"noop\"\n";
        let e = Config::from_texts(Some((user, "u.toml")), true).unwrap_err();
        assert!(e.to_string().contains("help mode"), "{e}");
        // Moving quit to another key is fine.
        let user = "[keys.normal]\n\"q\" = \"noop\"\n\"ctrl-c\" = \"noop\"\n\"x\" = \"quit\"\n";
        assert!(Config::from_texts(Some((user, "u.toml")), true).is_ok());
    }

    #[test]
    fn user_theme_overrides_one_style_and_keeps_the_rest() {
        let user = "[theme]\ndeleted = { fg = \"#ff8800\", modifiers = [\"bold\"] }\n";
        let c = Config::from_texts(Some((user, "u.toml")), true).unwrap();
        assert_eq!(c.theme.deleted.fg, Some(Color::Rgb(0xff, 0x88, 0)));
        assert!(c.theme.deleted.add_modifier.contains(Modifier::BOLD));
        assert!(!c.theme.deleted.add_modifier.contains(Modifier::CROSSED_OUT));
        let d = Config::from_texts(None, true).unwrap();
        assert_eq!(c.theme.inserted, d.theme.inserted);
    }

    #[test]
    fn without_colour_only_attributes_remain() {
        let c = Config::from_texts(None, false).unwrap();
        assert_eq!(c.theme.deleted.fg, None);
        assert!(c.theme.deleted.add_modifier.contains(Modifier::CROSSED_OUT));
        let c = Config::from_texts(None, true).unwrap();
        assert!(c.theme.deleted.fg.is_some());
    }
}
