// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stepstatepresentation.h"

#include <QPalette>

namespace fw {

QString StepStatePresentation::label(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("Pending");
    case StepState::Ready:
        return tr("Ready");
    case StepState::Running:
        return tr("Running");
    case StepState::Waiting:
        return tr("Waiting");
    case StepState::Completed:
        return tr("Completed");
    case StepState::FailedRetrying:
        return tr("Retrying");
    case StepState::Fallout:
        return tr("Fallout");
    case StepState::Skipped:
        return tr("Skipped");
    case StepState::Cancelled:
        return tr("Cancelled");
    }
    return toString(state);
}

QString StepStatePresentation::description(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("Waits for its dependencies.");
    case StepState::Ready:
        return tr("May start now.");
    case StepState::Running:
        return tr("The engine is executing it.");
    case StepState::Waiting:
        return tr("Waits for a person, a signal, a time or a callout response.");
    case StepState::Completed:
        return tr("Done.");
    case StepState::FailedRetrying:
        return tr("Failed; another attempt is scheduled.");
    case StepState::Fallout:
        return tr("Failed for good; a fallout case is open.");
    case StepState::Skipped:
        return tr("Force-completed by an operator.");
    case StepState::Cancelled:
        return tr("Cancelled with the order.");
    }
    return {};
}

QColor StepStatePresentation::color(StepState state, bool darkPalette)
{
    // Hues spread around the wheel; the dark variants are lighter so they keep their contrast.
    switch (state) {
    case StepState::Pending:
        return darkPalette ? QColor(0x9a, 0xa5, 0xb1) : QColor(0x7b, 0x87, 0x94);
    case StepState::Ready:
        return darkPalette ? QColor(0x2c, 0xc4, 0xd8) : QColor(0x08, 0x8c, 0xa3);
    case StepState::Running:
        return darkPalette ? QColor(0x5b, 0x93, 0xff) : QColor(0x25, 0x63, 0xeb);
    case StepState::Waiting:
        return darkPalette ? QColor(0xf2, 0xb5, 0x3a) : QColor(0xc9, 0x8a, 0x00);
    case StepState::Completed:
        return darkPalette ? QColor(0x3d, 0xc9, 0x7e) : QColor(0x1e, 0x9e, 0x5a);
    case StepState::FailedRetrying:
        return darkPalette ? QColor(0xff, 0x8a, 0x4c) : QColor(0xe2, 0x5c, 0x0e);
    case StepState::Fallout:
        return darkPalette ? QColor(0xff, 0x5d, 0x6c) : QColor(0xcf, 0x22, 0x36);
    case StepState::Skipped:
        return darkPalette ? QColor(0xb3, 0x8c, 0xff) : QColor(0x80, 0x4d, 0xd1);
    case StepState::Cancelled:
        return darkPalette ? QColor(0x8b, 0x90, 0x99) : QColor(0x4f, 0x54, 0x5c);
    }
    return QColor(Qt::gray);
}

QColor StepStatePresentation::fillColor(StepState state, const QPalette& palette)
{
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    if (state == StepState::Pending)
        return base; // the quiet default: most of a fresh plan
    return blend(base, color(state, dark), dark ? 0.26 : 0.13);
}

bool StepStatePresentation::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

QColor StepStatePresentation::blend(const QColor& a, const QColor& b, qreal amount)
{
    const auto mix = [amount](float x, float y) { return x + (y - x) * static_cast<float>(amount); };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()), mix(a.blueF(), b.blueF()), mix(a.alphaF(), b.alphaF()));
}

} // namespace fw
