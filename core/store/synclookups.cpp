// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "synclookups.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fw {

namespace {
    Error lookupError(const QSqlQuery& query, const QString& what)
    {
        return Error { what, QStringLiteral("in the local store"), query.lastError().text() };
    }

    Result<StepAddress> addressOf(const QSqlDatabase& database, const QString& sql, qint64 id, const QString& missing)
    {
        QSqlQuery query(database);
        const QString what = missing.section(QLatin1Char(':'), 0, 0);
        if (!query.prepare(sql))
            return lookupError(query, what);
        query.addBindValue(id);
        if (!query.exec())
            return lookupError(query, what);
        if (!query.next())
            return Error { QString(), QString(), missing };
        return StepAddress { query.value(0).toString(), query.value(1).toString() };
    }

    Result<qint64> localIdAt(const QSqlDatabase& database, const QString& sql, const StepAddress& address, const QString& missing)
    {
        QSqlQuery query(database);
        const QString what = QStringLiteral("look up order %1 step %2").arg(address.orderId, address.stepId);
        if (!query.prepare(sql))
            return lookupError(query, what);
        query.addBindValue(address.orderId);
        query.addBindValue(address.stepId);
        if (!query.exec())
            return lookupError(query, what);
        if (!query.next())
            return Error { QString(), QString(), missing };
        return query.value(0).toLongLong();
    }
} // namespace

SyncLookups::SyncLookups(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<QString> SyncLookups::ownOrderDocument(const QString& orderId) const
{
    QSqlQuery query(m_database);
    const QString what = QStringLiteral("read the document of order %1").arg(orderId);
    if (!query.prepare(QStringLiteral("SELECT document FROM orders WHERE id = ? AND replica_of IS NULL")))
        return lookupError(query, what);
    query.addBindValue(orderId);
    if (!query.exec())
        return lookupError(query, what);
    if (!query.next())
        return Error { QString(), QString(), QStringLiteral("order %1 is not this workstation's").arg(orderId) };
    return query.value(0).toString();
}

Result<bool> SyncLookups::hasCatalog(const QString& id, const QString& version) const
{
    QSqlQuery query(m_database);
    const QString what = QStringLiteral("look for catalog %1 %2").arg(id, version);
    if (!query.prepare(QStringLiteral("SELECT 1 FROM catalogs WHERE id = ? AND version = ?")))
        return lookupError(query, what);
    query.addBindValue(id);
    query.addBindValue(version);
    if (!query.exec())
        return lookupError(query, what);
    return query.next();
}

Result<QString> SyncLookups::setting(const QString& name, const QString& fallback) const
{
    QSqlQuery query(m_database);
    const QString what = QStringLiteral("read store setting %1").arg(name);
    if (!query.prepare(QStringLiteral("SELECT value FROM store_settings WHERE name = ?")))
        return lookupError(query, what);
    query.addBindValue(name);
    if (!query.exec())
        return lookupError(query, what);
    return query.next() ? query.value(0).toString() : fallback;
}

Result<bool> SyncLookups::holdsClaim(qint64 taskId, const QString& actor) const
{
    QSqlQuery query(m_database);
    const QString what = QStringLiteral("read the claim of task %1").arg(taskId);
    if (!query.prepare(QStringLiteral("SELECT 1 FROM tasks WHERE id = ? AND state = 'claimed' AND claimed_by = ?")))
        return lookupError(query, what);
    query.addBindValue(taskId);
    query.addBindValue(actor);
    if (!query.exec())
        return lookupError(query, what);
    return query.next();
}

Result<StepAddress> SyncLookups::taskAddress(qint64 taskId) const
{
    return addressOf(m_database, QStringLiteral("SELECT order_id, step_id FROM tasks WHERE id = ?"), taskId,
                     QStringLiteral("task %1: no such task").arg(taskId));
}

Result<StepAddress> SyncLookups::caseAddress(qint64 caseId) const
{
    return addressOf(m_database, QStringLiteral("SELECT order_id, step_id FROM fallout_cases WHERE id = ?"), caseId,
                     QStringLiteral("fallout case %1: no such case").arg(caseId));
}

Result<qint64> SyncLookups::taskAt(const StepAddress& address) const
{
    return localIdAt(m_database, QStringLiteral("SELECT id FROM tasks WHERE order_id = ? AND step_id = ?"), address,
                     QStringLiteral("order %1 step %2: no task").arg(address.orderId, address.stepId));
}

Result<qint64> SyncLookups::openCaseAt(const StepAddress& address) const
{
    // A step falls out again after a retry: the case meant is its open one.
    return localIdAt(m_database,
                     QStringLiteral("SELECT id FROM fallout_cases WHERE order_id = ? AND step_id = ? AND state = 'open' "
                                    "ORDER BY id DESC LIMIT 1"),
                     address, QStringLiteral("order %1 step %2: no open fallout case").arg(address.orderId, address.stepId));
}

} // namespace fw
