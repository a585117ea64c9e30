#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (fuzz/) with Debian's clang in build-fuzz/ and runs each for
# SECONDS (default 600), seeded from resources/samples and tests/data. Prints per target the
# inputs run (execs) and crashes; crash inputs are kept in build-fuzz/crashes/<target>/.
# Exits 1 when any target crashed. docs/reliability.md, "Fuzzing".
#   scripts/fuzz.sh [SECONDS_PER_TARGET]        FUZZ_TARGETS="fuzz_catalog fuzz_order" to pick some
set -euo pipefail
seconds=${1:-600}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
targets=(${FUZZ_TARGETS:-fuzz_catalog fuzz_order fuzz_changeorder fuzz_responsemapping fuzz_jsonoptions})

"$root/scripts/install-deps.sh" clang-14 libclang-rt-14-dev libfuzzer-14-dev

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14 \
        -DFW_BUILD_FUZZ=ON -DFW_BUILD_TESTS=OFF -DFW_BUILD_BENCH=OFF
fi
nice cmake --build "$build" --target "${targets[@]}" -- -j"${FUZZ_JOBS:-2}"

# Seed corpora: copied into a fresh directory per target, so a run never writes into the sources.
seed() {
    local dir=$1; shift
    rm -rf "$dir" && mkdir -p "$dir"
    local n=0 f
    for f in "$@"; do
        [ -f "$f" ] || continue
        n=$((n + 1))
        cp "$f" "$dir/seed-$n-$(basename "$f")"
    done
}
shopt -s nullglob globstar
seeds() {
    case $1 in
    fuzz_catalog) seed "$2" "$root"/resources/samples/*/catalog.json "$root"/tests/data/**/catalog.json \
        "$root"/tests/data/plan/shared-catalog.json "$root"/tests/data/fuzz/catalog/* ;;
    fuzz_order) seed "$2" "$root"/resources/samples/*/order*.json "$root"/tests/data/plan/*/order.json \
        "$root"/tests/data/fuzz/order/* ;;
    fuzz_changeorder) seed "$2" "$root"/resources/samples/*/change*.json "$root"/tests/data/change/*.json \
        "$root"/tests/data/change/bad/*.json "$root"/tests/data/fuzz/changeorder/* ;;
    fuzz_responsemapping) seed "$2" "$root"/fuzz/seeds/responsemapping/* "$root"/tests/data/fuzz/responsemapping/* ;;
    fuzz_jsonoptions) seed "$2" "$root"/fuzz/seeds/jsonoptions/* "$root"/tests/data/fuzz/jsonoptions/* ;;
    esac
}

status=0
summary=()
for target in "${targets[@]}"; do
    corpus=$build/corpus/$target
    seedDir=$build/seeds/$target
    crashes=$build/crashes/$target
    mkdir -p "$corpus" "$crashes"
    seeds "$target" "$seedDir"
    log=$build/logs/$target.log
    mkdir -p "$(dirname "$log")"
    marker=$build/logs/$target.started
    touch "$marker"
    echo "fuzz: $target for ${seconds}s ($(ls "$seedDir" | wc -l) seeds, corpus $corpus)"
    set +e
    "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
        -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" "$seedDir" >"$log" 2>&1
    rc=$?
    set -e
    execs=$(grep -Eo '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || true)
    [ -n "$execs" ] || execs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
    found=$(find "$crashes" -type f -newer "$marker" \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    line="$target: ${execs:-0} inputs run, $found crashes"
    if [ "$rc" -ne 0 ] || [ "$found" -ne 0 ]; then
        status=1
        line="$line (exit $rc; inputs in $crashes, log $log)"
    fi
    echo "fuzz: $line"
    summary+=("$line")
done
echo "fuzz: summary"
printf '  %s\n' "${summary[@]}"
exit $status
