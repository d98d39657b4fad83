-- Twinge schema, version 10: the same rules, checked faster. SQLite checks a
-- `CHECK (x IN ('a', 'b', 'c'))` of three or more values by building a small table for
-- every row it writes, which made an episode's own row several times slower to write
-- than its rows need; the rule written as `x = 'a' OR x = 'b' OR …` allows exactly the
-- same values. The episode table and its places are built anew with the rules so
-- written (foreign keys are off while the journal migrates, and checked after).
-- Never edited once released.

CREATE TABLE episode_v10 (
    id              TEXT PRIMARY KEY NOT NULL,          -- UUID, hyphenated
    kind            TEXT NOT NULL CHECK (kind = 'spasm' OR kind = 'cramp'
                        OR kind = 'twitch' OR kind = 'other'),
    started_at      INTEGER NOT NULL,                   -- Unix seconds, UTC
    utc_offset_min  INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -840 AND 840),
    timing          TEXT NOT NULL DEFAULT 'exact' CHECK (timing = 'exact'
                        OR timing = 'night' OR timing = 'morning' OR timing = 'midday'
                        OR timing = 'afternoon' OR timing = 'evening' OR timing = 'day'),
    duration_s      INTEGER CHECK (duration_s IS NULL OR duration_s > 0),
    count           INTEGER CHECK (count IS NULL OR count > 0),
    intensity       INTEGER CHECK (intensity IS NULL OR intensity BETWEEN 0 AND 10),
    woke_from_sleep INTEGER NOT NULL DEFAULT 0 CHECK (woke_from_sleep IN (0, 1)),
    notes           TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,                   -- Unix milliseconds
    updated_at      INTEGER NOT NULL,
    deleted_at      INTEGER,                            -- soft delete; NULL while live
    origin_app      TEXT,                               -- NULL: logged in Twinge
    origin_file     TEXT,
    origin_value    TEXT,
    origin_scale    TEXT
) STRICT;

INSERT INTO episode_v10 SELECT id, kind, started_at, utc_offset_min, timing, duration_s,
       count, intensity, woke_from_sleep, notes, created_at, updated_at, deleted_at,
       origin_app, origin_file, origin_value, origin_scale
    FROM episode;
DROP TABLE episode;
ALTER TABLE episode_v10 RENAME TO episode;

CREATE INDEX episode_live_by_start ON episode (started_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX episode_by_origin_file ON episode (origin_file) WHERE origin_file IS NOT NULL;

CREATE TABLE episode_location_v10 (
    episode_id TEXT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    region     TEXT NOT NULL,
    side       TEXT NOT NULL CHECK (side = 'left' OR side = 'right' OR side = 'both'
                   OR side = 'centre'),
    PRIMARY KEY (episode_id, region, side)
) STRICT, WITHOUT ROWID;

INSERT INTO episode_location_v10 (episode_id, position, region, side)
    SELECT episode_id, position, region, side FROM episode_location;
DROP TABLE episode_location;
ALTER TABLE episode_location_v10 RENAME TO episode_location;
