// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scriptedoperator.h"

#include "commands/commandprocessor.h"
#include "common/clock.h"
#include "engine/executor.h"
#include "identity/userdirectory.h"
#include "store/database.h"
#include "store/openwork.h"

namespace fw {

ScriptedOperator::ScriptedOperator(QString user)
    : m_user(std::move(user))
{
}

QVariantMap ScriptedOperator::exampleFormData(const ManualTaskSpec& spec)
{
    QVariantMap data;
    for (const FormField& field : spec.form) {
        switch (field.type) {
        case FormField::Type::String:
        case FormField::Type::Text:
            data.insert(field.name, QStringLiteral("done as instructed"));
            break;
        case FormField::Type::Integer:
            data.insert(field.name, 3);
            break;
        case FormField::Type::Number:
            data.insert(field.name, -18.5);
            break;
        case FormField::Type::Boolean:
            data.insert(field.name, true);
            break;
        case FormField::Type::Date:
            data.insert(field.name, QStringLiteral("2026-12-03"));
            break;
        case FormField::Type::DateTime:
            data.insert(field.name, QStringLiteral("2026-12-03T10:00:00Z"));
            break;
        case FormField::Type::Enum:
            data.insert(field.name, field.options.value(0));
            break;
        }
    }
    return data;
}

Status ScriptedOperator::enrol(Database& database, const QDateTime& now) const
{
    if (m_enrolled)
        return {};
    UserDirectory users(database.connection());
    const std::pair<QString, RoleSet> people[] { { m_user, RoleSet { Role::Operator, Role::Supervisor } },
                                                 { partner, RoleSet { Role::Operator } },
                                                 { broker, RoleSet { Role::Resolver } } };
    for (const auto& [id, roles] : people) {
        User user { id, QStringLiteral("%1 (scripted)").arg(id), roles, {}, true, {}, {} };
        if (const Status added = users.ensure(user, QStringLiteral("demo"), now); !added)
            return failure(added.message(), QStringLiteral("user %1").arg(id), QStringLiteral("enrol"));
    }
    m_enrolled = true;
    return {};
}

ScriptedOperator::Round ScriptedOperator::actOn(Executor& executor, Database& database, const QString& orderId, SyncLink* sync) const
{
    CommandProcessor processor(database, executor.clock());
    processor.setExecutor(&executor);
    processor.setSync(sync);
    return actOn(processor, executor, database, orderId);
}

ScriptedOperator::Round ScriptedOperator::actOn(CommandProcessor& processor, const Executor& executor, Database& database,
                                                const QString& orderId) const
{
    Round round;
    const OrderRuntime* order = executor.order(orderId);
    if (!order)
        return round;
    if (const Status enrolled = enrol(database, executor.clock().now()); !enrolled) {
        round.error = enrolled.message();
        return round;
    }
    bool queued = false; // a claim the remote store decides first: completed in a later round
    const auto act = [&processor, &queued](const QString& actor, const QString& action, const QVariantMap& args) -> Status {
        const CommandResult result = processor.process(Command::make(actor, action, args, { {}, CommandOrigin::Channel::Engine }));
        queued = result.status == CommandResult::Status::Queued;
        if (!result.ok())
            return failure(result.message);
        return {};
    };
    const auto tasks = OpenWork(database.connection()).tasksOf(orderId);
    if (!tasks) {
        round.error = tasks.message();
        return round;
    }
    std::vector<std::pair<qint64, QString>> open;
    for (const OpenWork::Task& task : *tasks) {
        if (task.claimedBy.isEmpty() || task.claimedBy == m_user) // never someone else's claim
            open.emplace_back(task.id, task.stepId);
    }
    for (const auto& [task, stepId] : open) {
        const int index = order->stepIndex(stepId);
        if (index < 0)
            continue;
        const StepDefinition* definition = order->steps[std::size_t(index)].definition;
        Status done = act(m_user, QStringLiteral("task.claim"), { { QStringLiteral("task"), task } });
        if (done && queued)
            continue;
        if (done || done.message().contains(QStringLiteral("already")))
            done = act(m_user, QStringLiteral("task.complete"),
                       { { QStringLiteral("task"), task },
                         { QStringLiteral("data"), exampleFormData(definition->manualTask) },
                         { QStringLiteral("comment"), QStringLiteral("scripted") } });
        if (!done) {
            round.error = done.message();
            return round;
        }
        round.actions << QStringLiteral("task ") + definition->key;
        order = executor.order(orderId);
    }
    for (int s : order->execution->stepsIn(StepState::Waiting)) {
        const StepRuntime& step = order->steps[std::size_t(s)];
        if (step.definition->type != StepType::Pause)
            continue;
        const PauseSpec& pause = step.definition->pause;
        Status done;
        if (pause.kind == PauseSpec::Kind::Signal && !order->signalsReceived.contains(pause.signal)) {
            done = act(partner, QStringLiteral("signal"),
                       { { QStringLiteral("order"), orderId }, { QStringLiteral("name"), pause.signal } });
            round.actions << QStringLiteral("signal ") + pause.signal;
        } else if (pause.kind == PauseSpec::Kind::Field && !step.lines.empty()) {
            const QString lineId = order->lines[std::size_t(step.lines.front())].id;
            done = act(broker, QStringLiteral("line.set-field"),
                       { { QStringLiteral("order"), orderId },
                         { QStringLiteral("line"), lineId },
                         { QStringLiteral("field"), pause.field.mid(QStringLiteral("line.fields.").size()) },
                         { QStringLiteral("value"), pause.equals } });
            round.actions << QStringLiteral("field ") + pause.field;
        } else if (pause.kind == PauseSpec::Kind::Time) {
            round.waitsForTime = true;
        }
        if (!done) {
            round.error = done.message();
            return round;
        }
        order = executor.order(orderId);
    }
    return round;
}

} // namespace fw
