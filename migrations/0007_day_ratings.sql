-- Twinge schema, version 7: two optional 0–10 ratings in the daily check-in, for the
-- question whether a treatment helped — how stiff the day was (the spasticity
-- numeric rating scale: 0 no stiffness, 10 the worst possible, over the last 24 hours)
-- and how much spasms or cramps broke the night's sleep (0 not at all, 10 all night).
-- NULL: not rated that day. Never edited once released.

ALTER TABLE checkin ADD COLUMN stiffness INTEGER CHECK (stiffness BETWEEN 0 AND 10);
ALTER TABLE checkin ADD COLUMN sleep_broken INTEGER CHECK (sleep_broken BETWEEN 0 AND 10);
