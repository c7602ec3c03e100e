#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates resources/desktop: the .desktop entry (desktop-file-validate), the
# AppStream metainfo (appstreamcli) and the MIME type (update-mime-database on
# a scratch database, which must then know *.saradnja). Exit 77 (skipped)
# when a validator is not installed.
set -euo pipefail
resources=$1
for tool in desktop-file-validate appstreamcli update-mime-database; do
    command -v "$tool" >/dev/null || { echo "$tool not installed: skipped"; exit 77; }
done
desktop-file-validate "$resources/desktop/rs.skgo.Saradnja.desktop"
appstreamcli validate --no-net "$resources/desktop/rs.skgo.Saradnja.metainfo.xml"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$scratch/mime/packages/" 2>/dev/null || true
cp "$resources/desktop/rs.skgo.Saradnja.mime.xml" "$scratch/mime/packages/rs.skgo.Saradnja.xml"
errors=$(XDG_DATA_HOME="$scratch" XDG_DATA_DIRS="$scratch" update-mime-database "$scratch/mime" 2>&1 || echo failed)
[ -z "$errors" ] || { echo "$errors" >&2; exit 1; }
grep -q 'application/x-saradnja-register:\*\.saradnja' "$scratch/mime/globs2"
grep -q 'application/x-saradnja-register' "$scratch/mime/magic"
echo "desktop entry, metainfo and file type valid"
