-- Convene schema, version 3: the tally reads a session's ballots from one index alone.
-- Ballots come out grouped by (kind, token) and, within a token, in op order (hlc, device, id),
-- so the ballot that counts is the first of its group: no table lookups, no sort, no set of
-- tokens seen. The index also still answers "has this token voted?" when a ballot is cast.
DROP INDEX ballots_by_session;
CREATE INDEX ballots_by_session
  ON ballots (session_id, kind, token, created_hlc, origin_device, id, choices);
