#include "requestinbox.h"

#include "common/clock.h"
#include "executor.h"

#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace fw {

RequestInbox::RequestInbox(QSqlDatabase database)
    : m_database(std::move(database))
{
}

std::variant<qint64, QString> RequestInbox::enqueue(const OperatorRequest& request, const QDateTime& now)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO requests (at, actor, request, state) VALUES (?, ?, ?, 'pending')"));
    query.addBindValue(toStoreTime(now));
    query.addBindValue(request.actor);
    query.addBindValue(request.toJson());
    if (!query.exec())
        return QStringLiteral("cannot leave the request in the store: ") + query.lastError().text();
    return query.lastInsertId().toLongLong();
}

int RequestInbox::processPending(Executor& executor, const QDateTime& now)
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
    QSqlQuery update(m_database);
    update.prepare(QStringLiteral("UPDATE requests SET state = ?, error = ?, finished_at = ? WHERE id = ?"));
    for (const auto& [id, json] : pending) {
        const auto request = OperatorRequest::fromJson(json);
        // The executor flushes an action before it returns; the outcome is recorded right after.
        const std::optional<QString> error = request ? applyRequest(executor, *request)
                                                     : std::optional<QString>(QStringLiteral("the request is not readable"));
        update.addBindValue(error ? QStringLiteral("failed") : QStringLiteral("done"));
        update.addBindValue(error ? QVariant(*error) : QVariant());
        update.addBindValue(toStoreTime(now));
        update.addBindValue(id);
        if (!update.exec())
            qWarning("engine: cannot record the outcome of request %lld: %s", id, qPrintable(update.lastError().text()));
    }
    return int(pending.size());
}

std::optional<RequestInbox::Outcome> RequestInbox::outcome(qint64 requestId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT state, COALESCE(error, '') FROM requests WHERE id = ?"));
    query.addBindValue(requestId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QString state = query.value(0).toString();
    return Outcome { state != QLatin1String("pending"), query.value(1).toString() };
}

} // namespace fw
