# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# screenshots-kinds.sh: the kinds of picture scripts/screenshots.sh's table names (sourced by it; uses
# its root, build, out, work, gui, fwctl, db and die). `shot NAME KIND ARGS...` makes NAME.png now
# (gui, test, dir) or queues it (xvfb, sync: one run each at the end, run_xvfb and run_sync).
written=()
xvfb_en=()
xvfb_de=()
sync_wanted=

shot() {
  local name=$1 kind=$2; shift 2
  case $kind in
    gui) shot_gui "$name" --demo "$@" ;;
    plain) shot_gui "$name" "$@" ;;
    test) shot_test "$name" "$@" ;;
    dir) shot_dir "$name" "$@" ;;
    xvfb)
      if [ "$1" = de ]; then xvfb_de+=("$name=$2"); else xvfb_en+=("$name=$2"); fi
      written+=("$name") ;;
    first) shot_first "$name" "$@" ;;
    pdf) shot_pdf "$name" "$@" ;;
    keyring) shot_keyring "$name" "$@" ;;
    shared) shot_shared "$name" "$@" ;;
    sync) sync_wanted=1; written+=(sync-online sync-conflicts remote-settings sync-offline) ;;
    *) die "$name: unknown kind $kind" ;;
  esac
}

# gui ARGS...: the workbench on the demo store, offscreen (1440x860, dialogs included); plain ARGS...:
# the same without --demo (no demo systems answer: its callouts stay out).
shot_gui() {
  local name=$1; shift
  echo "$name: fulfillment-workbench $*"
  "$gui" "$@" --screenshot "$out/$name.png" >"$work/$name.log" 2>&1 \
    || { cat "$work/$name.log" >&2; die "$name could not be made (fulfillment-workbench $*)"; }
  written+=("$name")
}

test_binary() {
  local binary=$build/tests/ui/$1
  [ -x "$binary" ] || die "$binary is missing: build $1 first"
  echo "$binary"
}

# test BINARY VAR [FUNCTION]: the test's hook saves the picture to $VAR.
shot_test() {
  local name=$1 binary; binary=$(test_binary "$2")
  echo "$name: $3=$name.png $2 ${4:-}"
  env "$3=$out/$name.png" "$binary" ${4:+"$4"} >"$work/$name.log" 2>&1 \
    || { cat "$work/$name.log" >&2; die "$name could not be made ($2 failed)"; }
  written+=("$name")
}

# dir BINARY FUNCTION: the test writes its pictures (NAME.png and its siblings) into $FW_SCREENSHOT_DIR.
shot_dir() {
  local name=$1 binary; binary=$(test_binary "$2")
  echo "$name: FW_SCREENSHOT_DIR=docs/screenshots $2 $3"
  FW_SCREENSHOT_DIR=$out "$binary" "$3" >"$work/$name.log" 2>&1 \
    || { cat "$work/$name.log" >&2; die "$name could not be made ($2 $3 failed)"; }
  local made
  for made in "$out"/"${name%-*}"-*.png; do
    [ "$made" -nt "$work/start" ] && written+=("$(basename "$made" .png)")
  done
  return 0
}

# first LANG: the workbench's first start on a new demo store under Xvfb at 1366x768, 4 s in, while
# the engine makes the demo's history (the status bar says how far).
shot_first() {
  local name=$1 lang=$2
  echo "$name: the first start of a new demo store ($lang)"
  mkdir -p "$work/first-home"
  cat >"$work/first.sh" <<EOS
#!/bin/bash
openbox >/dev/null 2>&1 & sleep 1
HOME=$work/first-home XDG_DATA_HOME=$work/first-home "$gui" --demo --lang $lang >/dev/null 2>&1 & app=\$!
sleep 4; import -window root "$out/$name.png"
kill \$app; wait \$app 2>/dev/null; exit 0
EOS
  chmod +x "$work/first.sh"
  env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1366x768x24" "$work/first.sh" >"$work/$name.log" 2>&1 \
    || { cat "$work/$name.log" >&2; die "$name could not be made"; }
  written+=("$name")
}

# pdf BINARY VAR: the test's hook keeps its PDF in $VAR; the picture is its first page (pdftoppm, from
# Debian's poppler-utils, at 100 dpi).
shot_pdf() {
  local name=$1 binary; binary=$(test_binary "$2")
  command -v pdftoppm >/dev/null || die "$name needs pdftoppm (apt-get install poppler-utils)"
  echo "$name: $3=$name.pdf $2, first page"
  env "$3=$work/$name.pdf" "$binary" >"$work/$name.log" 2>&1 \
    || { cat "$work/$name.log" >&2; die "$name could not be made ($2 failed)"; }
  pdftoppm -png -r 100 -singlefile -f 1 -l 1 "$work/$name.pdf" "$out/$name" || die "$name: pdftoppm failed"
  written+=("$name")
}

# keyring ARGS...: the workbench without --demo in a D-Bus session of its own with an unlocked GNOME
# keyring (Debian's dbus and gnome-keyring), so that QtKeychain finds a Secret Service.
shot_keyring() {
  local name=$1; shift
  echo "$name: fulfillment-workbench $* (with a desktop keyring)"
  cat >"$work/keyring.sh" <<EOS
#!/bin/bash
printf '' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$gui" "\$@"
EOS
  chmod +x "$work/keyring.sh"
  dbus-run-session -- "$work/keyring.sh" "$@" --screenshot "$out/$name.png" >"$work/$name.log" 2>&1 \
    || { cat "$work/$name.log" >&2; die "$name could not be made (fulfillment-workbench $* in a keyring session)"; }
  written+=("$name")
}

# shared ORDER_FILE: fwctl imports the sample catalog and ORDER_FILE into the default store (no --db:
# $XDG_DATA_HOME/fulfillment-workbench/fulfillment.db), then the workbench, started without --db,
# opens that store. Run it last: every later picture without --db would open it too.
shot_shared() {
  local name=$1 order=$root/resources/samples/$2
  echo "$name: fwctl import into the default store, then fulfillment-workbench without --db"
  { "$fwctl" import catalog "$(dirname "$order")/catalog.json" && "$fwctl" import order "$order"; } >"$work/$name-import.log" 2>&1 \
    || { cat "$work/$name-import.log" >&2; die "$name: fwctl could not fill the default store"; }
  shot_gui "$name" --view orders
}

# submit_change NAME: the change order $work/NAME.json submitted to its order by sam (a supervisor).
submit_change() {
  echo "submitting $1"
  "$fwctl" --db "$db" --as sam change submit "$work/$1.json" >"$work/submit-$1.log" 2>&1 \
    || { cat "$work/submit-$1.log" >&2; die "the change order $1 could not be submitted"; }
}

run_xvfb() {
  local lang specs
  for lang in en de; do
    if [ "$lang" = de ]; then specs=("${xvfb_de[@]}"); else specs=("${xvfb_en[@]}"); fi
    [ ${#specs[@]} -gt 0 ] || continue
    echo "xvfb ($lang, 1366x768): ${specs[*]}"
    env -u QT_QPA_PLATFORM "$root/scripts/screenshots-xvfb.sh" "$gui" "$out" "$lang" "${specs[@]}" >"$work/xvfb-$lang.log" 2>&1 \
      || { cat "$work/xvfb-$lang.log" >&2; die "the 1366x768 pictures ($lang) could not be made"; }
  done
}

run_sync() {
  [ -n "$sync_wanted" ] || return 0
  echo "sync: sync-online, sync-conflicts, remote-settings, sync-offline (throwaway PostgreSQL)"
  "$root/scripts/screenshots-sync.sh" "$build" "$out" >"$work/sync.log" 2>&1 \
    || { cat "$work/sync.log" >&2; die "the sync pictures could not be made"; }
}

# Every picture named was written in this run, and docs/screenshots holds no picture the table lacks.
check_all_written() {
  local name file missing=0
  for name in "${written[@]}"; do
    [ "$out/$name.png" -nt "$work/start" ] || { echo "screenshots.sh: $name.png was not written" >&2; missing=1; }
  done
  for file in "$out"/*.png; do
    name=$(basename "$file" .png)
    [[ " ${written[*]} " == *" $name "* ]] || { echo "screenshots.sh: $name.png is not in the table" >&2; missing=1; }
  done
  [ $missing = 0 ] || die "some pictures are missing or not made by this script (see above)"
  echo "wrote ${#written[@]} pictures in $(($(date +%s) - started)) s:"
  printf '  docs/screenshots/%s.png\n' "${written[@]}"
}
