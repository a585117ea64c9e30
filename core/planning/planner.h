// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"
#include "domain/assetstate.h"
#include "domain/plan.h"

#include <optional>

namespace fw {

struct Catalog;
struct Order;

struct PlanResult {
    std::optional<OrchestrationPlan> plan;
    Problems problems;
};

// Fulfillment lines + plan definitions -> one orchestration plan per order: step instances per
// scope, dependencies resolved into a DAG, steps in topological order with their depth, lanes.
class Planner {
public:
    // assets: the installed base, for scenario conditions on asset.* (none: those fields are missing).
    explicit Planner(const Catalog& catalog, AssetLookup assets = {});

    PlanResult plan(const Order& order, std::vector<FulfillmentLine> lines, const QString& orderFileLabel) const;

private:
    const Catalog& m_catalog;
    AssetLookup m_assets;
};

} // namespace fw
