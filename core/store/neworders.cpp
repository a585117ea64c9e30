// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "neworders.h"

#include "queryerror.h"

namespace fw {

NewOrdersReader::NewOrdersReader(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<qint64> NewOrdersReader::newestRow() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM orders")) || !query.next())
        return queryError(query, QStringLiteral("read the newest order row"));
    return query.value(0).toLongLong();
}

Result<std::vector<NewOrderRow>> NewOrdersReader::runnableAfter(qint64 rowid) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT rowid, id FROM orders WHERE rowid > ? AND state NOT IN ('completed', 'cancelled') AND replica_of IS NULL "
            "AND set_aside_reason IS NULL ORDER BY rowid")))
        return queryError(query, QStringLiteral("read the orders imported since row %1").arg(rowid));
    query.addBindValue(rowid);
    if (!query.exec())
        return queryError(query, QStringLiteral("read the orders imported since row %1").arg(rowid));
    std::vector<NewOrderRow> rows;
    while (query.next())
        rows.push_back({ query.value(0).toLongLong(), query.value(1).toString() });
    return rows;
}

} // namespace fw
