-- Which exercises had work skipped in each session (issue 18: the dose progression eases an exercise a
-- person keeps skipping). A JSON array of exercise ids; NULL for sessions recorded before this column and
-- for sessions with nothing skipped.
ALTER TABLE sessions ADD COLUMN skipped_exercises TEXT
    CHECK (skipped_exercises IS NULL OR (json_valid(skipped_exercises) AND json_type(skipped_exercises) = 'array'));
