#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Every source file (C++, CMake, shell, Python, man pages) names its licence with an SPDX header in
# its first lines, and the licence it names is the project's (GPL-3.0-or-later, LICENSE) or, for
# the AppStream metadata, CC0-1.0. Lists each file that does not. Data files (samples, fixtures,
# screenshots) are covered by packaging/copyright.
#   scripts/check-licence.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f LICENSE ] && grep -q "GNU GENERAL PUBLIC LICENSE" LICENSE && grep -q "Version 3" LICENSE || {
    echo "check-licence: LICENSE is missing or is not the GPL version 3" >&2
    exit 1
}
if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    mapfile -t files < <(git ls-files --cached --others --exclude-standard)
else
    mapfile -t files < <(find . -path ./build -prune -o -type f -print | sed 's|^\./||')
fi
bad=()
checked=0
for file in "${files[@]}"; do
    case "$file" in
    build*/*) continue ;;
    *.cpp | *.h | *CMakeLists.txt | *.cmake | *.sh | *.py | *.1 | .ci/run | packaging/*.xml | *.bash | */_fwctl) ;;
    *) continue ;;
    esac
    [ -f "$file" ] || continue
    checked=$((checked + 1))
    header="$(head -n 5 "$file")"
    if ! grep -q "SPDX-License-Identifier: \(GPL-3.0-or-later\|CC0-1.0\)" <<< "$header" ||
        ! grep -q "SPDX-FileCopyrightText: " <<< "$header"; then
        bad+=("$file")
    fi
done
if ((${#bad[@]})); then
    echo "check-licence: ${#bad[@]} of $checked source files lack the SPDX header (see any .cpp file):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "check-licence: all $checked source files carry the SPDX licence header"
