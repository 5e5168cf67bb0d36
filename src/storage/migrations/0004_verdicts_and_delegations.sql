-- Convene schema, version 4: what a signed laptop may do (docs/ARCHITECTURE.md, "What a laptop
-- may change").

-- The op log, rebuilt with two things more:
--   arrival: the order ops reached this database (an INTEGER PRIMARY KEY, so VACUUM and backups
--   keep it). Where two devices create the same id, the first to arrive made the record (the
--   coordinator's own create always wins): an op stamped early cannot take over a record.
--   verdict, reason: a cache of `verdict::authorize` over the ops and this database's trust
--   decisions (recomputed by a rebuild): only accepted ops count in the fold. `reason` is the
--   refusal's code.
CREATE TABLE ops_v4 (
  arrival   INTEGER PRIMARY KEY,
  op_id     TEXT NOT NULL UNIQUE,
  device_id TEXT NOT NULL,
  seq       INTEGER NOT NULL CHECK (seq > 0),
  hlc       INTEGER NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  change    TEXT NOT NULL CHECK (json_valid(change)),
  prev      TEXT,
  verdict   TEXT NOT NULL DEFAULT 'accepted' CHECK (verdict IN ('accepted', 'held', 'refused', 'revoked')),
  reason    TEXT,
  UNIQUE (device_id, seq)
) STRICT;
INSERT INTO ops_v4 (arrival, op_id, device_id, seq, hlc, entity, entity_id, change, prev)
  SELECT rowid, op_id, device_id, seq, hlc, entity, entity_id, change, prev FROM ops ORDER BY rowid;
DROP TABLE ops;
ALTER TABLE ops_v4 RENAME TO ops;
CREATE INDEX ops_by_entity ON ops (entity, entity_id, hlc, device_id, op_id);
CREATE INDEX ops_not_accepted ON ops (verdict, device_id, seq) WHERE verdict != 'accepted';
-- Each device's tag creates by sequence number: how many tags a laptop added, for its limit.
CREATE INDEX ops_tag_creates ON ops (device_id, seq) WHERE entity = 'tag' AND change ->> '$.op' = 'create';
-- Edits name the op they replaced: finding the edits that name an op is how the fold knows a
-- value was superseded even when clocks disagree.
CREATE INDEX ops_by_prev ON ops (prev) WHERE prev IS NOT NULL;

-- What each device was trusted with.
--   delegation: 'plan' (every session of the coordinator's plan, and those in `delegations`:
--   `trust add` without `--sessions`, and devices approved before this migration) or 'listed'
--   (only the sessions in `delegations`: an approval gives the plan's sessions its bundles name);
--   revoked_from_seq: its ops from this sequence number on stopped counting (1: all of them);
--   succeeds: the device it took over from (restored or cloned), proven by that device's key.
ALTER TABLE devices ADD COLUMN delegation TEXT NOT NULL DEFAULT 'plan' CHECK (delegation IN ('plan', 'listed'));
ALTER TABLE devices ADD COLUMN revoked_from_seq INTEGER;
ALTER TABLE devices ADD COLUMN succeeds TEXT;
-- The last clock offset measured from its bundles (ms, its clock minus ours), if it was off.
ALTER TABLE devices ADD COLUMN clock_offset_ms INTEGER;

CREATE TABLE delegations (
  device_id  TEXT NOT NULL,
  session_id TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  PRIMARY KEY (device_id, session_id)
) STRICT;

-- The coordinator's decisions on held ops.
CREATE TABLE reviews (
  op_id      TEXT PRIMARY KEY,
  decision   TEXT NOT NULL CHECK (decision IN ('accepted', 'refused')),
  decided_at TEXT NOT NULL
) STRICT;

-- What an import found in each bundle besides its ops.
ALTER TABLE bundles ADD COLUMN held_ops INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles ADD COLUMN refused_ops INTEGER NOT NULL DEFAULT 0;
-- How far the laptop's clock was off (ms, ahead positive), where it was beyond the tolerance.
ALTER TABLE bundles ADD COLUMN clock_offset_ms INTEGER;
-- Accessibility needs are health information: from now on they are sealed with the name and
-- contacts (older sign-ins keep theirs in `signins`, which `doctor` counts).
ALTER TABLE signin_contacts ADD COLUMN accessibility TEXT;

-- For a held bundle whose merge failed when its laptop was approved: the error's code.
ALTER TABLE bundles ADD COLUMN error_code TEXT;
