-- Sessions and journal entries: the facts every streak, score and chart is computed from.
-- Times are milliseconds since the Unix epoch in UTC; days are local calendar dates (YYYY-MM-DD)
-- computed by the caller, because only the caller knows the user's time zone and day boundary.

CREATE TABLE sessions (
    id            TEXT    NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 100),
    routine_id    TEXT    NOT NULL CHECK (length(routine_id) BETWEEN 1 AND 100),
    started_at    INTEGER NOT NULL,
    ended_at      INTEGER NOT NULL CHECK (ended_at >= started_at),
    utc_offset_s  INTEGER NOT NULL CHECK (utc_offset_s BETWEEN -64800 AND 64800),
    routine_day   TEXT    NOT NULL CHECK (routine_day IS date(routine_day)),
    steps_done    INTEGER NOT NULL CHECK (steps_done >= 0),
    steps_skipped INTEGER NOT NULL CHECK (steps_skipped >= 0),
    completed     INTEGER NOT NULL CHECK (completed IN (0, 1)),
    active_ms     INTEGER NOT NULL CHECK (active_ms >= 0),
    paused_ms     INTEGER NOT NULL CHECK (paused_ms >= 0),
    feel          INTEGER CHECK (feel BETWEEN 0 AND 10),
    checklist     TEXT    CHECK (checklist IS NULL OR json_valid(checklist)),
    -- The same routine cannot start twice in the same millisecond; imports use this as the
    -- natural key when ids differ.
    UNIQUE (routine_id, started_at)
) STRICT;

CREATE INDEX sessions_by_day ON sessions (routine_day);

CREATE TABLE journal_entries (
    day            TEXT    NOT NULL PRIMARY KEY CHECK (day IS date(day)),
    back_pain      INTEGER CHECK (back_pain BETWEEN 0 AND 10),
    stiffness      INTEGER CHECK (stiffness BETWEEN 0 AND 10),
    sleep_quality  INTEGER CHECK (sleep_quality BETWEEN 1 AND 5),
    sleep_position TEXT    CHECK (length(sleep_position) <= 100),
    note           TEXT    CHECK (length(note) <= 10000),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL CHECK (updated_at >= created_at)
) STRICT, WITHOUT ROWID;
