#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package saradnja_VERSION_ARCH.deb with CPack from the
# build folder (default build/, the one of tools/dev.sh) and prints its path.
#
#   tools/package.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
packages=(dpkg-dev) # dpkg-shlibdeps finds the Qt runtime packages the binaries link
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if [ "$build" = build ]; then
    tools/dev.sh build >/dev/null
else
    cmake --build "$build"
fi
rm -f "$build"/saradnja_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
ls "$(pwd)/$build"/saradnja_*.deb
