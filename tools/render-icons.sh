#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the app icon resources/icons/rs.skgo.Saradnja.svg into the PNG sizes
# that are committed beside it (resources/icons/hicolor/SIZExSIZE/). Run after
# changing the SVG; needs rsvg-convert (package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
if ! command -v rsvg-convert >/dev/null; then
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends librsvg2-bin
fi
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" rs.skgo.Saradnja.svg -o "hicolor/${size}x${size}/rs.skgo.Saradnja.png"
done
ls -R hicolor
