// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

namespace fw {

struct RetryPolicy;

struct RetryDecision {
    bool retry = false;
    qint64 delayMs = 0; // when retry: wait this long before the next attempt
    QString reason; // when not: why ("3 of 3 attempts made", "the 24h retry window would be exceeded")
};

// Whether and when to try a failed step again. attemptsMade counts the attempts so far (>= 1);
// firstAttemptAt is when the series began. No policy means a single attempt.
RetryDecision nextRetry(const RetryPolicy* policy, int attemptsMade, const QDateTime& firstAttemptAt, const QDateTime& now);

} // namespace fw
