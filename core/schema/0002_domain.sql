-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: every record the team keeps (see DESIGN.md, "The domain").
-- Dates are ISO text (YYYY-MM-DD); amounts are integers in minor units (cents);
-- sort_key holds SortKey::of(name or title) so lists sort in Serbian order;
-- kinds, statuses and stages are stable English keys, translated for display.

-- Any party: Serbian local governments (with district, Latin and Cyrillic
-- names), foreign authorities, associations, international organisations,
-- embassies, ministries, donors, others. `name` is the organisation's own
-- name (Latin for Serbian ones); name_sr and name_en are optional names used
-- by reports in that language (e.g. the exonym "Sirena" for Suresnes).
CREATE TABLE organizations (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('city', 'municipality', 'city_municipality', 'local_authority',
                          'association', 'international_organization', 'embassy', 'ministry', 'donor', 'other')),
    name              TEXT NOT NULL CHECK (name <> ''),
    sort_key          TEXT NOT NULL DEFAULT '',
    name_cyrillic     TEXT NOT NULL DEFAULT '',
    name_sr           TEXT NOT NULL DEFAULT '',
    name_en           TEXT NOT NULL DEFAULT '',
    acronym           TEXT NOT NULL DEFAULT '',
    country           TEXT NOT NULL REFERENCES countries (code),
    district          TEXT NOT NULL DEFAULT '',
    parent_city       TEXT NOT NULL DEFAULT '',
    city              TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    website           TEXT NOT NULL DEFAULT '',
    liaison_person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    reference_key     TEXT UNIQUE,
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX organizations_sort ON organizations (sort_key);
CREATE INDEX organizations_country ON organizations (country, kind);
CREATE INDEX organizations_name ON organizations (name);

-- A contact at an organisation. Erasure blanks the personal fields and sets erased_at.
CREATE TABLE people (
    id              INTEGER PRIMARY KEY,
    full_name       TEXT NOT NULL,
    sort_key          TEXT NOT NULL DEFAULT '',
    organization_id INTEGER REFERENCES organizations (id) ON DELETE SET NULL,
    position        TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    languages       TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    erased_at       TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX people_sort ON people (sort_key);
CREATE INDEX people_organization ON people (organization_id);
CREATE INDEX people_name ON people (full_name);

CREATE TABLE partnerships (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (title <> ''),
    sort_key          TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('twinning', 'decentralized', 'project', 'cross_border', 'association', 'other')),
    status      TEXT NOT NULL CHECK (status IN ('initiative', 'negotiating', 'active', 'dormant', 'ended')),
    started_on  TEXT,
    ended_on    TEXT,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX partnerships_sort ON partnerships (sort_key);
CREATE INDEX partnerships_status ON partnerships (status);

CREATE TABLE partnership_parties (
    partnership_id  INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE RESTRICT,
    role            TEXT NOT NULL DEFAULT '',
    position        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (partnership_id, organization_id)
);
CREATE INDEX partnership_parties_organization ON partnership_parties (organization_id);

CREATE TABLE partnership_status_history (
    id             INTEGER PRIMARY KEY,
    partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    status         TEXT NOT NULL,
    changed_on     TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX partnership_status_history_partnership ON partnership_status_history (partnership_id, changed_on);

CREATE TABLE partnership_themes (
    partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    theme_id       INTEGER NOT NULL REFERENCES themes (id) ON DELETE RESTRICT,
    PRIMARY KEY (partnership_id, theme_id)
);
CREATE INDEX partnership_themes_theme ON partnership_themes (theme_id);

-- The twinning committee: municipal officials and citizens.
CREATE TABLE partnership_committee (
    id             INTEGER PRIMARY KEY,
    partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    person_id      INTEGER REFERENCES people (id) ON DELETE SET NULL,
    name           TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL DEFAULT '',
    position       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX partnership_committee_partnership ON partnership_committee (partnership_id);
CREATE INDEX partnership_committee_person ON partnership_committee (person_id);

CREATE TABLE timeline_entries (
    id             INTEGER PRIMARY KEY,
    partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    occurred_on    TEXT NOT NULL,
    description    TEXT NOT NULL
);
CREATE INDEX timeline_entries_partnership ON timeline_entries (partnership_id, occurred_on);

CREATE TABLE initiatives (
    id                  INTEGER PRIMARY KEY,
    title               TEXT NOT NULL CHECK (title <> ''),
    sort_key          TEXT NOT NULL DEFAULT '',
    requester_id        INTEGER REFERENCES organizations (id) ON DELETE SET NULL,
    origin              TEXT NOT NULL DEFAULT 'member' CHECK (origin IN ('member', 'foreign')),
    sought_kind         TEXT NOT NULL DEFAULT '',
    sought_size         TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL DEFAULT '',
    stage               TEXT NOT NULL CHECK (stage IN ('received', 'searching', 'partners_proposed', 'contact_made',
                            'negotiating', 'agreement_signed', 'closed_without_result')),
    staff_in_charge     TEXT NOT NULL DEFAULT '',
    opened_on           TEXT NOT NULL,
    closed_on           TEXT,
    partnership_id      INTEGER REFERENCES partnerships (id) ON DELETE SET NULL,
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX initiatives_sort ON initiatives (sort_key);
CREATE INDEX initiatives_stage ON initiatives (stage);

CREATE TABLE initiative_countries (
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    country       TEXT NOT NULL REFERENCES countries (code),
    PRIMARY KEY (initiative_id, country)
);

CREATE TABLE initiative_themes (
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    theme_id      INTEGER NOT NULL REFERENCES themes (id) ON DELETE RESTRICT,
    PRIMARY KEY (initiative_id, theme_id)
);

CREATE TABLE initiative_candidates (
    initiative_id   INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    note            TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (initiative_id, organization_id)
);

CREATE TABLE initiative_stage_history (
    id            INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    stage         TEXT NOT NULL,
    changed_on    TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX initiative_stage_history_initiative ON initiative_stage_history (initiative_id, changed_on);

CREATE TABLE agreements (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL CHECK (title <> ''),
    sort_key          TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL CHECK (kind IN ('twinning_charter', 'cooperation_agreement', 'memorandum',
                       'letter_of_intent', 'action_plan', 'other')),
    status         TEXT NOT NULL CHECK (status IN ('draft', 'signed', 'in_force', 'expired', 'terminated')),
    signed_on      TEXT,
    signed_place   TEXT NOT NULL DEFAULT '',
    valid_from     TEXT,
    valid_until    TEXT,
    renewal        TEXT NOT NULL DEFAULT 'none' CHECK (renewal IN ('none', 'automatic', 'by_agreement')),
    languages      TEXT NOT NULL DEFAULT '',
    partnership_id INTEGER REFERENCES partnerships (id) ON DELETE SET NULL,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX agreements_sort ON agreements (sort_key);
CREATE INDEX agreements_partnership ON agreements (partnership_id);
CREATE INDEX agreements_valid_until ON agreements (valid_until);

CREATE TABLE agreement_parties (
    agreement_id       INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    organization_id    INTEGER NOT NULL REFERENCES organizations (id) ON DELETE RESTRICT,
    signatory          TEXT NOT NULL DEFAULT '',
    signatory_position TEXT NOT NULL DEFAULT '',
    position           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (agreement_id, organization_id)
);
CREATE INDEX agreement_parties_organization ON agreement_parties (organization_id);

CREATE TABLE action_plans (
    id         INTEGER PRIMARY KEY,
    year       INTEGER NOT NULL CHECK (year BETWEEN 1950 AND 2200),
    partner_id INTEGER REFERENCES organizations (id) ON DELETE RESTRICT,
    title      TEXT NOT NULL CHECK (title <> ''),
    status     TEXT NOT NULL CHECK (status IN ('draft', 'agreed', 'signed', 'in_progress', 'completed')),
    signed_on  TEXT,
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX action_plans_year ON action_plans (year);

CREATE TABLE plan_priorities (
    plan_id  INTEGER NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes (id) ON DELETE RESTRICT,
    PRIMARY KEY (plan_id, theme_id)
);

CREATE TABLE plan_activities (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    title          TEXT NOT NULL CHECK (title <> ''),
    theme_id       INTEGER REFERENCES themes (id) ON DELETE SET NULL,
    responsible    TEXT NOT NULL DEFAULT '',
    starts_on      TEXT,
    ends_on        TEXT,
    budget_minor   INTEGER NOT NULL DEFAULT 0 CHECK (budget_minor >= 0),
    spent_minor    INTEGER NOT NULL DEFAULT 0 CHECK (spent_minor >= 0),
    currency       TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    funding_source TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'postponed', 'cancelled')),
    progress       INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    indicator      TEXT NOT NULL DEFAULT '',
    result         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_activities_plan ON plan_activities (plan_id, position);

CREATE TABLE visits (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL CHECK (title <> ''),
    sort_key          TEXT NOT NULL DEFAULT '',
    direction      TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing', 'domestic')),
    kind           TEXT NOT NULL CHECK (kind IN ('delegation', 'study_visit', 'conference', 'expert_exchange', 'meeting', 'other')),
    start_date     TEXT NOT NULL,
    end_date       TEXT,
    city           TEXT NOT NULL DEFAULT '',
    country        TEXT REFERENCES countries (code),
    purpose        TEXT NOT NULL DEFAULT '',
    outcome        TEXT NOT NULL DEFAULT '',
    partnership_id INTEGER REFERENCES partnerships (id) ON DELETE SET NULL,
    agreement_id   INTEGER REFERENCES agreements (id) ON DELETE SET NULL,
    activity_id    INTEGER REFERENCES plan_activities (id) ON DELETE SET NULL,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX visits_sort ON visits (sort_key);
CREATE INDEX visits_start ON visits (start_date);
CREATE INDEX visits_partnership ON visits (partnership_id);

CREATE TABLE visit_organizations (
    visit_id        INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE RESTRICT,
    role            TEXT NOT NULL CHECK (role IN ('host', 'guest')),
    PRIMARY KEY (visit_id, organization_id, role)
);
CREATE INDEX visit_organizations_organization ON visit_organizations (organization_id);

-- A participant whose person was erased stays as an anonymous row (person_id NULL).
CREATE TABLE visit_participants (
    id              INTEGER PRIMARY KEY,
    visit_id        INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    person_id       INTEGER REFERENCES people (id) ON DELETE SET NULL,
    organization_id INTEGER REFERENCES organizations (id) ON DELETE SET NULL,
    role            TEXT NOT NULL DEFAULT '',
    position        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX visit_participants_visit ON visit_participants (visit_id);
CREATE INDEX visit_participants_person ON visit_participants (person_id);

CREATE TABLE visit_programme (
    id       INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    day      TEXT NOT NULL,
    time     TEXT NOT NULL DEFAULT '',
    item     TEXT NOT NULL,
    place    TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX visit_programme_visit ON visit_programme (visit_id);

-- SKGO's membership in an international organisation, and its delegates.
CREATE TABLE memberships (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE RESTRICT,
    role            TEXT NOT NULL DEFAULT 'member',
    member_since    TEXT,
    member_until    TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE membership_delegates (
    id             INTEGER PRIMARY KEY,
    membership_id  INTEGER NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    person_id      INTEGER REFERENCES people (id) ON DELETE SET NULL,
    body           TEXT NOT NULL DEFAULT '',
    mandate_from   TEXT,
    mandate_until  TEXT,
    substitute     INTEGER NOT NULL DEFAULT 0 CHECK (substitute IN (0, 1)),
    position       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX membership_delegates_membership ON membership_delegates (membership_id);
CREATE INDEX membership_delegates_person ON membership_delegates (person_id);

-- A dated follow-up on any record (record_kind/record_id), done or not.
CREATE TABLE tasks (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (title <> ''),
    due_on      TEXT,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_on     TEXT,
    assignee    TEXT NOT NULL DEFAULT '',
    record_kind TEXT NOT NULL DEFAULT '',
    record_id   INTEGER,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX tasks_due ON tasks (done, due_on);
CREATE INDEX tasks_record ON tasks (record_kind, record_id);

-- Files kept inside the database, attached to any record.
CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    record_kind TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL,
    content     BLOB NOT NULL,
    added_at    TEXT NOT NULL
);
CREATE INDEX attachments_record ON attachments (record_kind, record_id);

-- One search over every kind of record: folded text (case, script and
-- diacritics removed by SearchFolding) kept up to date by the stores in the
-- same transaction as each change. rowid = record id * 16 + kind number;
-- `name` holds the record's names (weighted higher), `body` everything else.
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED,
    record_id UNINDEXED,
    title UNINDEXED,
    name,
    body,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);
