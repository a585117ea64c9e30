// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <nlohmann/json_fwd.hpp>

namespace fw {

struct OrchestrationPlan;
struct Catalog;

// The `fwctl plan --json` document: {"order", "catalog", "lineItems", "steps", "lanes", "laneNames"}.
nlohmann::json planToJson(const OrchestrationPlan& plan, const Catalog& catalog);

} // namespace fw
