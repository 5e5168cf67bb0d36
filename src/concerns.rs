//! Concerns: the issue board. Each keeps its original text and language beside an optional
//! interpretation; tags, status and duplicate links are editable and merge last-writer-wins.

use std::collections::{BTreeSet, HashMap, HashSet};

use rusqlite::OptionalExtension;
use serde::Serialize;
use serde_json::json;

use crate::error::{Error, OrNotFound, Result};
use crate::ids::{ConcernId, GroupId, QuestionId, SessionId};
use crate::oplog::Entity;
use crate::oplog::fields::ConcernField;
use crate::validate::{self, MAX_LINE, MAX_TEXT, choice};
use crate::{Convene, Outcome, fields, json_list, now_rfc3339};

choice!(
    ConcernStatus, "concern-status" {
        New = "new",
        UnderReview = "under-review",
        ActionPlanned = "action-planned",
        InProgress = "in-progress",
        Done = "done",
        NotPursued = "not-pursued",
    }
);

#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(optional_fields = nullable)]
pub struct NewConcern {
    /// What was said, in the language it was said in. `#tags` in it are taken out as tags.
    pub text: String,
    pub language: Option<String>,
    pub interpretation: Option<String>,
    pub interpretation_language: Option<String>,
    pub group: Option<GroupId>,
    pub question: Option<QuestionId>,
    pub tags: Vec<String>,
    pub location: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Concern {
    pub id: ConcernId,
    pub session_id: SessionId,
    pub group_id: Option<GroupId>,
    pub question_id: Option<QuestionId>,
    pub text: String,
    pub language: Option<String>,
    pub interpretation: Option<String>,
    pub interpretation_language: Option<String>,
    pub location: Option<String>,
    pub tags: Vec<String>,
    pub status: ConcernStatus,
    pub duplicate_of: Option<ConcernId>,
    /// When it was captured; corrected where its laptop's clock was found off.
    pub created_at: String,
    /// The laptop that captured it.
    pub origin_device: String,
    /// How far its laptop's clock was off (ms, ahead positive), where a bundle showed it:
    /// `created_at` is corrected by it, and approximate.
    pub clock_offset_ms: Option<i64>,
}

/// Which concerns to list.
#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(optional_fields = nullable)]
pub struct ConcernFilter {
    pub status: Option<ConcernStatus>,
    pub tag: Option<String>,
    pub group: Option<GroupId>,
    /// Words to find in the original text, the interpretation or the location.
    pub search: Option<String>,
    /// Also list concerns merged into others.
    pub include_duplicates: bool,
}

/// Editable concern fields; `None` leaves a field alone, `Some("")` clears an optional one.
#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(optional_fields = nullable)]
pub struct ConcernEdit {
    pub text: Option<String>,
    pub language: Option<String>,
    pub interpretation: Option<String>,
    pub interpretation_language: Option<String>,
    pub location: Option<String>,
    pub group: Option<Option<GroupId>>,
}

/// Two concerns that probably say the same thing.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct DuplicateSuggestion {
    pub concern: ConcernId,
    pub likely_duplicate_of: ConcernId,
    /// Word overlap, 0 to 1.
    pub similarity: f64,
}

const COLUMNS: &str = "id, session_id, group_id, question_id, text, language, interpretation, \
     interpretation_language, location, tags, status, duplicate_of, created_at, origin_device";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Concern> {
    let status: String = r.get(10)?;
    Ok(Concern {
        id: r.get(0)?,
        session_id: r.get(1)?,
        group_id: r.get(2)?,
        question_id: r.get(3)?,
        text: r.get(4)?,
        language: r.get(5)?,
        interpretation: r.get(6)?,
        interpretation_language: r.get(7)?,
        location: r.get(8)?,
        tags: json_list(r.get(9)?),
        status: ConcernStatus::parse(&status).unwrap_or(ConcernStatus::New),
        duplicate_of: r.get(11)?,
        created_at: r.get(12)?,
        origin_device: r.get(13)?,
        clock_offset_ms: None,
    })
}

/// Splits `#tags` out of captured text: "Dark alley by the library #lighting #youth" gives
/// ("Dark alley by the library", ["lighting", "youth"]).
pub fn split_hashtags(text: &str) -> (String, Vec<String>) {
    let mut words = vec![];
    let mut tags = vec![];
    for word in text.split_whitespace() {
        match word.strip_prefix('#') {
            Some(t) if !t.is_empty() && t.chars().next().is_some_and(char::is_alphabetic) => {
                if let Ok(slug) = validate::tag_slug(t)
                    && !tags.contains(&slug)
                {
                    tags.push(slug);
                }
            }
            _ => words.push(word),
        }
    }
    (words.join(" "), tags)
}

impl Convene {
    pub fn add_concern(&mut self, session: SessionId, new: NewConcern) -> Result<Outcome<ConcernId>> {
        self.session(session)?;
        let (body, mut tags) = split_hashtags(&new.text);
        let text = validate::text(crate::field!("concern-text"), &body, MAX_TEXT)?;
        for t in &new.tags {
            let slug = validate::tag_slug(t)?;
            if !tags.contains(&slug) {
                tags.push(slug);
            }
        }
        let language = new.language.as_deref().map(validate::language).transpose()?;
        let interpretation = validate::optional(
            crate::field!("concern-interpretation"),
            new.interpretation.as_deref(),
            MAX_TEXT,
        )?;
        let interpretation_language =
            new.interpretation_language.as_deref().map(validate::language).transpose()?;
        let location =
            validate::optional(crate::field!("concern-location"), new.location.as_deref(), MAX_LINE)?;
        if let Some(g) = new.group {
            self.check_session(session, g)?;
        }
        if let Some(q) = new.question {
            self.check_session(session, q)?;
        }
        let id = ConcernId::new();
        let ((), changes) = self.store.transact(|tx| {
            crate::tags::ensure_tags(tx, &tags)?;
            tx.create(
                Entity::Concern,
                id.0,
                fields(json!({
                    "session_id": session.to_string(),
                    "group_id": new.group.map(|g| g.to_string()),
                    "question_id": new.question.map(|q| q.to_string()),
                    "text": text,
                    "language": language,
                    "interpretation": interpretation,
                    "interpretation_language": interpretation_language,
                    "location": location,
                    "tags": tags,
                    "status": ConcernStatus::New.as_str(),
                    "created_at": now_rfc3339(),
                })),
            )?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn concern(&self, id: ConcernId) -> Result<Concern> {
        self.store
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM concerns WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?
            .or_not_found(crate::thing!("concern"), id)
            .and_then(|c| Ok(self.with_true_times(vec![c])?.remove(0)))
    }

    /// Concerns from laptops whose clocks were off, with their times corrected and marked.
    fn with_true_times(&self, mut list: Vec<Concern>) -> Result<Vec<Concern>> {
        let offsets = crate::exchange::clocks::Offsets::load(&self.store.conn)?;
        if offsets.is_empty() {
            return Ok(list);
        }
        for c in &mut list {
            if let Some(o) = offsets.of_record(&self.store.conn, Entity::Concern, c.id.0, &c.origin_device)? {
                c.created_at = crate::exchange::clocks::corrected(&c.created_at, o);
                c.clock_offset_ms = Some(o);
            }
        }
        Ok(list)
    }

    pub fn concerns(&self, session: SessionId, filter: &ConcernFilter) -> Result<Vec<Concern>> {
        self.session(session)?;
        let mut stmt = self.store.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM concerns WHERE session_id = ?1 ORDER BY created_at, id"
        ))?;
        let words: Vec<String> = filter
            .search
            .as_deref()
            .map(|s| s.split_whitespace().map(str::to_lowercase).collect())
            .unwrap_or_default();
        let tag = filter.tag.as_deref().map(validate::tag_slug).transpose()?;
        let all = stmt.query_map([session], from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(self
            .with_true_times(all)?
            .into_iter()
            .filter(|c| filter.include_duplicates || c.duplicate_of.is_none())
            .filter(|c| filter.status.is_none_or(|s| c.status == s))
            .filter(|c| filter.group.is_none_or(|g| c.group_id == Some(g)))
            .filter(|c| tag.as_ref().is_none_or(|t| c.tags.contains(t)))
            .filter(|c| {
                let hay = format!(
                    "{} {} {}",
                    c.text,
                    c.interpretation.as_deref().unwrap_or(""),
                    c.location.as_deref().unwrap_or("")
                )
                .to_lowercase();
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect())
    }

    pub fn edit_concern(&mut self, id: ConcernId, edit: ConcernEdit) -> Result<Outcome<ConcernId>> {
        let concern = self.concern(id)?;
        let mut sets = vec![];
        if let Some(t) = &edit.text {
            sets.push((
                ConcernField::Text,
                json!(validate::text(crate::field!("concern-text"), t, MAX_TEXT)?),
            ));
        }
        if let Some(l) = &edit.language {
            sets.push((ConcernField::Language, json!(validate::language(l)?)));
        }
        if let Some(i) = &edit.interpretation {
            sets.push((
                ConcernField::Interpretation,
                json!(validate::optional(crate::field!("concern-interpretation"), Some(i), MAX_TEXT)?),
            ));
        }
        if let Some(l) = &edit.interpretation_language {
            sets.push((ConcernField::InterpretationLanguage, json!(validate::language(l)?)));
        }
        if let Some(l) = &edit.location {
            sets.push((
                ConcernField::Location,
                json!(validate::optional(crate::field!("concern-location"), Some(l), MAX_LINE)?),
            ));
        }
        if let Some(g) = edit.group {
            if let Some(g) = g {
                self.check_session(concern.session_id, g)?;
            }
            sets.push((ConcernField::GroupId, json!(g.map(|g| g.to_string()))));
        }
        let ((), changes) = self.store.transact(|tx| {
            for (f, v) in sets {
                tx.set(id, f, v)?;
            }
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    /// Adds and removes tags; new tags join the vocabulary.
    pub fn tag_concern(
        &mut self,
        id: ConcernId,
        add: &[String],
        remove: &[String],
    ) -> Result<Outcome<ConcernId>> {
        let concern = self.concern(id)?;
        let add = add.iter().map(|t| validate::tag_slug(t)).collect::<Result<Vec<_>>>()?;
        let remove = remove.iter().map(|t| validate::tag_slug(t)).collect::<Result<HashSet<_>>>()?;
        let mut tags: Vec<String> = concern.tags.into_iter().filter(|t| !remove.contains(t)).collect();
        for t in &add {
            if !tags.contains(t) {
                tags.push(t.clone());
            }
        }
        let ((), changes) = self.store.transact(|tx| {
            crate::tags::ensure_tags(tx, &add)?;
            tx.set(id, ConcernField::Tags, json!(tags))?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn set_concern_status(&mut self, id: ConcernId, status: ConcernStatus) -> Result<Outcome<ConcernId>> {
        self.concern(id)?;
        let ((), changes) = self.store.transact(|tx| {
            tx.set(id, ConcernField::Status, json!(status.as_str()))?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    /// Marks `duplicate` as saying the same as `into`. Its votes count for `into` in tallies;
    /// both texts are kept.
    pub fn merge_concern(&mut self, duplicate: ConcernId, into: ConcernId) -> Result<Outcome<ConcernId>> {
        if duplicate == into {
            return Err(Error::MergeIntoSelf);
        }
        let dup = self.concern(duplicate)?;
        self.check_session(dup.session_id, into)?;
        // Refuse a link that would make a loop: `into` must not lead back to `duplicate`.
        let mut seen = HashSet::new();
        let mut cursor = Some(into);
        while let Some(c) = cursor {
            if c == duplicate {
                return Err(Error::MergeCycle { id: into.to_string() });
            }
            if !seen.insert(c) {
                break;
            }
            cursor = self.concern(c)?.duplicate_of;
        }
        let ((), changes) = self.store.transact(|tx| {
            tx.set(duplicate, ConcernField::DuplicateOf, json!(into.to_string()))?;
            Ok(())
        })?;
        Ok(Outcome { id: duplicate, changes })
    }

    pub fn unmerge_concern(&mut self, id: ConcernId) -> Result<Outcome<ConcernId>> {
        self.concern(id)?;
        let ((), changes) = self.store.transact(|tx| {
            tx.set(id, ConcernField::DuplicateOf, serde_json::Value::Null)?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn delete_concern(&mut self, id: ConcernId) -> Result<Outcome<ConcernId>> {
        self.concern(id)?;
        let ((), changes) = self.store.transact(|tx| {
            tx.delete(Entity::Concern, id.0)?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    /// Pairs of concerns, usually from different groups, that share most of their words: the
    /// board offers to merge them. Compares the original text and the interpretation, so a
    /// Spanish concern with an English interpretation meets its English twin.
    pub fn duplicate_suggestions(
        &self,
        session: SessionId,
        threshold: f64,
    ) -> Result<Vec<DuplicateSuggestion>> {
        let concerns = self.concerns(session, &ConcernFilter::default())?;
        let bags: Vec<(ConcernId, BTreeSet<String>)> = concerns
            .iter()
            .map(|c| {
                let mut words = word_bag(&c.text);
                if let Some(i) = &c.interpretation {
                    words.extend(word_bag(i));
                }
                (c.id, words)
            })
            .collect();
        // An inverted index keeps this near-linear: only concerns sharing a word are compared.
        let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, (_, words)) in bags.iter().enumerate() {
            for w in words {
                index.entry(w.as_str()).or_default().push(i);
            }
        }
        let mut out = vec![];
        for (i, (id, words)) in bags.iter().enumerate() {
            if words.is_empty() {
                continue;
            }
            let mut shared: HashMap<usize, usize> = HashMap::new();
            for w in words {
                for &j in &index[w.as_str()] {
                    if j < i {
                        *shared.entry(j).or_default() += 1;
                    }
                }
            }
            let best = shared
                .into_iter()
                .map(|(j, n)| {
                    let union = words.len() + bags[j].1.len() - n;
                    (j, n as f64 / union as f64)
                })
                .filter(|(_, s)| *s >= threshold)
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            if let Some((j, similarity)) = best {
                out.push(DuplicateSuggestion {
                    concern: *id,
                    likely_duplicate_of: bags[j].0,
                    similarity: (similarity * 100.0).round() / 100.0,
                });
            }
        }
        out.sort_by(|a, b| b.similarity.total_cmp(&a.similarity));
        Ok(out)
    }
}

/// Lower-cased words of three or more letters, minus the commonest English and Spanish ones.
fn word_bag(text: &str) -> BTreeSet<String> {
    const STOP: &[&str] = &[
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "her", "was", "one", "our",
        "out", "has", "have", "this", "that", "with", "they", "there", "their", "from", "what", "when",
        "more", "need", "needs", "too", "very", "los", "las", "una", "que", "del", "por", "para", "con",
        "muy", "hay", "esta", "este",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3 && !STOP.contains(&w.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashtags_become_tags() {
        let (text, tags) = split_hashtags("Dark alley by the library #lighting #Youth #lighting");
        assert_eq!(text, "Dark alley by the library");
        assert_eq!(tags, vec!["lighting", "youth"], "tags are slugged and not repeated");
    }

    #[test]
    fn a_lone_hash_or_number_stays_text() {
        let (text, tags) = split_hashtags("Bus #7 is late #");
        assert_eq!(text, "Bus #7 is late #");
        assert!(tags.is_empty(), "#7 is a route number, not a tag");
    }
}
crate::labels!(ConcernStatus, "status-");
