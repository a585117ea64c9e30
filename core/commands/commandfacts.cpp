#include "commandfacts.h"

#include <QSqlQuery>

namespace fw {

namespace {
    QString orderOfRow(const QSqlDatabase& database, const char* table, qint64 id)
    {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT order_id FROM %1 WHERE id = ?").arg(QLatin1String(table)));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }
} // namespace

CommandFacts readCommandFacts(const QSqlDatabase& database, const Command& command)
{
    CommandFacts facts;
    const QVariantMap& args = command.args;
    if (args.contains(QStringLiteral("task"))) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT order_id, queue, COALESCE(claimed_by, '') FROM tasks WHERE id = ?"));
        query.addBindValue(args.value(QStringLiteral("task")).toLongLong());
        if (query.exec() && query.next()) {
            facts.orderId = query.value(0).toString();
            facts.taskQueue = query.value(1).toString();
            facts.claimedBy = query.value(2).toString();
        }
    } else if (args.contains(QStringLiteral("case"))) {
        facts.orderId = orderOfRow(database, "fallout_cases", args.value(QStringLiteral("case")).toLongLong());
    } else if (args.contains(QStringLiteral("escalation"))) {
        facts.orderId = orderOfRow(database, "escalations", args.value(QStringLiteral("escalation")).toLongLong());
    } else {
        facts.orderId = args.value(QStringLiteral("order")).toString();
    }
    if (!facts.orderId.isEmpty()) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT replica_of IS NULL, replica_of IS NOT NULL OR EXISTS (SELECT 1 FROM sync_leases l "
                                     "WHERE l.order_id = o.id) FROM orders o WHERE id = ?"));
        query.addBindValue(facts.orderId);
        if (query.exec() && query.next()) {
            facts.ownOrder = query.value(0).toBool();
            facts.shared = query.value(1).toBool();
        }
    }
    return facts;
}

} // namespace fw
