//! The field table: the one definition of every field of every entity. For each field it gives
//! the column it is stored in, what it holds (which entity an id names, which vocabulary, which
//! range of numbers, how long a text may be), whether it may be empty, and who may change it.
//!
//! From it come the op whitelist (`Entity::fields`), the columns a fold writes, the typed row
//! writes (`tx.set(id, ConcernField::DuplicateOf, value)`, where the field names its entity and
//! the id type must match), the checks every op passes (`check_value`), and the text limits the
//! app and the importer share. Adding a field is adding a row here (and its column, in a new
//! migration).

use serde_json::Value;
use uuid::Uuid;

use super::Entity;
use crate::ids::{
    ActionId, ActionUpdateId, AgendaItemId, BallotId, ConcernId, DotCountId, GroupId, NoteId, ProgrammeId,
    QuestionId, SessionId, SigninId, TagId,
};
use crate::validate::{MAX_LINE, MAX_TEXT};

/// The longest list a field may hold (languages, tags, the concerns an action answers).
pub const MAX_LIST: usize = 100;
/// The longest ballot token: phone tokens and printed ballot cards fit easily.
pub const MAX_TOKEN: usize = 100;

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FieldType {
    /// The id of a record of this entity (a UUID, as text).
    Id(Entity),
    /// Text of at most this many characters.
    Text(usize),
    /// One of these stored values.
    Choice(&'static [&'static str]),
    /// A whole number in this range.
    Int {
        min: i64,
        max: i64,
    },
    /// A position in an ordered list (agenda items, questions).
    Position,
    Bool,
    /// A BCP 47 language tag.
    Language,
    /// A date and time (RFC 3339, or local without an offset).
    Timestamp,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// A JSON list of at most `MAX_LIST` items, each of this type.
    List(&'static FieldType),
    /// A ballot's choices: a list of concern ids, or concern ids with amounts (by ballot kind).
    Choices,
}

impl FieldType {
    /// Whether values are stored as JSON text (lists and ballot choices).
    pub fn is_json(self) -> bool {
        matches!(self, FieldType::List(_) | FieldType::Choices)
    }
}

/// Who may change a field once the record exists. The device that made a record and the
/// coordinator may change any field but `Fixed` ones; the rules below say what other laptops
/// may do (see docs/ARCHITECTURE.md, "What a laptop may change").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Set when the record is made and never changed: which session it belongs to, when it was
    /// made, what a ballot said.
    Fixed,
    /// Any laptop working on the session may change it; edits made without seeing each other
    /// become conflicts for the coordinator.
    Shared,
    /// Another laptop's change is held until the coordinator reviews it (a session's title,
    /// precinct or time).
    Reviewed,
    /// Only the device that made the record (or the coordinator) may change it.
    Owner,
}

/// One field of one entity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldDef {
    /// The column, and the key in an op's `fields`.
    pub name: &'static str,
    pub ty: FieldType,
    /// Whether it may be absent or null.
    pub nullable: bool,
    pub rule: Rule,
}

/// A field of one entity, for typed row writes.
pub trait Field: Copy {
    const ENTITY: Entity;
    /// The id type of the entity's records.
    type Id: Copy + Into<Uuid>;
    fn def(self) -> &'static FieldDef;
    fn name(self) -> &'static str {
        self.def().name
    }
}

macro_rules! field_table {
    ($(
        $(#[$doc:meta])*
        $entity:ident : $fields:ident ($id:ty) {
            $( $variant:ident = $name:literal : $ty:expr, $nullable:literal, $rule:ident; )*
        }
    )*) => {
        $(
            $(#[$doc])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum $fields { $($variant),* }

            impl $fields {
                const DEFS: &'static [FieldDef] = &[
                    $(FieldDef { name: $name, ty: $ty, nullable: $nullable, rule: Rule::$rule }),*
                ];
                const NAMES: &'static [&'static str] = &[$($name),*];
                pub const ALL: &'static [$fields] = &[$($fields::$variant),*];
            }

            impl Field for $fields {
                const ENTITY: Entity = Entity::$entity;
                type Id = $id;
                fn def(self) -> &'static FieldDef {
                    &Self::DEFS[self as usize]
                }
            }
        )*

        /// Every field of `entity`, in column order.
        pub fn defs(entity: Entity) -> &'static [FieldDef] {
            match entity { $(Entity::$entity => $fields::DEFS),* }
        }

        /// The names of `entity`'s fields, in column order.
        pub fn names(entity: Entity) -> &'static [&'static str] {
            match entity { $(Entity::$entity => $fields::NAMES),* }
        }
    };
}

use FieldType::*;

const TITLE: FieldType = Text(MAX_LINE);
const PROSE: FieldType = Text(MAX_TEXT);
const SESSION: FieldType = Id(Entity::Session);

field_table! {
    Programme: ProgrammeField(ProgrammeId) {
        Name = "name": TITLE, false, Owner;
        Description = "description": PROSE, true, Owner;
    }
    Session: SessionField(SessionId) {
        ProgrammeId = "programme_id": Id(Entity::Programme), true, Reviewed;
        Title = "title": TITLE, false, Reviewed;
        Kind = "kind": Choice(crate::sessions::SessionKind::VALUES), false, Reviewed;
        Precinct = "precinct": TITLE, true, Reviewed;
        Place = "place": TITLE, true, Reviewed;
        StartsAt = "starts_at": Timestamp, true, Reviewed;
        RoomMinutes = "room_minutes": Int { min: 1, max: 24 * 60 }, true, Shared;
        Languages = "languages": List(&Language), false, Shared;
        Interpreted = "interpreted": List(&Language), false, Shared;
    }
    AgendaItem: AgendaField(AgendaItemId) {
        SessionId = "session_id": SESSION, false, Fixed;
        Title = "title": TITLE, false, Shared;
        Kind = "kind": Choice(crate::agenda::AgendaKind::VALUES), false, Shared;
        Presenter = "presenter": TITLE, true, Shared;
        PlannedMinutes = "planned_minutes": Int { min: 1, max: 600 }, false, Shared;
        Position = "position": Position, false, Shared;
        StartedAt = "started_at": Timestamp, true, Shared;
        FinishedAt = "finished_at": Timestamp, true, Shared;
    }
    Group: GroupField(GroupId) {
        SessionId = "session_id": SESSION, false, Fixed;
        Name = "name": TITLE, false, Shared;
        Topic = "topic": TITLE, true, Shared;
        Facilitator = "facilitator": TITLE, true, Shared;
        NoteTaker = "note_taker": TITLE, true, Shared;
        Language = "language": Language, true, Shared;
    }
    Question: QuestionField(QuestionId) {
        SessionId = "session_id": SESSION, false, Fixed;
        Text = "text": PROSE, false, Shared;
        Language = "language": Language, true, Shared;
        Position = "position": Position, false, Shared;
    }
    /// A sign-in holds nothing that names a person (`SigninContactField` does).
    Signin: SigninField(SigninId) {
        SessionId = "session_id": SESSION, false, Fixed;
        Neighbourhood = "neighbourhood": TITLE, true, Owner;
        Zip = "zip": Text(10), true, Owner;
        Language = "language": Language, true, Owner;
        Interpreter = "interpreter": Bool, true, Owner;
        Accessibility = "accessibility": TITLE, true, Owner;
        Role = "role": Choice(crate::signins::Role::VALUES), true, Owner;
        ConsentToContact = "consent_to_contact": Bool, true, Owner;
        TimeIn = "time_in": Timestamp, false, Fixed;
        GroupId = "group_id": Id(Entity::Group), true, Shared;
    }
    /// A sign-in's name, contacts and accessibility needs (health information): the same id as
    /// its sign-in, sealed in bundles.
    SigninContact: SigninContactField(SigninId) {
        SessionId = "session_id": SESSION, false, Fixed;
        Name = "name": TITLE, true, Fixed;
        Email = "email": Text(254), true, Fixed;
        Phone = "phone": Text(40), true, Fixed;
        Accessibility = "accessibility": TITLE, true, Fixed;
    }
    Concern: ConcernField(ConcernId) {
        SessionId = "session_id": SESSION, false, Fixed;
        GroupId = "group_id": Id(Entity::Group), true, Shared;
        QuestionId = "question_id": Id(Entity::Question), true, Shared;
        Text = "text": PROSE, false, Shared;
        Language = "language": Language, true, Shared;
        Interpretation = "interpretation": PROSE, true, Shared;
        InterpretationLanguage = "interpretation_language": Language, true, Shared;
        Location = "location": TITLE, true, Shared;
        Tags = "tags": List(&Text(60)), false, Shared;
        Status = "status": Choice(crate::concerns::ConcernStatus::VALUES), false, Shared;
        DuplicateOf = "duplicate_of": Id(Entity::Concern), true, Shared;
        CreatedAt = "created_at": Timestamp, false, Fixed;
    }
    Note: NoteField(NoteId) {
        SessionId = "session_id": SESSION, false, Fixed;
        GroupId = "group_id": Id(Entity::Group), true, Fixed;
        QuestionId = "question_id": Id(Entity::Question), true, Fixed;
        Text = "text": PROSE, false, Fixed;
        Language = "language": Language, true, Fixed;
        CreatedAt = "created_at": Timestamp, false, Fixed;
    }
    DotCount: DotCountField(DotCountId) {
        SessionId = "session_id": SESSION, false, Fixed;
        ConcernId = "concern_id": Id(Entity::Concern), false, Fixed;
        Count = "count": Int { min: 1, max: 100_000 }, false, Fixed;
        CreatedAt = "created_at": Timestamp, false, Fixed;
    }
    Ballot: BallotField(BallotId) {
        SessionId = "session_id": SESSION, false, Fixed;
        Kind = "kind": Choice(crate::votes::BallotKind::VALUES), false, Fixed;
        Token = "token": Text(MAX_TOKEN), false, Fixed;
        Choices = "choices": Choices, false, Fixed;
        Budget = "budget": Int { min: 1, max: 1_000_000 }, true, Fixed;
        CreatedAt = "created_at": Timestamp, false, Fixed;
    }
    Action: ActionField(ActionId) {
        SessionId = "session_id": SESSION, true, Fixed;
        Precinct = "precinct": TITLE, true, Owner;
        Title = "title": TITLE, false, Owner;
        Response = "response": PROSE, true, Owner;
        Owner = "owner": TITLE, true, Owner;
        Due = "due": Date, true, Owner;
        Status = "status": Choice(crate::actions::ActionStatus::VALUES), false, Owner;
        Basis = "basis": Choice(crate::actions::ChangeBasis::VALUES), false, Owner;
        ConcernIds = "concern_ids": List(&Id(Entity::Concern)), false, Owner;
        CreatedAt = "created_at": Timestamp, false, Fixed;
    }
    ActionUpdate: ActionUpdateField(ActionUpdateId) {
        ActionId = "action_id": Id(Entity::Action), false, Fixed;
        OnDate = "on_date": Date, false, Fixed;
        Text = "text": PROSE, false, Fixed;
        Status = "status": Choice(crate::actions::ActionStatus::VALUES), true, Fixed;
        Basis = "basis": Choice(crate::actions::ChangeBasis::VALUES), true, Fixed;
    }
    /// The tag vocabulary; a tag's id is a UUIDv5 of its slug.
    Tag: TagField(TagId) {
        Slug = "slug": Text(60), false, Fixed;
        Label = "label": TITLE, false, Owner;
        Kind = "kind": Choice(crate::tags::TagKind::VALUES), false, Owner;
        Pillar = "pillar": Text(60), true, Owner;
    }
}

/// The message that names a field to a person (`field-concern-duplicate-of`): every field
/// that can be edited, and so can be in a conflict, has one in every locale.
pub fn label_id(entity: Entity, name: &str) -> String {
    format!("field-{}-{}", entity.as_str(), name.replace('_', "-"))
}

/// The definition of `entity`'s field `name`, if it has one.
pub fn def(entity: Entity, name: &str) -> Option<&'static FieldDef> {
    defs(entity).iter().find(|d| d.name == name)
}

/// Why a value does not fit its field, in a few words for a report (`Error::Malformed`).
pub fn check_value(entity: Entity, name: &str, v: &Value) -> Result<(), String> {
    let def = def(entity, name).ok_or_else(|| format!("{entity} has no field {name:?}"))?;
    if v.is_null() {
        return if def.nullable { Ok(()) } else { Err(format!("{name} may not be empty")) };
    }
    check_type(name, def.ty, v)
}

fn check_type(name: &str, ty: FieldType, v: &Value) -> Result<(), String> {
    let wrong = |what: &str| Err(format!("{name} is not {what}"));
    match ty {
        Id(_) => match v.as_str().map(Uuid::parse_str) {
            Some(Ok(_)) => Ok(()),
            _ => wrong("an id"),
        },
        Text(max) => match v.as_str() {
            // Text that would talk to a terminal (a carriage return from older data is harmless).
            Some(s) if s.chars().any(|c| crate::validate::is_control(c) && c != '\r') => {
                Err(format!("{name} holds a control character"))
            }
            Some(s) if s.chars().count() <= max => Ok(()),
            Some(s) => Err(format!("{name} is {} characters long (at most {max})", s.chars().count())),
            None => wrong("text"),
        },
        Choice(values) => match v.as_str() {
            Some(s) if values.contains(&s) => Ok(()),
            _ => wrong(&format!("one of {}", values.join(", "))),
        },
        Int { min, max } => match v.as_i64() {
            Some(n) if (min..=max).contains(&n) => Ok(()),
            _ => wrong(&format!("a whole number from {min} to {max}")),
        },
        Position => match v.as_f64() {
            Some(x) if x.is_finite() && x.abs() < 1e12 => Ok(()),
            _ => wrong("a position"),
        },
        Bool => match v {
            Value::Bool(_) => Ok(()),
            // Older ops stored flags as 0 or 1.
            Value::Number(n) if n.as_i64().is_some_and(|n| n == 0 || n == 1) => Ok(()),
            _ => wrong("yes or no"),
        },
        Language => match v.as_str() {
            Some(s) if s.len() <= 35 && crate::validate::language(s).is_ok() => Ok(()),
            _ => wrong("a language tag"),
        },
        Timestamp => match v.as_str() {
            Some(s) if s.len() <= 40 && crate::validate::datetime(crate::field!("value-time"), s).is_ok() => {
                Ok(())
            }
            _ => wrong("a date and time"),
        },
        Date => match v.as_str() {
            Some(s) if crate::validate::date(crate::field!("value-date"), s).is_ok() => Ok(()),
            _ => wrong("a date"),
        },
        List(item) => match v.as_array() {
            Some(a) if a.len() <= MAX_LIST => a.iter().try_for_each(|x| check_type(name, *item, x)),
            Some(a) => Err(format!("{name} lists {} items (at most {MAX_LIST})", a.len())),
            None => wrong("a list"),
        },
        Choices => check_choices(name, v),
    }
}

/// A ballot's choices: concern ids (dots and ranked ballots), or concern ids with amounts of at
/// least zero (budget ballots). At most `MAX_LIST` of them.
fn check_choices(name: &str, v: &Value) -> Result<(), String> {
    let id = |s: &str| Uuid::parse_str(s).is_ok();
    match v {
        Value::Array(a) if a.len() <= MAX_LIST && a.iter().all(|x| x.as_str().is_some_and(id)) => Ok(()),
        Value::Object(o)
            if o.len() <= MAX_LIST
                && o.iter()
                    .all(|(k, x)| id(k) && x.as_i64().is_some_and(|n| (0..=1_000_000).contains(&n))) =>
        {
            Ok(())
        }
        _ => Err(format!("{name} are not a ballot's choices")),
    }
}

/// A value typed as text (a coordinator's own value for a conflict), read as its field holds
/// it: a number for a number, a yes or no for a flag, a list for a list. Refused with the
/// error a form would give when it does not fit.
pub fn value_from_text(entity: Entity, name: &str, text: &str) -> crate::error::Result<Value> {
    use crate::error::Error;
    use crate::validate;
    let Some(def) = def(entity, name) else {
        return Err(Error::Malformed { path: entity.to_string(), detail: format!("no field {name:?}") });
    };
    let t = text.trim();
    let choice = |allowed: &str| Error::InvalidChoice {
        field: crate::field!("value"),
        value: t.into(),
        allowed: allowed.into(),
    };
    let value = match def.ty {
        Text(max) => Value::String(validate::text(crate::field!("value"), text, max)?),
        Int { min, max } => {
            let n = t.parse::<i64>().ok().filter(|n| (min..=max).contains(n));
            Value::from(n.ok_or(Error::InvalidNumber {
                field: crate::field!("value"),
                value: t.into(),
                min,
                max,
            })?)
        }
        Position => {
            Value::from(t.parse::<f64>().ok().filter(|x| x.is_finite()).ok_or_else(|| choice("a number"))?)
        }
        Bool => match t.to_lowercase().as_str() {
            "yes" | "true" | "1" => Value::Bool(true),
            "no" | "false" | "0" => Value::Bool(false),
            _ => return Err(choice("yes, no")),
        },
        Language => Value::String(validate::language(t)?),
        Timestamp => Value::String(validate::datetime(crate::field!("value"), t)?),
        Date => Value::String(validate::date(crate::field!("value"), t)?),
        Choice(values) if values.contains(&t) => Value::String(t.into()),
        Choice(values) => return Err(choice(&values.join(", "))),
        Id(_) => Value::String(Uuid::parse_str(t).map_err(|_| choice("an id"))?.to_string()),
        List(_) | Choices => serde_json::from_str(t).map_err(|_| choice("a list"))?,
    };
    check_value(entity, name, &value).map_err(|_| choice("a list"))?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entity_has_its_fields_in_the_table_and_each_names_its_own_entity() {
        for e in Entity::ALL {
            assert!(!defs(e).is_empty(), "{e} has fields");
            assert_eq!(defs(e).len(), names(e).len(), "{e}: one name per definition");
            for (d, n) in defs(e).iter().zip(names(e)) {
                assert_eq!(d.name, *n, "{e}: definitions and names in the same order");
            }
        }
        assert_eq!(ConcernField::DuplicateOf.def().ty, Id(Entity::Concern), "an id field says what it names");
        assert_eq!(<ConcernField as Field>::ENTITY, Entity::Concern);
        assert_eq!(ConcernField::Status.name(), "status");
    }

    #[test]
    fn every_field_that_can_be_edited_is_named_in_english() {
        let en = crate::i18n::Localizer::new("en");
        for e in Entity::ALL {
            for d in defs(e).iter().filter(|d| d.rule != Rule::Fixed) {
                let id = label_id(e, d.name);
                assert!(
                    en.has_message(&id),
                    "{e}.{} can be edited, so people need its name: add {id}",
                    d.name
                );
            }
        }
    }

    #[test]
    fn values_are_checked_against_their_field() {
        use serde_json::json;
        let ok = |f: &str, v: Value| check_value(Entity::Concern, f, &v);
        assert!(ok("duplicate_of", json!("not-a-uuid")).is_err(), "an id must be an id");
        assert!(ok("duplicate_of", json!("0190a2b4-0000-7000-8000-000000000001")).is_ok());
        assert!(ok("duplicate_of", Value::Null).is_ok(), "an optional link may be cleared");
        assert!(ok("text", Value::Null).is_err(), "a concern's text may not be empty");
        assert!(ok("status", json!("zzz")).is_err(), "a status is one of the vocabulary");
        assert!(ok("tags", json!(["lighting", 7])).is_err(), "tags are text");
        assert!(ok("colour", json!("red")).is_err(), "no field outside the table");
        let ballot = |v: Value| check_value(Entity::Ballot, "choices", &v);
        assert!(ballot(json!({"0190a2b4-0000-7000-8000-000000000001": -5})).is_err(), "no negative amounts");
        assert!(check_value(Entity::AgendaItem, "planned_minutes", &json!(i64::MAX)).is_err(), "bounded");
    }
}
