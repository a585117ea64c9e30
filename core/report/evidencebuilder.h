// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "evidencebundle.h"

#include <QSqlDatabase>

namespace fw {

struct EvidenceRows;

// The evidence bundle from the rows read (readEvidenceRows) and the order's summary (items and
// change orders): pure, for tests that give the rows.
EvidenceBundle assembleEvidence(const EvidenceRows& rows, const OrderSummaryReport& summary, const QDateTime& generatedAt);

// Reads one order's evidence from the store (read-only, on the calling thread's connection).
// Fails with "unknown order '<id>'" or the store's error.
Result<EvidenceBundle> buildEvidenceBundle(const QSqlDatabase& database, const QString& orderId, const QDateTime& generatedAt);

} // namespace fw
