// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statepresentation.h"

#include "stepstatepresentation.h"

namespace fw {

QString StatePresentation::orderStateLabel(const QString& state)
{
    if (state == QLatin1String("pending"))
        return tr("Pending");
    if (state == QLatin1String("in-progress"))
        return tr("In progress");
    if (state == QLatin1String("fallout"))
        return tr("Fallout");
    if (state == QLatin1String("completed"))
        return tr("Completed");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

QString StatePresentation::stepStateLabel(const QString& state)
{
    if (const auto parsed = stepStateFromString(state))
        return StepStatePresentation::label(*parsed);
    return state;
}

QColor StatePresentation::stateColor(const QString& state)
{
    // Order states borrow the colour of the step state they correspond to.
    const QString step = state == QLatin1String("in-progress") ? QStringLiteral("running") : state;
    if (const auto parsed = stepStateFromString(step))
        return StepStatePresentation::color(*parsed);
    return StepStatePresentation::color(StepState::Pending);
}

QString StatePresentation::ageText(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid() || !now.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, since.secsTo(now));
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QString StatePresentation::timeText(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace fw
