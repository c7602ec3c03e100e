#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb (tools/package.sh), installs it on this machine with apt-get,
# runs the installed programs from a temporary folder, validates the desktop
# entry, the metainfo and the file type, and removes the package again (also
# on failure). Needs root or sudo.
#
#   tools/test-package.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
tools_needed=(desktop-file-utils appstream shared-mime-info)
missing=()
for p in "${tools_needed[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

deb=$(tools/package.sh "${1:-build}" | tail -n 1)
echo "package: $deb"
dpkg-deb -f "$deb" Package Version Depends
for needed in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6-sqlite libqt6charts6 libqt6pdf6 libqt6pdfwidgets6 \
    libqt6printsupport6 fonts-dejavu-core; do
    grep -qw "$needed" <<<"$(dpkg-deb -f "$deb" Depends)" || { echo "Depends lacks $needed" >&2; exit 1; }
done

work=$(mktemp -d)
cleanup() {
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -q saradnja >/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "$deb" >/dev/null

export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen
cd "$work"
/usr/bin/saradnja-cli --help | head -n 1
/usr/bin/saradnja-cli --version | grep -E '^saradnja-cli [0-9.]+ \(register schema [0-9]+\)$'
/usr/bin/saradnja --version | grep -E '^saradnja [0-9.]+ \(register schema [0-9]+\)$'
/usr/bin/saradnja-cli --db register.saradnja init
checked=$(/usr/bin/saradnja-cli --db register.saradnja check)
grep -q 'Integrity: ok' <<<"$checked"
/usr/bin/saradnja --lang sr-Latn --help >/dev/null

desktop-file-validate /usr/share/applications/rs.skgo.Saradnja.desktop
appstreamcli validate --no-net /usr/share/metainfo/rs.skgo.Saradnja.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/rs.skgo.Saradnja.svg
grep -q 'application/x-saradnja-register:\*\.saradnja' /usr/share/mime/globs2 \
    || { echo "the file type is not in the MIME database" >&2; exit 1; }
echo "package test passed"
