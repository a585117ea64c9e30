// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plangraph.h"

#include "domain/catalog.h"
#include "domain/plan.h"

namespace fw {

int PlanGraph::nodeIndex(const QString& id) const
{
    return m_index.value(id, -1);
}

void PlanGraph::rebuild()
{
    m_index.clear();
    m_index.reserve(static_cast<qsizetype>(nodes.size()));
    edges.clear();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        m_index.insert(nodes[i].id, static_cast<int>(i));
        for (int dep : nodes[i].dependsOn) {
            if (dep < 0 || static_cast<std::size_t>(dep) >= nodes.size())
                continue;
            const bool crossPlan = nodes[static_cast<std::size_t>(dep)].planDefinition != nodes[i].planDefinition;
            edges.push_back({ dep, static_cast<int>(i), crossPlan });
        }
    }
}

PlanGraph planGraphFromPlan(const OrchestrationPlan& plan, const Catalog* catalog)
{
    PlanGraph graph;
    QHash<QString, int> laneIndex;
    const auto addLane = [&](const QString& id) {
        const auto found = laneIndex.constFind(id);
        if (found != laneIndex.constEnd())
            return found.value();
        QString name = id;
        if (catalog) {
            const int index = catalog->laneIndex(id);
            if (index >= 0 && !catalog->lanes[static_cast<std::size_t>(index)].name.isEmpty())
                name = catalog->lanes[static_cast<std::size_t>(index)].name;
        }
        graph.lanes.push_back({ id, name });
        laneIndex.insert(id, static_cast<int>(graph.lanes.size() - 1));
        return static_cast<int>(graph.lanes.size() - 1);
    };
    for (const QString& lane : plan.lanes)
        addLane(lane);

    QHash<QString, const FulfillmentLine*> lines;
    for (const FulfillmentLine& line : plan.lines)
        lines.insert(line.id, &line);
    graph.nodes.reserve(plan.steps.size());
    for (const PlanStep& step : plan.steps) {
        PlanGraphNode node;
        node.id = step.id;
        node.name = step.name.isEmpty() ? step.stepKey : step.name;
        node.type = step.type;
        node.scope = step.scope;
        node.scopeKey = step.scopeKey;
        node.planDefinition = step.planDefinition;
        node.lane = addLane(step.lane); // a lane missing from plan.lanes still gets a band
        node.pointOfNoReturn = step.pointOfNoReturn;
        node.dependsOn = step.dependsOn;
        setNodePlace(node, step.lines, [&lines](const QString& id) {
            const FulfillmentLine* line = lines.value(id);
            return line ? line->deliveryGroup : QString();
        });
        if (node.bundle.isEmpty() && !step.lines.isEmpty()) { // item lines know their bundle item
            const FulfillmentLine* first = lines.value(step.lines.front());
            QString bundle = first ? first->bundleItem : QString();
            for (const QString& id : step.lines)
                if (const FulfillmentLine* line = lines.value(id); !line || line->bundleItem != bundle)
                    bundle.clear();
            node.bundle = bundle;
        }
        graph.nodes.push_back(std::move(node));
    }
    graph.rebuild();
    return graph;
}

std::vector<int> criticalPathEdges(const PlanGraph& graph, const QStringList& stepIds)
{
    std::vector<int> result;
    for (qsizetype i = 0; i + 1 < stepIds.size(); ++i) {
        const int from = graph.nodeIndex(stepIds.at(i));
        const int to = graph.nodeIndex(stepIds.at(i + 1));
        if (from < 0 || to < 0)
            continue;
        for (std::size_t e = 0; e < graph.edges.size(); ++e) {
            if (graph.edges[e].from == from && graph.edges[e].to == to) {
                result.push_back(static_cast<int>(e));
                break;
            }
        }
    }
    return result;
}

bool matchesFilter(PlanFilter filter, StepType type, StepState state)
{
    switch (filter) {
    case PlanFilter::All:
        return true;
    case PlanFilter::ManualTasks:
        return type == StepType::ManualTask;
    case PlanFilter::Callouts:
        return type == StepType::Callout;
    case PlanFilter::Failed:
        return state == StepState::FailedRetrying || state == StepState::Fallout;
    case PlanFilter::Waiting:
        return state == StepState::Waiting;
    case PlanFilter::NotCompleted:
        return state != StepState::Completed && state != StepState::Skipped && state != StepState::Cancelled;
    }
    return true;
}

} // namespace fw
