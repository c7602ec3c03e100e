-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: the foundation every later step builds on.
-- Statements end with ';' at the end of a line (see Migrations::splitStatements).

PRAGMA application_id = 1397900362;

-- Facts about the file itself: when and by which version it was created.
CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Who changed what, when. Kept when the record itself is gone; holds the
-- changed fields as JSON ({"field": [old, new]}).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    changed_at  TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'erase')),
    record_kind TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    changes     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_record ON audit_log (record_kind, record_id);

-- ISO 3166-1 countries with their names in the three languages.
CREATE TABLE countries (
    code         TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 2),
    name_en      TEXT NOT NULL,
    name_sr_latn TEXT NOT NULL,
    name_sr_cyrl TEXT NOT NULL
);

-- The shared, editable theme vocabulary.
CREATE TABLE themes (
    id           INTEGER PRIMARY KEY,
    key          TEXT UNIQUE,
    name_en      TEXT NOT NULL,
    name_sr_latn TEXT NOT NULL,
    name_sr_cyrl TEXT NOT NULL
);
