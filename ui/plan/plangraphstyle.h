// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/steptypes.h"
#include "engine/stepstate.h"
#include "plangraph/plangraph.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPen>
#include <QStaticText>

#include <array>

class QPalette;

namespace fw {

// Every pen, brush, font and fixed label the plan graph paints with, made once from the palette
// and font (again when they change), so that painting an item allocates nothing.
class PlanGraphStyle {
public:
    PlanGraphStyle(const QPalette& palette, const QFont& font);

    struct State {
        QColor accent;
        QBrush accentBrush; // low-zoom boxes, the card's state strip, the attempts badge
        QBrush fill; // the card background
        QPen border;
        QPen glyphPen; // StepGlyphs::unitPen in the accent colour
        QStaticText label; // translated state name
    };
    const State& state(StepState state) const { return m_states[static_cast<std::size_t>(state)]; }
    const QPen& typeGlyphPen(StepType type) const { return m_typeGlyphPens[static_cast<std::size_t>(type)]; }
    const QStaticText& scopeLabel(StepScope scope) const { return m_scopeLabels[static_cast<std::size_t>(scope)]; }
    // A change order's badge (ChangePresentation): colour, glyph and translated name.
    struct Change {
        QBrush brush;
        QStaticText glyph;
        QStaticText label;
    };
    const Change& change(NodeChange change) const { return m_changes[static_cast<std::size_t>(change)]; }

    bool dark = false;
    QColor background; // behind the bands
    QPen textPen;
    QPen mutedTextPen;
    QPen selectionPen; // around the selected step
    QPen chainPen; // around steps in the selected step's chain
    QBrush laneFill[2]; // alternating bands
    QBrush laneHeaderFill;
    QPen laneBorderPen;
    QPen edgePen; // cosmetic
    QPen crossPlanEdgePen; // cosmetic, dashed
    QBrush edgeArrowBrush;
    QPen highlightEdgePen; // the selected step's chain
    QBrush highlightArrowBrush;
    QBrush ponrBrush;
    QPen ponrPen;
    QBrush badgeTextBrush;
    QPen badgeTextPen;
    QPen badgeOutlinePen; // around the change badge, so that it stands off the card and the lane
    QPen discardedBorderPen; // a step a change order discards
    QFont nameFont;
    QFont smallFont;
    QFont laneFont;
    QFont badgeFont;
    QFontMetricsF nameMetrics;
    QFontMetricsF laneMetrics;
    qreal dimmedOpacity = 0.22;
    // An order's critical path (the jeopardy view): outline of its steps, the arrows between them.
    static QColor criticalPathColor(bool darkPalette);
    // The point-of-no-return sign's disc and bar (StepGlyphs::paintPointOfNoReturn).
    static QColor pointOfNoReturnColor(bool darkPalette);
    static QPen pointOfNoReturnPen();
    QPen criticalPathPen;
    QPen criticalPathEdgePen; // cosmetic
    QBrush criticalPathArrowBrush;

private:
    std::array<State, 9> m_states;
    std::array<QPen, 5> m_typeGlyphPens;
    std::array<QStaticText, 3> m_scopeLabels;
    std::array<Change, 7> m_changes;
};

} // namespace fw
