-- Twinge schema, version 3: a covering index for the Insights queries, so that a
-- period's episodes are read from the index alone (measured 2–3× faster on 200,000
-- episodes). Never edited once released.

CREATE INDEX episode_period ON episode
    (started_at, utc_offset_min, kind, intensity, duration_s, woke_from_sleep, id)
    WHERE deleted_at IS NULL;
