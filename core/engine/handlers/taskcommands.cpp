// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TaskCommands: the operator actions on manual tasks and signals, and claims that expire.

#include "taskcommands.h"

#include "common/logging.h"
#include "common/clock.h"
#include "common/jsonvariant.h"
#include "engine/formvalidation.h"
#include "engine/orderruntime.h"
#include "store/database.h"
#include "store/enginewriter.h"
#include "store/taskreader.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace fw {

namespace {
    QString unknownTask(qint64 taskId)
    {
        return QStringLiteral("unknown task %1").arg(taskId);
    }

    // {"task": 7, "heldBy": "ana", "claimedAt": "..."}: whose claim ended and since when it was held.
    QString claimPayload(qint64 taskId, const TaskRow& task, const QDateTime& idleSince = {})
    {
        nlohmann::json payload { { "task", taskId }, { "heldBy", task.claimedBy.toStdString() } };
        if (task.claimedAt.isValid())
            payload["claimedAt"] = toStoreTime(task.claimedAt).toStdString();
        if (idleSince.isValid())
            payload["idleSince"] = toStoreTime(idleSince).toStdString();
        return QString::fromStdString(payload.dump());
    }
} // namespace

TaskCommands::TaskCommands(ExecutionContext& context)
    : m_context(context)
    , m_reader(std::make_unique<TaskReader>(context.database().connection()))
{
}

TaskCommands::~TaskCommands() = default;

Status TaskCommands::claim(qint64 taskId, const QString& user)
{
    const auto read = m_reader->task(taskId);
    if (!read)
        return read.error();
    const std::optional<TaskRow>& task = *read;
    if (!task)
        return failure(unknownTask(taskId));
    EngineWriter& writer = m_context.writer();
    const QDateTime now = m_context.clock().now();
    if (task->state == QStringLiteral("claimed")) {
        if (task->claimedBy != user)
            return failure(QStringLiteral("task %1 is claimed by %2").arg(taskId).arg(task->claimedBy));
        // The holder is still at it: the claim stays theirs for another idle time.
        writer.taskChanged(taskId, QStringLiteral("claimed"), user, {}, {}, now, task->claimedAt.isValid() ? task->claimedAt : now);
        writer.journal({ 0, now, task->orderId, task->stepId, QStringLiteral("task.claim-renewed"), user, QStringLiteral("claimed"),
                         QStringLiteral("claimed"), claimPayload(taskId, *task) });
        return m_context.flush();
    }
    if (task->state != QStringLiteral("open"))
        return failure(QStringLiteral("task %1 is %2").arg(taskId).arg(task->state));
    writer.taskChanged(taskId, QStringLiteral("claimed"), user, {}, {}, now, now);
    writer.journal({ 0, now, task->orderId, task->stepId, QStringLiteral("task.claimed"), user, QStringLiteral("open"),
                     QStringLiteral("claimed"), QStringLiteral("{\"task\":%1}").arg(taskId) });
    return m_context.flush();
}

Status TaskCommands::release(qint64 taskId, const QString& user, ReleaseScope scope)
{
    const auto read = m_reader->task(taskId);
    if (!read)
        return read.error();
    const std::optional<TaskRow>& task = *read;
    if (!task)
        return failure(unknownTask(taskId));
    if (task->state != QStringLiteral("claimed"))
        return failure(QStringLiteral("task %1 is not claimed").arg(taskId));
    if (task->claimedBy != user && scope != ReleaseScope::AnyHolder)
        return failure(QStringLiteral("task %1 is claimed by %2; only they can release it").arg(taskId).arg(task->claimedBy));
    EngineWriter& writer = m_context.writer();
    const QDateTime now = m_context.clock().now();
    writer.taskChanged(taskId, QStringLiteral("open"), {}, {}, {}, now);
    writer.journal({ 0, now, task->orderId, task->stepId, QStringLiteral("task.released"), user, QStringLiteral("claimed"),
                     QStringLiteral("open"),
                     task->claimedBy == user ? QStringLiteral("{\"task\":%1}").arg(taskId) : claimPayload(taskId, *task) });
    return m_context.flush();
}

Status TaskCommands::complete(qint64 taskId, const QString& user, const QVariantMap& data, const QString& comment)
{
    const auto read = m_reader->task(taskId);
    if (!read)
        return read.error();
    const std::optional<TaskRow>& task = *read;
    if (!task)
        return failure(unknownTask(taskId));
    if (task->state == QStringLiteral("open"))
        return failure(QStringLiteral("task %1 is not claimed; claim it before completing it").arg(taskId));
    if (task->state != QStringLiteral("claimed"))
        return failure(QStringLiteral("task %1 is %2").arg(taskId).arg(task->state));
    if (task->claimedBy != user)
        return failure(QStringLiteral("task %1 is claimed by %2; only the claimant can complete it").arg(taskId).arg(task->claimedBy));
    OrderRuntime* order = m_context.findOrder(task->orderId);
    const int step = order ? order->stepIndex(task->stepId) : -1;
    if (step < 0)
        return failure(QStringLiteral("task %1: order %2 is not active").arg(taskId).arg(task->orderId));
    const QStringList problems = validateForm(order->steps[std::size_t(step)].definition->manualTask, data);
    if (!problems.isEmpty())
        return failure(QStringLiteral("task %1: %2").arg(taskId).arg(problems.join(QStringLiteral("; "))));
    const QString dataJson = QString::fromStdString(variantToJson(data).dump());
    m_context.writer().taskChanged(taskId, QStringLiteral("completed"), user, dataJson, comment, m_context.clock().now(), task->claimedAt);
    for (int line : order->steps[std::size_t(step)].lines) {
        for (auto it = data.cbegin(); it != data.cend(); ++it)
            order->lines[std::size_t(line)].fields.insert(it.key(), it.value());
        m_context.writer().lineFieldsChanged(*order, line, m_context.clock().now());
    }
    nlohmann::json payload { { "task", taskId }, { "data", variantToJson(data) } };
    if (!comment.isEmpty())
        payload["comment"] = comment.toStdString();
    if (!m_context.move(*order, step, StepState::Completed, user, QString::fromStdString(payload.dump())))
        return failure(QStringLiteral("task %1: step %2 cannot complete now").arg(taskId).arg(task->stepId));
    m_context.rollUp(*order);
    return m_context.flush();
}

Status TaskCommands::signal(const QString& orderId, const QString& name, const QString& user)
{
    OrderRuntime* order = m_context.findOrder(orderId);
    if (!order)
        return failure(QStringLiteral("unknown or inactive order '%1'").arg(orderId));
    if (name.trimmed().isEmpty())
        return failure(QStringLiteral("a signal needs a name"));
    if (!order->signalsReceived.contains(name)) {
        order->signalsReceived << name;
        m_context.writer().signalReceived(orderId, name, m_context.clock().now());
    }
    m_context.writer().journal({ 0,
                                 m_context.clock().now(),
                                 orderId,
                                 {},
                                 QStringLiteral("signal"),
                                 user,
                                 {},
                                 {},
                                 QString::fromStdString(nlohmann::json { { "name", name.toStdString() } }.dump()) });
    return m_context.flush();
}

Status TaskCommands::setLineField(const QString& orderId, const QString& lineId, const QString& field, const QVariant& value,
                                  const QString& user)
{
    OrderRuntime* order = m_context.findOrder(orderId);
    if (!order)
        return failure(QStringLiteral("unknown or inactive order '%1'").arg(orderId));
    if (field.trimmed().isEmpty())
        return failure(QStringLiteral("a field needs a name"));
    for (std::size_t line = 0; line < order->lines.size(); ++line) {
        if (order->lines[line].id != lineId)
            continue;
        order->lines[line].fields.insert(field, value);
        m_context.writer().lineFieldsChanged(*order, int(line), m_context.clock().now());
        m_context.writer().journal(
            { 0,
              m_context.clock().now(),
              orderId,
              {},
              QStringLiteral("line.field.set"),
              user,
              {},
              {},
              QString::fromStdString(
                  nlohmann::json { { "line", lineId.toStdString() }, { "field", field.toStdString() }, { "value", variantToJson(value) } }
                      .dump()) });
        return m_context.flush();
    }
    return failure(QStringLiteral("order %1 has no line '%2'").arg(orderId, lineId));
}

Result<double> TaskCommands::idleHours(const QSqlDatabase& db)
{
    const auto setting = TaskReader(db).setting(idleHoursSetting);
    if (!setting)
        return setting.error();
    if (!*setting)
        return defaultIdleHours;
    bool number = false;
    const double hours = (*setting)->trimmed().toDouble(&number);
    if (!number || !std::isfinite(hours) || hours < 0)
        return failure(QStringLiteral("the store setting %1 is '%2', not a number of hours (0 or more; 0: claims never expire)")
                           .arg(idleHoursSetting, **setting));
    return hours;
}

Result<int> TaskCommands::expireIdleClaims()
{
    const auto hours = idleHours(m_context.database().connection());
    if (!hours)
        return hours.error();
    if (*hours <= 0)
        return 0; // claims never expire
    const QDateTime now = m_context.clock().now();
    const QDateTime cutoff = now.addMSecs(-qint64(*hours * 3600 * 1000)); // touched at or before: idle too long
    const auto idle = m_reader->claimsTouchedBy(cutoff);
    if (!idle)
        return idle.error();
    std::vector<TaskRow> expired;
    for (const TaskRow& task : *idle) {
        if (m_context.runs(task.orderId)) // another workstation's order: its engine decides
            expired.push_back(task);
    }
    EngineWriter& writer = m_context.writer();
    for (const TaskRow& e : expired) {
        writer.taskChanged(e.id, QStringLiteral("open"), {}, {}, {}, now);
        writer.journal({ 0, now, e.orderId, e.stepId, QStringLiteral("task.claim-expired"), ExecutionContext::engineActor,
                         QStringLiteral("claimed"), QStringLiteral("open"), claimPayload(e.id, e, e.claimTouchedAt) });
    }
    if (expired.empty())
        return 0;
    if (Status flushed = m_context.flush(); !flushed)
        return flushed.error();
    return int(expired.size());
}

Status TaskCommands::beforeRun()
{
    const QDateTime now = m_context.clock().now();
    if (m_nextExpiryCheck.isValid() && now < m_nextExpiryCheck)
        return {};
    m_nextExpiryCheck = now.addSecs(60);
    if (Status settled = m_context.writer().settle(); !settled)
        return settled; // the claims as the engine left them
    const auto expired = expireIdleClaims();
    if (!expired) {
        if (m_context.writer().failure())
            return expired.error(); // the store cannot be written: the engine stops
        // A bad setting must not stop the engine: the claims stay, and the reason is in the log.
        qCWarning(lcEngine, "claims not expired: %s", qPrintable(expired.message()));
    }
    return {};
}

} // namespace fw
