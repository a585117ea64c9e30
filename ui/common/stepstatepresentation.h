// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/stepstate.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <array>

class QPalette;

namespace fw {

// How step states read and look everywhere in the workbench (plan graph, tables, legends): one
// translated label, one accent colour per state, tuned to stay apart on light and dark palettes,
// and a glyph (stepglyphs.h) so that state is never told by colour alone.
class StepStatePresentation {
    Q_DECLARE_TR_FUNCTIONS(fw::StepStatePresentation)

public:
    // All states in life-cycle order, for legends and filters.
    static constexpr std::array<StepState, 9> allStates { StepState::Pending, StepState::Ready,     StepState::Running,
                                                          StepState::Waiting, StepState::Completed, StepState::FailedRetrying,
                                                          StepState::Fallout, StepState::Skipped,   StepState::Cancelled };

    static QString label(StepState state);
    static QString description(StepState state);
    // The state's accent (borders, glyphs, legend chips, low-zoom boxes).
    static QColor color(StepState state, bool darkPalette = false);
    // A quiet background for a step card in this state on `palette`.
    static QColor fillColor(StepState state, const QPalette& palette);
    // Whether `palette` is a dark theme (window darker than its text).
    static bool isDark(const QPalette& palette);
    // `a` blended towards `b` by `amount` (0..1).
    static QColor blend(const QColor& a, const QColor& b, qreal amount);
};

} // namespace fw
