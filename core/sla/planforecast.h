// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace fw {

// One step of a plan as the forecast sees it.
struct ForecastStep {
    QString id;
    std::vector<int> dependsOn; // indexes into the step list (topological order: dependencies come first)
    qint64 estimatedSeconds = 0;
    bool done = false; // completed, skipped or cancelled
    QDateTime startedAt; // invalid: not started (pending or ready)
    QDateTime completedAt; // done steps
};

// A plan's projected completion from its remaining critical path: done steps finish when they did,
// a started step at max(now, started + estimate), a step not started at max(now, its
// dependencies' projected finish) + estimate. The critical path runs backwards from the latest
// finishing step through the dependency that determined each start.
struct PlanForecast {
    QDateTime projectedCompletion; // invalid for an empty plan
    std::vector<QDateTime> projectedFinish; // per step
    std::vector<int> criticalPath; // step indexes, first to last
    qint64 remainingSeconds = 0; // projectedCompletion - now, never negative
};

PlanForecast forecastPlan(const std::vector<ForecastStep>& steps, const QDateTime& orderStartedAt, const QDateTime& now);

} // namespace fw
