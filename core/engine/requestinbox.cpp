// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "requestinbox.h"

#include "common/logging.h"
#include "common/clock.h"
#include "commands/commandprocessor.h"
#include "store/requesttable.h"

#include <QLockFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace fw {

RequestInbox::RequestInbox(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<qint64> RequestInbox::enqueue(const Command& request, const QDateTime& now)
{
    const auto id = RequestTable(m_database).insert(request.actor, request.toJson(), request.requestId, now);
    if (!id)
        return failure(QStringLiteral("cannot leave the request in the store: ") + id.error().why);
    return *id;
}

int RequestInbox::processPending(CommandProcessor& processor, const QDateTime& now)
{
    RequestTable table(m_database);
    const auto pending = table.pending();
    if (!pending) {
        qCWarning(lcEngine, "%s", qPrintable(pending.message()));
        return 0;
    }
    int ran = 0;
    for (const PendingRequest& row : *pending) {
        // Taken atomically: a request its sender withdrew meanwhile is left alone.
        const auto taken = table.take(row.id);
        if (!taken) {
            qCWarning(lcEngine, "%s", qPrintable(taken.message()));
            continue;
        }
        if (!*taken)
            continue;
        ++ran;
        const auto request = Command::fromJson(row.json);
        // The processor flushes an action before it returns; the outcome is recorded right after.
        const CommandResult result
            = request ? processor.process(*request) : CommandResult::invalid(QStringLiteral("the request is not readable"));
        const Status recorded = table.finish(row.id, result.ok() ? QStringLiteral("done") : QStringLiteral("failed"),
                                             CommandResult::statusName(result.status), result.message, now, result.queuedId);
        if (!recorded)
            qCWarning(lcEngine, "%s", qPrintable(recorded.message()));
    }
    return ran;
}

bool RequestInbox::withdraw(qint64 requestId, const QDateTime& now)
{
    const auto withdrawn = RequestTable(m_database).withdraw(requestId, now);
    if (!withdrawn)
        qCWarning(lcEngine, "%s", qPrintable(withdrawn.message()));
    return withdrawn && *withdrawn;
}

namespace {
    QString servingLockPath(const QString& databasePath)
    {
        return databasePath + QStringLiteral(".requests.lock");
    }
} // namespace

std::unique_ptr<QLockFile> RequestInbox::serve(const QString& databasePath)
{
    if (databasePath == QStringLiteral(":memory:"))
        return nullptr;
    auto lock = std::make_unique<QLockFile>(servingLockPath(databasePath));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

bool RequestInbox::servedOn(const QString& databasePath)
{
    if (databasePath == QStringLiteral(":memory:"))
        return false;
    // Read, not probed by taking it: two commands probing at once would each see the other's
    // probe as a serving engine and hand their requests to nobody.
    QLockFile lock(servingLockPath(databasePath));
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application) || pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    if (host == QSysInfo::machineHostName())
        return ::kill(pid_t(pid), 0) == 0 || errno == EPERM; // a dead engine's lock file serves nobody
#endif
    return true;
}

std::optional<RequestInbox::Outcome> RequestInbox::outcome(qint64 requestId) const
{
    const auto read = RequestTable(m_database).read(requestId);
    if (!read) {
        qCWarning(lcEngine, "%s", qPrintable(read.message()));
        return std::nullopt;
    }
    if (!*read)
        return std::nullopt;
    const RequestRow& row = **read;
    Outcome outcome;
    outcome.withdrawn = row.state == QLatin1String("withdrawn");
    outcome.finished = row.state != QLatin1String("pending") && row.state != QLatin1String("taken");
    outcome.result.message = row.error;
    // Requests of stores before schema 17 have no status: done, or failed for the action's reason.
    outcome.result.status = !row.status.isEmpty() ? CommandResult::statusFrom(row.status)
        : row.state == QLatin1String("failed")    ? CommandResult::Status::Invalid
                                                  : CommandResult::Status::Done;
    outcome.result.queuedId = row.queuedId;
    return outcome;
}

} // namespace fw
