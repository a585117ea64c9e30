// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "portablerequest.h"

#include "store/synclookups.h"

namespace fw {

namespace {
    bool isTaskAction(const QString& action)
    {
        return action.startsWith(QLatin1String("task."));
    }
    bool isCaseAction(const QString& action)
    {
        return action.startsWith(QLatin1String("fallout."));
    }
} // namespace

QString PortableRequest::taskItem(const QString& orderId, const QString& stepId)
{
    return QStringLiteral("task:%1/%2").arg(orderId, stepId);
}

QString PortableRequest::falloutItem(const QString& orderId, const QString& stepId)
{
    return QStringLiteral("fallout:%1/%2").arg(orderId, stepId);
}

Result<PortableRequest::Portable> PortableRequest::fromLocal(const QSqlDatabase& database, const Command& request)
{
    Portable portable { request, request.args.value(QStringLiteral("order")).toString(), {} };
    const bool task = isTaskAction(request.action);
    if (!task && !isCaseAction(request.action))
        return portable;
    const QString key = task ? QStringLiteral("task") : QStringLiteral("case");
    const qint64 id = request.args.value(key).toLongLong();
    const SyncLookups lookups(database);
    const Result<StepAddress> address = task ? lookups.taskAddress(id) : lookups.caseAddress(id);
    if (!address)
        return address.error();
    portable.orderId = address->orderId;
    const QString stepId = address->stepId;
    portable.request.args.remove(key);
    portable.request.args.insert(QStringLiteral("order"), portable.orderId);
    portable.request.args.insert(QStringLiteral("step"), stepId);
    portable.claimItem = task ? taskItem(portable.orderId, stepId) : falloutItem(portable.orderId, stepId);
    return portable;
}

Result<Command> PortableRequest::toLocal(const QSqlDatabase& database, const Command& portable)
{
    const bool task = isTaskAction(portable.action);
    if (!task && !isCaseAction(portable.action))
        return portable;
    const StepAddress address { portable.args.value(QStringLiteral("order")).toString(),
                                portable.args.value(QStringLiteral("step")).toString() };
    const SyncLookups lookups(database);
    const Result<qint64> localId = task ? lookups.taskAt(address) : lookups.openCaseAt(address);
    if (!localId)
        return localId.error();
    Command local = portable;
    local.args.remove(QStringLiteral("step"));
    if (!portable.action.startsWith(QLatin1String("signal")))
        local.args.remove(QStringLiteral("order"));
    local.args.insert(task ? QStringLiteral("task") : QStringLiteral("case"), *localId);
    return local;
}

} // namespace fw
