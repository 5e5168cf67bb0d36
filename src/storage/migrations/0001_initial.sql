-- Convene schema, version 1. Append-only: never edit a migration that has shipped; add a new file.
--
-- Two kinds of table live here:
--   * the op log (`ops`) and this device's own bookkeeping (`meta`): the source of truth;
--   * materialized tables, each a pure fold of the ops for its entity (src/oplog/fold.rs).
-- Materialized tables carry no foreign keys between entities: ops from different laptops arrive
-- in any order, and a concern may be merged before the group it names. The core checks
-- references when it writes an op locally.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE ops (
  op_id     TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  seq       INTEGER NOT NULL CHECK (seq > 0),
  hlc       INTEGER NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  change    TEXT NOT NULL CHECK (json_valid(change)),
  prev      TEXT,
  UNIQUE (device_id, seq)
) STRICT;
CREATE INDEX ops_by_entity ON ops (entity, entity_id, hlc, device_id, op_id);

-- Every materialized table has `origin_device` and `created_hlc`, taken from the op that
-- created the row: they say where a merged row came from, and decide "first ballot per token".

CREATE TABLE programmes (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT
) STRICT;

CREATE TABLE sessions (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  programme_id TEXT,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  precinct TEXT,
  place TEXT,
  starts_at TEXT,
  room_minutes INTEGER,
  languages TEXT NOT NULL DEFAULT '[]',
  interpreted TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX sessions_by_precinct ON sessions (precinct);

CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  session_id TEXT NOT NULL,
  title TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'discussion',
  presenter TEXT,
  planned_minutes INTEGER NOT NULL,
  position REAL NOT NULL,
  started_at TEXT,
  finished_at TEXT
) STRICT;
CREATE INDEX agenda_by_session ON agenda_items (session_id, position);

CREATE TABLE breakout_groups (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  session_id TEXT NOT NULL,
  name TEXT NOT NULL,
  topic TEXT,
  facilitator TEXT,
  note_taker TEXT,
  language TEXT
) STRICT;
CREATE INDEX groups_by_session ON breakout_groups (session_id);

CREATE TABLE questions (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  session_id TEXT NOT NULL,
  text TEXT NOT NULL,
  language TEXT,
  position REAL NOT NULL
) STRICT;
CREATE INDEX questions_by_session ON questions (session_id, position);

-- Sign-ins hold nothing that names a person; names and contacts live in `signin_contacts`,
-- written by their own ops so that bundles can seal them separately.
CREATE TABLE signins (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  session_id TEXT NOT NULL,
  neighbourhood TEXT,
  zip TEXT,
  language TEXT,
  interpreter INTEGER NOT NULL DEFAULT 0,
  accessibility TEXT,
  role TEXT NOT NULL DEFAULT 'resident',
  consent_to_contact INTEGER NOT NULL DEFAULT 0,
  time_in TEXT NOT NULL,
  group_id TEXT
) STRICT;
CREATE INDEX signins_by_session ON signins (session_id);

CREATE TABLE signin_contacts (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  session_id TEXT NOT NULL,
  name TEXT,
  email TEXT,
  phone TEXT
) STRICT;

CREATE TABLE concerns (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  session_id TEXT NOT NULL,
  group_id TEXT,
  question_id TEXT,
  text TEXT NOT NULL,
  language TEXT,
  interpretation TEXT,
  interpretation_language TEXT,
  location TEXT,
  tags TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'new',
  duplicate_of TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX concerns_by_session ON concerns (session_id, status);

CREATE TABLE notes (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  session_id TEXT NOT NULL,
  group_id TEXT,
  question_id TEXT,
  text TEXT NOT NULL,
  language TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX notes_by_session ON notes (session_id);

-- Dots counted off a flip chart: each entry adds `count` dots; entries merge as a union.
CREATE TABLE dot_counts (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  session_id TEXT NOT NULL,
  concern_id TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count > 0),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX dot_counts_by_session ON dot_counts (session_id);

-- Ballots: `choices` is JSON. rank: ["concern", ...] best first; dots: ["concern", ...] one entry
-- per dot; budget: {"concern": amount}. One ballot counts per token: the first by (hlc, device).
CREATE TABLE ballots (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  session_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  token TEXT NOT NULL,
  choices TEXT NOT NULL CHECK (json_valid(choices)),
  budget INTEGER,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX ballots_by_session ON ballots (session_id, kind, token);

CREATE TABLE actions (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  session_id TEXT,
  precinct TEXT,
  title TEXT NOT NULL,
  response TEXT,
  owner TEXT,
  due TEXT,
  status TEXT NOT NULL DEFAULT 'planned',
  basis TEXT NOT NULL DEFAULT 'community-input',
  concern_ids TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE action_updates (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  action_id TEXT NOT NULL,
  on_date TEXT NOT NULL,
  text TEXT NOT NULL,
  status TEXT,
  basis TEXT
) STRICT;
CREATE INDEX updates_by_action ON action_updates (action_id, on_date);

-- The tag vocabulary. A tag's id is a UUIDv5 of its slug, so two laptops that add the same
-- tag create the same entity and merge instead of duplicating.
CREATE TABLE tags (
  id TEXT PRIMARY KEY, origin_device TEXT NOT NULL, created_hlc INTEGER NOT NULL,
  slug TEXT NOT NULL,
  label TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'topic',  -- 'pillar' or 'topic'
  pillar TEXT                          -- for a topic: the slug of the pillar it serves
) STRICT;
