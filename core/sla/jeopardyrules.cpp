// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardyrules.h"

#include "durationtext.h"

namespace fw {

std::optional<qint64> thresholdSeconds(const JeopardyThreshold& threshold, qint64 estimateSeconds)
{
    if (threshold.seconds > 0)
        return threshold.seconds;
    if (threshold.percent > 0 && estimateSeconds > 0)
        return estimateSeconds * threshold.percent / 100;
    return std::nullopt;
}

bool ruleMatchesStep(const JeopardyRule& rule, const SlaStep& step)
{
    return (rule.matchStep.isEmpty() || rule.matchStep == step.stepKey)
        && (rule.matchPlanDefinition.isEmpty() || rule.matchPlanDefinition == step.planDefinition)
        && (!rule.matchStepType || *rule.matchStepType == step.type) && (rule.matchLane.isEmpty() || rule.matchLane == step.lane)
        && (rule.matchQueue.isEmpty() || rule.matchQueue == step.queue);
}

RuleEvaluation evaluateRule(const JeopardyRule& rule, const BusinessCalendar& calendar, const QDateTime& start, const QDateTime& now,
                            qint64 estimateSeconds)
{
    RuleEvaluation result;
    result.estimateSeconds = estimateSeconds;
    result.warningSeconds = thresholdSeconds(rule.warning, estimateSeconds);
    result.criticalSeconds = thresholdSeconds(rule.critical, estimateSeconds);
    if (!result.warningSeconds && !result.criticalSeconds)
        return result;
    result.elapsedSeconds = calendar.workingSecondsBetween(start, now);
    if (result.criticalSeconds && result.elapsedSeconds >= *result.criticalSeconds) {
        result.level = JeopardyLevel::Critical;
        result.breachAt = calendar.addWorkingSeconds(start, *result.criticalSeconds);
    } else if (result.warningSeconds && result.elapsedSeconds >= *result.warningSeconds) {
        result.level = JeopardyLevel::Warning;
        result.breachAt = calendar.addWorkingSeconds(start, *result.warningSeconds);
        if (result.criticalSeconds)
            result.nextLevelAt = calendar.addWorkingSeconds(start, *result.criticalSeconds);
    }
    return result;
}

std::vector<JeopardyAction> actionsFor(const JeopardyRule& rule, JeopardyLevel level)
{
    std::vector<JeopardyAction> actions;
    for (const JeopardyAction& action : rule.actions) {
        const JeopardyLevel needed = action.at == JeopardyAction::Level::Critical ? JeopardyLevel::Critical : JeopardyLevel::Warning;
        if (level >= needed)
            actions.push_back(action);
    }
    return actions;
}

QString ruleReason(const QString& subject, const JeopardyRule& rule, const RuleEvaluation& evaluation)
{
    // QStringBuilder rather than arg() chains: one allocation per reason.
    if (evaluation.estimateSeconds > 0) {
        QString levels;
        if (evaluation.warningSeconds)
            levels = u"warning at " + formatThreshold(rule.warning);
        if (evaluation.criticalSeconds)
            levels += (levels.isEmpty() ? QString() : QStringLiteral(", ")) + u"critical at " + formatThreshold(rule.critical);
        return subject + u", " + QString::number(evaluation.elapsedSeconds * 100 / evaluation.estimateSeconds) + u"% of its "
            + formatSlaDuration(evaluation.estimateSeconds) + u" estimate (" + levels + u')';
    }
    const bool critical = evaluation.level == JeopardyLevel::Critical;
    return subject + u", over its " + formatThreshold(critical ? rule.critical : rule.warning)
        + (critical ? QStringView(u" critical threshold") : QStringView(u" warning threshold"));
}

} // namespace fw
