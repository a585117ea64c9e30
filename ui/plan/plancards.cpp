// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plancards.h"

#include "change/changepresentation.h"
#include "common/steppresentation.h"
#include "common/stepstatepresentation.h"
#include "planscene.h"
#include "stepgroupitem.h"
#include "stepnodeitem.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace fw {

namespace {
    // The node whose place in the layout a card takes: the step, or a group's first member.
    int layoutNode(const PlanScene& scene, const PlanCard& card)
    {
        if (card.step >= 0)
            return card.step;
        const auto& groups = scene.groups().groups();
        return card.group >= 0 && static_cast<std::size_t>(card.group) < groups.size()
            ? groups[static_cast<std::size_t>(card.group)].members.front()
            : -1;
    }
} // namespace

bool isPlanCardShown(const PlanScene& scene, const PlanCard& card)
{
    if (card.step >= 0) {
        const StepNodeItem* item = static_cast<std::size_t>(card.step) < scene.graph().nodes.size() ? scene.nodeItem(card.step) : nullptr;
        return item && item->isVisible();
    }
    const StepGroupItem* item = scene.groupItem(card.group);
    return item && item->isVisible();
}

std::vector<PlanCard> planCardOrder(const PlanScene& scene)
{
    const PlanGraphLayoutResult& layout = scene.layoutResult();
    std::vector<PlanCard> cards;
    const int nodes = static_cast<int>(scene.graph().nodes.size());
    if (static_cast<int>(layout.column.size()) < nodes)
        return cards;
    for (int i = 0; i < nodes; ++i) {
        if (isPlanCardShown(scene, { i, -1 }))
            cards.push_back({ i, -1 });
    }
    for (int g = 0; g < static_cast<int>(scene.groups().groups().size()); ++g) {
        if (isPlanCardShown(scene, { -1, g }))
            cards.push_back({ -1, g });
    }
    const auto key = [&](const PlanCard& card) {
        const auto node = static_cast<std::size_t>(layoutNode(scene, card));
        const auto band = static_cast<std::size_t>(layout.lane[node]);
        const qreal top = band < layout.laneRects.size() ? layout.laneRects[band].top() : 0.0;
        return std::make_tuple(top, layout.column[node], layout.row[node], card.group);
    };
    std::stable_sort(cards.begin(), cards.end(), [&](const PlanCard& a, const PlanCard& b) { return key(a) < key(b); });
    return cards;
}

QRectF planCardRect(const PlanScene& scene, const PlanCard& card)
{
    if (!isPlanCardShown(scene, card))
        return {};
    if (card.step >= 0) {
        const StepNodeItem* item = scene.nodeItem(card.step);
        return item->mapRectToScene(item->cardRect());
    }
    const StepGroupItem* item = scene.groupItem(card.group);
    return item->mapRectToScene(item->cardRect());
}

QString planCardName(const PlanScene& scene, const PlanCard& card)
{
    const PlanGraph& graph = scene.graph();
    if (card.step >= 0 && static_cast<std::size_t>(card.step) < graph.nodes.size()) {
        const PlanGraphNode& node = graph.nodes[static_cast<std::size_t>(card.step)];
        const QString lane
            = static_cast<std::size_t>(node.lane) < graph.lanes.size() ? graph.lanes[static_cast<std::size_t>(node.lane)].name : QString();
        return QCoreApplication::translate("fw::PlanCards", "%1, %2, %3")
            .arg(node.name, lane, StepStatePresentation::label(scene.nodeItem(card.step)->state()));
    }
    if (const StepGroupItem* group = scene.groupItem(card.group))
        return QCoreApplication::translate("fw::PlanCards", "%1, %n step(s): %2", nullptr, group->size())
            .arg(group->label(), group->countsText());
    return {};
}

QString planCardDescription(const PlanScene& scene, const PlanCard& card)
{
    const PlanGraph& graph = scene.graph();
    if (card.step < 0 || static_cast<std::size_t>(card.step) >= graph.nodes.size())
        return card.group >= 0 ? QCoreApplication::translate("fw::PlanCards", "A group of steps; Enter shows them") : QString();
    const PlanGraphNode& node = graph.nodes[static_cast<std::size_t>(card.step)];
    const StepNodeItem* item = scene.nodeItem(card.step);
    QStringList parts { QCoreApplication::translate("fw::PlanCards", "%1, %2 scope")
                            .arg(StepPresentation::typeLabel(node.type), StepPresentation::scopeLabel(node.scope)) };
    if (!item->place().isEmpty())
        parts << item->place();
    if (item->attempts() > 1)
        parts << QCoreApplication::translate("fw::PlanCards", "attempt %1").arg(item->attempts());
    if (node.pointOfNoReturn)
        parts << QCoreApplication::translate("fw::PlanCards", "point of no return");
    if (node.change != NodeChange::None)
        parts << QCoreApplication::translate("fw::PlanCards", "change: %1").arg(ChangePresentation::label(node.change));
    return parts.join(QStringLiteral("; "));
}

} // namespace fw
