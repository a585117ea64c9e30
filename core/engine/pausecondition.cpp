// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pausecondition.h"

#include "decomposition/fieldresolver.h"
#include "orderruntime.h"
#include "stepfallout.h"
#include "templates.h"

namespace fw {

Result<bool> pauseSatisfied(const OrderRuntime& order, int step, const QDateTime& now)
{
    const StepRuntime& s = order.steps[std::size_t(step)];
    const PauseSpec& pause = s.definition->pause;
    switch (pause.kind) {
    case PauseSpec::Kind::Signal:
        return order.signalsReceived.contains(pause.signal);
    case PauseSpec::Kind::Time: {
        const Result<QDateTime> due = pauseDate(order, step);
        if (!due)
            return due.error();
        return now >= *due;
    }
    case PauseSpec::Kind::Field: {
        const QVariant value = resolveField(fieldContextOf(order, s), pause.field);
        return value.isValid() && value == pause.equals;
    }
    }
    return false;
}

Result<QDateTime> pauseDate(const OrderRuntime& order, int step)
{
    const StepRuntime& s = order.steps[std::size_t(step)];
    const RenderedTemplate at = renderTemplate(s.definition->pause.at, fieldContextOf(order, s));
    if (!at.problems.isEmpty())
        return failure(QStringLiteral("pause time: ") + at.problems.join(QStringLiteral("; ")));
    const QString text = at.value.toString();
    QDateTime due = QDateTime::fromString(text, Qt::ISODate);
    if (!due.isValid() && QDate::fromString(text, Qt::ISODate).isValid())
        due = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!due.isValid())
        return failure(QStringLiteral("pause time '%1' is not a date or date-time").arg(text));
    return due;
}

} // namespace fw
