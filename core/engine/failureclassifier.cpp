// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "failureclassifier.h"

#include "domain/catalog.h"

namespace fw {

namespace {
    bool matches(const FalloutRule& rule, const CallFailure& failure)
    {
        if (!rule.endpoint.isEmpty() && rule.endpoint != failure.endpoint)
            return false;
        if (!rule.httpStatuses.empty()
            && std::find(rule.httpStatuses.begin(), rule.httpStatuses.end(), failure.httpStatus) == rule.httpStatuses.end())
            return false;
        if (!rule.errorCodes.isEmpty() && !rule.errorCodes.contains(failure.errorCode))
            return false;
        return true;
    }

    QString describe(const CallFailure& failure)
    {
        switch (failure.transport) {
        case CallFailure::Transport::Timeout:
            return QStringLiteral("timed out");
        case CallFailure::Transport::ConnectionRefused:
            return QStringLiteral("connection refused");
        case CallFailure::Transport::Other:
            return failure.message.isEmpty() ? QStringLiteral("network error") : failure.message;
        case CallFailure::Transport::None:
            break;
        }
        QString text = QStringLiteral("HTTP %1").arg(failure.httpStatus);
        if (!failure.errorCode.isEmpty())
            text += QLatin1Char(' ') + failure.errorCode;
        return text;
    }
} // namespace

FailureClass classifyFailure(const Catalog& catalog, const CallFailure& failure, const QString& stepFalloutQueue)
{
    FailureClass result;
    const QString fallbackQueue = stepFalloutQueue.isEmpty() ? QStringLiteral("fallout") : stepFalloutQueue;
    for (const FalloutRule& rule : catalog.falloutRules) {
        if (!matches(rule, failure))
            continue;
        result.retriable = rule.classification == FalloutRule::Classification::Retriable;
        result.queue = rule.queue.isEmpty() ? fallbackQueue : rule.queue;
        result.rule = rule.id;
        result.reason = QStringLiteral("%1: %2 by fallout rule '%3'")
                            .arg(describe(failure), result.retriable ? QStringLiteral("retriable") : QStringLiteral("fatal"), rule.id);
        return result;
    }
    const int status = failure.httpStatus;
    if (failure.transport != CallFailure::Transport::None)
        result.retriable = true; // the request may not have arrived: try again with the same idempotency key
    else if (failure.errorCode == QStringLiteral("SCHEMA_MISMATCH"))
        result.retriable = false;
    else
        result.retriable = status >= 500 || status == 429 || status == 408;
    result.queue = fallbackQueue;
    result.reason = QStringLiteral("%1: %2 by default")
                        .arg(describe(failure), result.retriable ? QStringLiteral("retriable") : QStringLiteral("fatal"));
    return result;
}

} // namespace fw
