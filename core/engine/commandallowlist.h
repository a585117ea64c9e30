// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace fw {

// One executable an auto task may run (docs/handlers.md): the catalog names it, the workstation
// says what the name means.
struct AllowedCommand {
    QString name;
    QString program; // absolute path
    QStringList args;
    int timeoutMs = 60000;
    // What the process's environment holds besides the few variables it inherits (PATH, HOME,
    // USER, LOGNAME, LANG, LC_*, TZ, TMPDIR): nothing else of the engine's environment (fwctl's
    // credentials may be there) reaches a command.
    QHash<QString, QString> env;
};

// The commands auto tasks of "handler": "command" may run: a JSON file on the workstation, never
// in the catalog (docs/handlers.md). The workbench and fwctl read the same file, by default
// $XDG_CONFIG_HOME/fulfillment-workbench/commands.json (~/.config/... without XDG_CONFIG_HOME).
// A missing file allows nothing; a file others may write, or one that cannot be read, allows
// nothing and says why (problem()), so each command step falls out naming the reason.
class CommandAllowList {
public:
    static QString defaultPath();
    static CommandAllowList load(const QString& path);
    static CommandAllowList loadDefault() { return load(defaultPath()); }

    // The command of that name, or why it cannot run (not allowed, the file refused).
    Result<AllowedCommand> find(const QString& name) const;
    const QString& path() const { return m_path; }
    const QString& problem() const { return m_problem; } // empty: the file was read (or is absent)
    QStringList names() const;

private:
    QString m_path;
    QString m_problem;
    QHash<QString, AllowedCommand> m_commands;
};

} // namespace fw
