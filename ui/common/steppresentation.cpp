// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "steppresentation.h"

#include <array>

namespace fw {

QString StepPresentation::typeLabel(StepType type)
{
    switch (type) {
    case StepType::AutoTask:
        return tr("Automatic task");
    case StepType::Callout:
        return tr("Callout");
    case StepType::ManualTask:
        return tr("Manual task");
    case StepType::Milestone:
        return tr("Milestone");
    case StepType::Pause:
        return tr("Pause");
    }
    return toString(type);
}

QString StepPresentation::typeDescription(StepType type)
{
    switch (type) {
    case StepType::AutoTask:
        return tr("Runs a built-in handler inside the workbench.");
    case StepType::Callout:
        return tr("Calls an external system and waits for its answer.");
    case StepType::ManualTask:
        return tr("Waits for a person to complete a task in a work queue.");
    case StepType::Milestone:
        return tr("Marks a point in the order's progress; does no work itself.");
    case StepType::Pause:
        return tr("Waits for a signal, a time or a field value.");
    }
    return {};
}

QColor StepPresentation::typeColor(StepType type)
{
    switch (type) {
    case StepType::AutoTask:
        return QColor(0x3b, 0x82, 0xc4);
    case StepType::Callout:
        return QColor(0x8e, 0x5b, 0xc0);
    case StepType::ManualTask:
        return QColor(0xe0, 0x8a, 0x1e);
    case StepType::Milestone:
        return QColor(0x2e, 0x9e, 0x5b);
    case StepType::Pause:
        return QColor(0x80, 0x86, 0x8f);
    }
    return QColor(Qt::gray);
}

QString StepPresentation::scopeLabel(StepScope scope)
{
    switch (scope) {
    case StepScope::Plan:
        return tr("Plan");
    case StepScope::Bundle:
        return tr("Bundle");
    case StepScope::LineItem:
        return tr("Line item");
    }
    return toString(scope);
}

QString StepPresentation::scopeLabel(DecompositionScope scope)
{
    switch (scope) {
    case DecompositionScope::LineItem:
        return tr("Line item");
    case DecompositionScope::Order:
        return tr("Order");
    case DecompositionScope::Bundle:
        return tr("Bundle");
    case DecompositionScope::Account:
        return tr("Account");
    }
    return toString(scope);
}

QColor StepPresentation::laneColor(int index)
{
    // Darker hues than the step type colours, so that a lane never looks like a step type.
    static constexpr std::array<QRgb, 8> palette { 0x00796b, 0xc62828, 0x3949ab, 0x6d4c41, 0x827717, 0xad1457, 0x455a64, 0xef6c00 };
    if (index < 0)
        return QColor(Qt::gray);
    return QColor::fromRgb(palette[static_cast<std::size_t>(index) % palette.size()]);
}

} // namespace fw
