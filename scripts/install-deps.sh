#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building, running and testing Fulfillment Workbench needs on Debian 12 (as root).
#   scripts/install-deps.sh [PACKAGE...]   also installs the packages named (e.g. fuzz.sh's clang)
set -euo pipefail
packages=("$@"
    cmake g++ ninja-build dpkg-dev lld
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libpq-dev nlohmann-json3-dev
    xvfb xauth postgresql python3 python3-jsonschema clang-format
    lintian appstream desktop-file-utils man-db
    qtkeychain-qt6-dev dbus gnome-keyring qt6-translations-l10n groff-base zsh
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install-deps: missing packages (${missing[*]}); run as root or install them with apt-get" >&2
        exit 1
    fi
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
