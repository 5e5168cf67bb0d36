-- Convene schema, version 2: the trust store and the bundle ledger.

-- Every device whose ops this database holds or has been offered, and what we decided about it.
CREATE TABLE devices (
  device_id   TEXT PRIMARY KEY,
  public_key  TEXT NOT NULL,            -- minisign public key, base64
  fingerprint TEXT NOT NULL,            -- short, to read aloud and compare
  name        TEXT,
  state       TEXT NOT NULL CHECK (state IN ('self', 'coordinator', 'approved', 'quarantined', 'revoked')),
  first_seen  TEXT NOT NULL,
  decided_at  TEXT
) STRICT;

-- Every bundle offered to this database, by the SHA-256 of the whole file: a repeat is a no-op,
-- and a different bundle reusing a device's sequence numbers is an alarm.
CREATE TABLE bundles (
  hash        TEXT PRIMARY KEY,
  device_id   TEXT NOT NULL,
  device_name TEXT,
  sessions    TEXT NOT NULL DEFAULT '[]',
  seq_min     INTEGER,
  seq_max     INTEGER,
  ops         INTEGER NOT NULL DEFAULT 0,
  new_ops     INTEGER NOT NULL DEFAULT 0,
  status      TEXT NOT NULL CHECK (status IN ('imported', 'quarantined', 'alarm')),
  detail      TEXT,
  file_name   TEXT,
  received_at TEXT NOT NULL,
  content     BLOB                      -- kept while quarantined, to merge once approved
) STRICT;
CREATE INDEX bundles_by_device ON bundles (device_id, status);
