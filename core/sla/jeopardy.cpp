// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The names of jeopardy levels and causes, and SlaStep (jeopardy.h); the evaluator is in
// jeopardyevaluator.cpp.

#include "jeopardy.h"

namespace fw {

QString jeopardyLevelName(JeopardyLevel level)
{
    switch (level) {
    case JeopardyLevel::None:
        return QStringLiteral("none");
    case JeopardyLevel::Warning:
        return QStringLiteral("warning");
    case JeopardyLevel::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<JeopardyLevel> jeopardyLevelFromName(const QString& name)
{
    for (const JeopardyLevel level : { JeopardyLevel::None, JeopardyLevel::Warning, JeopardyLevel::Critical }) {
        if (jeopardyLevelName(level) == name)
            return level;
    }
    return std::nullopt;
}

QString jeopardyCauseName(JeopardyCause cause)
{
    switch (cause) {
    case JeopardyCause::Rule:
        return QStringLiteral("rule");
    case JeopardyCause::History:
        return QStringLiteral("history");
    case JeopardyCause::Forecast:
        return QStringLiteral("forecast");
    case JeopardyCause::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

bool SlaStep::isDone() const
{
    return state == QLatin1String("completed") || state == QLatin1String("skipped") || state == QLatin1String("cancelled");
}

} // namespace fw
