// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stepnodeitem.h"

#include "plangraph/plangraph.h"
#include "stepglyphs.h"
#include "plangraphstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace fw {

namespace {
    constexpr qreal boxLod = 0.35; // below: a plain box
    // Below: card and name only. A hair under 0.6, the zoom PlanView opens at: the level of detail comes
    // out of each card's own transform, and rounding put some cards of a view at 60 % below 0.6.
    constexpr qreal detailLod = 0.595;
    constexpr qreal radius = 7;
    constexpr qreal badgeOverhang = 8;
    constexpr qreal changeOverhang = 11; // the change badge sits higher, in the gap above the card
} // namespace

StepNodeItem::StepNodeItem(int index, const PlanGraphNode& node, const QString& place, const QString& placeKey, const QSizeF& size,
                           const PlanGraphStyle* style)
    : m_style(style)
    , m_node(node)
    , m_size(size)
    , m_place(place)
    , m_placeKey(placeKey)
    , m_index(index)
{
    setZValue(2);
}

QRectF StepNodeItem::boundingRect() const
{
    // Room for the selection outline, the attempts badge over the top-right corner and the change
    // badge over the top-left one.
    return QRectF(-3, -changeOverhang, m_size.width() + badgeOverhang + 3, m_size.height() + changeOverhang + 3);
}

bool StepNodeItem::setStatus(StepState state, int attempts)
{
    if (state == m_state && attempts == m_attempts)
        return false;
    if (state != m_state)
        m_placeText = QStaticText(); // elided again beside the new state's name
    m_state = state;
    m_attempts = attempts;
    update();
    return true;
}

void StepNodeItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    update();
}

void StepNodeItem::setOnCriticalPath(bool on)
{
    if (on == m_onCriticalPath)
        return;
    m_onCriticalPath = on;
    update();
}

void StepNodeItem::setStyle(const PlanGraphStyle* style)
{
    m_style = style;
    m_nameText = QStaticText(); // the font may have changed
    m_placeText = QStaticText();
    update();
}

void StepNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const qreal opacity = painter->opacity();
    if (m_emphasis == Emphasis::Dimmed)
        painter->setOpacity(opacity * m_style->dimmedOpacity);
    if (m_node.change == NodeChange::Discarded) // no longer part of the plan: faded (and dashed, below)
        painter->setOpacity(painter->opacity() * 0.5);
    const PlanGraphStyle::State& st = m_style->state(m_state);
    if (lod < boxLod) {
        painter->fillRect(cardRect(), st.accentBrush);
        if (m_emphasis == Emphasis::Selected || m_emphasis == Emphasis::Chain) {
            painter->setPen(m_emphasis == Emphasis::Selected ? m_style->selectionPen : m_style->chainPen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(cardRect());
        }
    } else {
        paintCard(painter, lod);
    }
    if (m_onCriticalPath) { // outside the border, so a selection outline does not hide it
        painter->setPen(m_style->criticalPathPen);
        painter->setBrush(Qt::NoBrush);
        if (lod < boxLod)
            painter->drawRect(cardRect().adjusted(-1.5, -1.5, 1.5, 1.5));
        else
            painter->drawRoundedRect(cardRect().adjusted(-1.5, -1.5, 1.5, 1.5), radius + 1.5, radius + 1.5);
    }
    if (m_node.change != NodeChange::None && lod >= boxLod)
        paintChangeBadge(painter, lod);
    painter->setOpacity(opacity);
}

// The change order's mark over the top-left corner: a pill with the kind's glyph, and its name
// once the card is readable.
void StepNodeItem::paintChangeBadge(QPainter* painter, qreal lod)
{
    const PlanGraphStyle::Change& c = m_style->change(m_node.change);
    // Kept steps are most of a plan: their badge stays a quiet glyph, the changes carry a name.
    const bool named = lod >= detailLod && m_node.change != NodeChange::Kept;
    const qreal width = named ? 22 + c.label.size().width() : 18;
    const QRectF badge(8, -changeOverhang, width, 17);
    painter->setPen(m_style->badgeOutlinePen);
    painter->setBrush(c.brush);
    painter->drawRoundedRect(badge, 8.5, 8.5);
    painter->setFont(m_style->badgeFont);
    painter->setPen(m_style->badgeTextPen);
    const QSizeF glyph = c.glyph.size();
    painter->drawStaticText(QPointF(badge.left() + 9 - glyph.width() / 2, badge.center().y() - glyph.height() / 2), c.glyph);
    if (named)
        painter->drawStaticText(QPointF(badge.left() + 18, badge.center().y() - c.label.size().height() / 2), c.label);
}

void StepNodeItem::paintCard(QPainter* painter, qreal lod)
{
    const PlanGraphStyle& s = *m_style;
    const PlanGraphStyle::State& st = s.state(m_state);
    const QRectF card = cardRect();
    const qreal w = m_size.width();
    const qreal h = m_size.height();

    painter->setBrush(st.fill);
    if (m_emphasis == Emphasis::Selected)
        painter->setPen(s.selectionPen);
    else if (m_emphasis == Emphasis::Chain)
        painter->setPen(s.chainPen);
    else if (m_node.change == NodeChange::Discarded)
        painter->setPen(s.discardedBorderPen);
    else
        painter->setPen(st.border);
    painter->drawRoundedRect(card, radius, radius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(st.accentBrush);
    painter->drawRoundedRect(QRectF(4, 6, 4, h - 12), 2, 2); // the state strip

    const qreal textLeft = 34;
    const qreal ponrRoom = m_node.pointOfNoReturn ? 20 : 0;
    if (m_nameText.text().isEmpty()) {
        m_nameText.setTextFormat(Qt::PlainText);
        m_nameText.setText(s.nameMetrics.elidedText(m_node.name, Qt::ElideRight, w - textLeft - 10 - ponrRoom));
        m_nameText.setPerformanceHint(QStaticText::AggressiveCaching);
        m_nameText.prepare(QTransform(), s.nameFont);
    }
    StepGlyphs::paint(painter, QRectF(14, 8, 14, 14), StepGlyphs::type(m_node.type), s.typeGlyphPen(m_node.type));
    painter->setFont(s.nameFont);
    painter->setPen(s.textPen);
    painter->drawStaticText(QPointF(textLeft, 6), m_nameText);
    if (lod < detailLod)
        return;

    // Second line: state glyph and name (so that state is not colour alone), scope on the right.
    StepGlyphs::paint(painter, QRectF(15, 32, 12, 12), StepGlyphs::state(m_state), st.glyphPen);
    painter->setFont(s.smallFont);
    painter->setPen(st.accent);
    painter->drawStaticText(QPointF(textLeft, 31), st.label);
    // Where it belongs (a 40-site order has forty "Ship router" cards): its site, bundle or line.
    if (m_placeText.text().isEmpty() && !m_place.isEmpty()) {
        m_placeText.setTextFormat(Qt::PlainText);
        const qreal room = w - textLeft - 10 - st.label.size().width() - 8;
        const QFontMetricsF metrics(s.smallFont);
        const bool fits = metrics.horizontalAdvance(m_place) <= room || m_placeKey.isEmpty();
        m_placeText.setText(metrics.elidedText(fits ? m_place : m_placeKey, Qt::ElideMiddle, room));
        m_placeText.setPerformanceHint(QStaticText::AggressiveCaching);
        m_placeText.prepare(QTransform(), s.smallFont);
    }
    const QStaticText& scope = m_place.isEmpty() ? s.scopeLabel(m_node.scope) : m_placeText;
    painter->setPen(s.mutedTextPen);
    painter->drawStaticText(QPointF(w - 10 - scope.size().width(), 31), scope);

    if (m_node.pointOfNoReturn) // a "no entry" sign: past this step the order cannot be undone
        StepGlyphs::paintPointOfNoReturn(painter, QRectF(w - 24, 7, 15, 15), s.ponrBrush, s.ponrPen);
    if (m_attempts > 1) {
        const QString text = QStringLiteral("\u00d7") + QString::number(m_attempts);
        const QRectF badge(w - 62, -badgeOverhang, 28, 16); // left of the PONR sign
        painter->setPen(Qt::NoPen);
        painter->setBrush(st.accentBrush);
        painter->drawRoundedRect(badge, 8, 8);
        painter->setFont(s.badgeFont);
        painter->setPen(s.badgeTextPen);
        painter->drawText(badge, Qt::AlignCenter, text);
    }
}

} // namespace fw
