-- Twinge schema, version 2: the records around episodes. Never edited once released.

CREATE TABLE appointment (
    id   TEXT PRIMARY KEY NOT NULL,
    date TEXT NOT NULL,                                 -- local date, YYYY-MM-DD
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE medication_change (
    id     TEXT PRIMARY KEY NOT NULL,
    date   TEXT NOT NULL,
    name   TEXT NOT NULL,
    dose   TEXT NOT NULL DEFAULT '',
    change TEXT NOT NULL CHECK (change IN ('started', 'changed', 'stopped')),
    note   TEXT NOT NULL DEFAULT ''
) STRICT;

-- A day the person marked "no episodes today".
CREATE TABLE checkin (
    date       TEXT PRIMARY KEY NOT NULL,               -- local date, YYYY-MM-DD
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
