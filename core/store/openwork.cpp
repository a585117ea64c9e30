// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "openwork.h"

#include "common/clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fw {

namespace {
    Error readFailure(const QString& what, const QSqlQuery& query)
    {
        return failure(query.lastError().text(), QStringLiteral("the store"), what);
    }
} // namespace

OpenWork::OpenWork(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<std::vector<OpenWork::Task>> OpenWork::tasksOf(const QString& orderId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT id, step_id, COALESCE(claimed_by, '') FROM tasks "
                                 "WHERE order_id = ? AND state IN ('open', 'claimed') ORDER BY id"));
    query.addBindValue(orderId);
    if (!query.exec())
        return readFailure(QStringLiteral("read the open tasks of order %1").arg(orderId), query);
    std::vector<Task> tasks;
    while (query.next())
        tasks.push_back({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString() });
    return tasks;
}

Result<std::vector<OpenWork::FalloutCase>> OpenWork::falloutCases() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT id, order_id, opened_at FROM fallout_cases WHERE state = 'open' ORDER BY id")))
        return readFailure(QStringLiteral("read the open fallout cases"), query);
    std::vector<FalloutCase> cases;
    while (query.next())
        cases.push_back({ query.value(0).toLongLong(), query.value(1).toString(), fromStoreTimeText(query.value(2).toString()) });
    return cases;
}

Result<bool> OpenWork::hasOrders() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM orders)")) || !query.next())
        return readFailure(QStringLiteral("count the orders"), query);
    return query.value(0).toBool();
}

Result<bool> OpenWork::hasCatalog(const QString& catalogId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM catalogs WHERE id = ?)"));
    query.addBindValue(catalogId);
    if (!query.exec() || !query.next())
        return readFailure(QStringLiteral("look up catalog %1").arg(catalogId), query);
    return query.value(0).toBool();
}

} // namespace fw
