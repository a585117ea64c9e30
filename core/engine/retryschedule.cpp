// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "retryschedule.h"

#include "common/duration.h"
#include "domain/catalog.h"

#include <cmath>

namespace fw {

RetryDecision nextRetry(const RetryPolicy* policy, int attemptsMade, const QDateTime& firstAttemptAt, const QDateTime& now)
{
    if (!policy || policy->kind == RetryPolicy::Kind::None)
        return { false, 0, QStringLiteral("no retry policy") };
    if (attemptsMade >= policy->maxAttempts)
        return { false, 0, QStringLiteral("%1 of %2 attempts made").arg(attemptsMade).arg(policy->maxAttempts) };
    qint64 delayMs = 0;
    switch (policy->kind) {
    case RetryPolicy::Kind::None:
    case RetryPolicy::Kind::Immediate:
        break;
    case RetryPolicy::Kind::Fixed:
        delayMs = policy->intervalSeconds * 1000;
        break;
    case RetryPolicy::Kind::Exponential: {
        const double factor = std::pow(policy->multiplier, double(std::max(0, attemptsMade - 1)));
        double seconds = double(policy->intervalSeconds) * factor;
        if (policy->maxIntervalSeconds > 0)
            seconds = std::min(seconds, double(policy->maxIntervalSeconds));
        // A catalog's multiplier may be anything JSON holds: never convert inf or NaN to an integer.
        if (!(seconds < double(kMaxDurationSeconds)))
            seconds = double(kMaxDurationSeconds);
        delayMs = qint64(std::max(seconds, 0.0) * 1000.0);
        break;
    }
    }
    if (policy->windowSeconds > 0 && firstAttemptAt.isValid() && now.addMSecs(delayMs) > firstAttemptAt.addSecs(policy->windowSeconds))
        return { false, 0, QStringLiteral("the %1 retry window would be exceeded").arg(formatDuration(policy->windowSeconds)) };
    return { true, delayMs, {} };
}

} // namespace fw
