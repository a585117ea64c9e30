// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/steptypes.h"
#include "engine/stepstate.h"

#include <QGraphicsItem>
#include <QStaticText>

namespace fw {

class PlanGraphStyle;
struct PlanGraphNode;

// One step of the plan graph: a card with the state strip and glyph, type glyph, name, where it
// belongs (its site, bundle or line, PlanGroupModel::placeOf; else its scope),
// point-of-no-return marker, attempts badge and the badge of a change order (faded and dashed when
// the change discards the step). Below 35 % zoom it is a plain box in the state
// colour. Its position never changes with its state.
class StepNodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    enum class Emphasis { Normal, Selected, Chain, Dimmed };

    // `place`: where the step belongs ("Site VENLO"); `placeKey`: the same, short ("VENLO"), for when it does not fit.
    StepNodeItem(int index, const PlanGraphNode& node, const QString& place, const QString& placeKey, const QSizeF& size,
                 const PlanGraphStyle* style);

    int type() const override { return Type; }
    int index() const { return m_index; }
    QString place() const { return m_place; }
    QRectF boundingRect() const override;
    QRectF cardRect() const { return QRectF(QPointF(0, 0), m_size); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    StepState state() const { return m_state; }
    int attempts() const { return m_attempts; }
    // Returns whether anything visible changed (and schedules a repaint of this item only).
    bool setStatus(StepState state, int attempts);
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }
    void setStyle(const PlanGraphStyle* style);
    // On the shown critical path: an outline in the critical-path colour around the card.
    void setOnCriticalPath(bool on);
    bool isOnCriticalPath() const { return m_onCriticalPath; }

private:
    void paintCard(QPainter* painter, qreal lod);
    void paintChangeBadge(QPainter* painter, qreal lod);

    const PlanGraphStyle* m_style;
    const PlanGraphNode& m_node; // owned by the scene's graph, which outlives the items
    QSizeF m_size;
    QStaticText m_nameText; // elided once, on the first detailed paint
    QString m_place;
    QString m_placeKey;
    QStaticText m_placeText; // likewise
    int m_index;
    int m_attempts = 0;
    StepState m_state = StepState::Pending;
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_onCriticalPath = false;
};

} // namespace fw
