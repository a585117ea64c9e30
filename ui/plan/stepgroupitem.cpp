// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stepgroupitem.h"

#include "common/stepstatepresentation.h"
#include "plangraphstyle.h"
#include "stepglyphs.h"
#include "stepnodeitem.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace fw {

namespace {
    constexpr qreal groupRadius = 7;
    constexpr qreal stackOffset = 4; // the cards "behind" it
    constexpr qreal groupBoxLod = 0.35; // below: a plain box with the state bar
    constexpr qreal groupChangeOverhang = 11; // the change badge, in the gap above the card
    // Most urgent first: what a supervisor looks for in a collapsed site.
    constexpr std::array<StepState, 9> countOrder { StepState::Fallout,   StepState::FailedRetrying, StepState::Running,
                                                    StepState::Waiting,   StepState::Ready,          StepState::Pending,
                                                    StepState::Completed, StepState::Skipped,        StepState::Cancelled };
    // The bar reads left to right in the order of a step's life.
    constexpr std::array<StepState, 9> barOrder { StepState::Completed, StepState::Skipped,        StepState::Running,
                                                  StepState::Waiting,   StepState::FailedRetrying, StepState::Fallout,
                                                  StepState::Ready,     StepState::Pending,        StepState::Cancelled };
} // namespace

StepGroupItem::StepGroupItem(int group, const QString& label, std::vector<const StepNodeItem*> members, const QSizeF& size,
                             const PlanGraphStyle* style)
    : m_style(style)
    , m_members(std::move(members))
    , m_label(label)
    , m_size(size)
    , m_group(group)
{
    setZValue(2);
    refresh();
}

QRectF StepGroupItem::boundingRect() const
{
    return QRectF(-3, -groupChangeOverhang, m_size.width() + 2 * stackOffset + 6,
                  m_size.height() + 2 * stackOffset + groupChangeOverhang + 3);
}

void StepGroupItem::refresh()
{
    std::array<int, 9> counts {};
    bool dimmed = !m_members.empty();
    bool selected = false;
    for (const StepNodeItem* member : m_members) {
        ++counts[static_cast<std::size_t>(member->state())];
        dimmed = dimmed && member->emphasis() == StepNodeItem::Emphasis::Dimmed;
        selected = selected || member->emphasis() == StepNodeItem::Emphasis::Selected;
    }
    setDimmed(dimmed); // no step of it matches the filter or the selected chain
    setSelected(selected);
    if (counts == m_counts && !m_title.text().isEmpty())
        return;
    m_counts = counts;
    prepareTexts();
    update();
}

QString StepGroupItem::countsText() const
{
    QStringList parts;
    for (StepState state : countOrder)
        if (const int n = count(state))
            parts << QCoreApplication::translate("fw::StepGroupItem", "%1 %2").arg(n).arg(StepStatePresentation::label(state));
    return parts.join(QStringLiteral(", "));
}

void StepGroupItem::prepareTexts()
{
    m_title.setTextFormat(Qt::PlainText);
    m_title.setText(m_style->nameMetrics.elidedText(m_label, Qt::ElideRight, m_size.width() - 34 - 10));
    m_title.prepare(QTransform(), m_style->nameFont);
    m_sizeText.setTextFormat(Qt::PlainText);
    m_sizeText.setText(QCoreApplication::translate("fw::StepGroupItem", "%n step(s)", nullptr, size()));
    m_sizeText.prepare(QTransform(), m_style->smallFont);
    // The counts as state glyphs and numbers (the legend's glyphs): short in every language.
    m_countTexts.clear();
    for (StepState state : countOrder)
        if (const int n = count(state)) {
            QStaticText text(QString::number(n));
            text.setTextFormat(Qt::PlainText);
            text.prepare(QTransform(), m_style->smallFont);
            m_countTexts.emplace_back(state, std::move(text));
        }
}

void StepGroupItem::setDimmed(bool dimmed)
{
    if (dimmed != m_dimmed) {
        m_dimmed = dimmed;
        update();
    }
}

void StepGroupItem::setSelected(bool selected)
{
    if (selected != m_selected) {
        m_selected = selected;
        update();
    }
}

void StepGroupItem::setCurrent(bool current)
{
    if (current != m_current) {
        m_current = current;
        update();
    }
}

void StepGroupItem::setChange(NodeChange change)
{
    if (change != m_change) {
        m_change = change;
        update();
    }
}

void StepGroupItem::setStyle(const PlanGraphStyle* style)
{
    m_style = style;
    prepareTexts();
    update();
}

void StepGroupItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const PlanGraphStyle& s = *m_style;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const qreal opacity = painter->opacity();
    if (m_dimmed)
        painter->setOpacity(opacity * s.dimmedOpacity);
    const QRectF card = cardRect();
    const QPen border = m_selected || m_current ? s.selectionPen : s.laneBorderPen;
    // Two cards behind it: a stack of steps.
    painter->setPen(s.laneBorderPen);
    painter->setBrush(s.laneHeaderFill);
    for (int i = 2; i >= 1; --i)
        painter->drawRoundedRect(card.translated(i * stackOffset, i * stackOffset), groupRadius, groupRadius);
    painter->setPen(border);
    painter->setBrush(s.state(StepState::Pending).fill);
    painter->drawRoundedRect(card, groupRadius, groupRadius);

    // The states as a bar: one segment per state, as wide as its share of the steps.
    const QRectF bar = lod < groupBoxLod ? QRectF(6, card.height() / 2 - 8, card.width() - 12, 16) : QRectF(10, 27, card.width() - 20, 6);
    qreal x = bar.left();
    const int total = std::max(1, size());
    for (StepState state : barOrder) {
        const int n = count(state);
        if (!n)
            continue;
        const qreal w = bar.width() * n / total;
        painter->fillRect(QRectF(x, bar.top(), w, bar.height()), s.state(state).accentBrush);
        x += w;
    }
    if (lod >= groupBoxLod) {
        // An expand sign: a square with a plus.
        const QRectF sign(12, 7, 14, 14);
        painter->setPen(s.mutedTextPen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(sign, 2, 2);
        painter->drawLine(QPointF(sign.left() + 3.5, sign.center().y()), QPointF(sign.right() - 3.5, sign.center().y()));
        painter->drawLine(QPointF(sign.center().x(), sign.top() + 3.5), QPointF(sign.center().x(), sign.bottom() - 3.5));
        painter->setFont(s.nameFont);
        painter->setPen(s.textPen);
        painter->drawStaticText(QPointF(34, 5), m_title);
        painter->setFont(s.smallFont);
        painter->setPen(s.mutedTextPen);
        const qreal sizeLeft = card.width() - 10 - m_sizeText.size().width();
        painter->drawStaticText(QPointF(sizeLeft, 37), m_sizeText);
        qreal x = 10;
        for (const auto& [state, text] : m_countTexts) {
            if (x + 14 + text.size().width() > sizeLeft - 4)
                break; // the rest is in the tooltip
            const PlanGraphStyle::State& st = s.state(state);
            StepGlyphs::paint(painter, QRectF(x, 38, 11, 11), StepGlyphs::state(state), st.glyphPen);
            painter->setPen(st.accent);
            painter->drawStaticText(QPointF(x + 14, 37), text);
            x += 14 + text.size().width() + 9;
        }
    }
    if (m_change != NodeChange::None && lod >= groupBoxLod) {
        const PlanGraphStyle::Change& c = s.change(m_change);
        const QRectF badge(8, -groupChangeOverhang, 18, 17);
        painter->setPen(s.badgeOutlinePen);
        painter->setBrush(c.brush);
        painter->drawRoundedRect(badge, 8.5, 8.5);
        painter->setFont(s.badgeFont);
        painter->setPen(s.badgeTextPen);
        painter->drawStaticText(QPointF(badge.center().x() - c.glyph.size().width() / 2, badge.center().y() - c.glyph.size().height() / 2),
                                c.glyph);
    }
    painter->setOpacity(opacity);
}

} // namespace fw
