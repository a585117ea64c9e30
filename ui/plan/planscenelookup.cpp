// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planscenelookup.h"

#include "change/changepresentation.h"
#include "common/steppresentation.h"
#include "common/stepstatepresentation.h"
#include "lanebanditem.h"
#include "planscene.h"
#include "stepgroupitem.h"
#include "stepnodeitem.h"

#include <QCoreApplication>

#include <algorithm>

namespace fw {

std::vector<int> findSteps(const PlanScene& scene, const QString& text)
{
    std::vector<int> found;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return found;
    const PlanGraph& graph = scene.graph();
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const PlanGraphNode& node = graph.nodes[i];
        if (node.name.contains(needle, Qt::CaseInsensitive) || node.id.contains(needle, Qt::CaseInsensitive))
            found.push_back(static_cast<int>(i));
    }
    const std::vector<QRectF>& rects = scene.layoutResult().nodeRects;
    std::sort(found.begin(), found.end(), [&rects](int a, int b) {
        const QRectF& ra = rects[static_cast<std::size_t>(a)];
        const QRectF& rb = rects[static_cast<std::size_t>(b)];
        return ra.left() != rb.left() ? ra.left() < rb.left() : ra.top() < rb.top();
    });
    return found;
}

QRectF stepRect(const PlanScene& scene, int index)
{
    const std::vector<QRectF>& rects = scene.layoutResult().nodeRects;
    if (index < 0 || static_cast<std::size_t>(index) >= rects.size())
        return {};
    return rects[static_cast<std::size_t>(index)];
}

QRectF stepRect(const PlanScene& scene, const QString& stepId)
{
    return stepRect(scene, scene.graph().nodeIndex(stepId));
}

int stepAt(const PlanScene& scene, const QPointF& scenePos)
{
    const QList<QGraphicsItem*> hits = scene.items(scenePos, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder);
    for (QGraphicsItem* item : hits)
        if (item->type() == StepNodeItem::Type && item->isVisible()) {
            auto* node = static_cast<StepNodeItem*>(item);
            if (node->cardRect().contains(node->mapFromScene(scenePos)))
                return node->index();
        }
    return -1;
}

LaneBandItem* laneHeaderAt(const PlanScene& scene, const QPointF& scenePos)
{
    for (QGraphicsItem* item : scene.items(scenePos)) {
        if (item->type() != LaneBandItem::Type)
            continue;
        auto* band = static_cast<LaneBandItem*>(item);
        const QPointF local = band->mapFromScene(scenePos);
        if (band->headerRect().contains(local) && (band->isCollapsed() || local.y() < 40))
            return band;
    }
    return nullptr;
}

std::optional<StepState> stepState(const PlanScene& scene, const QString& stepId)
{
    const StepNodeItem* item = scene.nodeItem(scene.graph().nodeIndex(stepId));
    if (!item)
        return std::nullopt;
    return item->state();
}

int groupAt(const PlanScene& scene, const QPointF& scenePos)
{
    for (QGraphicsItem* item : scene.items(scenePos, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder))
        if (item->type() == StepGroupItem::Type && item->isVisible()) {
            auto* group = static_cast<StepGroupItem*>(item);
            if (group->cardRect().contains(group->mapFromScene(scenePos)))
                return group->group();
        }
    return -1;
}

bool setGroupCollapsed(PlanScene& scene, int group, bool collapsed)
{
    const std::vector<StepGroup>& groups = scene.groups().groups();
    std::vector<bool> state(groups.size());
    bool changed = false;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        state[g] = (group < 0 || static_cast<int>(g) == group) ? collapsed : groups[g].collapsed;
        changed = changed || state[g] != groups[g].collapsed;
    }
    if (changed)
        scene.regroup(state);
    return changed;
}

bool revealStep(PlanScene& scene, const QString& stepId)
{
    const int group = scene.groups().groupOf(scene.graph().nodeIndex(stepId));
    return scene.groups().isCollapsed(group) && setGroupCollapsed(scene, group, false);
}

std::vector<int> filterMatches(const PlanScene& scene)
{
    std::vector<int> found;
    if (scene.filter() == PlanFilter::All)
        return found;
    const PlanGraph& graph = scene.graph();
    for (std::size_t i = 0; i < graph.nodes.size(); ++i)
        if (const StepNodeItem* item = scene.nodeItem(static_cast<int>(i));
            item && matchesFilter(scene.filter(), graph.nodes[i].type, item->state()))
            found.push_back(static_cast<int>(i));
    return found;
}

QRectF shownRect(const PlanScene& scene, const std::vector<int>& steps)
{
    QRectF united;
    for (int step : steps) {
        QRectF rect = stepRect(scene, step);
        if (rect.height() <= 0) // in a collapsed lane: its header strip
            rect.adjust(0, -scene.metrics().collapsedLaneHeight / 2, 0, scene.metrics().collapsedLaneHeight / 2);
        united = united.isNull() ? rect : united.united(rect);
    }
    return united;
}

QString planToolTip(const PlanScene& scene, const QPointF& scenePos)
{
    const int index = stepAt(scene, scenePos);
    if (index < 0) {
        if (const StepGroupItem* group = scene.groupItem(groupAt(scene, scenePos)))
            return QStringLiteral("<b>%1</b><br>%2<br>%3")
                .arg(group->label().toHtmlEscaped(), group->countsText().toHtmlEscaped(),
                     QCoreApplication::translate("fw::PlanView", "Double click or Enter: show its steps").toHtmlEscaped());
        const LaneBandItem* band = laneHeaderAt(scene, scenePos);
        return band ? (band->isCollapsed() ? QCoreApplication::translate("fw::PlanView", "Expand lane %1")
                                           : QCoreApplication::translate("fw::PlanView", "Collapse lane %1"))
                          .arg(band->name())
                    : QString();
    }
    const PlanGraphNode& node = scene.graph().nodes[static_cast<std::size_t>(index)];
    const StepNodeItem* item = scene.nodeItem(index);
    QString tip = QStringLiteral("<b>%1</b><br>%2<br>").arg(node.name.toHtmlEscaped(), node.id.toHtmlEscaped());
    if (!item->place().isEmpty())
        tip += item->place().toHtmlEscaped() + QStringLiteral("<br>");
    tip += QCoreApplication::translate("fw::PlanView", "%1 · %2 scope · %3")
               .arg(StepPresentation::typeLabel(node.type), StepPresentation::scopeLabel(node.scope),
                    StepStatePresentation::label(item->state()));
    if (item->attempts() > 1)
        tip += QStringLiteral("<br>") + QCoreApplication::translate("fw::PlanView", "Attempt %1").arg(item->attempts());
    if (node.pointOfNoReturn)
        tip += QStringLiteral("<br>")
            + QCoreApplication::translate("fw::PlanView", "Point of no return: after it the order can no longer be cancelled.");
    if (node.change != NodeChange::None) {
        tip += QStringLiteral("<br><b>%1</b>")
                   .arg(QCoreApplication::translate("fw::PlanView", "Change: %1")
                            .arg(ChangePresentation::label(node.change))
                            .toHtmlEscaped());
        if (!node.changeNote.isEmpty())
            tip += QStringLiteral(" — ") + node.changeNote.toHtmlEscaped();
    }
    return tip;
}

} // namespace fw
