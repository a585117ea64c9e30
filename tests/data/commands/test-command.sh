#!/bin/sh
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The command of tests/data/plan/command-export/catalog.json (docs/handlers.md): reads the step's context on
# stdin, acts by its params.mode; the first argument is a directory for what it saw.
dir="$1"
input=$(cat)
mode=$(printf '%s' "$input" | sed -n 's/.*"mode":"\([a-z]*\)".*/\1/p')
order=$(printf '%s' "$input" | sed -n 's/.*"orderId":"\([^"]*\)".*/\1/p')
printf '%s' "$input" > "$dir/stdin-$order.json"
case "$mode" in
ok)
    printf '{"fields": {"erpRef": "ERP-%s", "exported": true}}\n' "$order"
    ;;
flaky)
    if [ ! -e "$dir/flaky-$order" ]; then
        : > "$dir/flaky-$order"
        echo "ERP busy, try later" >&2
        exit 75
    fi
    printf '{"fields": {"erpRef": "ERP-%s"}}\n' "$order"
    ;;
slow)
    exec sleep 30
    ;;
restart)
    if [ ! -e "$dir/restart-$order" ]; then
        : > "$dir/restart-$order"
        exec sleep 30 # the engine stops meanwhile
    fi
    printf '{"fields": {"erpRef": "ERP-%s"}}\n' "$order"
    ;;
fail)
    printf '{"code": "VENDOR_UNKNOWN"}\n'
    echo "vendor is not known to the ERP" >&2
    exit 3
    ;;
syncing)
    printf '{"code": "VENDOR_SYNCING"}\n'
    exit 3
    ;;
env)
    env > "$dir/env-$order"
    ;;
badjson)
    echo "done"
    ;;
esac
