// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QVariantMap>

namespace fw {

// How an operator retries a fallout case (Executor::retryFallout, EngineService::retryFallout and
// the fallout.retry request). Named fields instead of positional flags: two booleans in a row are
// too easy to swap.
struct FalloutRetry {
    QVariantMap fieldFixes; // corrected line data, applied to the step's lines before it runs again
    QString editedPayload; // callouts: a JSON object sent instead of the rendered template
    // After an attempt whose outcome is unknown (no answer, but it may have been carried out) a retry
    // resends that request with its idempotency key; an edited payload is refused unless this
    // confirms a new request (journalled with who confirmed it).
    bool newRequest = false;
    // Resume the order when no step of it is left in fallout; false keeps the hold until resume().
    bool resumeIfLast = true;
};

} // namespace fw
