#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Pictures of every section of the desktop app on the example register, in
# each language, taken under Xvfb (what the README shows):
#
#   tools/screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
#
# Defaults: build/ and build/screenshots/. Needs xvfb-run (package xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=${2:-$build/screenshots}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$out"
for lang in en sr-Latn sr-Cyrl; do
    # A fresh register and fresh settings for each language.
    export HOME="$work/home-$lang" XDG_CONFIG_HOME="$work/home-$lang/.config" XDG_DATA_HOME="$work/home-$lang/.local/share"
    mkdir -p "$HOME"
    "$build/app/cli/saradnja-cli" --db "$work/$lang.db" init --sample >/dev/null
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$build/app/desktop/saradnja" --db "$work/$lang.db" --lang "$lang" --screenshots "$out"
done
ls "$out"
