// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "businesscalendar.h"
#include "jeopardy.h"

#include <optional>

namespace fw {

// The threshold maths of one jeopardy rule against one step or order (jeopardyevaluator.cpp
// combines the rules; this file knows one rule at a time).

// A threshold in (working) seconds for an estimate; nullopt when the threshold is not set or is a
// percentage of a zero estimate.
std::optional<qint64> thresholdSeconds(const JeopardyThreshold& threshold, qint64 estimateSeconds);

// Whether a step-scope rule watches the step: every non-empty match field equals the step's.
bool ruleMatchesStep(const JeopardyRule& rule, const SlaStep& step);

struct RuleEvaluation {
    JeopardyLevel level = JeopardyLevel::None;
    qint64 elapsedSeconds = 0; // working seconds in the rule's calendar
    qint64 estimateSeconds = 0;
    std::optional<qint64> warningSeconds; // the thresholds that apply
    std::optional<qint64> criticalSeconds;
    QDateTime breachAt; // when the reached level was reached
    QDateTime nextLevelAt; // warning reached: when critical will be; else invalid
};

// Elapsed = the calendar's working time from `start` to `now`; a level is reached when elapsed is
// at least its threshold; it was reached at calendar.addWorkingSeconds(start, threshold).
RuleEvaluation evaluateRule(const JeopardyRule& rule, const BusinessCalendar& calendar, const QDateTime& start, const QDateTime& now,
                            qint64 estimateSeconds);

// The rule's actions whose `at` level is reached.
std::vector<JeopardyAction> actionsFor(const JeopardyRule& rule, JeopardyLevel level);

// "running 5h 10m, 129% of its 4h estimate (warning at 120%, critical at 8h)",
// "working time 3h 05m in emea-office hours, over its 2h critical threshold".
// `subject` is what ran: "running 5h 10m", "open 2d 3h" (wall clock) or "working time 3h 05m in
// emea-office hours" (calendar).
QString ruleReason(const QString& subject, const JeopardyRule& rule, const RuleEvaluation& evaluation);

} // namespace fw
