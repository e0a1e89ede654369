-- Settings: one JSON value per key. The shell decides what the keys mean; the store only keeps them.
CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
    value TEXT NOT NULL CHECK (json_valid(value))
) STRICT, WITHOUT ROWID;
