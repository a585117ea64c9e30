// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/stepstate.h"
#include "plangraph/plangraph.h"

#include <QGraphicsItem>
#include <QStaticText>

#include <array>
#include <vector>

namespace fw {

class PlanGraphStyle;
class StepNodeItem;

// A collapsed group of steps (one site's, bundle's or line's chain; PlanGroupModel): a stacked card
// with the group's name, a bar of its steps' states, the counts by state (state glyph and number;
// countsText() spells them for the tooltip: "1 Fallout, 2 Running, 7 Completed") and its step count.
// Double click, Enter or the context menu expands it.
class StepGroupItem : public QGraphicsItem {
public:
    enum { Type = UserType + 4 };

    StepGroupItem(int group, const QString& label, std::vector<const StepNodeItem*> members, const QSizeF& size,
                  const PlanGraphStyle* style);

    int type() const override { return Type; }
    int group() const { return m_group; }
    QString label() const { return m_label; }
    QRectF boundingRect() const override;
    QRectF cardRect() const { return QRectF(QPointF(0, 0), m_size); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Recounts the members' states and takes over their emphasis (dimmed when all are, selected
    // when one is) after a state, the filter or the selection changed; repaints what changed.
    void refresh();
    int count(StepState state) const { return m_counts[static_cast<std::size_t>(state)]; }
    int size() const { return static_cast<int>(m_members.size()); }
    // "7 Completed, 2 Running, 1 Fallout": the states present, most urgent first.
    QString countsText() const;
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    void setSelected(bool selected);
    // The card last clicked (PlanView: Enter expands it); outlined like a selected step.
    void setCurrent(bool current);
    void setStyle(const PlanGraphStyle* style);
    // What a change order does to its steps, the most telling of them (a change preview must not
    // hide its changes in a collapsed site): drawn as the step cards' change badge. None: no badge.
    void setChange(NodeChange change);
    NodeChange change() const { return m_change; }

private:
    void prepareTexts();

    const PlanGraphStyle* m_style;
    std::vector<const StepNodeItem*> m_members;
    std::array<int, 9> m_counts {};
    QString m_label;
    QSizeF m_size;
    QStaticText m_title; // "Site 12"
    QStaticText m_sizeText; // "10 steps"
    std::vector<std::pair<StepState, QStaticText>> m_countTexts; // most urgent first
    int m_group;
    NodeChange m_change = NodeChange::None;
    bool m_dimmed = false;
    bool m_selected = false;
    bool m_current = false;
};

} // namespace fw
