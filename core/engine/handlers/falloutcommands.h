// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "engine/falloutretry.h"

#include <QString>

#include <optional>

namespace fw {

class ExecutionContext;

// Resolving fallout: retry runs the failed step again at once, after applying retry.fieldFixes
// (corrected data) to its lines, and resumes the order when that was its last step in fallout
// (unless retry.resumeIfLast is false: the order then stays on hold until resume()); after an
// attempt whose outcome is unknown it resends the same request with the same idempotency key
// (FalloutRetry says when an edited payload may go instead). skip force-completes the step with a
// reason and cancel cancels the whole order, both leaving the order on hold until resume(). Each
// is flushed before it answers; errors name the case or order and the reason.
class FalloutCommands {
public:
    explicit FalloutCommands(ExecutionContext& context);

    Status retry(qint64 caseId, const QString& user, const FalloutRetry& retry = {});
    Status skip(qint64 caseId, const QString& user, const QString& reason);
    Status cancel(qint64 caseId, const QString& user, const QString& reason);
    Status resume(const QString& orderId, const QString& user);

private:
    ExecutionContext& m_context;
};

} // namespace fw
