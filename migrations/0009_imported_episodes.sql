-- Twinge schema, version 9: an episode brought from another app's diary holds only
-- what its source knew. Its start may be known to a part of the day or to the day
-- only (timing; 'exact' for everything logged in Twinge, filed at a fixed hour of its
-- day otherwise), its intensity may be unknown (NULL), and it keeps where it came
-- from: the app, the file (a hash of its bytes, so that importing that file again
-- replaces what it brought) and the source's own intensity and scale when the scale
-- was converted. SQLite cannot drop a NOT NULL, so the table is built anew, copied
-- and renamed (foreign keys are off while the journal migrates, and checked after).
-- Never edited once released.

CREATE TABLE episode_v9 (
    id              TEXT PRIMARY KEY NOT NULL,          -- UUID, hyphenated
    kind            TEXT NOT NULL CHECK (kind IN ('spasm', 'cramp', 'twitch', 'other')),
    started_at      INTEGER NOT NULL,                   -- Unix seconds, UTC
    utc_offset_min  INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -840 AND 840),
    timing          TEXT NOT NULL DEFAULT 'exact' CHECK (timing IN
                        ('exact', 'night', 'morning', 'midday', 'afternoon', 'evening', 'day')),
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

INSERT INTO episode_v9 (id, kind, started_at, utc_offset_min, duration_s, count, intensity,
                        woke_from_sleep, notes, created_at, updated_at, deleted_at)
    SELECT id, kind, started_at, utc_offset_min, duration_s, count, intensity,
           woke_from_sleep, notes, created_at, updated_at, deleted_at
    FROM episode;
DROP TABLE episode;
ALTER TABLE episode_v9 RENAME TO episode;

CREATE INDEX episode_live_by_start ON episode (started_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX episode_by_origin_file ON episode (origin_file) WHERE origin_file IS NOT NULL;
