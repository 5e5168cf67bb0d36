//! Exports: a session's tables as CSV, headings in the person's language, personal data only
//! when asked.

use std::collections::HashMap;

use super::{Cell, CsvOptions, CsvTable, write_csv, yes_no};
use crate::Convene;
use crate::error::Result;
use crate::i18n::Localizer;
use crate::ids::SessionId;

impl Convene {
    /// One of the session's tables as CSV. Headings are in `l10n`'s language.
    pub fn export_csv(
        &self,
        session: SessionId,
        table: CsvTable,
        opts: &CsvOptions,
        l10n: &Localizer,
    ) -> Result<Vec<u8>> {
        let s = self.session(session)?;
        let groups: HashMap<_, _> = self.groups(session)?.into_iter().map(|g| (g.id, g.name)).collect();
        let group_name = |g: Option<crate::ids::GroupId>| Cell::from(g.and_then(|g| groups.get(&g).cloned()));
        match table {
            CsvTable::Concerns => {
                let tally = self.tally(session)?;
                let dots: HashMap<_, _> = tally.dots.iter().map(|d| (d.concern, d.score)).collect();
                let concerns = self.concerns(
                    session,
                    &crate::concerns::ConcernFilter { include_duplicates: true, ..Default::default() },
                )?;
                let rows = concerns
                    .into_iter()
                    .map(|c| {
                        vec![
                            c.id.to_string().into(),
                            s.title.clone().into(),
                            group_name(c.group_id),
                            c.status.as_str().into(),
                            c.text.into(),
                            c.language.into(),
                            c.interpretation.into(),
                            c.interpretation_language.into(),
                            c.tags.join(" ").into(),
                            c.location.into(),
                            c.duplicate_of.map(|d| d.to_string()).into(),
                            dots.get(&c.id).copied().unwrap_or(0).into(),
                            c.created_at.into(),
                        ]
                    })
                    .collect();
                write_csv(
                    &[
                        "id",
                        "session",
                        "group",
                        "status",
                        "text",
                        "language",
                        "interpretation",
                        "interpretation_language",
                        "tags",
                        "location",
                        "duplicate_of",
                        "dots",
                        "created_at",
                    ],
                    rows,
                    opts,
                    l10n,
                )
            }
            CsvTable::Signins => {
                let contacts: HashMap<_, _> = if opts.personal_data {
                    self.signin_contacts(session)?.into_iter().map(|c| (c.signin_id, c)).collect()
                } else {
                    HashMap::new()
                };
                let mut columns = vec![
                    "id",
                    "time_in",
                    "role",
                    "language",
                    "interpreter",
                    "neighbourhood",
                    "zip",
                    "group",
                    "consent",
                ];
                // Accessibility needs are health information: with the names, or not at all.
                if opts.personal_data {
                    columns.extend(["name", "email", "phone", "accessibility"]);
                }
                let rows = self
                    .signins(session)?
                    .into_iter()
                    .map(|x| {
                        let mut row: Vec<Cell> = vec![
                            x.id.to_string().into(),
                            x.time_in.into(),
                            x.role.as_str().into(),
                            x.language.into(),
                            yes_no(x.interpreter),
                            x.neighbourhood.into(),
                            x.zip.into(),
                            group_name(x.group_id),
                            yes_no(x.consent_to_contact),
                        ];
                        if opts.personal_data {
                            let c = contacts.get(&x.id);
                            row.push(c.and_then(|c| c.name.clone()).into());
                            row.push(c.and_then(|c| c.email.clone()).into());
                            row.push(c.and_then(|c| c.phone.clone()).into());
                            row.push(x.accessibility.clone().into());
                        }
                        row
                    })
                    .collect();
                write_csv(&columns, rows, opts, l10n)
            }
            CsvTable::Votes => {
                let t = self.tally(session)?;
                let mut by: HashMap<crate::ids::ConcernId, [i64; 4]> = HashMap::new();
                let mut text: HashMap<crate::ids::ConcernId, String> = HashMap::new();
                let mut runoff: HashMap<crate::ids::ConcernId, String> = HashMap::new();
                for d in &t.dots {
                    by.entry(d.concern).or_default()[0] = d.score;
                    text.insert(d.concern, d.text.clone());
                }
                if let Some(r) = &t.ranked {
                    for b in &r.borda {
                        by.entry(b.concern).or_default()[1] = b.score;
                        text.insert(b.concern, b.text.clone());
                    }
                    if let Some(first) = r.irv_rounds.first() {
                        for c in &first.counts {
                            by.entry(c.concern).or_default()[2] = c.score;
                        }
                    }
                    for (i, round) in r.irv_rounds.iter().enumerate() {
                        for c in &round.eliminated {
                            runoff.insert(*c, l10n.m(crate::msg!(csv_runoff_out, round = i as i64 + 1)));
                        }
                    }
                    if let Some(w) = r.irv_winner {
                        runoff.insert(w, l10n.m(crate::msg!(csv_runoff_winner)));
                    }
                }
                for b in t.budget.iter().flatten() {
                    by.entry(b.concern).or_default()[3] = b.score;
                    text.insert(b.concern, b.text.clone());
                }
                let mut ids: Vec<_> = by.keys().copied().collect();
                ids.sort_by_key(|c| (std::cmp::Reverse(by[c][0]), std::cmp::Reverse(by[c][1]), *c));
                let rows = ids
                    .into_iter()
                    .map(|c| {
                        let v = by[&c];
                        vec![
                            c.to_string().into(),
                            text.get(&c).cloned().unwrap_or_default().into(),
                            v[0].into(),
                            v[1].into(),
                            v[2].into(),
                            runoff.get(&c).cloned().unwrap_or_default().into(),
                            v[3].into(),
                        ]
                    })
                    .collect();
                write_csv(
                    &["concern", "text", "dots", "borda", "first_choices", "runoff", "budget"],
                    rows,
                    opts,
                    l10n,
                )
            }
            CsvTable::Actions => {
                let rows = self
                    .actions(Some(session), None)?
                    .into_iter()
                    .map(|a| {
                        let latest = a.updates.last().map(|u| format!("{} {}", u.on_date, u.text));
                        vec![
                            a.id.to_string().into(),
                            a.title.into(),
                            a.status.as_str().into(),
                            a.basis.as_str().into(),
                            a.owner.into(),
                            a.due.into(),
                            a.response.into(),
                            a.concern_ids.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(" ").into(),
                            (a.updates.len() as i64).into(),
                            latest.into(),
                        ]
                    })
                    .collect();
                write_csv(
                    &[
                        "id",
                        "title",
                        "status",
                        "basis",
                        "owner",
                        "due",
                        "response",
                        "concerns",
                        "updates",
                        "latest_update",
                    ],
                    rows,
                    opts,
                    l10n,
                )
            }
        }
    }
}
