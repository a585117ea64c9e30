// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jeopardy.h"

#include <nlohmann/json.hpp>

namespace fw {

// A jeopardy report as JSON (`fwctl jeopardy --json`): times in the store's ISO format (UTC),
// durations in seconds, the orders projected to miss their due date with their critical paths.
nlohmann::json jeopardyReportToJson(const JeopardyReport& report);
nlohmann::json jeopardyFindingToJson(const JeopardyFinding& finding);
QString jeopardyActionText(const JeopardyAction& action); // "escalate to supervisors at critical"

} // namespace fw
