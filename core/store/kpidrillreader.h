// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "kpi/kpireport.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <vector>

namespace fw {

// The orders behind a bar or point of the dashboard's charts, at most `limit`, from the KPI facts
// and the open work: finished (or, for fallout, opened) in [begin, end) in the store's time text.
// bucket: the cycle-time bucket of a CycleBucket drill. KpiCalculator::drillDown checks the drill
// and works out the days first.
Result<std::vector<DrillOrder>> readKpiDrillOrders(const QSqlDatabase& database, const KpiDrill& drill, const QString& begin,
                                                   const QString& end, const CycleTimeBucket& bucket, const QDateTime& now, int limit);

} // namespace fw
