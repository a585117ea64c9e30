#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, builds and runs every test (GUI tests offscreen). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-format.sh # every C++ file as .clang-format says (fails fast, before the build)
scripts/build.sh
cd build
# install-deps.sh installs postgresql: here a PostgreSQL test that cannot start its server fails
# instead of skipping, so CI never passes with those tests silently not run.
export FW_REQUIRE_POSTGRES=1
# Likewise the package check (lintian, appstream, desktop-file-utils are installed; CI runs as root).
export FW_REQUIRE_PACKAGE=1
# Likewise the keyring tests (dbus and gnome-keyring from install-deps.sh): no silent skip.
export FW_REQUIRE_KEYRING=1
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600
