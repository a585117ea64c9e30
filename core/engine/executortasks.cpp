// Executor: the operator actions on manual tasks and signals.

#include "executor.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "formvalidation.h"
#include "store/database.h"
#include "store/enginewriter.h"

#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    struct TaskRow {
        QString orderId;
        QString stepId;
        QString state;
        QString claimedBy;
    };

    // query: prepared once per executor (parsing it cost as much as running it).
    std::optional<TaskRow> taskRow(std::unique_ptr<QSqlQuery>& query, const QSqlDatabase& db, qint64 taskId)
    {
        if (!query) {
            query = std::make_unique<QSqlQuery>(db);
            query->setForwardOnly(true);
            if (!query->prepare(QStringLiteral("SELECT order_id, step_id, state, claimed_by FROM tasks WHERE id = ?"))) {
                query.reset();
                return std::nullopt;
            }
        }
        query->bindValue(0, taskId);
        std::optional<TaskRow> row;
        if (query->exec() && query->next())
            row = TaskRow { query->value(0).toString(), query->value(1).toString(), query->value(2).toString(), query->value(3).toString() };
        query->finish(); // no read snapshot left open between actions
        return row;
    }

    QString unknownTask(qint64 taskId) { return QStringLiteral("unknown task %1").arg(taskId); }
} // namespace

std::optional<QString> Executor::claimTask(qint64 taskId, const QString& user)
{
    const auto task = taskRow(m_taskQuery, m_database.connection(), taskId);
    if (!task)
        return unknownTask(taskId);
    if (task->state == QStringLiteral("claimed"))
        return task->claimedBy == user ? QStringLiteral("task %1 is already claimed by you").arg(taskId)
                                       : QStringLiteral("task %1 is claimed by %2").arg(taskId).arg(task->claimedBy);
    if (task->state != QStringLiteral("open"))
        return QStringLiteral("task %1 is %2").arg(taskId).arg(task->state);
    m_writer->taskChanged(taskId, QStringLiteral("claimed"), user, {}, {}, m_clock.now());
    m_writer->journal({ 0, m_clock.now(), task->orderId, task->stepId, QStringLiteral("task.claimed"), user, QStringLiteral("open"),
                        QStringLiteral("claimed"), QStringLiteral("{\"task\":%1}").arg(taskId) });
    return m_writer->flush();
}

std::optional<QString> Executor::releaseTask(qint64 taskId, const QString& user)
{
    const auto task = taskRow(m_taskQuery, m_database.connection(), taskId);
    if (!task)
        return unknownTask(taskId);
    if (task->state != QStringLiteral("claimed"))
        return QStringLiteral("task %1 is not claimed").arg(taskId);
    if (task->claimedBy != user)
        return QStringLiteral("task %1 is claimed by %2; only they can release it").arg(taskId).arg(task->claimedBy);
    m_writer->taskChanged(taskId, QStringLiteral("open"), {}, {}, {}, m_clock.now());
    m_writer->journal({ 0, m_clock.now(), task->orderId, task->stepId, QStringLiteral("task.released"), user,
                        QStringLiteral("claimed"), QStringLiteral("open"), QStringLiteral("{\"task\":%1}").arg(taskId) });
    return m_writer->flush();
}

std::optional<QString> Executor::completeTask(qint64 taskId, const QString& user, const QVariantMap& data, const QString& comment)
{
    const auto task = taskRow(m_taskQuery, m_database.connection(), taskId);
    if (!task)
        return unknownTask(taskId);
    if (task->state == QStringLiteral("open"))
        return QStringLiteral("task %1 is not claimed; claim it before completing it").arg(taskId);
    if (task->state != QStringLiteral("claimed"))
        return QStringLiteral("task %1 is %2").arg(taskId).arg(task->state);
    if (task->claimedBy != user)
        return QStringLiteral("task %1 is claimed by %2; only the claimant can complete it").arg(taskId).arg(task->claimedBy);
    OrderRuntime* order = findOrder(task->orderId);
    const int step = order ? order->stepIndex(task->stepId) : -1;
    if (step < 0)
        return QStringLiteral("task %1: order %2 is not active").arg(taskId).arg(task->orderId);
    const QStringList problems = validateForm(order->steps[std::size_t(step)].definition->manualTask, data);
    if (!problems.isEmpty())
        return QStringLiteral("task %1: %2").arg(taskId).arg(problems.join(QStringLiteral("; ")));
    const QString dataJson = QString::fromStdString(variantToJson(data).dump());
    m_writer->taskChanged(taskId, QStringLiteral("completed"), user, dataJson, comment, m_clock.now());
    for (int line : order->steps[std::size_t(step)].lines) {
        for (auto it = data.cbegin(); it != data.cend(); ++it)
            order->lines[std::size_t(line)].fields.insert(it.key(), it.value());
        m_writer->lineFieldsChanged(*order, line, m_clock.now());
    }
    nlohmann::json payload { { "task", taskId }, { "data", variantToJson(data) } };
    if (!comment.isEmpty())
        payload["comment"] = comment.toStdString();
    if (!move(*order, step, StepState::Completed, user, QString::fromStdString(payload.dump())))
        return QStringLiteral("task %1: step %2 cannot complete now").arg(taskId).arg(task->stepId);
    rollUp(*order);
    return m_writer->flush();
}

std::optional<QString> Executor::signal(const QString& orderId, const QString& name, const QString& user)
{
    OrderRuntime* order = findOrder(orderId);
    if (!order)
        return QStringLiteral("unknown or inactive order '%1'").arg(orderId);
    if (name.trimmed().isEmpty())
        return QStringLiteral("a signal needs a name");
    if (!order->signalsReceived.contains(name)) {
        order->signalsReceived << name;
        m_writer->signalReceived(orderId, name, m_clock.now());
    }
    m_writer->journal({ 0, m_clock.now(), orderId, {}, QStringLiteral("signal"), user, {}, {},
                        QString::fromStdString(nlohmann::json { { "name", name.toStdString() } }.dump()) });
    return m_writer->flush();
}

std::optional<QString> Executor::setLineField(const QString& orderId, const QString& lineId, const QString& field,
                                              const QVariant& value, const QString& user)
{
    OrderRuntime* order = findOrder(orderId);
    if (!order)
        return QStringLiteral("unknown or inactive order '%1'").arg(orderId);
    if (field.trimmed().isEmpty())
        return QStringLiteral("a field needs a name");
    for (std::size_t line = 0; line < order->lines.size(); ++line) {
        if (order->lines[line].id != lineId)
            continue;
        order->lines[line].fields.insert(field, value);
        m_writer->lineFieldsChanged(*order, int(line), m_clock.now());
        m_writer->journal({ 0, m_clock.now(), orderId, {}, QStringLiteral("line.field.set"), user, {}, {},
                            QString::fromStdString(nlohmann::json { { "line", lineId.toStdString() },
                                                                    { "field", field.toStdString() },
                                                                    { "value", variantToJson(value) } }
                                                       .dump()) });
        return m_writer->flush();
    }
    return QStringLiteral("order %1 has no line '%2'").arg(orderId, lineId);
}

} // namespace fw
