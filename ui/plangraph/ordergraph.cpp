// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ordergraph.h"

#include "engine/enginesnapshot.h"

#include <QCoreApplication>

namespace fw {

PlanGraph planGraphFromOrder(const OrderDetail& detail)
{
    QHash<QString, QString> names;
    for (const StepStatus& step : detail.steps)
        names.insert(step.id, step.name);
    return planGraphOfSteps(detail.steps, detail.lanes, [&names, &detail](PlanGraphNode& node, const StepStatus& step) {
        // A change order's mark: compensations, steps done again ("@r1") and discarded ones.
        node.change = nodeChangeFromStore(step.change);
        setNodePlace(node, step.lines, [&detail](const QString& line) { return detail.lineSites.value(line); });
        if (!step.compensates.isEmpty()) {
            const QString name = names.value(step.compensates, step.compensates);
            node.changeNote = QCoreApplication::translate("fw::ChangeGraph", "Undoes '%1'").arg(name);
        }
    });
}

NodeChange nodeChangeFromStore(const QString& change)
{
    if (change == QLatin1String("amended"))
        return NodeChange::Amended;
    if (change == QLatin1String("added"))
        return NodeChange::Added;
    if (change == QLatin1String("discarded"))
        return NodeChange::Discarded;
    if (change == QLatin1String("compensation"))
        return NodeChange::Compensation;
    return NodeChange::None;
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
