// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace fw {

struct Catalog;

// What supervisors and jeopardy rules do about a step or order in jeopardy. Each function writes
// its rows (store/jeopardystore.h) and its journal entry on `database` in the caller's
// transaction; errors name the order, step or escalation and the reason. `reason` says why (a rule's finding, an operator's note).
namespace JeopardyActions {

    // Moves the open or claimed task of a manual step to another task queue of the order's catalog
    // and releases its claim (the new team picks it up). Journal: task.reassigned.
    Status reassignTask(QSqlDatabase& database, const Catalog& catalog, const QDateTime& now, const QString& orderId, const QString& stepId,
                        const QString& queue, const QString& actor, const QString& reason);
    // Raises orders.priority to at least `priority` (1 high, 2 urgent). Journal: order.priority.
    // Already that high: nothing, no error.
    Status raisePriority(QSqlDatabase& database, const QDateTime& now, const QString& orderId, int priority, const QString& actor,
                         const QString& reason);
    // Sets orders.priority (0 normal, 1 high, 2 urgent), up or down: a supervisor's decision.
    // Journal: order.priority. The same priority: nothing, no error.
    Status setPriority(QSqlDatabase& database, const QDateTime& now, const QString& orderId, int priority, const QString& actor,
                       const QString& reason);
    // Opens an escalation (a supervisor's task) for a step, or the order when stepId is empty, in a
    // task queue of the catalog. One open escalation per step: a second is refused with the first's id.
    // Journal: escalation.opened. The new escalation's id.
    Result<qint64> escalate(QSqlDatabase& database, const Catalog& catalog, const QDateTime& now, const QString& orderId,
                            const QString& stepId, const QString& queue, const QString& level, const QString& reason, const QString& note,
                            const QString& actor);
    // A supervisor's note on a step (or order) that is already escalated: added to the unresolved
    // escalation's note as "<actor>, <time>: <note>". Journal: escalation.noted. The escalation's id,
    // 0 when the step has no unresolved escalation (nothing written). An empty note is refused.
    Result<qint64> addEscalationNote(QSqlDatabase& database, const QDateTime& now, const QString& orderId, const QString& stepId,
                                     const QString& note, const QString& actor);
    // A supervisor takes an open escalation (escalation.claimed) and resolves it with what was done
    // (escalation.resolved; a resolution text is required).
    Status claimEscalation(QSqlDatabase& database, const QDateTime& now, qint64 escalationId, const QString& user);
    Status resolveEscalation(QSqlDatabase& database, const QDateTime& now, qint64 escalationId, const QString& user,
                             const QString& resolution);

    bool isTaskQueue(const Catalog& catalog, const QString& queue);
    QString taskQueueNames(const Catalog& catalog); // "a, b, c" for error messages

} // namespace JeopardyActions

} // namespace fw
