// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lanebanditem.h"

#include "common/steppresentation.h"
#include "plangraphstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace fw {

LaneBandItem::LaneBandItem(int lane, const QString& name, int steps, const PlanGraphStyle* style)
    : m_style(style)
    , m_name(name)
    , m_lane(lane)
    , m_steps(steps)
{
    setZValue(0);
    setFlag(ItemUsesExtendedStyleOption); // paint only the exposed part of a wide band
    prepareTexts();
}

void LaneBandItem::prepareTexts()
{
    const qreal room = m_headerWidth > 0 ? m_headerWidth - 40 : 110;
    m_nameText.setTextFormat(Qt::PlainText);
    m_nameText.setText(m_style->laneMetrics.elidedText(m_name, Qt::ElideRight, room));
    m_nameText.prepare(QTransform(), m_style->laneFont);
    m_countText.setTextFormat(Qt::PlainText);
    m_countText.setText(m_steps == 1 ? QCoreApplication::translate("fw::LaneBandItem", "1 step")
                                     : QCoreApplication::translate("fw::LaneBandItem", "%1 steps").arg(m_steps));
    m_countText.prepare(QTransform(), m_style->smallFont);
}

void LaneBandItem::setBand(const QRectF& rect, qreal headerWidth, bool collapsed)
{
    prepareGeometryChange();
    setPos(rect.topLeft());
    m_rect = QRectF(QPointF(0, 0), rect.size());
    const bool widthChanged = !qFuzzyCompare(headerWidth, m_headerWidth);
    m_headerWidth = headerWidth;
    m_collapsed = collapsed;
    if (widthChanged)
        prepareTexts();
    update();
}

void LaneBandItem::setStyle(const PlanGraphStyle* style)
{
    m_style = style;
    prepareTexts();
    update();
}

void LaneBandItem::setGroupBand(const QString& title, int steps)
{
    m_groupBand = true;
    if (title == m_name && steps == m_steps)
        return;
    m_name = title;
    m_steps = steps;
    prepareTexts();
    update();
}

void LaneBandItem::setNote(const QString& note)
{
    if (note == m_note)
        return;
    m_note = note;
    update();
}

QRectF LaneBandItem::headerRect() const
{
    return QRectF(0, 0, m_headerWidth, m_rect.height());
}

QRectF LaneBandItem::toggleRect() const
{
    return QRectF(m_headerWidth - 30, 6, 22, 22);
}

void LaneBandItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const PlanGraphStyle& s = *m_style;
    const QRectF exposed = option->exposedRect.isNull() ? m_rect : option->exposedRect.intersected(m_rect);
    painter->fillRect(exposed, s.laneFill[m_lane % 2]);
    const QRectF header = headerRect();
    if (exposed.intersects(header)) {
        painter->fillRect(header, s.laneHeaderFill);
        painter->fillRect(QRectF(0, 0, 5, m_rect.height()), m_groupBand ? s.mutedTextPen.color() : StepPresentation::laneColor(m_lane));
    }
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (!m_note.isEmpty() && !m_collapsed && lod >= 0.3) {
        painter->setFont(s.smallFont);
        painter->setPen(s.mutedTextPen);
        painter->drawText(QRectF(m_headerWidth + 12, 0, m_rect.width() - m_headerWidth - 24, m_rect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, m_note);
    }
    painter->setPen(s.laneBorderPen);
    painter->drawLine(QPointF(exposed.left(), m_rect.bottom()), QPointF(exposed.right(), m_rect.bottom()));
    if (lod < 0.3 || !exposed.intersects(header))
        return; // the view pins lane names at its left edge instead

    painter->setFont(s.laneFont);
    painter->setPen(s.textPen);
    painter->drawStaticText(QPointF(16, 9), m_nameText);
    if (!m_collapsed) {
        painter->setFont(s.smallFont);
        painter->setPen(s.mutedTextPen);
        painter->drawStaticText(QPointF(16, 29), m_countText);
    }
    // The toggle: a chevron pointing down (expanded) or right (collapsed).
    const QRectF t = toggleRect().adjusted(6, 6, -6, -6);
    QPen chevron = s.mutedTextPen;
    chevron.setWidthF(1.8);
    chevron.setCapStyle(Qt::RoundCap);
    painter->setPen(chevron);
    if (m_collapsed) {
        painter->drawLine(QPointF(t.left() + 3, t.top()), QPointF(t.right() - 2, t.center().y()));
        painter->drawLine(QPointF(t.right() - 2, t.center().y()), QPointF(t.left() + 3, t.bottom()));
    } else {
        painter->drawLine(QPointF(t.left(), t.top() + 3), QPointF(t.center().x(), t.bottom() - 2));
        painter->drawLine(QPointF(t.center().x(), t.bottom() - 2), QPointF(t.right(), t.top() + 3));
    }
}

} // namespace fw
