//! The op log: every change to a meeting is an immutable op, and every materialized table is a
//! pure fold of those ops (see `fold`). Merging laptops' work is a union of op sets.

pub mod clock;
pub mod fields;
pub mod fold;
pub mod redact;
pub mod verdict;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{DeviceId, OpId};

/// What an op changes. Serialized into the `change` column and into bundles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum Change {
    /// A new entity with its initial field values.
    Create { fields: Map<String, Value> },
    /// One editable field set to a new value (last writer wins by `(hlc, device)`).
    Set { field: String, value: Value },
    /// A tombstone: the entity is gone, whatever else happens to it.
    Delete,
    /// A tombstone for a record removed because it holds personal information: as `Delete`, and
    /// every op of the record has its words blanked in the log, wherever this op arrives (see
    /// `redact`). The op keeps who removed it and when.
    Redact,
}

impl Change {
    /// How each kind of change is tagged in the JSON of the log (`{"op": "create", ...}`), for
    /// queries that look inside it.
    pub const CREATE: &'static str = "create";
    pub const SET: &'static str = "set";
    pub const DELETE: &'static str = "delete";
    pub const REDACT: &'static str = "redact";

    /// Whether the change removes its record (a delete or a redaction).
    pub fn removes(&self) -> bool {
        matches!(self, Change::Delete | Change::Redact)
    }

    /// The field a `Set` writes.
    pub fn set_field(&self) -> Option<&str> {
        match self {
            Change::Set { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// One op as stored in the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Op {
    pub op_id: OpId,
    pub device_id: DeviceId,
    pub seq: i64,
    pub hlc: i64,
    pub entity: Entity,
    pub entity_id: uuid::Uuid,
    pub change: Change,
    /// The op whose value this one replaced, for `Set`: two sets sharing a `prev` were made
    /// without seeing each other, which is how conflicts are found.
    pub prev: Option<OpId>,
}

/// Every kind of thing the op log can hold, with its materialized table and fields.
/// Serialized with the same names as `as_str`, in the op log and in bundles alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
pub enum Entity {
    #[serde(rename = "programme")]
    Programme,
    #[serde(rename = "session")]
    Session,
    #[serde(rename = "agenda")]
    AgendaItem,
    #[serde(rename = "group")]
    Group,
    #[serde(rename = "question")]
    Question,
    #[serde(rename = "signin")]
    Signin,
    #[serde(rename = "signin-contact")]
    SigninContact,
    #[serde(rename = "concern")]
    Concern,
    #[serde(rename = "note")]
    Note,
    #[serde(rename = "dot-count")]
    DotCount,
    #[serde(rename = "ballot")]
    Ballot,
    #[serde(rename = "action")]
    Action,
    #[serde(rename = "action-update")]
    ActionUpdate,
    #[serde(rename = "tag")]
    Tag,
}

impl Entity {
    pub const ALL: [Entity; 14] = [
        Entity::Programme,
        Entity::Session,
        Entity::AgendaItem,
        Entity::Group,
        Entity::Question,
        Entity::Signin,
        Entity::SigninContact,
        Entity::Concern,
        Entity::Note,
        Entity::DotCount,
        Entity::Ballot,
        Entity::Action,
        Entity::ActionUpdate,
        Entity::Tag,
    ];

    /// The name used in the op log, in bundles and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Programme => "programme",
            Entity::Session => "session",
            Entity::AgendaItem => "agenda",
            Entity::Group => "group",
            Entity::Question => "question",
            Entity::Signin => "signin",
            Entity::SigninContact => "signin-contact",
            Entity::Concern => "concern",
            Entity::Note => "note",
            Entity::DotCount => "dot-count",
            Entity::Ballot => "ballot",
            Entity::Action => "action",
            Entity::ActionUpdate => "action-update",
            Entity::Tag => "tag",
        }
    }

    /// What records of this kind are called together ("Breakout groups"), in the reader's
    /// language.
    pub fn plural(self) -> crate::messages::Msg {
        match self {
            Entity::Programme => crate::msg!(entity_programme),
            Entity::Session => crate::msg!(entity_session),
            Entity::AgendaItem => crate::msg!(entity_agenda),
            Entity::Group => crate::msg!(entity_group),
            Entity::Question => crate::msg!(entity_question),
            Entity::Signin => crate::msg!(entity_signin),
            Entity::SigninContact => crate::msg!(entity_signin_contact),
            Entity::Concern => crate::msg!(entity_concern),
            Entity::Note => crate::msg!(entity_note),
            Entity::DotCount => crate::msg!(entity_dot_count),
            Entity::Ballot => crate::msg!(entity_ballot),
            Entity::Action => crate::msg!(entity_action),
            Entity::ActionUpdate => crate::msg!(entity_action_update),
            Entity::Tag => crate::msg!(entity_tag),
        }
    }

    /// The kind of thing, as messages name it in the reader's language.
    pub fn thing(self) -> crate::labels::Thing {
        match self {
            Entity::Programme => crate::thing!("programme"),
            Entity::Session => crate::thing!("session"),
            Entity::AgendaItem => crate::thing!("agenda"),
            Entity::Group => crate::thing!("group"),
            Entity::Question => crate::thing!("question"),
            Entity::Signin => crate::thing!("signin"),
            Entity::SigninContact => crate::thing!("signin-contact"),
            Entity::Concern => crate::thing!("concern"),
            Entity::Note => crate::thing!("note"),
            Entity::DotCount => crate::thing!("dot-count"),
            Entity::Ballot => crate::thing!("ballot"),
            Entity::Action => crate::thing!("action"),
            Entity::ActionUpdate => crate::thing!("action-update"),
            Entity::Tag => crate::thing!("tag"),
        }
    }

    pub fn parse(s: &str) -> Option<Entity> {
        Entity::ALL.into_iter().find(|e| e.as_str() == s)
    }

    pub fn table(self) -> &'static str {
        match self {
            Entity::Programme => "programmes",
            Entity::Session => "sessions",
            Entity::AgendaItem => "agenda_items",
            Entity::Group => "breakout_groups",
            Entity::Question => "questions",
            Entity::Signin => "signins",
            Entity::SigninContact => "signin_contacts",
            Entity::Concern => "concerns",
            Entity::Note => "notes",
            Entity::DotCount => "dot_counts",
            Entity::Ballot => "ballots",
            Entity::Action => "actions",
            Entity::ActionUpdate => "action_updates",
            Entity::Tag => "tags",
        }
    }

    /// The fields an op may carry, each a column of `table()`, in column order (from the
    /// field table, `fields.rs`). Anything else in an op is refused, so a foreign op can never
    /// name a column it should not touch.
    pub fn fields(self) -> &'static [&'static str] {
        fields::names(self)
    }

    /// Whether this entity's `field` is stored as JSON text (a list, a ballot's choices).
    pub fn is_json_field(self, field: &str) -> bool {
        fields::def(self, field).is_some_and(|d| d.ty.is_json())
    }

    /// Facts never change after capture: a ballot, a note, a person's contact details. They take
    /// `Create` and `Delete` only, and merge as a plain union. (A sign-in is not one: the
    /// attendee's group is assigned after they arrive.)
    pub fn is_fact(self) -> bool {
        matches!(
            self,
            Entity::SigninContact | Entity::Note | Entity::DotCount | Entity::Ballot | Entity::ActionUpdate
        )
    }

    /// Ops whose payload names or contacts a person; bundles seal these for the coordinator.
    pub fn is_personal(self) -> bool {
        matches!(self, Entity::SigninContact)
    }
}

impl std::fmt::Display for Entity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_tags_are_what_serde_writes() {
        let tag = |c: &Change| serde_json::to_value(c).unwrap()["op"].as_str().unwrap().to_string();
        assert_eq!(tag(&Change::Create { fields: Map::new() }), Change::CREATE);
        assert_eq!(tag(&Change::Set { field: "text".into(), value: Value::Null }), Change::SET);
        assert_eq!(tag(&Change::Delete), Change::DELETE);
        assert_eq!(tag(&Change::Redact), Change::REDACT);
    }

    #[test]
    fn serde_names_match_the_log_names() {
        for e in Entity::ALL {
            assert_eq!(serde_json::to_value(e).unwrap(), serde_json::Value::String(e.as_str().into()));
        }
    }
}
