// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changetargetreader.h"

#include "queryerror.h"

namespace fw {

ChangeTargetReader::ChangeTargetReader(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<std::optional<ChangeTargetRow>> ChangeTargetReader::order(const QString& orderId) const
{
    const QString what = QStringLiteral("read order %1").arg(orderId);
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT state, COALESCE(replica_of, '') FROM orders WHERE id = ?")))
        return queryError(query, what);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, what);
    if (!query.next())
        return std::optional<ChangeTargetRow>();
    return std::optional<ChangeTargetRow>(ChangeTargetRow { query.value(0).toString(), query.value(1).toString() });
}

Result<std::optional<CurrentOrderDocument>> ChangeTargetReader::currentDocument(const QString& orderId) const
{
    const QString what = QStringLiteral("read the document of order %1").arg(orderId);
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT COALESCE(current_document, document), revision FROM orders WHERE id = ?")))
        return queryError(query, what);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, what);
    if (!query.next())
        return std::optional<CurrentOrderDocument>();
    return std::optional<CurrentOrderDocument>(CurrentOrderDocument { query.value(0).toString(), query.value(1).toInt() });
}

Result<std::optional<QString>> ChangeTargetReader::changeState(const QString& orderId, const QString& changeId) const
{
    const QString what = QStringLiteral("read change order %1 of order %2").arg(changeId, orderId);
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT state FROM change_orders WHERE order_id = ? AND id = ?")))
        return queryError(query, what);
    query.addBindValue(orderId);
    query.addBindValue(changeId);
    if (!query.exec())
        return queryError(query, what);
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

} // namespace fw
