// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"
#include "domain/assetstate.h"
#include "domain/catalog.h"
#include "domain/order.h"
#include "domain/plan.h"

#include <memory>
#include <optional>

namespace fw {

// Everything planning one order from files produced; used by `fwctl plan` and the workbench.
struct PlanningOutcome {
    std::shared_ptr<const Catalog> catalog; // set when the catalog loaded
    std::optional<Order> order; // set when the order loaded
    std::optional<OrchestrationPlan> plan; // set when decomposition and planning succeeded
    Problems problems;
    bool ok() const { return plan.has_value() && problems.empty(); }
};

// catalog file -> CatalogReader -> order file -> OrderReader -> Decomposer -> Planner. Items acting
// on assets (assetRef) read them through `assets`; without one, every asset is unknown (a problem).
PlanningOutcome planFromFiles(const QString& catalogPath, const QString& orderPath, const AssetLookup& assets = {});
// The same for an already loaded catalog.
PlanningOutcome planOrderFile(std::shared_ptr<const Catalog> catalog, const QString& orderPath, const AssetLookup& assets = {});

} // namespace fw
