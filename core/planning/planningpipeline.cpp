// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planningpipeline.h"

#include "catalog/catalogreader.h"
#include "decomposition/decomposer.h"
#include "order/orderreader.h"
#include "planner.h"

namespace fw {

PlanningOutcome planFromFiles(const QString& catalogPath, const QString& orderPath, const AssetLookup& assets)
{
    CatalogLoad load = CatalogReader::readFile(catalogPath);
    if (!load.ok()) {
        PlanningOutcome outcome;
        outcome.problems = std::move(load.problems);
        return outcome;
    }
    return planOrderFile(std::move(load.catalog), orderPath, assets);
}

PlanningOutcome planOrderFile(std::shared_ptr<const Catalog> catalog, const QString& orderPath, const AssetLookup& assets)
{
    PlanningOutcome outcome;
    outcome.catalog = std::move(catalog);
    OrderLoad load = OrderReader::readFile(orderPath, *outcome.catalog);
    if (!load.ok()) {
        outcome.problems = std::move(load.problems);
        return outcome;
    }
    outcome.order = std::move(load.order);
    InMemoryAccountLineRegistry accountLines;
    Decomposition decomposition = Decomposer(*outcome.catalog, &accountLines, assets).decompose(*outcome.order, orderPath);
    if (!decomposition.problems.empty()) {
        outcome.problems = std::move(decomposition.problems);
        return outcome;
    }
    PlanResult planned = Planner(*outcome.catalog, assets).plan(*outcome.order, std::move(decomposition.lines), orderPath);
    outcome.problems = std::move(planned.problems);
    if (outcome.problems.empty())
        outcome.plan = std::move(planned.plan);
    return outcome;
}

} // namespace fw
