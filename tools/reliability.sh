#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The reliability suite (tests/faults/, docs/RELIABILITY.md) in one command:
# builds what it needs, runs the fault suites, runs every libFuzzer target
# of the fuzz build for a bounded time, and ends with a summary table.
#
#   tools/reliability.sh            200 SIGKILLs, 30 s per fuzz target (as in CI)
#   tools/reliability.sh --full     1,000 SIGKILLs, 1 MiB strings in every kind of record, 300 s per fuzz target
#   options: --kills N, --fuzz-seconds S, --no-fuzz, --build DIR
#   SARADNJA_JOBS sets the build's parallel jobs (default: all cores).
# Exit status 0 only when every suite passed and no fuzz target failed.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
kills=200
fuzz_seconds=30
fuzz=1
full=0
build=build
while [ $# -gt 0 ]; do
    case "$1" in
        --full) kills=1000; fuzz_seconds=300; full=1 ;;
        --kills) kills=$2; shift ;;
        --fuzz-seconds) fuzz_seconds=$2; shift ;;
        --no-fuzz) fuzz=0 ;;
        --build) build=$2; shift ;;
        *) echo "usage: tools/reliability.sh [--full] [--kills N] [--fuzz-seconds S] [--no-fuzz] [--build DIR]" >&2; exit 2 ;;
    esac
    shift
done
jobs=${SARADNJA_JOBS:-$(nproc)}
log="$build/reliability.log"
start=$(date +%s)

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo || exit 1
fi
cmake --build "$build" --parallel "$jobs" --target tst_faults_crash tst_faults_files tst_faults_hostile \
    saradnja-faultworker saradnja-cli saradnja-testhelper || exit 1

echo "== fault suites ($kills kills); log: $log"
(cd "$build" && SARADNJA_FAULT_KILLS=$kills SARADNJA_FAULT_FULL=$full ctest -R '^tst_faults_' -V --timeout 7200) >"$log" 2>&1
suites=$?
grep -E '^[0-9]+% tests passed|Test +#[0-9]+: tst_faults_|\*\*\*Failed|FAIL!' "$log" | sed 's/^/   /'

figure() { grep -o "FIGURE $1=[0-9]*" "$log" | tail -n 1 | cut -d= -f2; }

fuzz_total=0
fuzz_detail=""
fuzz_failed=0
if [ "$fuzz" = 1 ]; then
    echo "== fuzzing, $fuzz_seconds s per target"
    if [ -f build-fuzz/build.ninja ]; then
        fuzz_build=(cmake --build build-fuzz --parallel "$jobs")
    else
        fuzz_build=(tools/dev.sh fuzz 1) # installs clang, configures, builds
    fi
    if ! "${fuzz_build[@]}" >"$build/reliability-fuzz-build.log" 2>&1; then
        echo "   the fuzz build failed: see $build/reliability-fuzz-build.log"
        fuzz_failed=1
    fi
    for target in build-fuzz/tests/fuzz/*_fuzzer; do
        [ -x "$target" ] || continue
        name=$(basename "$target")
        stem=${name%_fuzzer}
        # As tools/dev.sh fuzz: a local corpus grown from the committed seeds.
        work="build-fuzz/corpus/$stem"
        mkdir -p "$work"
        seeds=()
        [ -d "tests/fuzz/corpus/$stem" ] && seeds+=("tests/fuzz/corpus/$stem")
        out="$build/reliability-$name.log"
        "$target" -max_total_time="$fuzz_seconds" -rss_limit_mb=1024 -timeout=5 -print_final_stats=1 \
            "$work" "${seeds[@]}" >"$out" 2>&1
        status=$?
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out" | grep -o '[0-9]*$' | tail -n 1)
        runs=${runs:-0}
        fuzz_total=$((fuzz_total + runs))
        fuzz_detail="$fuzz_detail $name $runs;"
        if [ $status -ne 0 ]; then
            fuzz_failed=1
            echo "   $name FAILED (exit $status): see $out"
        else
            echo "   $name: $runs executions, no crash, hang or leak"
        fi
    done
fi

elapsed=$(( $(date +%s) - start ))
echo
echo "Reliability summary ($(date -u +%Y-%m-%d), $elapsed s)"
printf '| %-36s | %-28s |\n' "figure" "value"
printf '|%s|%s|\n' "--------------------------------------" "------------------------------"
printf '| %-36s | %-28s |\n' "kills survived (SIGKILL)" "$(figure kills_survived)"
printf '| %-36s | %-28s |\n' "committed changes checked" "$(figure committed_changes_checked)"
printf '| %-36s | %-28s |\n' "integrity failures" "$(figure integrity_failures)"
printf '| %-36s | %-28s |\n' "bad files tried" "$(figure bad_files_tried)"
printf '| %-36s | %-28s |\n' "hostile strings tried" "$(figure hostile_strings_tried)"
printf '| %-36s | %-28s |\n' "fuzz executions" "$fuzz_total"
[ -n "$fuzz_detail" ] && echo "fuzz targets:$fuzz_detail"
if [ $suites -ne 0 ] || [ $fuzz_failed -ne 0 ]; then
    echo "RELIABILITY: FAILED (suites exit $suites, fuzz failed $fuzz_failed)"
    exit 1
fi
echo "RELIABILITY: all passed"
