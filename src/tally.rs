//! Tallies: dots per concern, ranked ballots by Borda count and by instant runoff, and budget
//! allocations. Votes on a concern merged as a duplicate count for the concern it duplicates.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::Hash;

use rustc_hash::FxHashMap;
use serde::Serialize;
use serde::de::{DeserializeSeed, SeqAccess, Visitor};

use crate::Convene;
use crate::error::Result;
use crate::ids::{ConcernId, SessionId};

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct ConcernScore {
    pub concern: ConcernId,
    /// The concern as said, in its original language.
    pub text: String,
    pub interpretation: Option<String>,
    pub score: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct IrvRound {
    /// First-choice votes per remaining concern, most first.
    pub counts: Vec<ConcernScore>,
    /// Ballots whose every choice has been eliminated.
    pub exhausted: i64,
    /// Concerns eliminated after this round: the one with fewest votes, or all that had none.
    pub eliminated: Vec<ConcernId>,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct RankedResult {
    pub ballots: i64,
    pub borda: Vec<ConcernScore>,
    pub irv_rounds: Vec<IrvRound>,
    pub irv_winner: Option<ConcernId>,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Tally {
    pub session: SessionId,
    /// Dots per concern (counted and cast), most first; merged duplicates rolled up.
    pub dots: Vec<ConcernScore>,
    pub dot_ballots: i64,
    pub ranked: Option<RankedResult>,
    pub budget: Option<Vec<ConcernScore>>,
    pub budget_ballots: i64,
    /// Ballots ignored because an earlier ballot used the same token (found after a merge).
    pub repeated_tokens: i64,
}

/// Borda count: with `n` candidates, a ballot gives its first choice `n-1` points, its second
/// `n-2` and so on; candidates a ballot leaves out get nothing from it. Sorted by points, then by
/// candidate so ties come out the same everywhere.
pub fn borda<C: Copy + Ord + Hash>(ballots: &[Vec<C>], candidates: &[C]) -> Vec<(C, i64)> {
    let n = candidates.len() as i64;
    let mut points: HashMap<C, i64> = candidates.iter().map(|c| (*c, 0)).collect();
    for ballot in ballots {
        for (i, c) in ballot.iter().enumerate() {
            if let Some(p) = points.get_mut(c) {
                *p += (n - 1 - i as i64).max(0);
            }
        }
    }
    let mut out: Vec<(C, i64)> = points.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

/// One round of an instant-runoff count.
#[derive(Debug, Clone, PartialEq)]
pub struct Round<C> {
    pub counts: Vec<(C, i64)>,
    pub exhausted: i64,
    pub eliminated: Vec<C>,
}

/// Instant runoff: count each ballot for its highest-ranked remaining candidate; a candidate
/// with more than half of the ballots still in play wins; otherwise the candidate with the fewest
/// votes is eliminated and the count runs again. Ties for elimination go to the lower Borda
/// score, then to the later candidate, so every laptop eliminates the same one. Candidates with
/// no votes at all go out together: eliminating them moves no ballot, so the result is the same
/// as one at a time, with fewer rounds to read.
pub fn instant_runoff<C: Copy + Ord + Hash>(
    ballots: &[Vec<C>],
    candidates: &[C],
) -> (Vec<Round<C>>, Option<C>) {
    let borda_points: HashMap<C, i64> = borda(ballots, candidates).into_iter().collect();
    let mut remaining: HashSet<C> = candidates.iter().copied().collect();
    let mut rounds = vec![];
    while !remaining.is_empty() {
        let mut counts: HashMap<C, i64> = remaining.iter().map(|c| (*c, 0)).collect();
        let mut exhausted = 0;
        for b in ballots {
            match b.iter().find(|c| remaining.contains(c)) {
                Some(c) => *counts.get_mut(c).expect("remaining") += 1,
                None => exhausted += 1,
            }
        }
        let mut sorted: Vec<(C, i64)> = counts.into_iter().collect();
        sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let active: i64 = sorted.iter().map(|(_, n)| n).sum();
        let (leader, lead) = sorted[0];
        if lead * 2 > active || remaining.len() == 1 {
            rounds.push(Round { counts: sorted, exhausted, eliminated: vec![] });
            return (rounds, (lead > 0).then_some(leader));
        }
        let mut zero: Vec<C> = sorted.iter().filter(|(_, n)| *n == 0).map(|(c, _)| *c).collect();
        if !zero.is_empty() && lead > 0 {
            zero.sort();
            for c in &zero {
                remaining.remove(c);
            }
            rounds.push(Round { counts: sorted, exhausted, eliminated: zero });
            continue;
        }
        let loser = sorted
            .iter()
            .min_by(|a, b| {
                a.1.cmp(&b.1).then(borda_points[&a.0].cmp(&borda_points[&b.0])).then(b.0.cmp(&a.0))
            })
            .map(|(c, _)| *c)
            .expect("at least two remain");
        remaining.remove(&loser);
        rounds.push(Round { counts: sorted, exhausted, eliminated: vec![loser] });
    }
    (rounds, None)
}

impl Convene {
    /// The bounds a ballot's stamp counts within: the session's creation, and this clock plus
    /// the tolerance.
    fn ballot_bounds(&self, session: SessionId) -> Result<(i64, i64)> {
        let created: i64 = self
            .store
            .conn
            .prepare_cached("SELECT created_hlc FROM sessions WHERE id = ?1")?
            .query_row([session], |r| r.get(0))?;
        Ok((created, crate::oplog::clock::bound(self.store.clock().now_ms())))
    }

    pub fn tally(&self, session: SessionId) -> Result<Tally> {
        self.session(session)?;
        let conn = &self.store.conn;
        let mut text: FxHashMap<ConcernId, (String, Option<String>)> = FxHashMap::default();
        let mut links = vec![];
        {
            let mut stmt = conn.prepare_cached(
                "SELECT id, text, interpretation, duplicate_of FROM concerns WHERE session_id = ?1",
            )?;
            let mut rows = stmt.query([session])?;
            while let Some(r) = rows.next()? {
                let id: ConcernId = r.get(0)?;
                links.push((id, r.get::<_, Option<ConcernId>>(3)?));
                text.insert(id, (r.get(1)?, r.get(2)?));
            }
        }
        let canonical = canonical_map(links.into_iter());
        let root = |c: &ConcernId| canonical.get(c).copied().unwrap_or(*c);
        let score = |text: &FxHashMap<ConcernId, (String, Option<String>)>, c: ConcernId, score: i64| {
            let (text, interpretation) = text.get(&c).cloned().unwrap_or_default();
            ConcernScore { concern: c, text, interpretation, score }
        };

        let mut dots: FxHashMap<ConcernId, i64> = FxHashMap::default();
        for (c, n) in self.dot_count_entries(session)? {
            let e = dots.entry(root(&c)).or_default();
            *e = e.saturating_add(n);
        }
        // One ballot per (kind, token): the first by (stamp, device, id) among those stamped
        // within the bounds (no earlier than the session's creation, no later than this clock
        // allows); only where none is, the first of the others by their stamp brought within the
        // bounds. So a ballot stamped `hlc = 1` cannot pre-empt a token, and one from a laptop
        // whose clock is behind still counts where it is the token's only ballot. The index hands
        // ballots over grouped by (kind, token) and by raw stamp within a group (migration 0003):
        // a group's first ballot within the bounds is its winner at once.
        let (lo, hi) = self.ballot_bounds(session)?;
        let hi = hi.max(lo);
        let bounded = |h: i64| h.clamp(lo, hi);
        let within = |h: i64| (lo..=hi).contains(&h);
        let mut ranked: Vec<Vec<ConcernId>> = vec![];
        let mut budget: BTreeMap<ConcernId, i64> = BTreeMap::new();
        let (mut kept_dots, mut budget_ballots, mut total) = (0i64, 0i64, 0i64);
        // Dots by id: plain lists straight to UUIDs; any other list by the id as written, each
        // distinct one parsed once at the end.
        let mut dot_ids: FxHashMap<Box<str>, i64> = FxHashMap::default();
        let mut dot_uuids: FxHashMap<uuid::Uuid, i64> = FxHashMap::default();
        let mut count = |kind: &[u8], choices: &[u8]| -> Result<()> {
            match kind {
                b"dots" => {
                    kept_dots += 1;
                    if !count_plain_ids(choices, &mut dot_uuids) {
                        let mut json = serde_json::Deserializer::from_slice(choices);
                        CountIds(&mut dot_ids).deserialize(&mut json)?;
                        json.end()?;
                    }
                }
                b"rank" => {
                    // A ballot ranking a concern and its duplicate counts the first mention.
                    let mut out: Vec<ConcernId> = vec![];
                    for c in serde_json::from_slice::<Vec<ConcernId>>(choices)?.iter().map(root) {
                        if !out.contains(&c) {
                            out.push(c);
                        }
                    }
                    ranked.push(out);
                }
                _ => {
                    budget_ballots += 1;
                    let map: HashMap<ConcernId, i64> = serde_json::from_slice(choices)?;
                    for (c, v) in map {
                        let e = budget.entry(root(&c)).or_default();
                        *e = e.saturating_add(v);
                    }
                }
            }
            Ok(())
        };
        // Dot ballots, the many, come from their own stretch of the index, which spares reading
        // each one's kind; then the other kinds on either side of it, in the same order.
        const BALLOTS: [&str; 3] = [
            "SELECT 'dots', token, choices, created_hlc, origin_device, id FROM ballots INDEXED BY ballots_by_session
             WHERE session_id = ?1 AND kind = 'dots' ORDER BY token, created_hlc, origin_device, id",
            "SELECT kind, token, choices, created_hlc, origin_device, id FROM ballots INDEXED BY ballots_by_session
             WHERE session_id = ?1 AND kind < 'dots' ORDER BY kind, token, created_hlc, origin_device, id",
            "SELECT kind, token, choices, created_hlc, origin_device, id FROM ballots INDEXED BY ballots_by_session
             WHERE session_id = ?1 AND kind > 'dots' ORDER BY kind, token, created_hlc, origin_device, id",
        ];
        /// The ballot a group weighed one by one would count: its key, kind and choices.
        type Best = ((i64, Vec<u8>, Vec<u8>), Vec<u8>, Vec<u8>);
        for (part, sql) in BALLOTS.iter().enumerate() {
            let mut stmt = conn.prepare_cached(sql)?;
            let mut rows = stmt.query([session])?;
            // The (kind, token) of the current group, whether its winner has been counted, and the
            // best ballot so far of a group being weighed.
            let mut last: Option<(Vec<u8>, Vec<u8>)> = None;
            let mut decided = false;
            let mut best: Option<Best> = None;
            while let Some(r) = rows.next()? {
                total += 1;
                // Compared as bytes: only the ballots that count are read as text.
                let kind: &[u8] = if part == 0 { b"dots" } else { r.get_ref(0)?.as_bytes()? };
                let token = r.get_ref(1)?.as_bytes()?;
                let hlc: i64 = r.get(3)?;
                let same = last.as_ref().is_some_and(|(k, t)| k.as_slice() == kind && t.as_slice() == token);
                if same {
                    if decided {
                        continue; // a later ballot from a token that has already voted
                    }
                    if within(hlc) {
                        // The first within the bounds: the winner, whatever came before it.
                        best = None;
                        decided = true;
                        count(kind, r.get_ref(2)?.as_bytes()?)?;
                        continue;
                    }
                    let key = (
                        bounded(hlc),
                        r.get_ref(4)?.as_bytes()?.to_vec(),
                        r.get_ref(5)?.as_bytes()?.to_vec(),
                    );
                    if best.as_ref().is_none_or(|(k, _, _)| key < *k) {
                        best = Some((key, kind.to_vec(), r.get_ref(2)?.as_bytes()?.to_vec()));
                    }
                    continue;
                }
                if let Some((_, k, c)) = best.take() {
                    count(&k, &c)?;
                }
                last = Some((kind.to_vec(), token.to_vec()));
                let choices = r.get_ref(2)?.as_bytes()?;
                decided = within(hlc);
                if decided {
                    count(kind, choices)?;
                } else {
                    let key = (
                        bounded(hlc),
                        r.get_ref(4)?.as_bytes()?.to_vec(),
                        r.get_ref(5)?.as_bytes()?.to_vec(),
                    );
                    best = Some((key, kind.to_vec(), choices.to_vec()));
                }
            }
            if let Some((_, k, c)) = best.take() {
                count(&k, &c)?;
            }
        }
        for (id, n) in dot_ids {
            if let Ok(c) = id.parse::<ConcernId>() {
                let e = dots.entry(root(&c)).or_default();
                *e = e.saturating_add(n);
            }
        }
        for (id, n) in dot_uuids {
            let e = dots.entry(root(&ConcernId(id))).or_default();
            *e = e.saturating_add(n);
        }
        let kept = kept_dots + ranked.len() as i64 + budget_ballots;
        let repeated_tokens = total - kept;
        // The dots list names most concerns: their texts move into it rather than being copied.
        let mut dots: Vec<ConcernScore> = dots
            .into_iter()
            .map(|(c, n)| {
                let (text, interpretation) = if ranked.is_empty() && budget_ballots == 0 {
                    text.remove(&c)
                } else {
                    text.get(&c).cloned()
                }
                .unwrap_or_default();
                ConcernScore { concern: c, text, interpretation, score: n }
            })
            .collect();
        dots.sort_by(|a, b| b.score.cmp(&a.score).then(a.concern.cmp(&b.concern)));
        let ranked = (!ranked.is_empty()).then(|| {
            let mut candidates: Vec<ConcernId> = ranked.iter().flatten().copied().collect();
            candidates.sort();
            candidates.dedup();
            let borda_scores = borda(&ranked, &candidates);
            let (rounds, winner) = instant_runoff(&ranked, &candidates);
            RankedResult {
                ballots: ranked.len() as i64,
                borda: borda_scores.into_iter().map(|(c, p)| score(&text, c, p)).collect(),
                irv_rounds: rounds
                    .into_iter()
                    .map(|r| IrvRound {
                        counts: r.counts.into_iter().map(|(c, n)| score(&text, c, n)).collect(),
                        exhausted: r.exhausted,
                        eliminated: r.eliminated,
                    })
                    .collect(),
                irv_winner: winner,
            }
        });
        let budget = (budget_ballots > 0).then(|| {
            let mut b: Vec<ConcernScore> = budget.into_iter().map(|(c, n)| score(&text, c, n)).collect();
            b.sort_by(|a, b| b.score.cmp(&a.score).then(a.concern.cmp(&b.concern)));
            b
        });
        Ok(Tally { session, dots, dot_ballots: kept_dots, ranked, budget, budget_ballots, repeated_tokens })
    }
}

/// Counts the ids of a dot ballot written the way Convene writes it: `["<uuid>","<uuid>",...]`,
/// with no spaces or escapes. Returns false, having counted nothing, for anything else, which
/// the JSON parser then reads (and refuses, if it is not a list of strings): an escape, an id
/// that is not a concern id, two short strings that happen to span 36 bytes. Skipping the
/// general parser and counting by the id's 16 bytes rather than its text halved a summit's
/// tally (1.6 -> 0.8 ms, with the other changes of 2026-12-01; docs/PERFORMANCE.md).
fn count_plain_ids(json: &[u8], counts: &mut FxHashMap<uuid::Uuid, i64>) -> bool {
    const ID: usize = 36;
    let Some(inner) = json.strip_prefix(b"[").and_then(|j| j.strip_suffix(b"]")) else {
        return false;
    };
    let mut ids: [uuid::Uuid; 8] = [uuid::Uuid::nil(); 8];
    let mut n = 0;
    let mut rest = inner;
    while !rest.is_empty() {
        if n == ids.len() || rest.len() < ID + 2 || rest[0] != b'"' || rest[ID + 1] != b'"' {
            return false;
        }
        let Ok(id) = uuid::Uuid::try_parse_ascii(&rest[1..=ID]) else {
            return false;
        };
        ids[n] = id;
        n += 1;
        rest = &rest[ID + 2..];
        if let Some(r) = rest.strip_prefix(b",") {
            if r.is_empty() {
                return false;
            }
            rest = r;
        } else if !rest.is_empty() {
            return false;
        }
    }
    for id in &ids[..n] {
        *counts.entry(*id).or_default() += 1;
    }
    true
}

/// Counts each id in a JSON list of concern ids, without building the list.
struct CountIds<'a>(&'a mut FxHashMap<Box<str>, i64>);

impl<'de> DeserializeSeed<'de> for CountIds<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for CountIds<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a list of concern ids")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        while let Some(id) = seq.next_element::<&str>()? {
            match self.0.get_mut(id) {
                Some(n) => *n += 1,
                None => {
                    self.0.insert(id.into(), 1);
                }
            }
        }
        Ok(())
    }
}

/// Maps each concern to the concern its duplicate links lead to. A loop (possible only when two
/// laptops merged concerns into each other) resolves to the smallest id in it.
fn canonical_map(
    links: impl Iterator<Item = (ConcernId, Option<ConcernId>)>,
) -> HashMap<ConcernId, ConcernId> {
    let next: HashMap<ConcernId, ConcernId> = links.filter_map(|(c, d)| d.map(|d| (c, d))).collect();
    let mut out = HashMap::new();
    for &start in next.keys() {
        let mut path = vec![start];
        let mut cur = start;
        while let Some(&n) = next.get(&cur) {
            if path.contains(&n) {
                let cycle_start = path.iter().position(|p| *p == n).expect("in path");
                cur = *path[cycle_start..].iter().min().expect("non-empty");
                break;
            }
            path.push(n);
            cur = n;
        }
        out.insert(start, cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The textbook Tennessee-capital election: 100 voters, four cities.
    fn tennessee() -> Vec<Vec<char>> {
        // M = Memphis, N = Nashville, C = Chattanooga, K = Knoxville
        let mut b = vec![];
        b.extend(std::iter::repeat_n(vec!['M', 'N', 'C', 'K'], 42));
        b.extend(std::iter::repeat_n(vec!['N', 'C', 'K', 'M'], 26));
        b.extend(std::iter::repeat_n(vec!['C', 'K', 'N', 'M'], 15));
        b.extend(std::iter::repeat_n(vec!['K', 'C', 'N', 'M'], 17));
        b
    }

    #[test]
    fn borda_matches_the_hand_count() {
        // Worked by hand with 3/2/1/0 points:
        // N = 42*2 + 26*3 + 15*1 + 17*1 = 194; C = 42 + 52 + 45 + 34 = 173;
        // M = 42*3 = 126; K = 26 + 30 + 51 = 107.
        let r = borda(&tennessee(), &['C', 'K', 'M', 'N']);
        assert_eq!(r, vec![('N', 194), ('C', 173), ('M', 126), ('K', 107)]);
    }

    #[test]
    fn instant_runoff_matches_the_hand_count() {
        // Round 1: M 42, N 26, K 17, C 15 -> C out, its 15 go to K.
        // Round 2: M 42, K 32, N 26 -> N out, its 26 go (past C) to K.
        // Round 3: K 58, M 42 -> Knoxville has a majority.
        let (rounds, winner) = instant_runoff(&tennessee(), &['C', 'K', 'M', 'N']);
        assert_eq!(winner, Some('K'), "Knoxville wins the runoff though Memphis led round 1");
        assert_eq!(rounds.len(), 3);
        assert_eq!(rounds[0].counts, vec![('M', 42), ('N', 26), ('K', 17), ('C', 15)]);
        assert_eq!(rounds[0].eliminated, vec!['C']);
        assert_eq!(rounds[1].counts, vec![('M', 42), ('K', 32), ('N', 26)]);
        assert_eq!(rounds[1].eliminated, vec!['N']);
        assert_eq!(rounds[2].counts, vec![('K', 58), ('M', 42)]);
    }

    #[test]
    fn runoff_counts_exhausted_ballots_and_needs_a_majority_of_the_rest() {
        // A: 3 ballots ranking only A; B: 2 ranking B then C; C: 2 ranking only C.
        let mut b = vec![];
        b.extend(std::iter::repeat_n(vec!['A'], 3));
        b.extend(std::iter::repeat_n(vec!['B', 'C'], 2));
        b.extend(std::iter::repeat_n(vec!['C'], 2));
        let (rounds, winner) = instant_runoff(&b, &['A', 'B', 'C']);
        // Round 1: A 3, B 2, C 2; B and C tie on votes, B has fewer Borda points
        // (B: 2*2 = 4; C: 2*1 + 2*2 = 6), so B goes and C gets its 2 -> C 4 of 7 wins.
        assert_eq!(rounds[0].eliminated, vec!['B']);
        assert_eq!(winner, Some('C'));
    }

    #[test]
    fn candidates_without_votes_go_out_together() {
        let b = vec![vec!['A', 'B'], vec!['A'], vec!['B', 'A'], vec!['C']];
        // D and E have no first preferences: both go after round 1, nothing moves.
        let (rounds, winner) = instant_runoff(&b, &['A', 'B', 'C', 'D', 'E']);
        assert_eq!(rounds[0].eliminated, vec!['D', 'E']);
        assert_eq!(rounds[1].counts, vec![('A', 2), ('B', 1), ('C', 1)], "no ballot moved");
        assert_eq!(winner, Some('A'));
    }

    #[test]
    fn plain_dot_lists_are_counted_and_anything_else_is_left_to_the_parser() {
        let a = "0190b3a4-5c6d-7e8f-9a0b-1c2d3e4f5a6b";
        let b = "0190b3a4-5c6d-7e8f-9a0b-1c2d3e4f5a6c";
        let mut counts = FxHashMap::default();
        assert!(count_plain_ids(format!("[\"{a}\",\"{b}\",\"{a}\"]").as_bytes(), &mut counts));
        assert!(count_plain_ids(b"[]", &mut counts), "an empty ballot is plain too");
        assert_eq!(counts[&a.parse().unwrap()], 2, "a second dot on the same concern counts twice");
        assert_eq!(counts[&b.parse().unwrap()], 1);
        for other in [
            format!("[ \"{a}\"]"),                                  // spaces
            format!("[\"{a}\",]"),                                  // trailing comma
            format!("[\"{a}\"\"{b}\"]"),                            // no comma
            format!("[\"{}\"]", &a[..35]),                          // short id
            format!("[\"{}\\u0030\"]", &a[..30]),                   // an escape in a 36-byte id
            format!("[{}]", vec![format!("\"{a}\""); 9].join(",")), // more dots than the fast path holds
            "{}".to_string(),
        ] {
            let before = counts.clone();
            assert!(!count_plain_ids(other.as_bytes(), &mut counts), "{other} goes to the JSON parser");
            assert_eq!(counts, before, "a list the fast path refuses counts nothing: {other}");
        }
    }

    #[test]
    fn duplicate_links_roll_up_and_loops_settle_on_one_concern() {
        use uuid::Uuid;
        let id = |n| ConcernId(Uuid::from_u128(n));
        let m = canonical_map([(id(1), Some(id(2))), (id(2), Some(id(3))), (id(3), None)].into_iter());
        assert_eq!(m[&id(1)], id(3), "a chain of duplicates leads to its end");
        let m = canonical_map([(id(5), Some(id(4))), (id(4), Some(id(5)))].into_iter());
        assert_eq!((m[&id(4)], m[&id(5)]), (id(4), id(4)), "a loop resolves to its smallest id");
    }
}
