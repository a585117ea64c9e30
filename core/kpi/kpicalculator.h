// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "kpireport.h"

#include <QSqlDatabase>

#include <vector>

namespace fw {

// The supervisor's figures (KpiReport) from the KPI facts the ledger keeps (docs/kpi.md).
// Reads only, never writes: call KpiLedger::catchUp first where writing is allowed.
class KpiCalculator {
public:
    static Result<KpiReport> compute(const QSqlDatabase& database, const KpiRange& range, const QDateTime& now);
    // The orders behind a chart's bar or point, at most `limit`, in the order given for each kind in
    // docs/kpi.md.
    static Result<std::vector<DrillOrder>> drillDown(const QSqlDatabase& database, const KpiRange& range, const KpiDrill& drill,
                                                     const QDateTime& now, int limit = 500);
    // The bucket bounds with zero counts.
    static std::vector<CycleTimeBucket> cycleTimeBuckets();
    // [today - days + 1, today], today the UTC date of now.
    static KpiRange lastDays(int days, const QDateTime& now);

    // The store's time text of a range's first instant and of the instant after its last day:
    // finished_at >= begin AND finished_at < end.
    static QString rangeBegin(const KpiRange& range);
    static QString rangeEnd(const KpiRange& range);
    // Nearest rank (1-based rank ceil(fraction * n)) of values, which it reorders; 0 when empty.
    static qint64 nearestRank(std::vector<qint64>& values, int percent);
};

} // namespace fw
