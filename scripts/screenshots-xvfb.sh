#!/usr/bin/env bash
# screenshots-xvfb.sh GUI OUT_DIR LANG NAME=VIEW...
# Screenshots of the workbench's demo store at 1366x768 (the operations laptop), as a window manager
# shows them: under Xvfb with openbox, each --view opened in its own run, the window moved and sized
# to the screen (its title bar above the top edge), the screen captured to OUT_DIR/NAME.png.
# (--screenshot instead draws offscreen at 1440x860.) Needs xvfb-run, openbox, xdotool, imagemagick.
# Example: scripts/screenshots-xvfb.sh build/app/workbench/fulfillment-workbench docs/screenshots de \
#              fallout-de=fallout "order-timeline-de=timeline:SO-50310-020"
set -eu
gui=$(readlink -f "${1:?GUI binary}"); out=$(readlink -f "${2:?output folder}"); lang=${3:?language}; shift 3
mkdir -p "$out"
cat >"$out/.run-xvfb.sh" <<'EOF'
#!/bin/bash
openbox >/dev/null 2>&1 & ob=$!; sleep 1
for spec in "$@"; do
  name=${spec%%=*}; view=${spec#*=}
  "$GUI" --demo --lang "$LANG_" --view "$view" >/dev/null 2>&1 & app=$!
  wid=$(timeout 60 xdotool search --sync --onlyvisible --pid $app 2>/dev/null | head -1)
  sleep 12 # the demo store opens, the engine ticks, the view fills
  xdotool windowmove "$wid" 0 0 windowsize "$wid" 1366 740; sleep 3
  import -window root "$OUT/$name.png"
  echo "$OUT/$name.png"
  kill $app 2>/dev/null; wait $app 2>/dev/null || true
done
kill $ob 2>/dev/null
EOF
chmod +x "$out/.run-xvfb.sh"
GUI="$gui" OUT="$out" LANG_="$lang" xvfb-run -a -s "-screen 0 1366x768x24" "$out/.run-xvfb.sh" "$@"
rm -f "$out/.run-xvfb.sh"
