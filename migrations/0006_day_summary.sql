-- Twinge schema, version 6: a per-day summary of the live episodes, so that the
-- Insights of a period read its days, not its episodes. One row per local day,
-- dimension and value, with how many episodes (n) and a sum (s):
--   dim 0 kind (s: woke from sleep), 1 local hour, 2 intensity, 3 duration in
--   seconds, 4 place ("region side"), 5 trigger key, 6 relief key (s: sum of helped).
-- Kept in the same transaction as every write of an episode; filled by this
-- migration's hook from the episodes already there. The covering index of version 3
-- served the Insights queries that now read this table; it goes, so every save
-- writes one index fewer. The tables of an episode's places, triggers, reliefs and
-- symptoms become WITHOUT ROWID tables clustered on their primary key (episode
-- first): one b-tree each instead of a table and its key index; their indexes by
-- region, trigger and relief go too (Insights read the summary; every other query
-- finds them by episode). A save writes about half the pages it did.
-- Never edited once released.

CREATE TABLE day_summary (
    day INTEGER NOT NULL,   -- local day number (days since 1970-01-01)
    dim INTEGER NOT NULL CHECK (dim BETWEEN 0 AND 6),
    key ANY NOT NULL,
    n   INTEGER NOT NULL,
    s   INTEGER NOT NULL,
    PRIMARY KEY (day, dim, key)
) STRICT, WITHOUT ROWID;

DROP INDEX episode_period;

CREATE TABLE episode_location_v6 (
    episode_id TEXT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    region     TEXT NOT NULL,
    side       TEXT NOT NULL CHECK (side IN ('left', 'right', 'both', 'centre')),
    PRIMARY KEY (episode_id, region, side)
) STRICT, WITHOUT ROWID;
INSERT INTO episode_location_v6 (episode_id, position, region, side)
    SELECT episode_id, position, region, side FROM episode_location;
DROP TABLE episode_location;
ALTER TABLE episode_location_v6 RENAME TO episode_location;

CREATE TABLE episode_trigger_v6 (
    episode_id  TEXT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    trigger_key TEXT NOT NULL REFERENCES trigger_vocab (key),
    PRIMARY KEY (episode_id, trigger_key)
) STRICT, WITHOUT ROWID;
INSERT INTO episode_trigger_v6 (episode_id, position, trigger_key)
    SELECT episode_id, position, trigger_key FROM episode_trigger;
DROP TABLE episode_trigger;
ALTER TABLE episode_trigger_v6 RENAME TO episode_trigger;

CREATE TABLE episode_relief_v6 (
    episode_id TEXT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    relief_key TEXT NOT NULL REFERENCES relief_vocab (key),
    helped     INTEGER NOT NULL CHECK (helped BETWEEN 0 AND 3),
    PRIMARY KEY (episode_id, relief_key)
) STRICT, WITHOUT ROWID;
INSERT INTO episode_relief_v6 (episode_id, position, relief_key, helped)
    SELECT episode_id, position, relief_key, helped FROM episode_relief;
DROP TABLE episode_relief;
ALTER TABLE episode_relief_v6 RENAME TO episode_relief;

CREATE TABLE episode_associated_v6 (
    episode_id TEXT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    tag        TEXT NOT NULL,
    PRIMARY KEY (episode_id, tag)
) STRICT, WITHOUT ROWID;
INSERT INTO episode_associated_v6 (episode_id, position, tag)
    SELECT episode_id, position, tag FROM episode_associated;
DROP TABLE episode_associated;
ALTER TABLE episode_associated_v6 RENAME TO episode_associated;
