#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# screenshots-xvfb.sh GUI OUT_DIR LANG NAME=VIEW[|XDOTOOL ARGS]...
# Screenshots of the workbench's demo store at 1366x768 (the operations laptop), as a window manager
# shows them: under Xvfb with openbox, each --view opened in its own run, the window moved and sized
# to the screen (its title bar above the top edge), the screen captured to OUT_DIR/NAME.png.
# After "|", xdotool arguments run before the capture: "fallout|key alt+f sleep 1 key u" opens a
# menu item, "order:ID|mousemove 1305 102 sleep 2" shows a tooltip. Fails naming the screenshot.
# (--screenshot instead draws offscreen at 1440x860.) Needs xvfb-run, openbox, xdotool, imagemagick.
# Example: scripts/screenshots-xvfb.sh build/app/workbench/fulfillment-workbench docs/screenshots de \
#              fallout-de=fallout "order-timeline-de=timeline:SO-50310-020"
set -eu
gui=$(readlink -f "${1:?GUI binary}"); out=$(readlink -f "${2:?output folder}"); lang=${3:?language}; shift 3
mkdir -p "$out"
cat >"$out/.run-xvfb.sh" <<'EOF'
#!/bin/bash
set -u
openbox >/dev/null 2>&1 & ob=$!; sleep 1
for spec in "$@"; do
  name=${spec%%=*}; view=${spec#*=}; action=
  case $view in *"|"*) action=${view#*|}; view=${view%%|*} ;; esac
  "$GUI" --demo --lang "$LANG_" --view "$view" >/dev/null 2>&1 & app=$!
  wid=$(timeout 60 xdotool search --sync --onlyvisible --pid $app 2>/dev/null | head -1)
  sleep 12 # the demo store opens, the engine ticks, the view fills
  if [ -z "$wid" ]; then echo "screenshots-xvfb.sh: $name: no window for --view $view" >&2; kill $ob; exit 1; fi
  xdotool windowmove "$wid" 0 0 windowsize "$wid" 1366 740; sleep 3
  if [ -n "$action" ]; then xdotool $action; sleep 2; fi
  if ! import -window root "$OUT/$name.png"; then echo "screenshots-xvfb.sh: $name: capture failed" >&2; kill $ob; exit 1; fi
  echo "$OUT/$name.png"
  kill $app 2>/dev/null; wait $app 2>/dev/null || true
done
kill $ob 2>/dev/null
EOF
chmod +x "$out/.run-xvfb.sh"
GUI="$gui" OUT="$out" LANG_="$lang" xvfb-run -a -s "-screen 0 1366x768x24" "$out/.run-xvfb.sh" "$@"
rm -f "$out/.run-xvfb.sh"
