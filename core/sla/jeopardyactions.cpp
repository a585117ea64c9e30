// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardyactions.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "domain/catalog.h"
#include "store/jeopardystore.h"
#include "store/journal.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    Status journal(QSqlDatabase& database, const QDateTime& now, const QString& orderId, const QString& stepId, const QString& kind,
                   const QString& actor, const QString& before, const QString& after, const nlohmann::json& payload)
    {
        return Journal::record(database, { 0, now, orderId, stepId, kind, actor, before, after, QString::fromStdString(payload.dump()) });
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

Status JeopardyActions::reassignTask(QSqlDatabase& database, const Catalog& catalog, const QDateTime& now, const QString& orderId,
                                     const QString& stepId, const QString& queue, const QString& actor, const QString& reason)
{
    if (!isTaskQueue(catalog, queue))
        return failure(QStringLiteral("order %1: '%2' is not a task queue of catalog %3 (task queues: %4)")
                           .arg(orderId, queue, catalog.id, taskQueueNames(catalog)));
    JeopardyStore store(database);
    const auto task = store.openTask(orderId, stepId);
    if (!task)
        return task.error();
    if (!*task)
        return failure(QStringLiteral("order %1: step %2 has no open task to reassign").arg(orderId, stepId));
    const qint64 taskId = (*task)->id;
    const QString from = (*task)->queue;
    const QString state = (*task)->state;
    const QString claimedBy = (*task)->claimedBy;
    if (from == queue)
        return failure(QStringLiteral("order %1: the task of step %2 is already in queue %3").arg(orderId, stepId, queue));
    if (const Status moved = store.moveTask(taskId, queue, now); !moved)
        return moved.error();
    nlohmann::json payload { { "task", taskId }, { "from", utf8(from) }, { "to", utf8(queue) }, { "reason", utf8(reason) } };
    if (!claimedBy.isEmpty())
        payload["releasedFrom"] = utf8(claimedBy);
    return journal(database, now, orderId, stepId, QStringLiteral("task.reassigned"), actor, state, QStringLiteral("open"), payload);
}

Status JeopardyActions::raisePriority(QSqlDatabase& database, const QDateTime& now, const QString& orderId, int priority,
                                      const QString& actor, const QString& reason)
{
    const auto before = JeopardyStore(database).priority(orderId);
    if (!before)
        return before.error();
    if (*before && **before >= priority)
        return {};
    return setPriority(database, now, orderId, priority, actor, reason);
}

Status JeopardyActions::setPriority(QSqlDatabase& database, const QDateTime& now, const QString& orderId, int priority,
                                    const QString& actor, const QString& reason)
{
    if (priority < 0 || priority > 2)
        return failure(QStringLiteral("order %1: priority %2 is not 0 (normal), 1 (high) or 2 (urgent)").arg(orderId).arg(priority));
    JeopardyStore store(database);
    const auto known = store.priority(orderId);
    if (!known)
        return known.error();
    if (!*known)
        return failure(QStringLiteral("unknown order '%1'").arg(orderId));
    const int before = **known;
    if (before == priority)
        return {};
    if (const Status set = store.setPriority(orderId, priority); !set)
        return set.error();
    return journal(database, now, orderId, {}, QStringLiteral("order.priority"), actor, QString::number(before), QString::number(priority),
                   nlohmann::json { { "reason", utf8(reason) } });
}

Result<qint64> JeopardyActions::escalate(QSqlDatabase& database, const Catalog& catalog, const QDateTime& now, const QString& orderId,
                                         const QString& stepId, const QString& queue, const QString& level, const QString& reason,
                                         const QString& note, const QString& actor)
{
    if (!isTaskQueue(catalog, queue))
        return failure(QStringLiteral("order %1: '%2' is not a task queue of catalog %3 (task queues: %4)")
                           .arg(orderId, queue, catalog.id, taskQueueNames(catalog)));
    JeopardyStore store(database);
    const auto existing = store.unresolvedEscalation(orderId, stepId);
    if (!existing)
        return existing.error();
    if (*existing) {
        const QString what
            = stepId.isEmpty() ? QStringLiteral("order %1").arg(orderId) : QStringLiteral("step %1 of order %2").arg(stepId, orderId);
        return failure(
            QStringLiteral("%1 is already escalated (escalation %2 in queue %3)").arg(what).arg((*existing)->id).arg((*existing)->queue));
    }
    const auto inserted = store.insertEscalation({ orderId, stepId, queue, level, reason, note, actor, now });
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    nlohmann::json payload { { "escalation", id }, { "queue", utf8(queue) }, { "level", utf8(level) }, { "reason", utf8(reason) } };
    if (!note.isEmpty())
        payload["note"] = utf8(note);
    if (const Status journalled
        = journal(database, now, orderId, stepId, QStringLiteral("escalation.opened"), actor, {}, QStringLiteral("open"), payload);
        !journalled)
        return journalled.error();
    return id;
}

Result<qint64> JeopardyActions::addEscalationNote(QSqlDatabase& database, const QDateTime& now, const QString& orderId,
                                                  const QString& stepId, const QString& note, const QString& actor)
{
    JeopardyStore store(database);
    const auto existing = store.unresolvedEscalation(orderId, stepId);
    if (!existing)
        return existing.error();
    if (!*existing)
        return qint64(0);
    const qint64 id = (*existing)->id;
    if (note.trimmed().isEmpty()) {
        const QString what
            = stepId.isEmpty() ? QStringLiteral("order %1").arg(orderId) : QStringLiteral("step %1 of order %2").arg(stepId, orderId);
        return failure(QStringLiteral("%1 is already escalated (escalation %2 in queue %3): write a note to add to it")
                           .arg(what)
                           .arg(id)
                           .arg((*existing)->queue));
    }
    const QString paragraph = QStringLiteral("%1, %2: %3").arg(actor, now.toUTC().toString(Qt::ISODate), note.trimmed());
    if (const Status appended = store.appendEscalationNote(id, paragraph); !appended)
        return appended.error();
    if (const Status journalled = journal(database, now, orderId, stepId, QStringLiteral("escalation.noted"), actor, (*existing)->state,
                                          (*existing)->state, nlohmann::json { { "escalation", id }, { "note", utf8(note.trimmed()) } });
        !journalled)
        return journalled.error();
    return id;
}

Status JeopardyActions::claimEscalation(QSqlDatabase& database, const QDateTime& now, qint64 escalationId, const QString& user)
{
    JeopardyStore store(database);
    const auto read = store.escalation(escalationId);
    if (!read)
        return read.error();
    const std::optional<EscalationRow>& row = *read;
    if (!row)
        return failure(QStringLiteral("unknown escalation %1").arg(escalationId));
    if (row->state == QLatin1String("claimed"))
        return failure(row->claimedBy == user ? QStringLiteral("escalation %1 is already claimed by you").arg(escalationId)
                                              : QStringLiteral("escalation %1 is claimed by %2").arg(escalationId).arg(row->claimedBy));
    if (row->state != QLatin1String("open"))
        return failure(QStringLiteral("escalation %1 is %2").arg(escalationId).arg(row->state));
    if (const Status claimed = store.claimEscalation(escalationId, user); !claimed)
        return claimed.error();
    return journal(database, now, row->orderId, row->stepId, QStringLiteral("escalation.claimed"), user, QStringLiteral("open"),
                   QStringLiteral("claimed"), nlohmann::json { { "escalation", escalationId } });
}

Status JeopardyActions::resolveEscalation(QSqlDatabase& database, const QDateTime& now, qint64 escalationId, const QString& user,
                                          const QString& resolution)
{
    JeopardyStore store(database);
    const auto read = store.escalation(escalationId);
    if (!read)
        return read.error();
    const std::optional<EscalationRow>& row = *read;
    if (!row)
        return failure(QStringLiteral("unknown escalation %1").arg(escalationId));
    if (row->state == QLatin1String("resolved"))
        return failure(QStringLiteral("escalation %1 is already resolved").arg(escalationId));
    if (row->state == QLatin1String("claimed") && row->claimedBy != user)
        return failure(QStringLiteral("escalation %1 is claimed by %2; only they can resolve it").arg(escalationId).arg(row->claimedBy));
    if (resolution.trimmed().isEmpty())
        return failure(QStringLiteral("escalation %1: say what was done to resolve it").arg(escalationId));
    if (const Status resolved = store.resolveEscalation(escalationId, user, resolution, now); !resolved)
        return resolved.error();
    return journal(database, now, row->orderId, row->stepId, QStringLiteral("escalation.resolved"), user, row->state,
                   QStringLiteral("resolved"), nlohmann::json { { "escalation", escalationId }, { "resolution", utf8(resolution) } });
}

} // namespace fw
