// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "requesttable.h"

#include "common/clock.h"
#include "queryerror.h"

namespace fw {

RequestTable::RequestTable(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<qint64> RequestTable::insert(const QString& actor, const QString& json, const QString& requestId, const QDateTime& now)
{
    const QString what = QStringLiteral("leave the request in the store");
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("INSERT INTO requests (at, actor, request, state, request_id) VALUES (?, ?, ?, 'pending', ?)")))
        return queryError(query, what);
    query.addBindValue(toStoreTime(now));
    query.addBindValue(actor);
    query.addBindValue(json);
    query.addBindValue(requestId);
    if (!query.exec())
        return queryError(query, what);
    return query.lastInsertId().toLongLong();
}

Result<std::vector<PendingRequest>> RequestTable::pending() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, request FROM requests WHERE state = 'pending' ORDER BY id")))
        return queryError(query, QStringLiteral("read the pending requests"));
    std::vector<PendingRequest> rows;
    while (query.next())
        rows.push_back({ query.value(0).toLongLong(), query.value(1).toString() });
    return rows;
}

Result<bool> RequestTable::take(qint64 id)
{
    const QString what = QStringLiteral("take request %1").arg(id);
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("UPDATE requests SET state = 'taken' WHERE id = ? AND state = 'pending'")))
        return queryError(query, what);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query, what);
    return query.numRowsAffected() == 1;
}

Status RequestTable::finish(qint64 id, const QString& state, const QString& status, const QString& error, const QDateTime& at,
                            qint64 queuedId)
{
    const QString what = QStringLiteral("record the outcome of request %1").arg(id);
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("UPDATE requests SET state = ?, status = ?, error = ?, finished_at = ?, queued_id = ? WHERE id = ?")))
        return queryError(query, what);
    query.addBindValue(state);
    query.addBindValue(status);
    query.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    query.addBindValue(toStoreTime(at));
    query.addBindValue(queuedId > 0 ? QVariant(queuedId) : QVariant());
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query, what);
    return {};
}

Result<bool> RequestTable::withdraw(qint64 id, const QDateTime& at)
{
    const QString what = QStringLiteral("withdraw request %1").arg(id);
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("UPDATE requests SET state = 'withdrawn', finished_at = ? WHERE id = ? AND state = 'pending'")))
        return queryError(query, what);
    query.addBindValue(toStoreTime(at));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query, what);
    return query.numRowsAffected() == 1;
}

Result<std::optional<RequestRow>> RequestTable::read(qint64 id) const
{
    const QString what = QStringLiteral("read request %1").arg(id);
    QSqlQuery query(m_database);
    if (!query.prepare(
            QStringLiteral("SELECT state, COALESCE(error, ''), COALESCE(status, ''), COALESCE(queued_id, 0) FROM requests WHERE id = ?")))
        return queryError(query, what);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query, what);
    if (!query.next())
        return std::optional<RequestRow>();
    return std::optional<RequestRow>(
        RequestRow { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toLongLong() });
}

} // namespace fw
