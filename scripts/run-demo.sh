#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, builds and runs the workbench on the bundled demo data. Without a display it says so
# and runs the headless demo instead (fwctl demo).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/workbench/fulfillment-workbench --demo "$@"
