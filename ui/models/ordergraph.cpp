#include "ordergraph.h"

#include "engine/enginesnapshot.h"

namespace fw {

PlanGraph planGraphFromOrder(const OrderDetail& detail)
{
    PlanGraph graph;
    QHash<QString, int> laneIndex;
    for (const auto& [id, name] : detail.lanes) {
        laneIndex.insert(id, int(graph.lanes.size()));
        graph.lanes.push_back({ id, name });
    }
    QHash<QString, int> stepIndex;
    for (const StepStatus& step : detail.steps)
        stepIndex.insert(step.id, int(stepIndex.size()));
    for (const StepStatus& step : detail.steps) {
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
        for (const QString& dependency : step.dependsOn) {
            if (const auto it = stepIndex.constFind(dependency); it != stepIndex.cend())
                node.dependsOn.push_back(*it);
        }
        graph.nodes.push_back(std::move(node));
    }
    graph.rebuild();
    return graph;
}

std::vector<NodeStatus> nodeStatusesOf(const OrderDetail& detail)
{
    std::vector<NodeStatus> statuses;
    statuses.reserve(detail.steps.size());
    for (const StepStatus& step : detail.steps)
        statuses.push_back({ step.id, stepStateFromString(step.state).value_or(StepState::Pending), step.attempts });
    return statuses;
}

} // namespace fw
