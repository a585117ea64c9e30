// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Runs the built fwctl (FWCTL_PATH) as scripts do: its exit code and what it printed.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace fw::test {

struct FwctlRun {
    int exitCode = -1; // -1: it crashed or did not finish in time
    QString out;
    QString err;
};

inline FwctlRun runFwctl(const QStringList& arguments, const QString& workingDir = {}, int timeoutMs = 60000)
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(FWCTL_PATH), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

// fwctl --db STORE ARGUMENTS...: a command on one store.
inline FwctlRun runFwctlOn(const QString& store, const QStringList& arguments)
{
    return runFwctl(QStringList { QStringLiteral("--db"), store } + arguments);
}

} // namespace fw::test
