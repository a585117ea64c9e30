// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

namespace fw {

class PlanGraphStyle;

// Many dependency arrows in one item: the edges that leave one lane and column (or, for the
// highlight layer, the selected step's chain), as one curve path, one dashed path for cross-plan
// dependencies and one path of arrow heads. Thousands of edges cost a few dozen items.
class EdgeLayerItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    EdgeLayerItem(const PlanGraphStyle* style, bool highlight);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Adds one arrow from the right edge of `from` to the left edge of `to`. Arrows that span
    // several columns leave and enter through the gaps between rows so they never run under a card.
    void addEdge(const QRectF& from, const QRectF& to, bool crossPlan, qreal columnGap, qreal rowGap);
    void clearEdges();
    // Call after adding edges.
    void commit();
    int edgeCount() const { return m_count; }
    void setDimmed(bool dimmed);
    void setStyle(const PlanGraphStyle* style);
    // Paints with the critical-path pens (the layer of an order's critical path).
    void setCriticalPath(bool criticalPath);
    bool isCriticalPath() const { return m_criticalPath; }

private:
    const PlanGraphStyle* m_style;
    QPainterPath m_lines;
    QPainterPath m_crossPlanLines;
    QPainterPath m_arrows;
    // The same edges as straight polylines, for low zoom: flattening thousands of curves that
    // end up a few pixels long was most of the cost of painting a large plan zoomed out.
    QPainterPath m_coarseLines;
    QPainterPath m_coarseCrossPlanLines;
    QRectF m_bounds;
    int m_count = 0;
    bool m_highlight;
    bool m_dimmed = false;
    bool m_criticalPath = false;
};

} // namespace fw
