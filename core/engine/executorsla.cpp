// Executor: the supervisors' SLA actions (reassign, escalate, escalations).

#include "executor.h"

#include "common/clock.h"
#include "sla/jeopardyactions.h"
#include "store/database.h"
#include "store/enginewriter.h"
#include "store/transactionguard.h"

#include <QSqlError>

namespace fw {

namespace {
    // Runs one SLA action in its own transaction: committed when it succeeded, else rolled back.
    template<typename Action>
    std::optional<QString> inTransaction(Database& database, Action&& action)
    {
        QSqlDatabase db = database.connection();
        TransactionGuard transaction(db);
        if (!transaction.isActive())
            return QStringLiteral("cannot begin a transaction: ") + db.lastError().text();
        if (auto error = action(db))
            return error;
        if (!transaction.commit())
            return QStringLiteral("cannot commit: ") + db.lastError().text();
        return std::nullopt;
    }
} // namespace

std::optional<QString> Executor::reassignTask(const QString& orderId, const QString& stepId, const QString& queue, const QString& user)
{
    const OrderRuntime* order = findOrder(orderId);
    if (!order)
        return QStringLiteral("unknown or inactive order '%1'").arg(orderId);
    if (order->stepIndex(stepId) < 0)
        return QStringLiteral("order %1 has no step '%2'").arg(orderId, stepId);
    if (auto error = m_writer->flush())
        return error;
    return inTransaction(m_database, [&](QSqlDatabase& db) {
        return JeopardyActions::reassignTask(db, *order->catalog, m_clock.now(), orderId, stepId, queue, user,
                                             QStringLiteral("reassigned by %1").arg(user));
    });
}

std::optional<QString> Executor::escalate(const QString& orderId, const QString& stepId, const QString& queue, const QString& note,
                                          const QString& user)
{
    const OrderRuntime* order = findOrder(orderId);
    if (!order)
        return QStringLiteral("unknown or inactive order '%1'").arg(orderId);
    if (!stepId.isEmpty() && order->stepIndex(stepId) < 0)
        return QStringLiteral("order %1 has no step '%2'").arg(orderId, stepId);
    if (auto error = m_writer->flush())
        return error;
    return inTransaction(m_database, [&](QSqlDatabase& db) {
        return JeopardyActions::escalate(db, *order->catalog, m_clock.now(), orderId, stepId, queue, QStringLiteral("manual"),
                                         QStringLiteral("escalated by %1").arg(user), note, user);
    });
}

std::optional<QString> Executor::claimEscalation(qint64 escalationId, const QString& user)
{
    if (auto error = m_writer->flush())
        return error;
    return inTransaction(m_database, [&](QSqlDatabase& db) { return JeopardyActions::claimEscalation(db, m_clock.now(), escalationId, user); });
}

std::optional<QString> Executor::resolveEscalation(qint64 escalationId, const QString& user, const QString& resolution)
{
    if (auto error = m_writer->flush())
        return error;
    return inTransaction(m_database, [&](QSqlDatabase& db) {
        return JeopardyActions::resolveEscalation(db, m_clock.now(), escalationId, user, resolution);
    });
}

} // namespace fw
