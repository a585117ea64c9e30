#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds the Debian package from a built tree and checks it as a packager and a new user would:
#   1. cpack -G DEB;
#   2. lintian passes (errors and warnings; packaging/lintian-overrides justifies any override);
#   3. the .desktop file, the AppStream metainfo and every man page validate;
#   4. no installed program has a RUNPATH;
#   5. as root: the package installs, `fwctl demo` and the workbench's `--screenshot` run from it,
#      and it is purged leaving none of its files behind.
#
#   scripts/check-package.sh [BUILD_DIR]
# A step whose tool is missing, or the install check when not root, is SKIPPED loudly; with
# FW_REQUIRE_PACKAGE=1 (scripts/run-tests.sh, CI) a skip is a failure. Exit 77 when something was
# skipped (ctest reports the test as skipped), 1 on a failure.
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="$(cd "${1:-$source_dir/build}" && pwd)"
work="$(mktemp -d /tmp/fw-package.XXXXXX)"
trap 'rm -rf "$work"' EXIT
skipped=0
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }
skip() {
    echo "check-package: SKIPPED: $*" >&2
    [ "${FW_REQUIRE_PACKAGE:-0}" = 1 ] && fail "$* (FW_REQUIRE_PACKAGE=1 forbids skipping)"
    skipped=1
}
have() { command -v "$1" > /dev/null 2>&1; }

# 1. The package, written into the scratch directory so parallel runs do not collide.
(cd "$build_dir" && cpack -G DEB -B "$work/cpack" > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack -G DEB"; }
deb="$(ls "$work"/cpack/fulfillment-workbench_*.deb 2> /dev/null | head -n 1)"
[ -n "$deb" ] || fail "cpack wrote no fulfillment-workbench_*.deb into $work/cpack"
echo "check-package: built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
root="$work/root"
dpkg-deb -x "$deb" "$root"

# 2. lintian, on errors and warnings.
if have lintian; then
    lintian --fail-on error,warning --tag-display-limit 0 "$deb" > "$work/lintian.log" 2>&1 || {
        cat "$work/lintian.log" >&2
        fail "lintian"
    }
    grep -E '^[EW]:' "$work/lintian.log" && fail "lintian reported the above"
    echo "check-package: lintian clean ($(grep -c '' "$work/lintian.log") info/pedantic lines)"
else
    skip "lintian is not installed (apt-get install lintian)"
fi

# 3. Metadata and man pages.
desktop="$root/usr/share/applications/org.fulfillmentworkbench.workbench.desktop"
metainfo="$root/usr/share/metainfo/org.fulfillmentworkbench.workbench.metainfo.xml"
[ -f "$desktop" ] || fail "the package has no $desktop"
[ -f "$metainfo" ] || fail "the package has no $metainfo"
if have desktop-file-validate; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate $(basename "$desktop")"
else
    skip "desktop-file-validate is not installed (apt-get install desktop-file-utils)"
fi
if have appstreamcli; then
    # --no-net: the screenshots' and home page's addresses are not fetched (CI may be offline).
    appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli validate $(basename "$metainfo")"
else
    skip "appstreamcli is not installed (apt-get install appstream)"
fi
for program in fulfillment-workbench fwctl fw-stubs; do
    page="$root/usr/share/man/man1/$program.1.gz"
    [ -f "$page" ] || fail "$program has no man page ($page)"
    if have man; then
        warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 > /dev/null)"
        [ -z "$warnings" ] || fail "man --warnings $program.1: $warnings"
    else
        skip "man is not installed (apt-get install man-db): man pages not rendered"
    fi
done

# 4. No RUNPATH or RPATH in the installed programs.
for program in "$root"/usr/bin/*; do
    if readelf -d "$program" | grep -E 'RUNPATH|RPATH'; then
        fail "$(basename "$program") has a RUNPATH"
    fi
done

# 5. Install, run, purge.
if [ "$(id -u)" -ne 0 ]; then
    skip "not root: the package was not installed, run and removed"
elif dpkg-query -W -f='${Status}' fulfillment-workbench 2> /dev/null | grep -q "install ok installed"; then
    skip "fulfillment-workbench is already installed on this machine: not touching it"
else
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "$deb" > "$work/install.log" 2>&1 || {
        cat "$work/install.log" >&2
        fail "apt-get install $(basename "$deb")"
    }
    dpkg-query -L fulfillment-workbench > "$work/files"
    home="$work/home"
    mkdir -p "$home"
    status=0
    (cd "$work" && HOME="$home" XDG_DATA_HOME="$home/data" /usr/bin/fwctl demo > "$work/demo.log" 2>&1) || status=$?
    if [ "$status" -eq 0 ]; then
        (cd "$work" && HOME="$home" XDG_DATA_HOME="$home/data" QT_QPA_PLATFORM=offscreen timeout 300 \
            /usr/bin/fulfillment-workbench --demo --demo-copies 1 --screenshot "$work/shot.png" > "$work/gui.log" 2>&1) || status=$?
    fi
    apt-get purge -y -qq fulfillment-workbench > "$work/purge.log" 2>&1 || status=$?
    [ "$status" -eq 0 ] || {
        cat "$work/demo.log" "$work/gui.log" "$work/purge.log" >&2 2> /dev/null || true
        fail "the installed package did not run (exit $status)"
    }
    grep -q "headless demo" "$work/demo.log" || fail "fwctl demo printed no demo: $(head -c 400 "$work/demo.log")"
    [ -s "$work/shot.png" ] || fail "fulfillment-workbench --screenshot wrote no picture"
    left=()
    while read -r file; do
        [ -f "$file" ] && left+=("$file")
    done < "$work/files"
    ((${#left[@]} == 0)) || fail "purge left files behind: ${left[*]}"
    echo "check-package: installed, ran fwctl demo and the workbench's --screenshot, purged cleanly"
fi

if [ "$skipped" = 1 ]; then
    echo "check-package: passed, but some checks were SKIPPED (see above)"
    exit 77
fi
echo "check-package: all checks passed"
