//! The tag vocabulary: the four pillars of a community safety strategy and the topics
//! concerns are filed under. Editable; a tag's id comes from its slug so laptops agree on it.

use rusqlite::OptionalExtension;
use serde::Serialize;
use serde_json::json;

use crate::error::{Error, OrNotFound, Result};
use crate::ids::TagId;
use crate::oplog::Entity;
use crate::oplog::fields::TagField;
use crate::storage::Tx;
use crate::validate::{self, MAX_LINE, choice};
use crate::{Convene, Outcome, fields};

choice!(
    TagKind, "tag-kind" {
        Pillar = "pillar",
        Topic = "topic",
        /// Taken out of the vocabulary; kept so its id can come back (ids derive from slugs).
        Retired = "retired",
    }
);

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Tag {
    pub id: TagId,
    pub slug: String,
    pub label: String,
    pub kind: TagKind,
    /// For a topic, the pillar it serves.
    pub pillar: Option<String>,
}

/// The four pillars (from a city's Community Safety Action Strategy) and common topics, each
/// filed under the pillar whose actions address it.
pub const SEED_VOCABULARY: &[(&str, &str, Option<&str>)] = &[
    ("healthy-places", "Healthy places and neighbourhoods", None),
    ("people-and-prevention", "People and prevention", None),
    ("effective-response", "Effective response with care", None),
    ("healing-and-repair", "Healing and repair", None),
    ("traffic", "Traffic", Some("healthy-places")),
    ("lighting", "Lighting", Some("healthy-places")),
    ("youth", "Youth", Some("people-and-prevention")),
    ("homelessness", "Homelessness", Some("people-and-prevention")),
    ("mental-health", "Mental health", Some("people-and-prevention")),
    ("domestic-violence", "Domestic violence", Some("people-and-prevention")),
    ("property-crime", "Property crime", Some("effective-response")),
    ("drugs", "Drugs", Some("people-and-prevention")),
    ("trust-and-accountability", "Trust and accountability", Some("healing-and-repair")),
    ("language-access", "Language access", Some("effective-response")),
];

/// Makes sure every slug is in the vocabulary, adding unknown ones as topics. Runs inside the
/// caller's transaction so a concern and its new tag land together.
pub(crate) fn ensure_tags(tx: &mut Tx<'_>, slugs: &[String]) -> Result<()> {
    for slug in slugs {
        let id = TagId::for_slug(slug);
        let kind: Option<String> =
            tx.conn().query_row("SELECT kind FROM tags WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        match kind.as_deref().map(TagKind::parse) {
            Some(Ok(TagKind::Retired)) => tx.set(id, TagField::Kind, json!(TagKind::Topic.as_str()))?,
            Some(_) => {}
            None => {
                let label = slug.replace('-', " ");
                let label = label[..1].to_uppercase() + &label[1..];
                let kind = TagKind::Topic.as_str();
                tx.create(Entity::Tag, id.0, fields(json!({"slug": slug, "label": label, "kind": kind})))?;
            }
        }
    }
    Ok(())
}

/// Adds the seed vocabulary to a new database.
pub(crate) fn seed(tx: &mut Tx<'_>) -> Result<()> {
    for (slug, label, pillar) in SEED_VOCABULARY {
        let kind = if pillar.is_some() { "topic" } else { "pillar" };
        tx.create(
            Entity::Tag,
            TagId::for_slug(slug).0,
            fields(json!({"slug": slug, "label": label, "kind": kind, "pillar": pillar})),
        )?;
    }
    Ok(())
}

impl Convene {
    pub fn tags(&self) -> Result<Vec<Tag>> {
        let mut stmt = self.store.conn.prepare_cached(
            "SELECT id, slug, label, kind, pillar FROM tags WHERE kind != ?1
             ORDER BY kind = ?2, coalesce(pillar, slug), kind = ?2, label",
        )?;
        let rows = stmt.query_map([TagKind::Retired.as_str(), TagKind::Topic.as_str()], |r| {
            let kind: String = r.get(3)?;
            Ok(Tag {
                id: r.get(0)?,
                slug: r.get(1)?,
                label: r.get(2)?,
                kind: TagKind::parse(&kind).unwrap_or(TagKind::Topic),
                pillar: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn tag(&self, slug: &str) -> Result<Tag> {
        let slug = validate::tag_slug(slug)?;
        self.tags()?.into_iter().find(|t| t.slug == slug).or_not_found(crate::thing!("tag"), slug)
    }

    pub fn add_tag(
        &mut self,
        slug: &str,
        label: Option<&str>,
        kind: TagKind,
        pillar: Option<&str>,
    ) -> Result<Outcome<TagId>> {
        let slug = validate::tag_slug(slug)?;
        if self.tag(&slug).is_ok() {
            return Err(Error::TagExists { slug });
        }
        let retired: bool = self.store.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM tags WHERE id = ?1)",
            [TagId::for_slug(&slug)],
            |r| r.get(0),
        )?;
        let label = match label {
            Some(l) => validate::text(crate::field!("tag-label"), l, MAX_LINE)?,
            None => slug.replace('-', " "),
        };
        let pillar = match pillar {
            Some(p) => {
                let p = self.tag(p)?;
                if p.kind != TagKind::Pillar {
                    return Err(Error::InvalidChoice {
                        field: crate::field!("tag-pillar"),
                        value: p.slug,
                        allowed: self.pillar_slugs()?.join(", "),
                    });
                }
                Some(p.slug)
            }
            None => None,
        };
        let id = TagId::for_slug(&slug);
        let ((), changes) = self.store.transact(|tx| {
            if retired {
                tx.set(id, TagField::Label, json!(label))?;
                tx.set(id, TagField::Pillar, json!(pillar))?;
                tx.set(id, TagField::Kind, json!(kind.as_str()))?;
            } else {
                tx.create(
                    Entity::Tag,
                    id.0,
                    fields(json!({"slug": slug, "label": label, "kind": kind.as_str(), "pillar": pillar})),
                )?;
            }
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn relabel_tag(&mut self, slug: &str, label: &str) -> Result<Outcome<TagId>> {
        let tag = self.tag(slug)?;
        let label = validate::text(crate::field!("tag-label"), label, MAX_LINE)?;
        let ((), changes) = self.store.transact(|tx| {
            tx.set(tag.id, TagField::Label, json!(label))?;
            Ok(())
        })?;
        Ok(Outcome { id: tag.id, changes })
    }

    /// Takes a tag out of the vocabulary. Concerns keep the slug they were filed under.
    pub fn remove_tag(&mut self, slug: &str) -> Result<Outcome<TagId>> {
        let tag = self.tag(slug)?;
        let ((), changes) = self.store.transact(|tx| {
            tx.set(tag.id, TagField::Kind, json!(TagKind::Retired.as_str()))?;
            Ok(())
        })?;
        Ok(Outcome { id: tag.id, changes })
    }

    fn pillar_slugs(&self) -> Result<Vec<String>> {
        Ok(self.tags()?.into_iter().filter(|t| t.kind == TagKind::Pillar).map(|t| t.slug).collect())
    }
}
