// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardyjson.h"

#include "common/clock.h"
#include "common/jsonvariant.h"

namespace fw {

namespace {
    nlohmann::json timeOrNullJson(const QDateTime& time)
    {
        return time.isValid() ? nlohmann::json(toStoreTime(time).toStdString()) : nlohmann::json();
    }
} // namespace

QString jeopardyActionText(const JeopardyAction& action)
{
    const QString at = action.at == JeopardyAction::Level::Critical ? QStringLiteral("critical") : QStringLiteral("warning");
    switch (action.kind) {
    case JeopardyAction::Kind::Flag:
        return QStringLiteral("flag at %1").arg(at);
    case JeopardyAction::Kind::Notify:
        return QStringLiteral("notify at %1").arg(at);
    case JeopardyAction::Kind::RaisePriority:
        return QStringLiteral("raise priority at %1").arg(at);
    case JeopardyAction::Kind::Reassign:
        return QStringLiteral("reassign to %1 at %2").arg(action.queue, at);
    case JeopardyAction::Kind::Escalate:
        return QStringLiteral("escalate to %1 at %2").arg(action.queue, at);
    }
    return {};
}

nlohmann::json jeopardyFindingToJson(const JeopardyFinding& f)
{
    nlohmann::json actions = nlohmann::json::array();
    for (const JeopardyAction& action : f.actions)
        actions.push_back(utf8(jeopardyActionText(action)));
    return { { "order", utf8(f.orderId) },
             { "step", f.stepId.isEmpty() ? nlohmann::json() : nlohmann::json(utf8(f.stepId)) },
             { "stepName", utf8(f.stepName) },
             { "lane", utf8(f.lane) },
             { "queue", utf8(f.queue) },
             { "owner", utf8(f.owner) },
             { "runsOn", utf8(f.runsOn) },
             { "account", utf8(f.account) },
             { "level", utf8(jeopardyLevelName(f.level)) },
             { "cause", utf8(jeopardyCauseName(f.cause)) },
             { "rule", utf8(f.ruleId) },
             { "reason", utf8(f.reason) },
             { "startedAt", timeOrNullJson(f.startedAt) },
             { "breachAt", timeOrNullJson(f.breachAt) },
             { "nextLevelAt", timeOrNullJson(f.nextLevelAt) },
             { "forecastAt", timeOrNullJson(f.forecastAt) },
             { "dueAt", timeOrNullJson(f.dueAt) },
             { "elapsedSeconds", f.elapsedSeconds },
             { "estimateSeconds", f.estimateSeconds },
             { "actions", actions } };
}

nlohmann::json jeopardyReportToJson(const JeopardyReport& report)
{
    nlohmann::json findings = nlohmann::json::array();
    int warning = 0;
    int critical = 0;
    for (const JeopardyFinding& finding : report.findings) {
        findings.push_back(jeopardyFindingToJson(finding));
        (finding.level == JeopardyLevel::Critical ? critical : warning) += 1;
    }
    nlohmann::json atRisk = nlohmann::json::array();
    for (const OrderForecast& forecast : report.forecasts) {
        if (!forecast.atRisk())
            continue;
        nlohmann::json path = nlohmann::json::array();
        for (const QString& id : forecast.criticalPathStepIds)
            path.push_back(utf8(id));
        atRisk.push_back({ { "order", utf8(forecast.orderId) },
                           { "dueAt", timeOrNullJson(forecast.dueAt) },
                           { "forecastAt", timeOrNullJson(forecast.forecast.projectedCompletion) },
                           { "lateSeconds", forecast.dueAt.secsTo(forecast.forecast.projectedCompletion) },
                           { "criticalPath", path } });
    }
    return { { "evaluatedAt", timeOrNullJson(report.evaluatedAt) },
             { "ordersEvaluated", report.ordersEvaluated },
             { "stepsEvaluated", report.stepsEvaluated },
             { "critical", critical },
             { "warning", warning },
             { "findings", findings },
             { "projectedLate", atRisk } };
}

} // namespace fw
