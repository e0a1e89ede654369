-- Sync through a folder the person already syncs (issue 21).

-- The winning change of every shared key this computer has seen, its own and the other computers'
-- (`limber_core::sync`): the greatest hybrid-logical-clock reading wins. A NULL value is a deletion.
CREATE TABLE sync_winners (
    key     TEXT    NOT NULL PRIMARY KEY,
    millis  INTEGER NOT NULL,
    counter INTEGER NOT NULL CHECK (counter >= 0),
    device  TEXT    NOT NULL CHECK (length(device) = 16),
    value   TEXT    CHECK (value IS NULL OR json_valid(value))
) STRICT, WITHOUT ROWID;

-- This computer's own changes, numbered from 1: its file in the folder is written from them.
CREATE TABLE sync_changes (
    seq     INTEGER NOT NULL PRIMARY KEY CHECK (seq > 0),
    millis  INTEGER NOT NULL,
    counter INTEGER NOT NULL CHECK (counter >= 0),
    device  TEXT    NOT NULL CHECK (length(device) = 16),
    key     TEXT    NOT NULL,
    value   TEXT    CHECK (value IS NULL OR json_valid(value))
) STRICT;

-- What each shared key held here at the end of the last pass: a key that holds something else now
-- was changed on this computer since.
CREATE TABLE sync_shadow (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value))
) STRICT, WITHOUT ROWID;

-- The other computers seen in the folder, and how far their files have been read.
CREATE TABLE sync_devices (
    id          TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 16),
    name        TEXT    NOT NULL,
    read_seq    INTEGER NOT NULL DEFAULT 0 CHECK (read_seq >= 0),
    changes     INTEGER NOT NULL DEFAULT 0 CHECK (changes >= 0),
    last_change INTEGER,
    forgotten   INTEGER NOT NULL DEFAULT 0 CHECK (forgotten IN (0, 1))
) STRICT, WITHOUT ROWID;
