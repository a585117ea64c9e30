// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/steptypes.h"
#include "engine/stepstate.h"

#include <QPainterPath>

class QColor;
class QPainter;
class QPen;
class QRectF;

namespace fw {

// Small vector glyphs for step states and step types, drawn in a unit square so they stay sharp
// at any zoom and need no icon font. The paths are built once; painting allocates nothing when
// the caller passes a cached pen (its width in unit-square units, e.g. 0.13).
class StepGlyphs {
public:
    struct Glyph {
        QPainterPath stroke; // drawn with the pen
        QPainterPath fill; // filled with the pen's colour
    };

    static const Glyph& state(StepState state);
    static const Glyph& type(StepType type);

    // Draws `glyph` into `rect` (a square) with `unitPen`; fills use the pen's brush colour.
    static void paint(QPainter* painter, const QRectF& rect, const Glyph& glyph, const QPen& unitPen);
    // Conveniences that make their own pen.
    static void paintState(QPainter* painter, const QRectF& rect, StepState state, const QColor& color);
    static void paintType(QPainter* painter, const QRectF& rect, StepType type, const QColor& color);
    // The point-of-no-return sign (a "no entry" disc) in `rect`: the step cards and the legend.
    static void paintPointOfNoReturn(QPainter* painter, const QRectF& rect, const QBrush& disc, const QPen& bar);
    // The pen `paint` expects, for callers that cache it.
    static QPen unitPen(const QColor& color);
};

} // namespace fw
