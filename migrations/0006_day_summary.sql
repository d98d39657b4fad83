-- Twinge schema, version 6: a per-day summary of the live episodes, so that the
-- Insights of a period read its days, not its episodes. One row per local day,
-- dimension and value, with how many episodes (n) and a sum (s):
--   dim 0 kind (s: woke from sleep), 1 local hour, 2 intensity, 3 duration in
--   seconds, 4 place ("region side"), 5 trigger key, 6 relief key (s: sum of helped).
-- Kept in the same transaction as every write of an episode; filled by this
-- migration's hook from the episodes already there. The covering index of version 3
-- served the Insights queries that now read this table; it goes, so every save
-- writes one index fewer. Never edited once released.

CREATE TABLE day_summary (
    day INTEGER NOT NULL,   -- local day number (days since 1970-01-01)
    dim INTEGER NOT NULL CHECK (dim BETWEEN 0 AND 6),
    key ANY NOT NULL,
    n   INTEGER NOT NULL,
    s   INTEGER NOT NULL,
    PRIMARY KEY (day, dim, key)
) STRICT, WITHOUT ROWID;

DROP INDEX episode_period;
