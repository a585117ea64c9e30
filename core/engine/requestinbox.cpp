#include "requestinbox.h"

#include "common/clock.h"
#include "commands/commandprocessor.h"

#include <QLockFile>
#include <QSysInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace fw {

RequestInbox::RequestInbox(QSqlDatabase database)
    : m_database(std::move(database))
{
}

std::variant<qint64, QString> RequestInbox::enqueue(const Command& request, const QDateTime& now)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO requests (at, actor, request, state, request_id) VALUES (?, ?, ?, 'pending', ?)"));
    query.addBindValue(toStoreTime(now));
    query.addBindValue(request.actor);
    query.addBindValue(request.toJson());
    query.addBindValue(request.requestId);
    if (!query.exec())
        return QStringLiteral("cannot leave the request in the store: ") + query.lastError().text();
    return query.lastInsertId().toLongLong();
}

int RequestInbox::processPending(CommandProcessor& processor, const QDateTime& now)
{
    std::vector<std::pair<qint64, QString>> pending;
    {
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, request FROM requests WHERE state = 'pending' ORDER BY id")))
            return 0;
        while (query.next())
            pending.emplace_back(query.value(0).toLongLong(), query.value(1).toString());
    }
    QSqlQuery take(m_database);
    take.prepare(QStringLiteral("UPDATE requests SET state = 'taken' WHERE id = ? AND state = 'pending'"));
    QSqlQuery update(m_database);
    update.prepare(QStringLiteral("UPDATE requests SET state = ?, status = ?, error = ?, finished_at = ?, queued_id = ? WHERE id = ?"));
    int ran = 0;
    for (const auto& [id, json] : pending) {
        // Taken atomically: a request its sender withdrew meanwhile is left alone.
        take.addBindValue(id);
        if (!take.exec()) {
            qWarning("engine: cannot take request %lld: %s", id, qPrintable(take.lastError().text()));
            continue;
        }
        if (take.numRowsAffected() != 1)
            continue;
        ++ran;
        const auto request = Command::fromJson(json);
        // The processor flushes an action before it returns; the outcome is recorded right after.
        const CommandResult result
            = request ? processor.process(*request) : CommandResult::invalid(QStringLiteral("the request is not readable"));
        update.addBindValue(result.ok() ? QStringLiteral("done") : QStringLiteral("failed"));
        update.addBindValue(CommandResult::statusName(result.status));
        update.addBindValue(result.message.isEmpty() ? QVariant() : QVariant(result.message));
        update.addBindValue(toStoreTime(now));
        update.addBindValue(result.queuedId > 0 ? QVariant(result.queuedId) : QVariant());
        update.addBindValue(id);
        if (!update.exec())
            qWarning("engine: cannot record the outcome of request %lld: %s", id, qPrintable(update.lastError().text()));
    }
    return ran;
}

bool RequestInbox::withdraw(qint64 requestId, const QDateTime& now)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE requests SET state = 'withdrawn', finished_at = ? WHERE id = ? AND state = 'pending'"));
    query.addBindValue(toStoreTime(now));
    query.addBindValue(requestId);
    return query.exec() && query.numRowsAffected() == 1;
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
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT state, COALESCE(error, ''), COALESCE(status, ''), COALESCE(queued_id, 0) FROM requests WHERE id = ?"));
    query.addBindValue(requestId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QString state = query.value(0).toString();
    Outcome outcome;
    outcome.withdrawn = state == QLatin1String("withdrawn");
    outcome.finished = state != QLatin1String("pending") && state != QLatin1String("taken");
    outcome.result.message = query.value(1).toString();
    // Requests of stores before schema 17 have no status: done, or failed for the action's reason.
    const QString status = query.value(2).toString();
    outcome.result.status = !status.isEmpty() ? CommandResult::statusFrom(status)
        : state == QLatin1String("failed")    ? CommandResult::Status::Invalid
                                              : CommandResult::Status::Done;
    outcome.result.queuedId = query.value(3).toLongLong();
    return outcome;
}

} // namespace fw
