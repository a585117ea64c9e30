# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# bash completion for fwctl, the command line of Fulfillment Workbench.
# Installed as share/bash-completion/completions/fwctl. The commands and their actions are listed
# here (tests/integration/tst_fwctlcompletion.cpp checks that every command fwctl has is); each
# command's options come from 'fwctl COMMAND --help', so they follow fwctl.

_fwctl_commands="validate plan demo import orders timeline unrunnable run status tasks task signal fallout jeopardy
escalations change summary resume set-field kpi sync publish leases users archive check sync-admin evidence assets asset renewals renewal credentials"

_fwctl_global_options="--db --as --remote --workstation --lease-ttl --capacity --endpoint --verbose --version --help"

# The actions (first argument) of the commands that have them.
_fwctl_actions() {
    case "$1" in
        import | publish) echo "catalog order" ;;
        task) echo "claim release complete" ;;
        fallout) echo "retry skip cancel" ;;
        jeopardy) echo "reassign escalate priority" ;;
        escalations) echo "claim resolve" ;;
        renewal) echo "claim renew decline" ;;
        change) echo "preview submit" ;;
        sync) echo "status" ;;
        sync-admin) echo "roles prune" ;;
        users) echo "list add grant revoke change deactivate activate" ;;
    esac
}

# The options of a command, from its help (in English whatever the locale).
_fwctl_command_options() {
    LC_ALL=C LANGUAGE= "$1" "$2" --help 2>/dev/null | grep -oE -- '(^|[ ,])--[a-z][a-z-]*' | sed 's/^[ ,]*//' | sort -u
}

_fwctl() {
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion || return
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD - 1]}"
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    # Options whose value is a file, a directory or free text.
    case "$prev" in
        --db | --archive)
            COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
        --catalog | --order)
            if [[ "${words[*]}" == *" plan "* ]]; then
                COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur") $(compgen -W "-" -- "$cur"))
                return
            fi
            return ;;
        --samples)
            COMPREPLY=($(compgen -d -- "$cur"))
            return ;;
        --as | --remote | --workstation | --lease-ttl | --capacity | --endpoint | --since | --lane | --actor | --from | --to | \
            --at | --level | --queue | --note | --reason | --comment | --data | --fields | --payload | --roles | --queues | \
            --name | --resolution | --account | --completed-before | --before | --for | --tick-ms | --advance | --wait | --limit | --signature)
            return ;;
    esac

    # The command: the first word that is not a global option or its value.
    local i command="" position=0
    for ((i = 1; i < cword; i++)); do
        case "${words[i]}" in
            --db | --as | --remote | --workstation | --lease-ttl | --capacity | --endpoint) ((i++)) ;;
            --*) ;;
            *)
                if [[ -z "$command" ]]; then
                    command="${words[i]}"
                else
                    ((position++))
                fi ;;
        esac
    done

    if [[ -z "$command" ]]; then
        if [[ "$cur" == -* ]]; then
            COMPREPLY=($(compgen -W "$_fwctl_global_options" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$_fwctl_commands" -- "$cur"))
        fi
        return
    fi

    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$(_fwctl_command_options "${words[0]}" "$command") --help --verbose" -- "$cur"))
        return
    fi

    local actions
    actions="$(_fwctl_actions "$command")"
    if [[ $position -eq 0 && -n "$actions" ]]; then
        COMPREPLY=($(compgen -W "$actions" -- "$cur"))
        return
    fi

    # File arguments: catalogs, orders and change orders (JSON), or - for standard input.
    case "$command" in
        validate | import | publish | change)
            COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur") $(compgen -W "-" -- "$cur"))
            compopt -o filenames 2>/dev/null ;;
    esac
}

complete -F _fwctl fwctl
