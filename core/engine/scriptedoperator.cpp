#include "scriptedoperator.h"

#include "executor.h"
#include "store/database.h"

#include <QSqlQuery>

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

ScriptedOperator::Round ScriptedOperator::actOn(Executor& executor, Database& database, const QString& orderId) const
{
    Round round;
    const OrderRuntime* order = executor.order(orderId);
    if (!order)
        return round;
    std::vector<std::pair<qint64, QString>> open;
    {
        QSqlQuery tasks(database.connection());
        tasks.prepare(QStringLiteral("SELECT id, step_id, COALESCE(claimed_by, '') FROM tasks WHERE order_id = ? AND state IN ('open', 'claimed')"));
        tasks.addBindValue(orderId);
        tasks.exec();
        while (tasks.next()) {
            if (tasks.value(2).toString().isEmpty() || tasks.value(2).toString() == m_user) // never someone else's claim
                open.emplace_back(tasks.value(0).toLongLong(), tasks.value(1).toString());
        }
    }
    for (const auto& [task, stepId] : open) {
        const int index = order->stepIndex(stepId);
        if (index < 0)
            continue;
        const StepDefinition* definition = order->steps[std::size_t(index)].definition;
        auto error = executor.claimTask(task, m_user);
        if (!error || error->contains(QStringLiteral("already")))
            error = executor.completeTask(task, m_user, exampleFormData(definition->manualTask), QStringLiteral("scripted"));
        if (error) {
            round.error = *error;
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
        std::optional<QString> error;
        if (pause.kind == PauseSpec::Kind::Signal && !order->signalsReceived.contains(pause.signal)) {
            error = executor.signal(orderId, pause.signal, QStringLiteral("partner"));
            round.actions << QStringLiteral("signal ") + pause.signal;
        } else if (pause.kind == PauseSpec::Kind::Field && !step.lines.empty()) {
            const QString lineId = order->lines[std::size_t(step.lines.front())].id;
            error = executor.setLineField(orderId, lineId, pause.field.mid(QStringLiteral("line.fields.").size()), pause.equals,
                                          QStringLiteral("broker"));
            round.actions << QStringLiteral("field ") + pause.field;
        } else if (pause.kind == PauseSpec::Kind::Time) {
            round.waitsForTime = true;
        }
        if (error) {
            round.error = *error;
            return round;
        }
        order = executor.order(orderId);
    }
    return round;
}

} // namespace fw
