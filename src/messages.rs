//! Typed accessors for every message: `msg::error_busy {}`, `msg::cli_wrote { path, bytes }`.
//! build.rs generates one struct per message in `locales/en/*.ftl`, with one field per argument,
//! so a message that does not exist, a missing argument or an argument of the wrong kind is a
//! compile error. Render one with [`Localizer::m`](crate::i18n::Localizer::m), or build one with
//! the [`msg!`](crate::msg!) macro (`msg!(cli_wrote, path = p, bytes = n)`).
//!
//! Arguments come in three kinds:
//! - [`Num`]: a number some locale selects a plural form on. Only integers convert into it.
//! - [`Label`]: an argument that names a thing (`$field`, `$kind`, `$column`, `$status`…). It
//!   takes another message, rendered in the same language first, so code can never put an
//!   English word into a translated sentence.
//! - [`Value`]: anything shown as it is (a path, an id, a title someone typed, a count).

use crate::i18n::{ArgValue, Args};

/// A message and its arguments, ready to render in any locale.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub(crate) id: &'static str,
    pub(crate) args: Args,
}

impl Msg {
    #[doc(hidden)]
    pub fn new(id: &'static str) -> Msg {
        Msg { id, args: Args::new() }
    }
    #[doc(hidden)]
    pub fn with(mut self, key: &'static str, value: impl Into<ArgValue>) -> Msg {
        self.args.set(key, value);
        self
    }
    /// The Fluent id (for JSON output and logs; never to look the message up again).
    pub fn id(&self) -> &'static str {
        self.id
    }
    /// Whether `id` is an English message (for ids chosen from data, such as the help tree).
    pub fn exists(id: &str) -> bool {
        IDS.binary_search(&id).is_ok()
    }
    /// The message a stored id names (a conflict's or a held change's field, from the field
    /// table, whose every field has its message: tests/locales.rs checks them). An id that
    /// names nothing shows as itself, marked, rather than as an empty line.
    pub fn named(id: &str) -> Msg {
        Msg::lookup(id).unwrap_or_else(|| crate::msg!(label_unknown, key = id.to_string()))
    }

    /// A message chosen from data, such as the help tree's command paths, when it exists.
    pub fn lookup(id: &str) -> Option<Msg> {
        IDS.binary_search(&id).ok().map(|i| Msg::new(IDS[i]))
    }
}

/// A message's id, its file (`ui`, `cli`…) and its arguments with their kinds.
pub type MessageArgs = (&'static str, &'static str, &'static [(&'static str, ArgKind)]);

/// What kind each argument is, as the UI's generated types need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgKind {
    Value,
    Code,
    Label,
    Number,
}

/// A number a message selects a plural form on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num(pub i64);

macro_rules! num_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Num {
            fn from(n: $t) -> Num {
                Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
num_from!(i64, i32, u32, u64, usize, u16, u8);

/// An argument shown as it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Value(pub ArgValue);

impl<T: Into<ArgValue>> From<T> for Value {
    fn from(v: T) -> Value {
        Value(v.into())
    }
}

/// An argument that names a thing: a message of its own, rendered in the same language.
#[derive(Debug, Clone, PartialEq)]
pub struct Label(pub Box<Msg>);

impl<T: Into<Msg>> From<T> for Label {
    fn from(m: T) -> Label {
        Label(Box::new(m.into()))
    }
}

impl From<Num> for ArgValue {
    fn from(n: Num) -> ArgValue {
        ArgValue::Number(n.0)
    }
}
impl From<Label> for ArgValue {
    fn from(l: Label) -> ArgValue {
        ArgValue::Label(l.0)
    }
}

/// Whether the English message `prefix` + `suffix` exists, spelled exactly so, at compile time.
pub const fn exists_exact(prefix: &str, suffix: &str) -> bool {
    exists(prefix, suffix, false)
}

/// Whether the English message `prefix` + `suffix` exists, at compile time: the enum-to-message
/// maps (`choice!` with `labels`) assert it for every value, so a missing label does not compile.
pub const fn exists_joined(prefix: &str, suffix: &str) -> bool {
    exists(prefix, suffix, true)
}

const fn exists(prefix: &str, suffix: &str, dashed: bool) -> bool {
    let (p, s) = (prefix.as_bytes(), suffix.as_bytes());
    let mut i = 0;
    while i < IDS.len() {
        let id = IDS[i].as_bytes();
        if id.len() == p.len() + s.len() {
            let mut j = 0;
            let mut same = true;
            while j < id.len() {
                let want = if j < p.len() { p[j] } else { s[j - p.len()] };
                // Keys are spelled with '_' or ' ' in some vocabularies and '-' in message ids.
                let want = if dashed && (want == b'_' || want == b' ') { b'-' } else { want };
                if id[j] != want {
                    same = false;
                    break;
                }
                j += 1;
            }
            if same {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// A message id joined from a prefix and a value the compile-time check above has vouched for.
pub fn joined(prefix: &str, suffix: &str) -> Msg {
    let id = format!("{prefix}{}", suffix.replace(['_', ' '], "-"));
    Msg::lookup(&id).unwrap_or_else(|| panic!("{id} is checked at compile time"))
}

/// `msg!(cli_wrote, path = p, bytes = n)`: the typed message with its arguments converted.
#[macro_export]
macro_rules! msg {
    ($id:ident $(, $key:ident = $value:expr)* $(,)?) => {
        $crate::messages::Msg::from($crate::msg::$id { $($key: ::core::convert::Into::into($value)),* })
    };
}

/// The generated structs, one per message (`crate::msg`).
pub mod generated {
    use super::{ArgKind, Label, MessageArgs, Msg, Num, Value};
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}
pub use generated::ARGS;
use generated::IDS;

/// `labels!(ActionStatus, "action-status-")`: each value of a `choice!` vocabulary has a
/// message naming it (`action-status-done`), checked at compile time, and `label()` returns it.
#[macro_export]
macro_rules! labels {
    ($name:ty, $prefix:literal) => {
        impl $name {
            /// The message naming this value, in the reader's language.
            pub fn label(self) -> $crate::messages::Msg {
                $crate::messages::joined($prefix, self.as_str())
            }
        }
        const _: () = {
            let values = <$name>::VALUES;
            let mut i = 0;
            while i < values.len() {
                assert!($crate::messages::exists_joined($prefix, values[i]), "a value has no label message");
                i += 1;
            }
        };
    };
}
