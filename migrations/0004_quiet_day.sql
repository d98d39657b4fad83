-- Twinge schema, version 4: the table of days marked "no episodes" takes the name the
-- app and the UI use for them, quiet days (a daily check-in is a different record).
-- Never edited once released.

ALTER TABLE checkin RENAME TO quiet_day;
