#!/bin/sh
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes tests/data/stores/vNN.sql for each local schema version that has no fixture yet: a store as
# that version left it, with the rows of its time (see tests/core/makestorefixtures.cpp). Run it
# after adding a migration and commit the new file; the older fixtures are history and stay as they
# are (--all rewrites every one, e.g. after changing the tool).
#   scripts/make-store-fixtures.sh [--all] [BUILD_DIR]     (default: build)
set -eu
cd "$(dirname "$0")/.."
all=
if [ "${1:-}" = "--all" ]; then all=--all; shift; fi
build=${1:-build}
cmake --build "$build" --target make_store_fixtures
"$build/tests/core/make_store_fixtures" tests/data/stores $all
ls tests/data/stores
