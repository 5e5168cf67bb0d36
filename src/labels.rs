//! What messages name: the field a person filled in (`field-concern-text`, "the concern's text")
//! and the kind of thing an id points at (`kind-session`). Code names them by a key that is
//! checked against the messages at compile time ([`field!`](crate::field!),
//! [`thing!`](crate::thing!)); a message receives the label in the reader's language, never the
//! key, so no English word ends up inside another language.

use crate::messages::{Msg, exists_joined, joined};

/// A field people fill in, named in messages by its `field-<key>` label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Field(&'static str);

impl Field {
    /// A field whose label exists; used through [`field!`](crate::field!), which runs this at
    /// compile time.
    pub const fn checked(key: &'static str) -> Field {
        assert!(exists_joined("field-", key), "no field-<key> message for this field");
        Field(key)
    }
    /// The key code uses ("concern-text"): for logs and JSON, never shown to people.
    pub fn key(self) -> &'static str {
        self.0
    }
    /// The field's name in the reader's language.
    pub fn label(self) -> Msg {
        joined("field-", self.0)
    }
}

/// A kind of thing an id or a file can be, named in messages by its `kind-<key>` label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Thing(&'static str);

impl Thing {
    /// A kind whose label exists; used through [`thing!`](crate::thing!) or
    /// [`Entity::thing`](crate::oplog::fields::Entity::thing), checked at compile time.
    pub const fn checked(key: &'static str) -> Thing {
        assert!(exists_joined("kind-", key), "no kind-<key> message for this kind");
        Thing(key)
    }
    pub fn key(self) -> &'static str {
        self.0
    }
    /// The kind's name in the reader's language.
    pub fn label(self) -> Msg {
        joined("kind-", self.0)
    }
    /// The command-line noun that lists things of this kind (`convene concern list`), when one
    /// does.
    pub fn command(self) -> Option<&'static str> {
        Some(match self.0 {
            "concern" => "concern",
            "session" => "session",
            "group" => "group",
            "action" => "action",
            "tag" => "tag",
            "signin" => "signin",
            "ballot" => "ballot",
            "agenda" => "agenda",
            "note" => "note",
            "programme" => "programme",
            "conflict" => "conflicts",
            "bundle" => "trust",
            "held-change" => "trust",
            _ => return None,
        })
    }
}

/// `field!("concern-text")`: the field, with its label checked when the code compiles.
#[macro_export]
macro_rules! field {
    ($key:literal) => {{
        const F: $crate::labels::Field = $crate::labels::Field::checked($key);
        F
    }};
}

/// `thing!("bundle")`: the kind of thing, with its label checked when the code compiles.
#[macro_export]
macro_rules! thing {
    ($key:literal) => {{
        const T: $crate::labels::Thing = $crate::labels::Thing::checked($key);
        T
    }};
}

/// The key, for logs and developer-facing text (`Error`'s `Display`); people see the label.
impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::fmt::Display for Thing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}
