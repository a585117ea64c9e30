// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planjson.h"

#include "common/jsonvariant.h"
#include "decomposition/conditiontext.h"
#include "domain/catalog.h"
#include "domain/plan.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    nlohmann::json stringArray(const QStringList& list)
    {
        auto array = nlohmann::json::array();
        for (const auto& s : list)
            array.push_back(s.toStdString());
        return array;
    }
} // namespace

nlohmann::json planToJson(const OrchestrationPlan& plan, const Catalog& catalog)
{
    nlohmann::json document;
    document["order"] = plan.orderId.toStdString();
    document["catalog"] = plan.catalogId.toStdString();

    auto lines = nlohmann::json::array();
    for (const auto& line : plan.lines) {
        nlohmann::json entry;
        entry["id"] = line.id.toStdString();
        entry["product"] = line.product.toStdString();
        entry["sourceItems"] = stringArray(line.sourceItems);
        entry["rule"] = line.rule.toStdString();
        entry["rules"] = stringArray(line.rules);
        entry["scope"] = toString(line.scope).toStdString();
        entry["quantity"] = line.quantity;
        entry["attributes"] = variantToJson(line.attributes);
        if (!line.bundleItem.isEmpty())
            entry["bundleItem"] = line.bundleItem.toStdString();
        if (!line.deliveryGroup.isEmpty())
            entry["deliveryGroup"] = line.deliveryGroup.toStdString();
        if (line.ownerOrder != line.orderId)
            entry["ownerOrder"] = line.ownerOrder.toStdString();
        if (!line.assetRef.isEmpty()) { // asset-based lines only: plans of new orders keep their shape
            entry["action"] = line.action.toStdString();
            entry["assetRef"] = line.assetRef.toStdString();
            entry["totalQuantity"] = line.totalQuantity;
            if (!line.changeKind.isEmpty()) {
                entry["changeKind"] = line.changeKind.toStdString();
                entry["quantityDelta"] = line.quantityDelta;
                entry["changedAttributes"] = stringArray(line.changedAttributes);
            }
        }
        lines.push_back(std::move(entry));
    }
    document["lineItems"] = std::move(lines);

    auto steps = nlohmann::json::array();
    for (const auto& step : plan.steps) {
        nlohmann::json entry;
        entry["id"] = step.id.toStdString();
        entry["name"] = step.name.toStdString();
        entry["type"] = toString(step.type).toStdString();
        entry["lane"] = step.lane.toStdString();
        entry["scope"] = toString(step.scope).toStdString();
        entry["planDefinition"] = step.planDefinition.toStdString();
        entry["stepKey"] = step.stepKey.toStdString();
        entry["lineItems"] = stringArray(step.lines);
        if (step.definition && step.type == StepType::Callout) { // issue 22: the secret the step needs to run
            for (const Endpoint& endpoint : catalog.endpoints) {
                if (endpoint.id == step.definition->callout.endpoint && !endpoint.credential.isEmpty())
                    entry["credential"] = endpoint.credential.toStdString();
            }
        }
        auto depends = nlohmann::json::array();
        for (int dependency : step.dependsOn)
            depends.push_back(plan.steps[static_cast<std::size_t>(dependency)].id.toStdString());
        entry["dependsOn"] = std::move(depends);
        entry["depth"] = step.depth;
        entry["estimatedSeconds"] = step.estimatedSeconds;
        entry["pointOfNoReturn"] = step.pointOfNoReturn;
        if (step.definition && !step.definition->when.isAlways()) // only conditional steps: other plans keep their shape
            entry["when"] = conditionToJson(step.definition->when);
        steps.push_back(std::move(entry));
    }
    document["steps"] = std::move(steps);

    auto lanes = nlohmann::json::array();
    nlohmann::json laneNames = nlohmann::json::object();
    for (const auto& id : plan.lanes) {
        lanes.push_back(id.toStdString());
        const int index = catalog.laneIndex(id);
        laneNames[id.toStdString()] = index >= 0 ? catalog.lanes[static_cast<std::size_t>(index)].name.toStdString() : id.toStdString();
    }
    document["lanes"] = std::move(lanes);
    document["laneNames"] = std::move(laneNames);
    return document;
}

} // namespace fw
