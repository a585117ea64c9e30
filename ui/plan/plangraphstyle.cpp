// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plangraphstyle.h"

#include "change/changepresentation.h"
#include "stepglyphs.h"
#include "common/steppresentation.h"
#include "common/stepstatepresentation.h"

#include <QPalette>

namespace fw {

namespace {
    QFont sized(const QFont& base, qreal points, QFont::Weight weight)
    {
        QFont font = base;
        font.setPointSizeF(points);
        font.setWeight(weight);
        font.setHintingPreference(QFont::PreferNoHinting); // the same glyph shapes at every zoom
        return font;
    }

    QPen cosmetic(const QColor& color, qreal width, Qt::PenStyle style = Qt::SolidLine)
    {
        QPen pen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
        pen.setCosmetic(true);
        return pen;
    }
} // namespace

PlanGraphStyle::PlanGraphStyle(const QPalette& palette, const QFont& font)
    : nameFont(sized(font, 9.5, QFont::DemiBold))
    , smallFont(sized(font, 8, QFont::Normal))
    , laneFont(sized(font, 10, QFont::Bold))
    , badgeFont(sized(font, 7.5, QFont::Bold))
    , nameMetrics(nameFont)
    , laneMetrics(laneFont)
{
    dark = StepStatePresentation::isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor window = palette.color(QPalette::Window);
    background = window;
    textPen = QPen(text);
    mutedTextPen = QPen(StepStatePresentation::blend(text, base, 0.42));
    const QColor highlight = palette.color(QPalette::Highlight);
    selectionPen = QPen(highlight, 3);
    chainPen = QPen(StepStatePresentation::blend(highlight, base, 0.25), 1.6);
    laneFill[0] = StepStatePresentation::blend(window, base, 0.55);
    laneFill[1] = StepStatePresentation::blend(window, text, dark ? 0.05 : 0.035);
    laneHeaderFill = StepStatePresentation::blend(window, text, dark ? 0.09 : 0.06);
    laneBorderPen = cosmetic(StepStatePresentation::blend(window, text, 0.16), 1);
    const QColor edge = StepStatePresentation::blend(base, text, dark ? 0.55 : 0.5);
    // Width 1: Qt's raster engine strokes cosmetic pens up to one pixel wide with its fast
    // cosmetic stroker; wider ones go through the general stroker (measured: 40x slower).
    edgePen = cosmetic(edge, 1);
    crossPlanEdgePen = cosmetic(edge, 1, Qt::DashLine);
    edgeArrowBrush = edge;
    highlightEdgePen = cosmetic(highlight, 2.4);
    highlightArrowBrush = highlight;
    ponrBrush = pointOfNoReturnColor(dark);
    ponrPen = pointOfNoReturnPen();
    badgeTextBrush = QColor(Qt::white);
    badgeTextPen = QPen(QColor(Qt::white));
    badgeOutlinePen = QPen(base, 1.5);
    discardedBorderPen = QPen(StepStatePresentation::blend(text, base, 0.35), 1.4, Qt::DashLine);

    const QColor critical = criticalPathColor(dark);
    criticalPathPen = QPen(critical, 2.5);
    criticalPathEdgePen = cosmetic(critical, 2.6);
    criticalPathArrowBrush = critical;

    for (StepState s : StepStatePresentation::allStates) {
        State& st = m_states[static_cast<std::size_t>(s)];
        st.accent = StepStatePresentation::color(s, dark);
        st.accentBrush = st.accent;
        st.fill = StepStatePresentation::fillColor(s, palette);
        st.border = QPen(StepStatePresentation::blend(st.accent, base, s == StepState::Pending ? 0.35 : 0.0),
                         s == StepState::Running ? 2.0 : 1.2);
        if (s == StepState::Pending)
            st.border.setStyle(Qt::DashLine);
        st.glyphPen = StepGlyphs::unitPen(st.accent);
        st.label.setText(StepStatePresentation::label(s));
        st.label.setTextFormat(Qt::PlainText);
        st.label.prepare(QTransform(), smallFont);
    }
    for (int t = 0; t < 5; ++t) {
        const QColor color = StepPresentation::typeColor(static_cast<StepType>(t));
        m_typeGlyphPens[static_cast<std::size_t>(t)] = StepGlyphs::unitPen(dark ? color.lighter(130) : color);
    }
    for (NodeChange c : ChangePresentation::allChanges) {
        Change& change = m_changes[static_cast<std::size_t>(c)];
        change.brush = ChangePresentation::color(c, dark);
        change.glyph.setText(ChangePresentation::glyph(c));
        change.glyph.setTextFormat(Qt::PlainText);
        change.glyph.prepare(QTransform(), badgeFont);
        change.label.setText(ChangePresentation::label(c));
        change.label.setTextFormat(Qt::PlainText);
        change.label.prepare(QTransform(), badgeFont);
    }
    for (int s = 0; s < 3; ++s) {
        QStaticText& label = m_scopeLabels[static_cast<std::size_t>(s)];
        label.setText(StepPresentation::scopeLabel(static_cast<StepScope>(s)));
        label.setTextFormat(Qt::PlainText);
        label.prepare(QTransform(), smallFont);
    }
}

QColor PlanGraphStyle::pointOfNoReturnColor(bool darkPalette)
{
    return StepStatePresentation::color(StepState::Fallout, darkPalette);
}

QPen PlanGraphStyle::pointOfNoReturnPen()
{
    return QPen(QColor(Qt::white), 1.6, Qt::SolidLine, Qt::RoundCap);
}

QColor PlanGraphStyle::criticalPathColor(bool darkPalette)
{
    // Fuchsia: apart from every state accent and from the selection's highlight.
    return darkPalette ? QColor(0xe8, 0x79, 0xf9) : QColor(0xc0, 0x26, 0xd3);
}

} // namespace fw
