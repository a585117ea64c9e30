// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandfactsreader.h"

#include "queryerror.h"

namespace fw {

namespace {
    // The order of a fallout case or an escalation; empty when there is no such row.
    Result<QString> orderOfRow(const QSqlDatabase& database, const char* table, qint64 id)
    {
        const QString what = QStringLiteral("read the order of %1 %2").arg(QLatin1String(table)).arg(id);
        QSqlQuery query(database);
        if (!query.prepare(QStringLiteral("SELECT order_id FROM %1 WHERE id = ?").arg(QLatin1String(table))))
            return queryError(query, what);
        query.addBindValue(id);
        if (!query.exec())
            return queryError(query, what);
        return query.next() ? query.value(0).toString() : QString();
    }
} // namespace

Result<CommandFacts> readCommandFacts(const QSqlDatabase& database, const Command& command)
{
    CommandFacts facts;
    const QVariantMap& args = command.args;
    if (args.contains(QStringLiteral("task"))) {
        const qint64 task = args.value(QStringLiteral("task")).toLongLong();
        const QString what = QStringLiteral("read task %1").arg(task);
        QSqlQuery query(database);
        if (!query.prepare(QStringLiteral("SELECT order_id, queue, COALESCE(claimed_by, '') FROM tasks WHERE id = ?")))
            return queryError(query, what);
        query.addBindValue(task);
        if (!query.exec())
            return queryError(query, what);
        if (query.next()) {
            facts.orderId = query.value(0).toString();
            facts.taskQueue = query.value(1).toString();
            facts.claimedBy = query.value(2).toString();
        }
    } else if (args.contains(QStringLiteral("case")) || args.contains(QStringLiteral("escalation"))) {
        const bool fallout = args.contains(QStringLiteral("case"));
        const auto order = fallout ? orderOfRow(database, "fallout_cases", args.value(QStringLiteral("case")).toLongLong())
                                   : orderOfRow(database, "escalations", args.value(QStringLiteral("escalation")).toLongLong());
        if (!order)
            return order.error();
        facts.orderId = *order;
    } else {
        facts.orderId = args.value(QStringLiteral("order")).toString();
    }
    if (!facts.orderId.isEmpty()) {
        const QString what = QStringLiteral("read whether order %1 is shared").arg(facts.orderId);
        QSqlQuery query(database);
        if (!query.prepare(QStringLiteral("SELECT replica_of IS NULL, replica_of IS NOT NULL OR EXISTS (SELECT 1 FROM sync_leases l "
                                          "WHERE l.order_id = o.id) FROM orders o WHERE id = ?")))
            return queryError(query, what);
        query.addBindValue(facts.orderId);
        if (!query.exec())
            return queryError(query, what);
        if (query.next()) {
            facts.ownOrder = query.value(0).toBool();
            facts.shared = query.value(1).toBool();
        }
    }
    return facts;
}

} // namespace fw
