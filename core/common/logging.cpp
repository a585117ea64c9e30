// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "logging.h"

#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QMutex>

#include <memory>

Q_LOGGING_CATEGORY(lcEngine, "fw.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "fw.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "fw.sync", QtWarningMsg)

namespace fw {

namespace {
    // The handler's state, guarded by s_logFileMutex: installLogFile may change the file while other
    // threads log (tests do).
    QBasicMutex s_logFileMutex;
    std::unique_ptr<LogFile> s_logFile;
    QtMessageHandler s_previousHandler = nullptr;
    bool s_logHandlerInstalled = false;

    const char* logLevelName(QtMsgType type)
    {
        switch (type) {
        case QtDebugMsg:
            return "debug";
        case QtInfoMsg:
            return "info";
        case QtWarningMsg:
            return "warning";
        case QtCriticalMsg:
            return "critical";
        case QtFatalMsg:
            return "fatal";
        }
        return "?";
    }

    thread_local bool s_insideLogHandler = false; // a message logged while writing one goes to stderr only

    void writeLogMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (s_insideLogHandler) {
            if (s_previousHandler)
                s_previousHandler(type, context, message);
            return;
        }
        s_insideLogHandler = true;
        QMutexLocker lock(&s_logFileMutex);
        if (s_logFile)
            s_logFile->append(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ')
                              + QString::fromLatin1(context.category ? context.category : "default") + QLatin1Char(' ')
                              + QLatin1String(logLevelName(type)) + QLatin1String(": ") + message);
        const QtMessageHandler previous = s_previousHandler;
        lock.unlock();
        s_insideLogHandler = false;
        if (previous)
            previous(type, context, message);
    }
}

void applyLogLevels(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("fw.*.info=true\nfw.*.debug=true") : QStringLiteral("fw.*.info=true"));
}

QString logDirectory()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || QDir::isRelativePath(state)) // the XDG spec: a relative path is to be ignored
        state = QDir::home().filePath(QStringLiteral(".local/state"));
    return QDir(state).filePath(QStringLiteral("fulfillment-workbench/log"));
}

QString installLogFile(const QString& baseName, const QString& directory)
{
    const QString path = QDir(directory).filePath(baseName + QLatin1String(".log"));
    const QMutexLocker lock(&s_logFileMutex);
    s_logFile = std::make_unique<LogFile>(path);
    if (!s_logHandlerInstalled) {
        s_logHandlerInstalled = true;
        s_previousHandler = qInstallMessageHandler(writeLogMessage);
    }
    return path;
}

} // namespace fw
