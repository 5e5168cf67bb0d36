//! Typed ids. Everything merged across devices is a UUIDv7, so ids sort by creation time and
//! never collide between laptops.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

use crate::oplog::Entity;

/// An id type whose values name rows of one entity's table.
pub trait EntityId: Copy + fmt::Display + ToSql + FromSql + std::str::FromStr {
    const ENTITY: Entity;
    fn from_uuid(u: Uuid) -> Self;
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $entity:expr) => {
        id_type!($(#[$doc])* $name);
        impl EntityId for $name {
            const ENTITY: Entity = $entity;
            fn from_uuid(u: Uuid) -> Self {
                $name(u)
            }
        }
    };
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            pub fn new() -> Self {
                $name(Uuid::now_v7())
            }
        }
        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
        impl std::str::FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map($name)
            }
        }
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.0.to_string()))
            }
        }
        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let s = value.as_str()?;
                Uuid::parse_str(s).map($name).map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }
        impl From<$name> for Uuid {
            fn from(id: $name) -> Uuid {
                id.0
            }
        }
    };
}

id_type!(ProgrammeId, Entity::Programme);
id_type!(SessionId, Entity::Session);
id_type!(AgendaItemId, Entity::AgendaItem);
id_type!(GroupId, Entity::Group);
id_type!(QuestionId, Entity::Question);
id_type!(SigninId, Entity::Signin);
id_type!(ConcernId, Entity::Concern);
id_type!(NoteId, Entity::Note);
id_type!(DotCountId, Entity::DotCount);
id_type!(BallotId, Entity::Ballot);
id_type!(ActionId, Entity::Action);
id_type!(ActionUpdateId, Entity::ActionUpdate);
id_type!(TagId, Entity::Tag);
id_type!(
    /// One laptop's identity in the op log.
    DeviceId
);
id_type!(
    /// One op in the log.
    OpId
);

impl TagId {
    /// Tag ids derive from the slug so the same tag made on two laptops is one entity.
    pub fn for_slug(slug: &str) -> TagId {
        const NAMESPACE: Uuid = Uuid::from_u128(0x6f1c_2d4e_8a55_4b7e_9c1d_3e2f_4a5b_6c7d);
        TagId(Uuid::new_v5(&NAMESPACE, slug.as_bytes()))
    }
}
