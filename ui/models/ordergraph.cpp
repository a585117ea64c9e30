#include "ordergraph.h"

#include "changepresentation.h"
#include "engine/enginesnapshot.h"

#include <QCoreApplication>

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
        // A change order's mark: compensations, steps done again ("@r1") and discarded ones.
        node.change = ChangePresentation::nodeChangeFromStore(step.change);
        if (!step.compensates.isEmpty()) {
            const auto undone = stepIndex.constFind(step.compensates);
            const QString name = undone == stepIndex.cend() ? step.compensates : detail.steps[std::size_t(*undone)].name;
            node.changeNote = QCoreApplication::translate("fw::ChangeGraph", "Undoes '%1'").arg(name);
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
