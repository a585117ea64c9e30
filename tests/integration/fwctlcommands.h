// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The commands fwctl lists in its help (the "Commands:" block of `fwctl --help`), so that tests of
// the help, the completion scripts and the manual page cover a command as soon as it is added.

#include "fwctlprocess.h"

#include <QProcessEnvironment>
#include <QRegularExpression>

namespace fw::test {

// `fwctl --help` in English, whatever the test's locale.
inline FwctlRun englishHelp(const QStringList& arguments = { QStringLiteral("--help") })
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FWCTL_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

inline QStringList fwctlCommands()
{
    const QString help = englishHelp().out;
    const qsizetype start = help.indexOf(QStringLiteral("\nCommands:\n"));
    const qsizetype end = help.indexOf(QStringLiteral("\n\n"), start + 1);
    if (start < 0 || end < 0)
        return {};
    QStringList commands;
    static const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z-]*) "));
    for (const QString& line : help.mid(start + 11, end - start - 11).split(QLatin1Char('\n'))) {
        if (const auto match = entry.match(line); match.hasMatch())
            commands << match.captured(1);
    }
    return commands;
}

} // namespace fw::test
