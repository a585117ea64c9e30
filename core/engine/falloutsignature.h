// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fw {

struct FalloutSummary;

// What makes fallout cases "the same problem": the endpoint (or step type when not a callout), the
// classification and the error's shape, with the varying parts (numbers, ids, quoted values)
// replaced, so 40 orders rejected for one reason group together for one bulk fix.
QString falloutSignature(const FalloutSummary& fallout);
// The error's shape alone: digits become '#', quoted text becomes '…'.
QString errorShape(const QString& error);

} // namespace fw
