#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The performance figures of docs/PERFORMANCE.md, in one command:
#
#   tools/bench.sh [BUILD_DIR] [ITERATIONS]
#
# Builds saradnja-cli, saradnja-bench and the desktop app in BUILD_DIR
# (default build/), generates the large register BUILD_DIR/bench/large.saradnja
# once (a few minutes; kept for later runs), runs saradnja-bench on it, then
# measures the desktop app's peak memory on it (tools/app-memory.sh, needs
# xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
iterations=${2:-20}

[ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
ninja -C "$build" -j1 saradnja-cli saradnja-bench saradnja

mkdir -p "$build/bench"
db="$build/bench/large.saradnja"
# Settings and logs of these runs stay inside the build folder.
export HOME="$PWD/$build/bench/home" XDG_CONFIG_HOME="$PWD/$build/bench/home/.config" \
    XDG_DATA_HOME="$PWD/$build/bench/home/.local/share"
mkdir -p "$HOME"
if [ ! -f "$db" ]; then
    echo "Generating $db ..."
    "$build/app/cli/saradnja-cli" --db "$db" generate large
fi

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), \
$(awk '/MemTotal/ {printf "%.1f GiB RAM", $2 / 1048576}' /proc/meminfo)"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/saradnja-bench" --db "$db" --iterations "$iterations"
if command -v xvfb-run >/dev/null; then
    tools/app-memory.sh "$build" "$db"
else
    echo "xvfb-run not found: the app's peak memory is not measured"
fi
