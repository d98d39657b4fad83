-- Twinge schema, version 5: the daily check-in. A check-in records, for one local
-- date, which day-level factors were present (slept badly, hard exercise, stress …);
-- factors are a vocabulary like triggers (seeded, renamed, archived, added by the
-- person). Never edited once released.

CREATE TABLE factor (
    key      TEXT PRIMARY KEY NOT NULL,
    name     TEXT NOT NULL,
    seeded   INTEGER NOT NULL DEFAULT 0 CHECK (seeded IN (0, 1)),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    levels   INTEGER NOT NULL DEFAULT 0 CHECK (levels IN (0, 1))  -- 1: none / some / a lot
) STRICT;

CREATE TABLE checkin (
    date       TEXT PRIMARY KEY NOT NULL,                  -- local date, YYYY-MM-DD
    created_at INTEGER NOT NULL,                           -- Unix milliseconds
    updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE checkin_factor (
    date       TEXT NOT NULL REFERENCES checkin (date) ON DELETE CASCADE,
    factor_key TEXT NOT NULL REFERENCES factor (key),
    level      INTEGER NOT NULL DEFAULT 1 CHECK (level IN (1, 2)),  -- 2: "a lot"
    PRIMARY KEY (date, factor_key)
) STRICT;

CREATE INDEX checkin_factor_by_key ON checkin_factor (factor_key);
