-- Twinge schema, version 8: an appointment may keep the patient's answer to the
-- Patient Global Impression of Change ("since the last appointment, my spasms are …",
-- seven answers from very much improved to very much worse). NULL: not answered.
-- Never edited once released.

ALTER TABLE appointment ADD COLUMN pgic TEXT CHECK (pgic IN (
    'very_much_improved', 'much_improved', 'minimally_improved', 'no_change',
    'minimally_worse', 'much_worse', 'very_much_worse'
));
