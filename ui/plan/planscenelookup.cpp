#include "planscenelookup.h"

#include "lanebanditem.h"
#include "planscene.h"
#include "stepnodeitem.h"

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

} // namespace fw
