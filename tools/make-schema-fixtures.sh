#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the fixture registers of the shipped schema versions that
# tst_faults_files migrates (tests/fixtures/schema-vN.sqlite). A fixture is
# made once, when its version ships, and committed; it is never regenerated
# by later versions (that is the point: it is what that version wrote).
#
#   tools/make-schema-fixtures.sh VERSION [BUILD_DIR]
#
# Version 1 (the foundation: meta, audit trail, countries, themes) is built
# from core/schema/0001_foundation.sql with the sqlite3 shell and a few rows
# of each table, as the first release wrote them. Version 2 and later: the
# example register of `saradnja-cli init --sample` from a build whose latest
# schema is VERSION (refused otherwise). Needs sqlite3.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
version="${1:?usage: $0 VERSION [BUILD_DIR]}"
build="${2:-$here/build}"
out="$here/tests/fixtures/schema-v$version.sqlite"
rm -f "$out"
if [ "$version" = 1 ]; then
    {
        cat "$here/core/schema/0001_foundation.sql"
        cat <<'SQL'
INSERT INTO app_meta (key, value) VALUES ('created_at', '2026-11-20T09:00:00Z'), ('created_by', 'Saradnja 0.1.0');
INSERT INTO countries (code, name_en, name_sr_latn, name_sr_cyrl) VALUES
    ('RS', 'Serbia', 'Srbija', 'Србија'), ('FR', 'France', 'Francuska', 'Француска'),
    ('DE', 'Germany', 'Nemačka', 'Немачка'), ('GR', 'Greece', 'Grčka', 'Грчка');
INSERT INTO themes (key, name_en, name_sr_latn, name_sr_cyrl) VALUES
    ('youth', 'Youth', 'Mladi', 'Млади'), ('culture', 'Culture', 'Kultura', 'Култура'),
    (NULL, 'Water <supply> & "sanitation"', 'Voda ''i'' kanalizacija', 'Вода и канализација');
INSERT INTO audit_log (changed_at, actor, action, record_kind, record_id, changes) VALUES
    ('2026-11-20T09:00:01Z', 'jelena', 'insert', 'theme', 3, '{"name_en": [null, "Water"]}'),
    ('2026-11-20T09:05:00Z', 'jelena', 'update', 'theme', 3, '{"name_sr_latn": ["Voda", "Voda ''i'' kanalizacija"]}');
PRAGMA user_version = 1;
SQL
    } | sqlite3 "$out"
else
    cli="$build/app/cli/saradnja-cli"
    latest="$("$cli" --version | grep -o 'schema [0-9]*' | grep -o '[0-9]*')"
    if [ "$latest" != "$version" ]; then
        echo "this build writes schema $latest, not $version: build the release that shipped $version" >&2
        exit 1
    fi
    "$cli" --db "$out" init --sample >/dev/null
    rm -rf "$(dirname "$out")/backups" "$out.lock"
fi
[ "$(sqlite3 "$out" 'PRAGMA user_version')" = "$version" ]
sqlite3 "$out" 'PRAGMA integrity_check' | grep -qx ok
echo "$out: schema $version, $(stat -c %s "$out") bytes"
