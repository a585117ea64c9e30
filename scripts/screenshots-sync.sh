#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# screenshots-sync.sh BUILD_DIR OUT_DIR: the sync screenshots (sync-online, sync-conflicts,
# remote-settings, sync-offline). A throwaway PostgreSQL (a cluster under /tmp on a free port, trust
# authentication; as root initdb and pg_ctl run as the postgres user) holds the remote store that
# fw_sync_scenario fills with three workstations' work (tests/support/syncscenario.cpp); the workbench
# then opens ws-a's store with --remote. Offline: a second scenario left with queued work, the server
# stopped. Called by scripts/screenshots.sh; fails naming the screenshot.
set -euo pipefail
build=$(readlink -f "${1:?build directory}"); out=$(readlink -f "${2:?output folder}")
gui=$build/app/workbench/fulfillment-workbench
scenario=$build/tests/support/fw_sync_scenario
bin=${FW_POSTGRES_BIN_DIR:-/usr/lib/postgresql/15/bin}
[ -x "$scenario" ] || { echo "screenshots-sync.sh: $scenario is missing (build fw_sync_scenario)" >&2; exit 1; }
work=$(mktemp -d /tmp/fw-sync-shots.XXXXXX); chmod 777 "$work"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
serve_pid=
cleanup() {
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
  as_pg "$bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  [ -n "${FW_KEEP_SYNC_WORK:-}" ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg "$bin/initdb" -D "$work/pg" -A trust -U fw_admin >/dev/null
as_pg "$bin/pg_ctl" -D "$work/pg" -w -l "$work/pg.log" -o "-p $port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
for db in fw fw_offline; do "$bin/psql" -h 127.0.0.1 -p "$port" -U fw_admin -d postgres -qc "CREATE DATABASE $db"; done
conninfo="host=127.0.0.1 port=$port user=fw_admin dbname=fw"

shot() { # NAME STORE CONNINFO [VIEW]: the workbench on ws-a's store, offscreen
  local name=$1 store=$2 remote=$3 view=${4:-orders}
  HOME=$work/home "$gui" --db "$store" --remote "$remote" --workstation ws-a --view "$view" \
    --screenshot "$out/$name.png" >"$work/$name.log" 2>&1 \
    || { echo "screenshots-sync.sh: $name could not be made:" >&2; cat "$work/$name.log" >&2; exit 1; }
  echo "$out/$name.png"
}

# Online: ws-b and ws-c keep working (--serve) while ws-a is looked at.
"$scenario" --conninfo "$conninfo" --store "$work/ws-a.db" --serve 300 >"$work/scenario.log" 2>&1 &
serve_pid=$!
for _ in $(seq 600); do grep -q '^serving' "$work/scenario.log" && break; kill -0 $serve_pid 2>/dev/null || break; sleep 0.5; done
grep -q '^serving' "$work/scenario.log" || { echo "screenshots-sync.sh: fw_sync_scenario failed:" >&2; cat "$work/scenario.log" >&2; exit 1; }
grep '^ws-a' "$work/scenario.log" || true # what the scenario left: orders held, conflicts, queued work
shot sync-online "$work/ws-a.db" "$conninfo"
shot sync-conflicts "$work/ws-a.db" "$conninfo" sync-conflicts
shot remote-settings "$work/ws-a.db" "$conninfo" remote-settings
kill $serve_pid; wait $serve_pid 2>/dev/null || true; serve_pid=

# Offline: ws-a ends with work not yet pushed, then the remote store goes away.
"$scenario" --conninfo "${conninfo/dbname=fw/dbname=fw_offline}" --store "$work/ws-a-offline.db" --leave-queued \
  >"$work/scenario-offline.log" 2>&1 || { echo "screenshots-sync.sh: fw_sync_scenario --leave-queued failed" >&2; cat "$work/scenario-offline.log" >&2; exit 1; }
as_pg "$bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null
shot sync-offline "$work/ws-a-offline.db" "${conninfo/dbname=fw/dbname=fw_offline}"
