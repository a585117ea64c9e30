// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SlaCommands: the supervisors' SLA actions (reassign, escalate, escalations).

#include "slacommands.h"

#include "common/clock.h"
#include "engine/executioncontext.h"
#include "engine/orderruntime.h"
#include "sla/jeopardyactions.h"
#include "store/database.h"
#include "store/enginewriter.h"
#include "store/transactionguard.h"

#include <QSqlError>

namespace fw {

namespace {
    // Runs one SLA action in its own transaction: committed when it succeeded, else rolled back.
    template <typename Action> Status inTransaction(Database& database, Action&& action)
    {
        QSqlDatabase db = database.connection();
        TransactionGuard transaction(db);
        if (!transaction.isActive())
            return failure(QStringLiteral("cannot begin a transaction: ") + db.lastError().text());
        if (const auto done = action(db); !done)
            return done.error();
        if (!transaction.commit())
            return failure(QStringLiteral("cannot commit: ") + db.lastError().text());
        return {};
    }
} // namespace

SlaCommands::SlaCommands(ExecutionContext& context)
    : m_context(context)
{
}

Status SlaCommands::reassign(const QString& orderId, const QString& stepId, const QString& queue, const QString& user)
{
    const OrderRuntime* order = m_context.findOrder(orderId);
    if (!order)
        return failure(QStringLiteral("unknown or inactive order '%1'").arg(orderId));
    if (order->stepIndex(stepId) < 0)
        return failure(QStringLiteral("order %1 has no step '%2'").arg(orderId, stepId));
    if (Status flushed = m_context.flush(); !flushed)
        return flushed;
    return inTransaction(m_context.database(), [&](QSqlDatabase& db) {
        return JeopardyActions::reassignTask(db, *order->catalog, m_context.clock().now(), orderId, stepId, queue, user,
                                             QStringLiteral("reassigned by %1").arg(user));
    });
}

Status SlaCommands::escalate(const QString& orderId, const QString& stepId, const QString& queue, const QString& note, const QString& user)
{
    const OrderRuntime* order = m_context.findOrder(orderId);
    if (!order)
        return failure(QStringLiteral("unknown or inactive order '%1'").arg(orderId));
    if (!stepId.isEmpty() && order->stepIndex(stepId) < 0)
        return failure(QStringLiteral("order %1 has no step '%2'").arg(orderId, stepId));
    if (Status flushed = m_context.flush(); !flushed)
        return flushed;
    // Already escalated: the supervisor's note goes to the open escalation (not lost, not refused).
    return inTransaction(m_context.database(), [&](QSqlDatabase& db) -> Status {
        const QDateTime now = m_context.clock().now();
        const auto noted = JeopardyActions::addEscalationNote(db, now, orderId, stepId, note, user);
        if (!noted)
            return noted.error();
        if (*noted != 0)
            return {};
        const auto opened = JeopardyActions::escalate(db, *order->catalog, now, orderId, stepId, queue, QStringLiteral("manual"),
                                                      QStringLiteral("escalated by %1").arg(user), note, user);
        if (!opened)
            return opened.error();
        return {};
    });
}

Status SlaCommands::setPriority(const QString& orderId, int priority, const QString& note, const QString& user)
{
    if (!m_context.findOrder(orderId))
        return failure(QStringLiteral("unknown or inactive order '%1'").arg(orderId));
    if (Status flushed = m_context.flush(); !flushed)
        return flushed;
    return inTransaction(m_context.database(), [&](QSqlDatabase& db) {
        return JeopardyActions::setPriority(db, m_context.clock().now(), orderId, priority, user,
                                            note.isEmpty() ? QStringLiteral("set by %1").arg(user) : note);
    });
}

Status SlaCommands::claimEscalation(qint64 escalationId, const QString& user)
{
    if (Status flushed = m_context.flush(); !flushed)
        return flushed;
    return inTransaction(m_context.database(), [&](QSqlDatabase& db) {
        return JeopardyActions::claimEscalation(db, m_context.clock().now(), escalationId, user);
    });
}

Status SlaCommands::resolveEscalation(qint64 escalationId, const QString& user, const QString& resolution)
{
    if (Status flushed = m_context.flush(); !flushed)
        return flushed;
    return inTransaction(m_context.database(), [&](QSqlDatabase& db) {
        return JeopardyActions::resolveEscalation(db, m_context.clock().now(), escalationId, user, resolution);
    });
}

} // namespace fw
