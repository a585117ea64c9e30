#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/screenshots.sh [BUILD_DIR]: regenerates every picture in docs/screenshots in one run.
# Needs the build of fulfillment-workbench, fwctl, fw_sync_scenario and the test targets named in
# the table below (scripts/screenshots.sh says which is missing), sqlite3, and for the 1366x768
# pictures xvfb-run, openbox, xdotool and imagemagick (scripts/screenshots-xvfb.sh), pdftoppm
# (poppler-utils) for the evidence PDF, dbus and gnome-keyring for the keyring picture; the sync
# pictures start a throwaway PostgreSQL (scripts/screenshots-sync.sh).
#
# A fresh HOME in a temporary directory makes a new demo store; the orders to show are picked from
# it with sqlite3 (their ids vary between runs). Kinds of picture:
#   gui   ARGS...        the workbench on the demo store, offscreen at 1440x860 (--screenshot)
#   plain ARGS...        the same without --demo (e.g. on a copy of the store, its callouts left out)
#   xvfb  LANG VIEW      the workbench under Xvfb and openbox at 1366x768 (screenshots-xvfb.sh)
#   test  BINARY VAR [FUNCTION]   a GUI test's screenshot hook: VAR=OUT/NAME.png
#   dir   BINARY FUNCTION         a GUI test that writes its pictures into $FW_SCREENSHOT_DIR
#   first LANG           the first start of a new demo store under Xvfb, 4 s in (its progress)
#   sync                 one of the sync pictures (screenshots-sync.sh makes all four)
# Fails naming the picture that could not be made; ends with the list of what it wrote.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(readlink -f "${1:-$root/build}")
out=$root/docs/screenshots
gui=$build/app/workbench/fulfillment-workbench
fwctl=$build/app/fwctl/fwctl
work=$(mktemp -d /tmp/fwshots.XXXX)
trap 'rm -rf "$work"' EXIT
# A new HOME; the data folder short, so that the status bar's "Store PATH is open." fits at 1366.
export HOME=$work/home XDG_DATA_HOME=$work QT_QPA_PLATFORM=offscreen
db=$XDG_DATA_HOME/FulfillmentWorkbench/fulfillment-workbench/demo-store.db
started=$(date +%s)
touch "$work/start"

die() { echo "screenshots.sh: $*" >&2; exit 1; }
pick() { # WHAT SQL: one value from the demo store, or fail naming WHAT
  local value; value=$(sqlite3 "$db" "$2") || die "query for $1 failed"
  [ -n "$value" ] || die "the demo store has no $1"
  echo "$value"
}
for tool in "$gui" "$fwctl"; do [ -x "$tool" ] || die "$tool is missing: build it first"; done

# --- the demo store, and the orders the pictures show ------------------------------------------
"$gui" --demo --view orders --screenshot "$work/first-start.png" >"$work/first-start.log" 2>&1 \
  || { cat "$work/first-start.log" >&2; die "the demo store could not be made"; }
fallout=$(pick "order with an open fallout case" "SELECT f.order_id || '#' || f.step_id FROM fallout_cases f
  WHERE f.state = 'open' ORDER BY f.step_id LIKE '%/ship-router' DESC, f.step_id LIKE '%/ship-%' DESC, f.order_id LIKE '%-H%', f.order_id LIMIT 1")
fallout_order=${fallout%%#*}
skipped=$(pick "order with a skipped step" "SELECT order_id FROM steps WHERE state = 'skipped' ORDER BY order_id LIMIT 1")
critical=$(pick "critical order on hold" "SELECT id FROM orders WHERE jeopardy = 'critical' ORDER BY on_hold DESC, id LIMIT 1")
# Two two-site orders in progress, with the most routers shipped (a change then needs a recall) and
# the most still to do (the demo runs on: the change pictures come first, before these orders
# finish): one previews changes, the other is changed.
routed=$(pick "two-site orders in progress" "SELECT o.id FROM orders o WHERE o.id LIKE 'SO-10002-%'
  AND o.state = 'in-progress' AND o.on_hold = 0 ORDER BY (SELECT count(*) FROM steps s WHERE s.order_id = o.id
  AND s.name = 'Ship router' AND s.state = 'completed') DESC, (SELECT count(*) FROM steps s
  WHERE s.order_id = o.id AND s.state = 'completed'), o.id LIMIT 3")
changed=$(sed -n 2p <<<"$routed"); sited=$(sed -n 3p <<<"$routed"); routed=$(sed -n 1p <<<"$routed")
# An asset a completed asset-based order changed (the demo's follow-ups: more seats), on its account's page.
changed_asset=$(pick "asset changed by an asset-based order" "SELECT a.account_id || '#' || a.id FROM assets a
  WHERE EXISTS (SELECT 1 FROM asset_events e WHERE e.asset_id = a.id AND e.kind = 'changed') ORDER BY a.id LIMIT 1")
[ -n "$changed" ] || changed=$routed # only one: previewed first, then changed
[ -n "$sited" ] || sited=$changed # the third gets a third site
# The composer pictures: a two-site order held by its fallout, which the demo does not finish meanwhile.
composed=$(sqlite3 "$db" "SELECT id FROM orders WHERE id LIKE 'SO-10002-%' AND state <> 'completed' AND on_hold = 1
  ORDER BY id LIMIT 1")
[ -n "$composed" ] || composed=$routed
running=$(pick "telecom order in progress" "SELECT id FROM orders WHERE id LIKE 'SO-10001-%' AND state = 'in-progress'
  AND on_hold = 0 ORDER BY id LIMIT 1")
completed=$(pick "completed two-site order" "SELECT id FROM orders WHERE id LIKE 'SO-10002-%' AND state = 'completed' ORDER BY id LIMIT 1")
routing=$(pick "routing order with fallout" "SELECT order_id FROM fallout_cases WHERE order_id LIKE 'SO-5031%' ORDER BY order_id LIMIT 1")
seats=$(pick "licence order in progress" "SELECT o.id FROM orders o WHERE o.id LIKE 'SO-20417%' AND o.state = 'in-progress'
  AND o.on_hold = 0 ORDER BY (SELECT count(*) FROM steps s WHERE s.order_id = o.id AND s.state = 'completed') DESC, o.id LIMIT 1")
history=$(pick "completed telecom order of the history" "SELECT id FROM orders WHERE id LIKE 'SO-10001-H%' AND state = 'completed'
  ORDER BY id LIMIT 1")
sed "s/\"order\": \"SO-20417\"/\"order\": \"$seats\"/" "$root/tests/data/change/more-seats.json" >"$work/more-seats.json"
for change in add-ip-block third-site; do # the composer's files, aimed at $composed
  sed "s/\"order\": \"SO-10002\"/\"order\": \"$composed\"/" "$root/tests/data/change/$change.json" >"$work/$change.json"
done
for change in remove-site-b address-change; do # the sample change orders, aimed at $routed
  sed "s/\"order\": \"SO-10002\"/\"order\": \"$routed\"/" "$root/tests/data/change/$change.json" >"$work/$change.json"
done
sed "s/\"order\": \"SO-10002\"/\"order\": \"$changed\"/" "$root/tests/data/change/remove-site-b.json" >"$work/changed.json"
sed "s/\"order\": \"SO-10002\"/\"order\": \"$sited\"/" "$root/tests/data/change/third-site.json" >"$work/sited.json"
# 50 more seats on a copy of the store as it is now, shown without the demo systems (the added step
# waits for its callout).
cp "$db" "$work/seats.db"
"$fwctl" --db "$work/seats.db" --as sam change submit "$work/more-seats.json" >"$work/seats.log" 2>&1 \
  || { cat "$work/seats.log" >&2; die "order-summary-partial: the change order could not be submitted"; }
echo "orders: fallout $fallout, skipped $skipped, critical $critical, running $running, routers shipped $routed, $changed and $sited, composed $composed, completed $completed, routing $routing"

# --- NAME -> how ---------------------------------------------------------------------------------
table() {
  # First, while $changed and $sited are still in progress (the demo runs on between pictures).
  submit_change changed # remove-site-b for $changed, which order-after-change and order-summary show
  submit_change sited # a third site for $sited, whose change orders order-summary-change-de lists
  shot change-preview              gui --user sam --view "change:$routed:$work/remove-site-b.json"
  shot change-address              gui --user sam --view "change:$routed:$work/address-change.json"
  shot order-after-change          gui --view "order:$changed"
  shot order-summary               gui --view "summary:$changed"
  shot orders                      gui --view orders
  shot tasks                       gui --view tasks
  shot fallout                     gui --view fallout
  shot main-window                 gui --view preview
  shot order-plan                  gui --view "order:$fallout"
  shot order-plan-dark             gui --view "order:$fallout" --theme dark
  shot order-timeline              gui --view "timeline:$fallout_order"
  shot order-critical-path         gui --view "order:$critical"
  shot order-replay                gui --view "replay:$skipped@skipped"
  shot timeline-gantt-lanes        gui --view "timeline:$completed"
  shot change-add-item             gui --user sam --view "compose:$composed:$work/add-ip-block.json"
  shot change-add-item-de          gui --user sam --lang de --view "compose:$composed:$work/add-ip-block.json"
  shot change-third-site-de        gui --user sam --lang de --view "compose:$composed:$work/third-site.json"
  shot order-summary-change-de     gui --lang de --view "summary:$sited"
  shot order-summary-partial       plain --db "$work/seats.db" --user sam --view "summary:$seats"
  shot timeline-state-names-de     gui --lang de --view "timeline:$running"
  shot workbench-fr                gui --lang fr --view "order:$fallout"
  shot history-order-lane-names    gui --view "order:$history"
  shot jeopardy                    gui --view jeopardy
  shot escalations                 gui --view escalations
  shot dashboard                   gui --view dashboard
  shot renewals                    gui --user sam --view renewals
  shot renewals-de                 gui --user sam --lang de --view renewals
  shot asset-history               dir tst_accountpage screenshots # also asset-change, each -de
  shot fallout-failed-again        test tst_falloutqueuepage FW_FALLOUT_SCREENSHOT
  shot fallout-attempt-history     test tst_falloutqueuepage FW_FALLOUT_HISTORY_SCREENSHOT
  shot task-inbox-urgency          test tst_taskinboxpage FW_TASKS_SCREENSHOT
  shot language-switch-fr          test tst_languageswitch FW_LANGUAGESWITCH_SCREENSHOT
  shot task-form-required-yes-no   test tst_taskformdialog FW_TASKFORM_SCREENSHOT
  shot shortcuts-dialog            test tst_storeworkspace FW_SHORTCUTS_SCREENSHOT theShortcutListNamesEveryPagesShortcuts
  shot user-guide                  test tst_helpwindow FW_HELP_SCREENSHOT f1OpensTheGuideAtThePageShown
  shot plan-keyboard-focus         test tst_plankeyboard FW_PLAN_FOCUS_SCREENSHOT theFocusedCardIsInViewAndOutlined
  shot dashboard-sample            test tst_dashboardpage FW_DASHBOARD_SCREENSHOT screenshot
  shot dashboard-lanes             test tst_dashboardpage FW_DASHBOARD_LANES_SCREENSHOT screenshot
  shot jeopardy-sample             test tst_jeopardypage FW_JEOPARDY_SCREENSHOT
  shot escalate-refused            test tst_jeopardypage FW_JEOPARDY_DIALOG_SCREENSHOT
  shot plan-big-order-fit          dir tst_plangraphbigorder screenshots # also -minimap, -filter, each -de
  shot plan-big-order-order-page   xvfb en order:SO-40SITES
  shot plan-big-order-order-page-de xvfb de order:SO-40SITES
  shot demo-start-progress-de      first de # the demo's first start, in its own new HOME, 4 s in
  shot roles-disabled              xvfb en "order:$running|mousemove 1300 80 sleep 1 mousemove 1305 82 sleep 2"
  shot switch-user                 xvfb en "fallout|key alt+f sleep 1 key u"
  shot fallout-de                  xvfb de fallout
  shot jeopardy-de                 xvfb de jeopardy
  shot order-inspector-de          xvfb de "order:$fallout"
  shot order-timeline-de           xvfb de "timeline:$routing"
  shot shortcuts-dialog-de         xvfb de "orders|key ctrl+slash"
  shot account-page                xvfb en "account:$changed_asset"
  shot account-page-de             xvfb de "account:$changed_asset"
  shot evidence-pdf                pdf tst_orderdocuments FW_EVIDENCE_PDF
  shot remote-store-password-no-keyring-de plain --lang de --view remote-settings
  shot remote-store-password-keyring keyring --view remote-settings
  shot workbench-opens-the-store-fwctl-filled shared telecom-fiber/order.json # last: the default store now exists
  shot sync-online                 sync # also sync-conflicts, remote-settings, sync-offline
}
source "$root/scripts/screenshots-kinds.sh"
table
# The 40-site order (tests/data/ui-forty-sites) for the 1366x768 order page, after the other pictures.
"$fwctl" --db "$db" import order "$root/tests/data/ui-forty-sites/order.json" >"$work/import.log" 2>&1 \
  || { cat "$work/import.log" >&2; die "plan-big-order-order-page: the 40-site order could not be imported"; }
run_xvfb
run_sync
check_all_written
