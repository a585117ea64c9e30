#include "jeopardyactions.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "domain/catalog.h"
#include "store/textcolumn.h"
#include "store/journal.h"

#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    // Empty text, never NULL: escalations of the whole order have step '' (compared and indexed).

    std::optional<QString> journal(QSqlDatabase& database, const QDateTime& now, const QString& orderId, const QString& stepId,
                                   const QString& kind, const QString& actor, const QString& before, const QString& after,
                                   const nlohmann::json& payload)
    {
        return Journal::append(database, { 0, now, orderId, stepId, kind, actor, before, after, QString::fromStdString(payload.dump()) });
    }

    QString failed(const QSqlQuery& query, const QString& what)
    {
        return what + QStringLiteral(": ") + query.lastError().text();
    }
} // namespace

bool JeopardyActions::isTaskQueue(const Catalog& catalog, const QString& queue)
{
    for (const Queue& q : catalog.queues) {
        if (q.id == queue)
            return q.kind == Queue::Kind::Task;
    }
    return false;
}

QString JeopardyActions::taskQueueNames(const Catalog& catalog)
{
    QStringList names;
    for (const Queue& q : catalog.queues) {
        if (q.kind == Queue::Kind::Task)
            names << q.id;
    }
    return names.join(QStringLiteral(", "));
}

std::optional<QString> JeopardyActions::reassignTask(QSqlDatabase& database, const Catalog& catalog, const QDateTime& now,
                                                     const QString& orderId, const QString& stepId, const QString& queue,
                                                     const QString& actor, const QString& reason)
{
    if (!isTaskQueue(catalog, queue))
        return QStringLiteral("order %1: '%2' is not a task queue of catalog %3 (task queues: %4)")
            .arg(orderId, queue, catalog.id, taskQueueNames(catalog));
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT id, queue, state, COALESCE(claimed_by, '') FROM tasks "
                                 "WHERE order_id = ? AND step_id = ? AND state IN ('open', 'claimed')"));
    query.addBindValue(orderId);
    query.addBindValue(stepId);
    if (!query.exec())
        return failed(query, QStringLiteral("cannot read the task of %1/%2").arg(orderId, stepId));
    if (!query.next())
        return QStringLiteral("order %1: step %2 has no open task to reassign").arg(orderId, stepId);
    const qint64 taskId = query.value(0).toLongLong();
    const QString from = query.value(1).toString();
    const QString state = query.value(2).toString();
    const QString claimedBy = query.value(3).toString();
    if (from == queue)
        return QStringLiteral("order %1: the task of step %2 is already in queue %3").arg(orderId, stepId, queue);
    query.prepare(
        QStringLiteral("UPDATE tasks SET queue = ?, state = 'open', claimed_by = NULL, claimed_at = NULL, claim_touched_at = NULL, "
                       "updated_at = ? WHERE id = ?"));
    query.addBindValue(queue);
    query.addBindValue(toStoreTime(now));
    query.addBindValue(taskId);
    if (!query.exec())
        return failed(query, QStringLiteral("cannot reassign task %1").arg(taskId));
    nlohmann::json payload { { "task", taskId }, { "from", utf8(from) }, { "to", utf8(queue) }, { "reason", utf8(reason) } };
    if (!claimedBy.isEmpty())
        payload["releasedFrom"] = utf8(claimedBy);
    return journal(database, now, orderId, stepId, QStringLiteral("task.reassigned"), actor, state, QStringLiteral("open"), payload);
}

namespace {
    // An order's priority, or nullopt when there is no such order.
    std::optional<int> priorityOf(QSqlDatabase& database, const QString& orderId)
    {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT priority FROM orders WHERE id = ?"));
        query.addBindValue(orderId);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return query.value(0).toInt();
    }
} // namespace

std::optional<QString> JeopardyActions::raisePriority(QSqlDatabase& database, const QDateTime& now, const QString& orderId, int priority,
                                                      const QString& actor, const QString& reason)
{
    const std::optional<int> before = priorityOf(database, orderId);
    if (before && *before >= priority)
        return std::nullopt;
    return setPriority(database, now, orderId, priority, actor, reason);
}

std::optional<QString> JeopardyActions::setPriority(QSqlDatabase& database, const QDateTime& now, const QString& orderId, int priority,
                                                    const QString& actor, const QString& reason)
{
    if (priority < 0 || priority > 2)
        return QStringLiteral("order %1: priority %2 is not 0 (normal), 1 (high) or 2 (urgent)").arg(orderId).arg(priority);
    const std::optional<int> known = priorityOf(database, orderId);
    if (!known)
        return QStringLiteral("unknown order '%1'").arg(orderId);
    const int before = *known;
    if (before == priority)
        return std::nullopt;
    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE orders SET priority = ? WHERE id = ?"));
    query.addBindValue(priority);
    query.addBindValue(orderId);
    if (!query.exec())
        return failed(query, QStringLiteral("cannot set the priority of %1").arg(orderId));
    return journal(database, now, orderId, {}, QStringLiteral("order.priority"), actor, QString::number(before), QString::number(priority),
                   nlohmann::json { { "reason", utf8(reason) } });
}

std::optional<QString> JeopardyActions::escalate(QSqlDatabase& database, const Catalog& catalog, const QDateTime& now,
                                                 const QString& orderId, const QString& stepId, const QString& queue, const QString& level,
                                                 const QString& reason, const QString& note, const QString& actor, qint64* escalationId)
{
    if (!isTaskQueue(catalog, queue))
        return QStringLiteral("order %1: '%2' is not a task queue of catalog %3 (task queues: %4)")
            .arg(orderId, queue, catalog.id, taskQueueNames(catalog));
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT id, queue FROM escalations WHERE order_id = ? AND step_id = ? AND state <> 'resolved'"));
    query.addBindValue(orderId);
    query.addBindValue(textColumn(stepId));
    if (!query.exec())
        return failed(query, QStringLiteral("cannot read escalations of %1").arg(orderId));
    if (query.next()) {
        const QString what
            = stepId.isEmpty() ? QStringLiteral("order %1").arg(orderId) : QStringLiteral("step %1 of order %2").arg(stepId, orderId);
        return QStringLiteral("%1 is already escalated (escalation %2 in queue %3)")
            .arg(what)
            .arg(query.value(0).toLongLong())
            .arg(query.value(1).toString());
    }
    query.prepare(QStringLiteral("INSERT INTO escalations (order_id, step_id, queue, level, reason, note, raised_by, state, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)"));
    for (const QVariant& value :
         { QVariant(orderId), QVariant(textColumn(stepId)), QVariant(queue), QVariant(level), QVariant(textColumn(reason)),
           note.isEmpty() ? QVariant() : QVariant(note), QVariant(actor), QVariant(toStoreTime(now)) })
        query.addBindValue(value);
    if (!query.exec())
        return failed(query, QStringLiteral("cannot escalate %1").arg(orderId));
    const qint64 id = query.lastInsertId().toLongLong();
    if (escalationId)
        *escalationId = id;
    nlohmann::json payload { { "escalation", id }, { "queue", utf8(queue) }, { "level", utf8(level) }, { "reason", utf8(reason) } };
    if (!note.isEmpty())
        payload["note"] = utf8(note);
    return journal(database, now, orderId, stepId, QStringLiteral("escalation.opened"), actor, {}, QStringLiteral("open"), payload);
}

namespace {
    struct EscalationRow {
        QString orderId;
        QString stepId;
        QString state;
        QString claimedBy;
    };

    std::optional<EscalationRow> escalationRow(QSqlDatabase& database, qint64 id)
    {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT order_id, step_id, state, COALESCE(claimed_by, '') FROM escalations WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return EscalationRow { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString() };
    }
} // namespace

std::optional<QString> JeopardyActions::claimEscalation(QSqlDatabase& database, const QDateTime& now, qint64 escalationId,
                                                        const QString& user)
{
    const auto row = escalationRow(database, escalationId);
    if (!row)
        return QStringLiteral("unknown escalation %1").arg(escalationId);
    if (row->state == QLatin1String("claimed"))
        return row->claimedBy == user ? QStringLiteral("escalation %1 is already claimed by you").arg(escalationId)
                                      : QStringLiteral("escalation %1 is claimed by %2").arg(escalationId).arg(row->claimedBy);
    if (row->state != QLatin1String("open"))
        return QStringLiteral("escalation %1 is %2").arg(escalationId).arg(row->state);
    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE escalations SET state = 'claimed', claimed_by = ? WHERE id = ?"));
    query.addBindValue(user);
    query.addBindValue(escalationId);
    if (!query.exec())
        return failed(query, QStringLiteral("cannot claim escalation %1").arg(escalationId));
    return journal(database, now, row->orderId, row->stepId, QStringLiteral("escalation.claimed"), user, QStringLiteral("open"),
                   QStringLiteral("claimed"), nlohmann::json { { "escalation", escalationId } });
}

std::optional<QString> JeopardyActions::resolveEscalation(QSqlDatabase& database, const QDateTime& now, qint64 escalationId,
                                                          const QString& user, const QString& resolution)
{
    const auto row = escalationRow(database, escalationId);
    if (!row)
        return QStringLiteral("unknown escalation %1").arg(escalationId);
    if (row->state == QLatin1String("resolved"))
        return QStringLiteral("escalation %1 is already resolved").arg(escalationId);
    if (row->state == QLatin1String("claimed") && row->claimedBy != user)
        return QStringLiteral("escalation %1 is claimed by %2; only they can resolve it").arg(escalationId).arg(row->claimedBy);
    if (resolution.trimmed().isEmpty())
        return QStringLiteral("escalation %1: say what was done to resolve it").arg(escalationId);
    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE escalations SET state = 'resolved', resolved_by = ?, resolution = ?, resolved_at = ?, "
                                 "claimed_by = COALESCE(claimed_by, ?) WHERE id = ?"));
    for (const QVariant& value :
         { QVariant(user), QVariant(resolution), QVariant(toStoreTime(now)), QVariant(user), QVariant(escalationId) })
        query.addBindValue(value);
    if (!query.exec())
        return failed(query, QStringLiteral("cannot resolve escalation %1").arg(escalationId));
    return journal(database, now, row->orderId, row->stepId, QStringLiteral("escalation.resolved"), user, row->state,
                   QStringLiteral("resolved"), nlohmann::json { { "escalation", escalationId }, { "resolution", utf8(resolution) } });
}

} // namespace fw
