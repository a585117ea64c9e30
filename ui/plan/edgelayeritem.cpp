// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "edgelayeritem.h"

#include "plangraphstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace fw {

namespace {
    constexpr qreal arrowLength = 9;
    constexpr qreal arrowHalfWidth = 4.5;
} // namespace

EdgeLayerItem::EdgeLayerItem(const PlanGraphStyle* style, bool highlight)
    : m_style(style)
    , m_highlight(highlight)
{
    setZValue(highlight ? 1.5 : 1);
}

void EdgeLayerItem::addEdge(const QRectF& from, const QRectF& to, bool crossPlan, qreal columnGap, qreal rowGap)
{
    QPainterPath& path = crossPlan ? m_crossPlanLines : m_lines;
    QPainterPath& coarse = crossPlan ? m_coarseCrossPlanLines : m_coarseLines;
    const QPointF start(from.right(), from.center().y());
    const QPointF end(to.left(), to.center().y());
    const QPointF tip(end.x() - arrowLength + 1, end.y());
    const qreal bend = columnGap / 2;
    path.moveTo(start);
    coarse.moveTo(start);
    if (end.x() - start.x() <= columnGap * 1.5) {
        path.cubicTo(start.x() + bend, start.y(), tip.x() - bend, end.y(), tip.x(), tip.y());
        coarse.lineTo(tip);
    } else {
        // Into the gap below (or above) the source row, along it, and up or down into the target.
        const qreal offset = from.height() / 2 + rowGap / 2;
        const qreal channel = start.y() + (end.y() >= start.y() ? offset : -offset);
        const qreal into = start.x() + columnGap;
        const qreal outOf = end.x() - columnGap;
        path.cubicTo(start.x() + bend, start.y(), start.x() + bend, channel, into, channel);
        path.lineTo(outOf, channel);
        path.cubicTo(outOf + bend, channel, tip.x() - bend, end.y(), tip.x(), tip.y());
        coarse.lineTo(into, channel);
        coarse.lineTo(outOf, channel);
        coarse.lineTo(tip);
    }
    m_arrows.moveTo(end);
    m_arrows.lineTo(end.x() - arrowLength, end.y() - arrowHalfWidth);
    m_arrows.lineTo(end.x() - arrowLength, end.y() + arrowHalfWidth);
    m_arrows.closeSubpath();
    ++m_count;
}

void EdgeLayerItem::clearEdges()
{
    m_lines.clear();
    m_crossPlanLines.clear();
    m_arrows.clear();
    m_coarseLines.clear();
    m_coarseCrossPlanLines.clear();
    m_count = 0;
}

void EdgeLayerItem::commit()
{
    prepareGeometryChange();
    m_bounds = m_lines.boundingRect().united(m_crossPlanLines.boundingRect()).united(m_arrows.boundingRect());
    m_bounds.adjust(-3, -3, 3, 3);
    update();
}

void EdgeLayerItem::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    update();
}

void EdgeLayerItem::setStyle(const PlanGraphStyle* style)
{
    m_style = style;
    update();
}

void EdgeLayerItem::setCriticalPath(bool criticalPath)
{
    if (criticalPath == m_criticalPath)
        return;
    m_criticalPath = criticalPath;
    update();
}

void EdgeLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const PlanGraphStyle& s = *m_style;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const qreal opacity = painter->opacity();
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    if (m_dimmed)
        painter->setOpacity(opacity * s.dimmedOpacity);
    const bool coarse = lod < 0.3;
    if (coarse && !m_highlight)
        painter->setRenderHint(QPainter::Antialiasing, false); // thousands of hairlines: speed first
    painter->setBrush(Qt::NoBrush);
    const QPainterPath& lines = coarse ? m_coarseLines : m_lines;
    const QPainterPath& crossPlanLines = coarse ? m_coarseCrossPlanLines : m_crossPlanLines;
    const QPen& highlightPen = m_criticalPath ? s.criticalPathEdgePen : s.highlightEdgePen;
    if (!lines.isEmpty()) {
        painter->setPen(m_highlight ? highlightPen : s.edgePen);
        painter->drawPath(lines);
    }
    if (!crossPlanLines.isEmpty()) {
        painter->setPen(m_highlight ? highlightPen : s.crossPlanEdgePen);
        painter->drawPath(crossPlanLines);
    }
    if (lod >= 0.3)
        painter->fillPath(m_arrows, m_highlight ? (m_criticalPath ? s.criticalPathArrowBrush : s.highlightArrowBrush) : s.edgeArrowBrush);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
    painter->setOpacity(opacity);
}

} // namespace fw
