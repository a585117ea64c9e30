#include "portablerequest.h"

#include <QSqlQuery>

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

std::variant<PortableRequest::Portable, QString> PortableRequest::fromLocal(const QSqlDatabase& database, const Command& request)
{
    Portable portable { request, request.args.value(QStringLiteral("order")).toString(), {} };
    const bool task = isTaskAction(request.action);
    if (!task && !isCaseAction(request.action))
        return portable;
    const QString key = task ? QStringLiteral("task") : QStringLiteral("case");
    const qint64 id = request.args.value(key).toLongLong();
    QSqlQuery query(database);
    query.prepare(task ? QStringLiteral("SELECT order_id, step_id FROM tasks WHERE id = ?")
                       : QStringLiteral("SELECT order_id, step_id FROM fallout_cases WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return task ? QStringLiteral("task %1: no such task").arg(id) : QStringLiteral("fallout case %1: no such case").arg(id);
    portable.orderId = query.value(0).toString();
    const QString stepId = query.value(1).toString();
    portable.request.args.remove(key);
    portable.request.args.insert(QStringLiteral("order"), portable.orderId);
    portable.request.args.insert(QStringLiteral("step"), stepId);
    portable.claimItem = task ? taskItem(portable.orderId, stepId) : falloutItem(portable.orderId, stepId);
    return portable;
}

std::variant<Command, QString> PortableRequest::toLocal(const QSqlDatabase& database, const Command& portable)
{
    const bool task = isTaskAction(portable.action);
    if (!task && !isCaseAction(portable.action))
        return portable;
    const QString orderId = portable.args.value(QStringLiteral("order")).toString();
    const QString stepId = portable.args.value(QStringLiteral("step")).toString();
    QSqlQuery query(database);
    // A step falls out again after a retry: the case meant is its open one.
    query.prepare(task ? QStringLiteral("SELECT id FROM tasks WHERE order_id = ? AND step_id = ?")
                       : QStringLiteral("SELECT id FROM fallout_cases WHERE order_id = ? AND step_id = ? AND state = 'open' "
                                        "ORDER BY id DESC LIMIT 1"));
    query.addBindValue(orderId);
    query.addBindValue(stepId);
    if (!query.exec() || !query.next())
        return task ? QStringLiteral("order %1 step %2: no task").arg(orderId, stepId)
                    : QStringLiteral("order %1 step %2: no open fallout case").arg(orderId, stepId);
    Command local = portable;
    local.args.remove(QStringLiteral("step"));
    if (!portable.action.startsWith(QLatin1String("signal")))
        local.args.remove(QStringLiteral("order"));
    local.args.insert(task ? QStringLiteral("task") : QStringLiteral("case"), query.value(0).toLongLong());
    return local;
}

} // namespace fw
