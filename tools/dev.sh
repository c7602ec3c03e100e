#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Set-up, build, run and test Saradnja on Debian 12. Idempotent: a second run
# installs nothing and rebuilds incrementally.
#
#   tools/dev.sh run        install what is missing, build, start the desktop app
#   tools/dev.sh test       install what is missing, build, run every test (ctest)
#   tools/dev.sh sanitize   the same tests in an AddressSanitizer + UBSan build
#   tools/dev.sh fuzz [S]   the libFuzzer targets (clang: CSV, dates, ZIP), S seconds each
#   tools/dev.sh build      install what is missing and build only
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)

packages=(
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev qt6-pdf-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n fonts-dejavu-core
    xvfb xauth poppler-utils imagemagick cmake ninja-build g++ libicu-dev zlib1g-dev python3 util-linux
    desktop-file-utils appstream shared-mime-info
)

install_dependencies() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# configure_and_build BUILD_DIR [CMAKE ARGS...]
configure_and_build() {
    local dir=$1; shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$root" -B "$dir" -G Ninja "$@"
    fi
    cmake --build "$dir" --parallel "$jobs"
}

run_tests() {
    local dir=$1
    (cd "$dir" && ctest --output-on-failure --parallel "$jobs")
}

command=${1:-}
case "$command" in
    run)
        install_dependencies
        configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
        shift
        exec build/app/desktop/saradnja "$@"
        ;;
    fuzz)
        # Every libFuzzer target (tests/fuzz), each for SECONDS (default 20),
        # growing a local corpus from the committed seeds.
        install_dependencies clang libclang-rt-14-dev
        configure_and_build build-fuzz -DSARADNJA_FUZZ_ONLY=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug
        seconds=${2:-20}
        for target in csv date zip; do
            mkdir -p "build-fuzz/corpus/$target"
            echo "== ${target}_fuzzer, $seconds s"
            build-fuzz/tests/fuzz/${target}_fuzzer -max_total_time="$seconds" -rss_limit_mb=1024 -timeout=5 \
                -print_final_stats=1 "build-fuzz/corpus/$target" "tests/fuzz/corpus/$target" 2>&1 | tail -n 12
        done
        ;;
    build)
        install_dependencies
        configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
        ;;
    test)
        install_dependencies
        configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
        run_tests build
        ;;
    sanitize)
        install_dependencies
        configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug -DSARADNJA_SANITIZE=ON
        ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 run_tests build-asan
        ;;
    *)
        echo "usage: tools/dev.sh run|test|sanitize|fuzz [SECONDS]|build" >&2
        exit 2
        ;;
esac
