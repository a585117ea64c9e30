#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Soak test: kill -9 `fwctl run` at random moments, many times, over a store of orders whose steps
# are callouts to fw-stubs (with latency), then let a last run finish and check that
#   - every order completed (lost: orders that did not),
#   - no step completed twice (the journal has one 'completed' transition per step),
#   - every idempotency key had exactly one effect at the systems (duplicated: effects beyond one per
#     callout step, counted by fw-stubs as requests less replays and injected failures).
# Prints the figures and exits 1 when anything was lost or duplicated.
#
#   scripts/soak.sh [--orders N] [--kills N] [--latency-ms N] [--seed N] [--keep] [--no-build]
#
# Everything runs on loopback in a temporary directory (removed unless --keep or on failure).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

orders=2000
kills=50
latency=20
seed=20261207
keep=0
build=1
while (($#)); do
    case "$1" in
        --orders) orders=$2; shift 2 ;;
        --kills) kills=$2; shift 2 ;;
        --latency-ms) latency=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --no-build) build=0; shift ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "soak: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done

if ((build)); then
    scripts/install-deps.sh
    scripts/build.sh >/dev/null
fi
fwctl=$root/build/app/fwctl/fwctl
stubs=$root/build/app/fw-stubs/fw-stubs
for binary in "$fwctl" "$stubs"; do
    [ -x "$binary" ] || { echo "soak: $binary is missing; run scripts/build.sh first" >&2; exit 1; }
done

work=$(mktemp -d /tmp/fw-soak.XXXXXX)
store=$work/soak.db
stubs_pid=
engine_pid=
cleanup() {
    local code=$?
    [ -n "$engine_pid" ] && kill -9 "$engine_pid" 2>/dev/null || true
    [ -n "$stubs_pid" ] && kill "$stubs_pid" 2>/dev/null || true
    if ((keep)) || ((code != 0)); then
        echo "soak: files kept in $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# fw-stubs on a free loopback port, every answer delayed.
"$stubs" --port 0 --latency-ms "$latency" --seed "$seed" >"$work/stubs.log" 2>&1 &
stubs_pid=$!
for _ in $(seq 100); do
    grep -q 'listening on' "$work/stubs.log" 2>/dev/null && break
    sleep 0.1
done
base=$(sed -n 's/^listening on //p' "$work/stubs.log")
[ -n "$base" ] || { echo "soak: fw-stubs did not start: $(cat "$work/stubs.log")" >&2; exit 1; }

# The store: the callout test catalog (reserve at inventory, then ship at carrier, per line) and
# orders of two items each, so every order makes four callouts.
echo "soak: importing $orders orders into $store"
"$fwctl" --db "$store" import catalog tests/data/engine/callout-catalog.json >/dev/null
mkdir -p "$work/orders"
for ((i = 0; i < orders; ++i)); do
    printf '{"formatVersion":1,"id":"SOAK-%05d","account":{"id":"A%d"},"items":[{"id":"1","product":"ITEM"},{"id":"2","product":"ITEM"}]}\n' \
        "$i" "$((i % 23))" >"$work/orders/$i.json"
    "$fwctl" --db "$store" import order "$work/orders/$i.json" >/dev/null
done

run=("$fwctl" --db "$store" run --until-idle --endpoint "inventory=$base/inventory" --endpoint "carrier=$base/carrier")
# How many callout attempts the store holds, and how many of them have no answer recorded yet.
attempts() {
    python3 -c 'import sqlite3, sys
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True, timeout=30)
print(*db.execute("SELECT COUNT(*), COUNT(*) - COUNT(finished_at) FROM attempts").fetchone())' "$store"
}
RANDOM=$seed
killed=0
finished_early=0
unanswered_at_kills=0
started=$(date +%s)
for ((k = 1; k <= kills; ++k)); do
    read -r before _ < <(attempts)
    "${run[@]}" >"$work/run-$k.log" 2>&1 &
    engine_pid=$!
    # Kill once the run has sent something new (it is past loading and sending callouts), after a
    # further 0 to 600 ms: mid-batch, with callouts out, between a send and its answer.
    for _ in $(seq 300); do
        read -r now _ < <(attempts)
        ((now > before)) && break
        kill -0 "$engine_pid" 2>/dev/null || break
        sleep 0.05
    done
    sleep "$(printf '0.%03d' $((RANDOM % 600)))"
    if kill -0 "$engine_pid" 2>/dev/null; then
        kill -9 "$engine_pid"
        wait "$engine_pid" 2>/dev/null || true
        killed=$((killed + 1))
        read -r _ open < <(attempts)
        unanswered_at_kills=$((unanswered_at_kills + open))
    else
        wait "$engine_pid" || { echo "soak: run $k failed:" >&2; cat "$work/run-$k.log" >&2; exit 1; }
        finished_early=$((finished_early + 1))
    fi
    engine_pid=
done
echo "soak: $killed runs killed mid-way, with $unanswered_at_kills callouts in all started and unanswered at their kill" \
    "(sent, or waiting their endpoint's turn); $finished_early runs finished before their kill ($(($(date +%s) - started)) s)"

# The last run goes to the end.
if ! "${run[@]}" >"$work/run-final.log" 2>&1; then
    echo "soak: the final run failed:" >&2
    tail -20 "$work/run-final.log" >&2
    exit 1
fi

kill -0 "$stubs_pid" 2>/dev/null || { echo "soak: fw-stubs died during the soak: $(tail -5 "$work/stubs.log")" >&2; exit 1; }
stats=$(python3 -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1] + "/_control/stats").read().decode())' "$base")
python3 - "$store" "$stats" "$orders" "$killed" <<'PY'
import json, sqlite3, sys

store, stats, orders, killed = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
db = sqlite3.connect(store)
one = lambda sql: db.execute(sql).fetchone()[0]
total = one("SELECT COUNT(*) FROM orders")
completed = one("SELECT COUNT(*) FROM orders WHERE state = 'completed'")
twice = one("SELECT COUNT(*) FROM (SELECT order_id, step_id FROM journal WHERE kind = 'step.state' "
            "AND after_state = 'completed' GROUP BY order_id, step_id HAVING COUNT(*) > 1)")
steps = dict(db.execute("SELECT CASE WHEN id LIKE '%reserve' THEN 'inventory' ELSE 'carrier' END, COUNT(*) "
                        "FROM steps GROUP BY 1").fetchall())
series = one("SELECT COUNT(*) FROM steps WHERE attempt_series <> 1")
failures = one("SELECT COUNT(*) FROM fallout_cases")
keys = one("SELECT COUNT(*) FROM (SELECT order_id, step_id FROM attempts GROUP BY order_id, step_id "
          "HAVING COUNT(DISTINCT idempotency_key) > 1)")
lost = orders - completed if total == orders else orders
duplicated = 0
print(f"soak: {total} orders, {completed} completed, {failures} fallout cases, {killed} kills")
for system in ("inventory", "carrier"):
    s = stats.get(system, {})
    effects = s.get("requests", 0) - s.get("replays", 0) - s.get("injectedFailures", 0)
    expected = steps.get(system, 0)
    duplicated += max(0, effects - expected)
    print(f"soak: {system}: {s.get('requests', 0)} requests, {s.get('replays', 0)} replays (a request that reached "
          f"the system before a kill, sent again after it and answered from its idempotency record), "
          f"{effects} effects for {expected} callout steps")
print(f"soak: steps with more than one idempotency key: {keys}; steps completed twice: {twice}; "
      f"new key series: {series}")
print(f"soak: lost {lost}, duplicated {duplicated}")
bad = lost or duplicated or twice or keys or series or failures or any(
    stats.get(system, {}).get("requests", 0) - stats.get(system, {}).get("replays", 0) != steps.get(system, 0)
    for system in ("inventory", "carrier"))
print("soak: FAILED" if bad else "soak: passed")
sys.exit(1 if bad else 0)
PY
