//! The sign-in sheet. A name is optional and anonymous sign-ins count; names and contacts are
//! kept apart from the rest (`signin_contacts`) and leave the machine only when asked.

use std::collections::BTreeMap;

use rusqlite::OptionalExtension;
use serde::Serialize;
use serde_json::json;

use crate::error::{Error, OrNotFound, Result};
use crate::ids::{GroupId, SessionId, SigninId};
use crate::oplog::Entity;
use crate::oplog::fields::SigninField;
use crate::validate::{self, MAX_LINE, choice};
use crate::{Convene, Outcome, fields, now_rfc3339};

choice!(
    Role, "signin-role" {
        Resident = "resident",
        Business = "business",
        Organisation = "organisation",
        CityStaff = "city-staff",
        Police = "police",
    }
);

#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(optional_fields = nullable)]
pub struct NewSignin {
    pub name: Option<String>,
    pub neighbourhood: Option<String>,
    pub zip: Option<String>,
    pub language: Option<String>,
    pub interpreter: bool,
    pub accessibility: Option<String>,
    pub role: Option<Role>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The attendee agreed to be contacted; required for an email or phone.
    pub consent: bool,
    pub group: Option<GroupId>,
    /// When they arrived; now if not given (a typed-up paper sheet gives it).
    pub time_in: Option<String>,
}

/// A sign-in as everyone may see it: no name, no contact.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Signin {
    pub id: SigninId,
    pub session_id: SessionId,
    pub neighbourhood: Option<String>,
    pub zip: Option<String>,
    pub language: Option<String>,
    pub interpreter: bool,
    pub accessibility: Option<String>,
    pub role: Role,
    pub consent_to_contact: bool,
    /// When they signed in; corrected where the laptop's clock was found off.
    pub time_in: String,
    pub group_id: Option<GroupId>,
    pub anonymous: bool,
    /// The laptop that signed them in.
    pub origin_device: String,
    /// How far that laptop's clock was off (ms, ahead positive), where a bundle showed it:
    /// `time_in` is corrected by it, and approximate.
    pub clock_offset_ms: Option<i64>,
}

/// A person's name and contact details, for the coordinator's explicit export only.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct SigninContact {
    pub signin_id: SigninId,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// Live counts for the door: never names.
#[derive(Debug, Clone, Serialize, PartialEq, Default, ts_rs::TS)]
pub struct Attendance {
    /// Counts are keyed by the value people gave; those who gave none (or are in no group) are
    /// counted under the empty key, which no real value can be (every text is trimmed and
    /// checked non-empty before it is stored).
    pub total: i64,
    pub anonymous: i64,
    pub interpreter_needed: i64,
    pub by_language: BTreeMap<String, i64>,
    pub by_role: BTreeMap<String, i64>,
    pub by_neighbourhood: BTreeMap<String, i64>,
    pub by_group: BTreeMap<String, i64>,
}

const COLUMNS: &str = "s.id, s.session_id, s.neighbourhood, s.zip, s.language, s.interpreter, \
     coalesce(c.accessibility, s.accessibility), s.role, s.consent_to_contact, s.time_in, s.group_id, \
     (c.name IS NULL OR c.name = ''), s.origin_device";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Signin> {
    let role: String = r.get(7)?;
    Ok(Signin {
        id: r.get(0)?,
        session_id: r.get(1)?,
        neighbourhood: r.get(2)?,
        zip: r.get(3)?,
        language: r.get(4)?,
        interpreter: r.get(5)?,
        accessibility: r.get(6)?,
        role: Role::parse(&role).unwrap_or(Role::Resident),
        consent_to_contact: r.get(8)?,
        time_in: r.get(9)?,
        group_id: r.get(10)?,
        anonymous: r.get(11)?,
        origin_device: r.get(12)?,
        clock_offset_ms: None,
    })
}

/// A sign-in that passed every check, ready to write.
pub(crate) struct CheckedSignin {
    #[allow(dead_code)]
    pub session: SessionId,
    signin: serde_json::Value,
    contact: Option<serde_json::Value>,
}

/// A likely duplicate sign-in, for the warning at the door (no names cross: just when and where).
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct DuplicateSignin {
    pub signin: SigninId,
    pub time_in: String,
    pub neighbourhood: Option<String>,
}

impl Convene {
    pub fn add_signin(&mut self, session: SessionId, new: NewSignin) -> Result<Outcome<SigninId>> {
        let checked = self.check_signin(session, new)?;
        self.write_signin(checked)
    }

    /// Every check of a sign-in, without writing: an import checks every row of a sheet this
    /// way before its write transaction opens.
    pub(crate) fn check_signin(&self, session: SessionId, new: NewSignin) -> Result<CheckedSignin> {
        self.session(session)?;
        let name = validate::optional(crate::field!("signin-name"), new.name.as_deref(), MAX_LINE)?;
        let neighbourhood = validate::optional(
            crate::field!("signin-neighbourhood"),
            new.neighbourhood.as_deref(),
            MAX_LINE,
        )?;
        let zip = new.zip.as_deref().filter(|z| !z.trim().is_empty()).map(validate::zip).transpose()?;
        let language = new.language.as_deref().map(validate::language).transpose()?;
        let accessibility = validate::optional(
            crate::field!("signin-accessibility"),
            new.accessibility.as_deref(),
            MAX_LINE,
        )?;
        let email = new.email.as_deref().filter(|e| !e.trim().is_empty()).map(validate::email).transpose()?;
        let phone = new.phone.as_deref().filter(|p| !p.trim().is_empty()).map(validate::phone).transpose()?;
        if (email.is_some() || phone.is_some()) && !new.consent {
            return Err(Error::ConsentRequired);
        }
        if let Some(g) = new.group {
            self.check_session(session, g)?;
        }
        let time_in = match new.time_in.as_deref() {
            Some(t) => validate::datetime(crate::field!("signin-time-in"), t)?,
            None => now_rfc3339(),
        };
        Ok(CheckedSignin {
            session,
            signin: json!({
                "session_id": session.to_string(),
                "neighbourhood": neighbourhood,
                "zip": zip,
                "language": language,
                "interpreter": new.interpreter,
                "role": new.role.unwrap_or(Role::Resident).as_str(),
                "consent_to_contact": new.consent,
                "time_in": time_in,
                "group_id": new.group.map(|g| g.to_string()),
            }),
            // Names, contacts and accessibility needs: sealed in bundles.
            contact: (name.is_some() || email.is_some() || phone.is_some() || accessibility.is_some()).then(
                || {
                    json!({
                        "session_id": session.to_string(),
                        "name": name,
                        "email": email,
                        "phone": phone,
                        "accessibility": accessibility,
                    })
                },
            ),
        })
    }

    pub(crate) fn write_signin(&mut self, checked: CheckedSignin) -> Result<Outcome<SigninId>> {
        let id = SigninId::new();
        let CheckedSignin { signin, contact, .. } = checked;
        let ((), changes) = self.store.transact(|tx| {
            tx.create(Entity::Signin, id.0, fields(signin))?;
            if let Some(contact) = contact {
                // Same id as the sign-in: one person, two ops, one of them sealed in bundles.
                tx.create(Entity::SigninContact, id.0, fields(contact))?;
            }
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn signins(&self, session: SessionId) -> Result<Vec<Signin>> {
        let mut stmt = self.store.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM signins s LEFT JOIN signin_contacts c ON c.id = s.id
             WHERE s.session_id = ?1 ORDER BY s.time_in, s.id"
        ))?;
        let mut list: Vec<Signin> = stmt.query_map([session], from_row)?.collect::<rusqlite::Result<_>>()?;
        let offsets = crate::exchange::clocks::Offsets::load(&self.store.conn)?;
        if !offsets.is_empty() {
            for s in &mut list {
                if let Some(o) =
                    offsets.of_record(&self.store.conn, Entity::Signin, s.id.0, &s.origin_device)?
                {
                    s.time_in = crate::exchange::clocks::corrected(&s.time_in, o);
                    s.clock_offset_ms = Some(o);
                }
            }
        }
        Ok(list)
    }

    /// Names and contacts: only for an explicit request (a CSV export with the flag set).
    pub fn signin_contacts(&self, session: SessionId) -> Result<Vec<SigninContact>> {
        let mut stmt = self.store.conn.prepare_cached(
            "SELECT id, name, email, phone FROM signin_contacts WHERE session_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([session], |r| {
            Ok(SigninContact { signin_id: r.get(0)?, name: r.get(1)?, email: r.get(2)?, phone: r.get(3)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The session a sign-in belongs to.
    pub fn signin_session(&self, signin: SigninId) -> Result<SessionId> {
        self.store
            .conn
            .prepare_cached("SELECT session_id FROM signins WHERE id = ?1")?
            .query_row([signin], |r| r.get(0))
            .optional()?
            .or_not_found(crate::thing!("signin"), signin)
    }

    pub fn assign_group(&mut self, signin: SigninId, group: Option<GroupId>) -> Result<Outcome<SigninId>> {
        let session = self.signin_session(signin)?;
        if let Some(g) = group {
            self.check_session(session, g)?;
        }
        let ((), changes) = self.store.transact(|tx| {
            tx.set(signin, SigninField::GroupId, json!(group.map(|g| g.to_string())))?;
            Ok(())
        })?;
        Ok(Outcome { id: signin, changes })
    }

    pub fn attendance(&self, session: SessionId) -> Result<Attendance> {
        self.session(session)?;
        let groups: BTreeMap<GroupId, String> =
            self.groups(session)?.into_iter().map(|g| (g.id, g.name)).collect();
        let mut a = Attendance::default();
        for s in self.signins(session)? {
            a.total += 1;
            a.anonymous += s.anonymous as i64;
            a.interpreter_needed += s.interpreter as i64;
            *a.by_language.entry(s.language.unwrap_or_default()).or_default() += 1;
            *a.by_role.entry(s.role.as_str().into()).or_default() += 1;
            let place = s.neighbourhood.or(s.zip).unwrap_or_default();
            *a.by_neighbourhood.entry(place).or_default() += 1;
            let group = s.group_id.and_then(|g| groups.get(&g).cloned()).unwrap_or_default();
            *a.by_group.entry(group).or_default() += 1;
        }
        Ok(a)
    }

    /// The group to suggest for an attendee: one held in their language if any, the smallest
    /// such group first, so interpreters are not split across tables.
    pub fn suggest_group(&self, session: SessionId, language: Option<&str>) -> Result<Option<GroupId>> {
        let groups = self.groups(session)?;
        let sizes = self.attendance_by_group_id(session)?;
        let size = |g: &GroupId| sizes.get(g).copied().unwrap_or(0);
        let lang = language.map(|l| l.split('-').next().unwrap_or(l).to_ascii_lowercase());
        let matching = groups.iter().filter(|g| {
            let gl = g.language.as_deref().map(|l| l.split('-').next().unwrap_or(l).to_ascii_lowercase());
            lang.is_some() && gl == lang
        });
        if let Some(g) = matching.min_by_key(|g| (size(&g.id), g.name.clone())) {
            return Ok(Some(g.id));
        }
        Ok(groups.iter().min_by_key(|g| (size(&g.id), g.name.clone())).map(|g| g.id))
    }

    fn attendance_by_group_id(&self, session: SessionId) -> Result<BTreeMap<GroupId, i64>> {
        let mut stmt = self.store.conn.prepare_cached(
            "SELECT group_id, count(*) FROM signins WHERE session_id = ?1 AND group_id IS NOT NULL GROUP BY group_id",
        )?;
        let rows = stmt.query_map([session], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Earlier sign-ins that are probably the same person (same name, ignoring case and spaces,
    /// or the same email or phone), for a warning at the door: when and where each signed in,
    /// never who they are.
    pub fn likely_duplicate_signins(
        &self,
        session: SessionId,
        name: Option<&str>,
        email: Option<&str>,
        phone: Option<&str>,
    ) -> Result<Vec<DuplicateSignin>> {
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        let (name, email, phone) = (
            name.map(norm).filter(|n| !n.is_empty()),
            email.map(norm).filter(|n| !n.is_empty()),
            phone.map(digits).filter(|n| n.len() >= 7),
        );
        let mut out = vec![];
        for c in self.signin_contacts(session)? {
            let same_name = name.is_some() && c.name.as_deref().map(norm) == name;
            let same_email = email.is_some() && c.email.as_deref().map(norm) == email;
            let same_phone = phone.is_some() && c.phone.as_deref().map(digits) == phone;
            if same_name || same_email || same_phone {
                out.push(c.signin_id);
            }
        }
        Ok(self
            .signins(session)?
            .into_iter()
            .filter(|s| out.contains(&s.id))
            .map(|s| DuplicateSignin { signin: s.id, time_in: s.time_in, neighbourhood: s.neighbourhood })
            .collect())
    }
}
crate::labels!(Role, "role-");
