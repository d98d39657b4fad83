-- Twinge schema, version 1. Released migrations are never edited: add a new file.

CREATE TABLE episode (
    id              TEXT PRIMARY KEY NOT NULL,          -- UUID v7, hyphenated
    kind            TEXT NOT NULL CHECK (kind IN ('spasm', 'cramp', 'twitch', 'other')),
    started_at      INTEGER NOT NULL,                   -- Unix seconds, UTC
    utc_offset_min  INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -840 AND 840),
    duration_s      INTEGER CHECK (duration_s IS NULL OR duration_s > 0),
    count           INTEGER CHECK (count IS NULL OR count > 0),
    intensity       INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    woke_from_sleep INTEGER NOT NULL DEFAULT 0 CHECK (woke_from_sleep IN (0, 1)),
    notes           TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,                   -- Unix milliseconds
    updated_at      INTEGER NOT NULL,
    deleted_at      INTEGER                             -- soft delete; NULL while live
) STRICT;

CREATE INDEX episode_live_by_start ON episode (started_at DESC, id DESC) WHERE deleted_at IS NULL;

CREATE TABLE episode_location (
    episode_id TEXT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    region     TEXT NOT NULL,
    side       TEXT NOT NULL CHECK (side IN ('left', 'right', 'both', 'centre')),
    PRIMARY KEY (episode_id, region, side)
) STRICT;

CREATE TABLE trigger_vocab (
    key          TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    seeded       INTEGER NOT NULL DEFAULT 0,
    archived     INTEGER NOT NULL DEFAULT 0,
    last_used_at INTEGER                                -- Unix milliseconds
) STRICT;

CREATE TABLE relief_vocab (
    key           TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    is_medication INTEGER NOT NULL DEFAULT 0,
    dose          TEXT,
    seeded        INTEGER NOT NULL DEFAULT 0,
    archived      INTEGER NOT NULL DEFAULT 0,
    last_used_at  INTEGER
) STRICT;

CREATE TABLE episode_trigger (
    episode_id  TEXT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    trigger_key TEXT NOT NULL REFERENCES trigger_vocab (key),
    PRIMARY KEY (episode_id, trigger_key)
) STRICT;

CREATE TABLE episode_relief (
    episode_id TEXT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    relief_key TEXT NOT NULL REFERENCES relief_vocab (key),
    helped     INTEGER NOT NULL CHECK (helped BETWEEN 0 AND 3),
    PRIMARY KEY (episode_id, relief_key)
) STRICT;

CREATE TABLE episode_associated (
    episode_id TEXT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    tag        TEXT NOT NULL,
    PRIMARY KEY (episode_id, tag)
) STRICT;

CREATE INDEX episode_trigger_by_key ON episode_trigger (trigger_key);
CREATE INDEX episode_relief_by_key ON episode_relief (relief_key);
CREATE INDEX episode_location_by_region ON episode_location (region, side);
