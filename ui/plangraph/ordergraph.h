// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plangraph.h"

#include <QHash>

#include <vector>

namespace fw {

struct OrderDetail;

// The plan graph of a stored order (its steps as the store has them, lanes named by the catalog),
// and its steps' live statuses for PlanGraphWidget::applyStatuses.
PlanGraph planGraphFromOrder(const OrderDetail& detail);
// A stored step's change mark as the steps table spells it ("", "amended", "added", "discarded",
// "compensation"); unknown: None.
NodeChange nodeChangeFromStore(const QString& change);
std::vector<NodeStatus> nodeStatusesOf(const OrderDetail& detail);

// Builds the graph of a list of stored-form steps (StepStatus, or StepChange of a preview: both
// spell id, name, type, scope, lane, planDefinition, lines, dependsOn and pointOfNoReturn alike):
// lanes in the given order (ids, names; unknown lanes appended under their id), dependencies by
// step id. finish(node, step) adds what the caller knows beyond that (change badges).
template <typename Step, typename Finish>
PlanGraph planGraphOfSteps(const std::vector<Step>& steps, const std::vector<std::pair<QString, QString>>& lanes, Finish finish)
{
    PlanGraph graph;
    QHash<QString, int> laneIndex;
    for (const auto& [id, name] : lanes) {
        laneIndex.insert(id, int(graph.lanes.size()));
        graph.lanes.push_back({ id, name });
    }
    QHash<QString, int> stepIndex;
    for (const Step& step : steps)
        stepIndex.insert(step.id, int(stepIndex.size()));
    for (const Step& step : steps) {
        PlanGraphNode node;
        node.id = step.id;
        node.name = step.name;
        node.type = stepTypeFromString(step.type).value_or(StepType::AutoTask);
        node.scope = stepScopeFromString(step.scope).value_or(StepScope::LineItem);
        node.scopeKey = node.scope == StepScope::Plan ? step.planDefinition : step.lines.join(QStringLiteral(", "));
        node.planDefinition = step.planDefinition;
        if (!laneIndex.contains(step.lane)) {
            laneIndex.insert(step.lane, int(graph.lanes.size()));
            graph.lanes.push_back({ step.lane, step.lane });
        }
        node.lane = laneIndex.value(step.lane);
        node.pointOfNoReturn = step.pointOfNoReturn;
        setNodePlace(node, step.lines, [](const QString&) { return QString(); }); // finish() may know the sites
        for (const QString& dependency : step.dependsOn) {
            if (const auto it = stepIndex.constFind(dependency); it != stepIndex.cend())
                node.dependsOn.push_back(*it);
        }
        finish(node, step);
        graph.nodes.push_back(std::move(node));
    }
    graph.rebuild();
    return graph;
}

} // namespace fw
