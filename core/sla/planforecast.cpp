// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planforecast.h"

#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace fw {

PlanForecast forecastPlan(const std::vector<ForecastStep>& steps, const QDateTime& orderStartedAt, const QDateTime& now)
{
    PlanForecast result;
    if (steps.empty())
        return result;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 orderStartMs = orderStartedAt.isValid() ? orderStartedAt.toMSecsSinceEpoch() : nowMs;
    std::vector<qint64> finish(steps.size(), 0);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const ForecastStep& step = steps[i];
        const qint64 estimateMs = std::max<qint64>(0, step.estimatedSeconds) * 1000;
        if (step.done) {
            if (step.completedAt.isValid())
                finish[i] = step.completedAt.toMSecsSinceEpoch();
            else if (step.startedAt.isValid())
                finish[i] = step.startedAt.toMSecsSinceEpoch();
            else
                finish[i] = orderStartMs;
        } else if (step.startedAt.isValid()) {
            finish[i] = std::max(nowMs, step.startedAt.toMSecsSinceEpoch() + estimateMs);
        } else {
            qint64 start = step.dependsOn.empty() ? orderStartMs : std::numeric_limits<qint64>::min();
            for (const int dependency : step.dependsOn) {
                Q_ASSERT(dependency >= 0 && static_cast<std::size_t>(dependency) < i);
                start = std::max(start, finish[static_cast<std::size_t>(dependency)]);
            }
            finish[i] = std::max(nowMs, start) + estimateMs;
        }
    }

    // The critical path, backwards from the latest finish (ties: the later step) through the
    // dependency that finishes latest (ties: the earlier step).
    result.criticalPath.reserve(steps.size());
    std::size_t last = 0;
    for (std::size_t i = 1; i < steps.size(); ++i) {
        if (finish[i] >= finish[last])
            last = i;
    }
    for (std::size_t current = last;;) {
        result.criticalPath.push_back(static_cast<int>(current));
        const auto& dependencies = steps[current].dependsOn;
        if (dependencies.empty())
            break;
        int next = dependencies.front();
        for (const int dependency : dependencies) {
            const auto d = static_cast<std::size_t>(dependency);
            const auto n = static_cast<std::size_t>(next);
            if (finish[d] > finish[n] || (finish[d] == finish[n] && dependency < next))
                next = dependency;
        }
        current = static_cast<std::size_t>(next);
    }
    std::reverse(result.criticalPath.begin(), result.criticalPath.end());

    result.projectedFinish.reserve(steps.size());
    for (const qint64 ms : finish)
        result.projectedFinish.push_back(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)); // no zone object per step
    result.projectedCompletion = result.projectedFinish[last];
    result.remainingSeconds = std::max<qint64>(0, (finish[last] - nowMs) / 1000);
    return result;
}

} // namespace fw
