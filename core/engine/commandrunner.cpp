// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandrunner.h"

#include "common/logging.h"

#include <QProcess>
#include <QTimer>

#include <memory>

namespace fw {

CommandRunner::CommandRunner(QObject* parent)
    : QObject(parent)
{
}

CommandRunner::~CommandRunner()
{
    // The engine stops: each process still running is killed and its callback does not run (the
    // step stays running; after a restart it runs again, docs/handlers.md).
    for (QProcess* process : findChildren<QProcess*>()) {
        process->disconnect();
        if (process->state() == QProcess::NotRunning)
            continue;
        qCInfo(lcEngine, "command %s killed: the engine stops", qPrintable(process->program()));
        process->kill();
        process->waitForFinished(5000);
    }
}

void CommandRunner::run(const AllowedCommand& command, const QByteArray& input, std::function<void(const ProcessOutcome&)> done)
{
    auto* process = new QProcess(this);
    auto* timer = new QTimer(process);
    auto result = std::make_shared<ProcessOutcome>();
    result->timeoutMs = command.timeoutMs;
    auto finished = std::make_shared<bool>(false);
    ++m_running;
    // Always from the event loop, never inside run(): the caller's state is settled first.
    const auto finish = [this, process, timer, result, finished, done = std::move(done)] {
        if (*finished)
            return;
        *finished = true;
        --m_running;
        timer->stop();
        process->disconnect();
        process->deleteLater();
        QTimer::singleShot(0, this, [done, ended = *result] { done(ended); });
    };
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [process, result, name = command.name, ms = command.timeoutMs] {
        qCInfo(lcEngine, "command %s: no end after %d ms, killed", qPrintable(name), ms);
        result->end = ProcessOutcome::End::TimedOut;
        process->kill(); // finished() follows
    });
    connect(process, &QProcess::readyReadStandardOutput, process, [process, result] {
        result->out += process->readAllStandardOutput();
        if (result->out.size() > maxOutput && result->end == ProcessOutcome::End::Exited) {
            result->end = ProcessOutcome::End::OutputTooLarge;
            result->out.truncate(maxOutput);
            process->kill();
        }
    });
    connect(process, &QProcess::readyReadStandardError, process, [process, result] {
        const QByteArray chunk = process->readAllStandardError();
        const qsizetype room = maxError - result->err.size();
        result->err += chunk.left(std::max<qsizetype>(room, 0));
        result->errTruncated = result->errTruncated || chunk.size() > room;
    });
    connect(process, &QProcess::errorOccurred, process, [process, result, finish](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes and kills end in finished()
        result->end = ProcessOutcome::End::NotStarted;
        result->startError = process->errorString();
        finish();
    });
    connect(process, &QProcess::finished, process, [process, result, finish](int exitCode, QProcess::ExitStatus status) {
        result->out += process->readAllStandardOutput();
        result->err += process->readAllStandardError().left(std::max<qsizetype>(maxError - result->err.size(), 0));
        if (result->out.size() > maxOutput && result->end == ProcessOutcome::End::Exited)
            result->end = ProcessOutcome::End::OutputTooLarge;
        result->out.truncate(maxOutput);
        if (result->end == ProcessOutcome::End::Exited && status == QProcess::CrashExit)
            result->end = ProcessOutcome::End::Crashed;
        result->exitCode = exitCode;
        finish();
    });
    QProcessEnvironment environment;
    const QProcessEnvironment engine = QProcessEnvironment::systemEnvironment();
    for (const QString& name : engine.keys()) {
        static const QStringList inherited { QStringLiteral("PATH"),    QStringLiteral("HOME"), QStringLiteral("USER"),
                                             QStringLiteral("LOGNAME"), QStringLiteral("LANG"), QStringLiteral("TZ"),
                                             QStringLiteral("TMPDIR") };
        if (inherited.contains(name) || name.startsWith(QLatin1String("LC_")))
            environment.insert(name, engine.value(name));
    }
    for (auto it = command.env.cbegin(); it != command.env.cend(); ++it)
        environment.insert(it.key(), it.value());
    process->setProcessEnvironment(environment);
    process->setProgram(command.program);
    process->setArguments(command.args);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    timer->start(command.timeoutMs);
    process->start(QIODevice::ReadWrite);
    if (!*finished) {
        process->write(input);
        process->closeWriteChannel();
    }
}

} // namespace fw
