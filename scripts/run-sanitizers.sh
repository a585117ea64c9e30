#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the engine, fwctl, fw-stubs and the core and integration tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (the asan preset, in build-asan/; once built, `ctest --preset asan`
# runs them the same way) and runs those tests. Any
# sanitizer report fails the test that triggered it: UBSan does not recover, ASan aborts, and
# LeakSanitizer reports leaks at exit. Exits non-zero on any failure.
#
#   scripts/run-sanitizers.sh [ctest arguments, e.g. -R tst_store]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset asan >/dev/null
labels='core|integration'
mapfile -t tests < <(ctest --test-dir build-asan -N -L "$labels" "$@" | sed -n 's/^ *Test *#[0-9]*: *//p')
((${#tests[@]})) || { echo "run-sanitizers: no test matches" >&2; exit 1; }
cmake --build build-asan --parallel "$(nproc)" --target fwctl fw-stubs "${tests[@]}"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export FW_REQUIRE_POSTGRES=1
# Sanitized code runs several times slower: a longer timeout than the normal suite's.
QT_QPA_PLATFORM=offscreen ctest --test-dir build-asan -L "$labels" "$@" --output-on-failure --parallel "$(nproc)" --timeout 1800
