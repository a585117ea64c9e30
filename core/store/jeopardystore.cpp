// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardystore.h"

#include "common/clock.h"
#include "queryerror.h"
#include "textcolumn.h"

#include <initializer_list>

namespace fw {

namespace {
    EscalationRow escalationFrom(const QSqlQuery& query)
    {
        return EscalationRow { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                               query.value(3).toString(),   query.value(4).toString(), query.value(5).toString() };
    }

    const QString escalationColumns
        = QStringLiteral("SELECT id, order_id, step_id, queue, state, COALESCE(claimed_by, '') FROM escalations ");
} // namespace

JeopardyStore::JeopardyStore(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<std::optional<OpenTaskRow>> JeopardyStore::openTask(const QString& orderId, const QString& stepId) const
{
    QSqlQuery query(m_database);
    if (const Status ran = runQuery(query,
                                    QStringLiteral("SELECT id, queue, state, COALESCE(claimed_by, '') FROM tasks "
                                                   "WHERE order_id = ? AND step_id = ? AND state IN ('open', 'claimed')"),
                                    { orderId, stepId }, QStringLiteral("cannot read the task of %1/%2").arg(orderId, stepId));
        !ran)
        return ran.error();
    if (!query.next())
        return std::optional<OpenTaskRow>();
    return std::optional<OpenTaskRow>(
        OpenTaskRow { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString() });
}

Status JeopardyStore::moveTask(qint64 taskId, const QString& queue, const QDateTime& at)
{
    QSqlQuery query(m_database);
    return runQuery(query,
                    QStringLiteral("UPDATE tasks SET queue = ?, state = 'open', claimed_by = NULL, claimed_at = NULL, "
                                   "claim_touched_at = NULL, updated_at = ? WHERE id = ?"),
                    { queue, toStoreTime(at), taskId }, QStringLiteral("cannot reassign task %1").arg(taskId));
}

Result<std::optional<int>> JeopardyStore::priority(const QString& orderId) const
{
    QSqlQuery query(m_database);
    if (const Status ran = runQuery(query, QStringLiteral("SELECT priority FROM orders WHERE id = ?"), { orderId },
                                    QStringLiteral("cannot read the priority of %1").arg(orderId));
        !ran)
        return ran.error();
    if (!query.next())
        return std::optional<int>();
    return std::optional<int>(query.value(0).toInt());
}

Status JeopardyStore::setPriority(const QString& orderId, int priority)
{
    QSqlQuery query(m_database);
    return runQuery(query, QStringLiteral("UPDATE orders SET priority = ? WHERE id = ?"), { priority, orderId },
                    QStringLiteral("cannot set the priority of %1").arg(orderId));
}

Result<std::optional<EscalationRow>> JeopardyStore::unresolvedEscalation(const QString& orderId, const QString& stepId) const
{
    QSqlQuery query(m_database);
    if (const Status ran = runQuery(query, escalationColumns + QStringLiteral("WHERE order_id = ? AND step_id = ? AND state <> 'resolved'"),
                                    { orderId, textColumn(stepId) }, QStringLiteral("cannot read escalations of %1").arg(orderId));
        !ran)
        return ran.error();
    if (!query.next())
        return std::optional<EscalationRow>();
    return std::optional<EscalationRow>(escalationFrom(query));
}

Result<std::optional<EscalationRow>> JeopardyStore::escalation(qint64 id) const
{
    QSqlQuery query(m_database);
    if (const Status ran
        = runQuery(query, escalationColumns + QStringLiteral("WHERE id = ?"), { id }, QStringLiteral("cannot read escalation %1").arg(id));
        !ran)
        return ran.error();
    if (!query.next())
        return std::optional<EscalationRow>();
    return std::optional<EscalationRow>(escalationFrom(query));
}

Result<qint64> JeopardyStore::insertEscalation(const NewEscalation& e)
{
    QSqlQuery query(m_database);
    if (const Status ran
        = runQuery(query,
                   QStringLiteral("INSERT INTO escalations (order_id, step_id, queue, level, reason, note, raised_by, state, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)"),
                   { e.orderId, textColumn(e.stepId), e.queue, e.level, textColumn(e.reason),
                     e.note.isEmpty() ? QVariant() : QVariant(e.note), e.raisedBy, toStoreTime(e.at) },
                   QStringLiteral("cannot escalate %1").arg(e.orderId));
        !ran)
        return ran.error();
    return query.lastInsertId().toLongLong();
}

Status JeopardyStore::claimEscalation(qint64 id, const QString& user)
{
    QSqlQuery query(m_database);
    return runQuery(query, QStringLiteral("UPDATE escalations SET state = 'claimed', claimed_by = ? WHERE id = ?"), { user, id },
                    QStringLiteral("cannot claim escalation %1").arg(id));
}

Status JeopardyStore::appendEscalationNote(qint64 id, const QString& paragraph)
{
    QSqlQuery query(m_database);
    return runQuery(query,
                    QStringLiteral("UPDATE escalations SET note = CASE WHEN note IS NULL OR note = '' THEN ? "
                                   "ELSE note || char(10) || ? END WHERE id = ? AND state <> 'resolved'"),
                    { paragraph, paragraph, id }, QStringLiteral("cannot add a note to escalation %1").arg(id));
}

Status JeopardyStore::resolveEscalation(qint64 id, const QString& user, const QString& resolution, const QDateTime& at)
{
    QSqlQuery query(m_database);
    return runQuery(query,
                    QStringLiteral("UPDATE escalations SET state = 'resolved', resolved_by = ?, resolution = ?, resolved_at = ?, "
                                   "claimed_by = COALESCE(claimed_by, ?) WHERE id = ?"),
                    { user, resolution, toStoreTime(at), user, id }, QStringLiteral("cannot resolve escalation %1").arg(id));
}

} // namespace fw
