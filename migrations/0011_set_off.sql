-- Twinge schema, version 11: how an episode started. 1: set off by touch or movement
-- (what the Penn Spasm Frequency Scale calls "induced only by stimulation" when every
-- spasm is); 0: on its own, or not said. Never edited once released.

ALTER TABLE episode ADD COLUMN set_off INTEGER NOT NULL DEFAULT 0 CHECK (set_off IN (0, 1));
