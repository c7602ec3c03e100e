#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop app's peak resident memory with a register open on the
# dashboard (issue 8: at most 300 MB on the large register):
#
#   tools/app-memory.sh BUILD_DIR REGISTER [SECONDS] [SCREENSHOT.png]
#
# Starts the app under Xvfb on REGISTER, waits SECONDS (default 20) for the
# dashboard, reads VmHWM (peak resident set) and VmRSS from /proc, takes a
# picture of the screen if asked (needs ImageMagick's import), and ends the app.
set -euo pipefail
build=$1
db=$2
wait=${3:-20}
shot=${4:-}

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display QT_QPA_PLATFORM=xcb "$build/app/desktop/saradnja" --db "$db" >/dev/null 2>&1 &
app=$!
sleep "$wait"
if ! kill -0 "$app" 2>/dev/null; then
    echo "the app ended before it could be measured" >&2
    exit 1
fi
peak=$(awk '/VmHWM/ {print $2}' "/proc/$app/status")
now=$(awk '/VmRSS/ {print $2}' "/proc/$app/status")
if [ -n "$shot" ]; then
    DISPLAY=$display import -window root "$shot"
fi
kill "$app"
wait "$app" 2>/dev/null || true
awk -v wait="$wait" -v peak="$peak" -v now="$now" 'BEGIN {
    printf "app on the dashboard after %s s: peak resident memory %.1f MB (now %.1f MB); target <= 300 MB\n",
        wait, peak / 1024, now / 1024 }'
