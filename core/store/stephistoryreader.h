// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sla/stephistory.h"

#include <QDateTime>
#include <QSqlDatabase>

#include "common/result.h"

namespace fw {

// What the store's history says steps take: the durations of steps completed in the last
// `windowDays` days before `now`, from the KPI facts (KpiLedger), per step and lane
// (store/stephistoryreader.cpp: all SQL lives in core/store).
Result<StepHistory> loadStepHistory(const QSqlDatabase& database, const QDateTime& now, int windowDays = 30);

} // namespace fw
