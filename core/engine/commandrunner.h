// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commandallowlist.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace fw {

// How one run of an allowed command ended.
struct ProcessOutcome {
    enum class End { Exited, TimedOut, Crashed, NotStarted, OutputTooLarge };
    End end = End::Exited;
    int exitCode = 0;
    QByteArray out; // stdout, at most maxOutput
    QByteArray err; // the first maxError bytes of stderr
    bool errTruncated = false;
    QString startError; // NotStarted: why (no such file, not executable)
    int timeoutMs = 0; // the command's timeout
};

// Runs allowed commands without blocking the thread: QProcess (no shell: the program and its
// arguments as configured), the input written to stdin, stdout and stderr collected (bounded),
// killed at its timeout. The callback runs on this object's thread when the process has ended;
// never after the runner is gone (its processes are killed then).
class CommandRunner : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype maxOutput = 1024 * 1024;
    static constexpr qsizetype maxError = 16 * 1024;
    explicit CommandRunner(QObject* parent = nullptr);
    ~CommandRunner() override;

    void run(const AllowedCommand& command, const QByteArray& input, std::function<void(const ProcessOutcome&)> done);
    int running() const { return m_running; }

private:
    int m_running = 0;
};

} // namespace fw
