// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "kpireport.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace fw {

// The `fwctl kpi --json` document: every field of the report (docs/kpi.md); ratios as numbers
// 0..1, durations in seconds, days as "YYYY-MM-DD", instants as ISO 8601 UTC with milliseconds,
// an open-ended bucket's toSeconds as null.
nlohmann::json kpiReportToJson(const KpiReport& report);
// The orders behind a drill-down.
nlohmann::json drillOrdersToJson(const std::vector<DrillOrder>& orders);

} // namespace fw
