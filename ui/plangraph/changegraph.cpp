// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changegraph.h"

#include "change/changepreview.h"
#include "engine/enginesnapshot.h"
#include "ordergraph.h"

#include <QCoreApplication>

namespace fw {

namespace {
    QString undoesNote(const QString& stepName)
    {
        return QCoreApplication::translate("fw::ChangeGraph", "Undoes '%1'").arg(stepName);
    }
} // namespace

NodeChange nodeChangeOf(StepChangeKind kind)
{
    switch (kind) {
    case StepChangeKind::Kept:
        return NodeChange::Kept;
    case StepChangeKind::Amended:
        return NodeChange::Amended;
    case StepChangeKind::Added:
        return NodeChange::Added;
    case StepChangeKind::Discarded:
        return NodeChange::Discarded;
    case StepChangeKind::Compensation:
        return NodeChange::Compensation;
    case StepChangeKind::Refused:
        return NodeChange::Refused;
    }
    return NodeChange::None;
}

PlanGraph planGraphAfterChange(const ChangePreview& preview, const std::vector<std::pair<QString, QString>>& lanes)
{
    QHash<QString, QString> names;
    for (const StepChange& step : preview.steps)
        names.insert(step.id, step.name);
    return planGraphOfSteps(preview.steps, lanes, [&names](PlanGraphNode& node, const StepChange& step) {
        node.change = nodeChangeOf(step.kind);
        node.changeNote = step.kind == StepChangeKind::Compensation && !step.compensates.isEmpty()
            ? undoesNote(names.value(step.compensates, step.compensates)) + QStringLiteral(": ") + step.reason
            : step.reason;
    });
}

std::vector<NodeStatus> statusesAfterChange(const ChangePreview& preview)
{
    std::vector<NodeStatus> statuses;
    statuses.reserve(preview.steps.size());
    for (const StepChange& step : preview.steps) {
        const QString state = step.stateAfter.isEmpty() ? step.stateBefore : step.stateAfter;
        statuses.push_back({ step.id, stepStateFromString(state).value_or(StepState::Pending), 0 });
    }
    return statuses;
}

PlanGraph planGraphBeforeChange(const OrderDetail& detail, const ChangePreview& preview)
{
    PlanGraph graph = planGraphFromOrder(detail);
    for (PlanGraphNode& node : graph.nodes)
        node.change = NodeChange::None; // badges of earlier changes would read as this change's
    QHash<QString, QString> names;
    for (const StepChange& step : preview.steps)
        names.insert(step.id, step.name);
    for (const StepChange& step : preview.steps) {
        NodeChange change = NodeChange::None;
        QString note = step.reason;
        QString target = step.id;
        switch (step.kind) {
        case StepChangeKind::Amended:
        case StepChangeKind::Discarded:
        case StepChangeKind::Refused:
            change = nodeChangeOf(step.kind);
            break;
        case StepChangeKind::Compensation: // the completed step it undoes gets the badge
            change = NodeChange::Compensation;
            target = step.compensates;
            note = QCoreApplication::translate("fw::ChangeGraph", "Will be undone: %1").arg(step.reason);
            break;
        case StepChangeKind::Kept:
        case StepChangeKind::Added:
            break;
        }
        const int index = graph.nodeIndex(target);
        if (change == NodeChange::None || index < 0)
            continue;
        PlanGraphNode& node = graph.nodes[std::size_t(index)];
        node.change = change;
        node.changeNote = note;
    }
    return graph;
}

} // namespace fw
