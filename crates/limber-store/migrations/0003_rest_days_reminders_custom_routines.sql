-- Rest days, reminder bookkeeping and custom routines.

-- A rest day planned by the user keeps a routine's streak alive without a session.
CREATE TABLE rest_days (
    routine_id TEXT NOT NULL CHECK (length(routine_id) BETWEEN 1 AND 100),
    day        TEXT NOT NULL CHECK (day IS date(day)),
    PRIMARY KEY (routine_id, day)
) STRICT, WITHOUT ROWID;

-- One row per routine and scheduled day: the first state recorded wins, which is what makes a
-- reminder fire at most once per day even across restarts.
CREATE TABLE reminder_occurrences (
    routine_id TEXT    NOT NULL CHECK (length(routine_id) BETWEEN 1 AND 100),
    day        TEXT    NOT NULL CHECK (day IS date(day)),
    state      TEXT    NOT NULL CHECK (state IN ('fired', 'missed')),
    at         INTEGER NOT NULL,
    PRIMARY KEY (routine_id, day)
) STRICT, WITHOUT ROWID;

-- Routines the user built. Deleting one only sets the flag, so sessions that name it keep
-- their meaning in the history.
CREATE TABLE custom_routines (
    id         TEXT    NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 100),
    body       TEXT    NOT NULL CHECK (json_valid(body)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL CHECK (updated_at >= created_at),
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
