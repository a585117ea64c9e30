// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changepresentation.h"

#include "common/stepstatepresentation.h"

namespace fw {

QString ChangePresentation::label(NodeChange change)
{
    switch (change) {
    case NodeChange::None:
        return {};
    case NodeChange::Kept:
        return tr("Kept");
    case NodeChange::Amended:
        return tr("Amended");
    case NodeChange::Added:
        return tr("Added");
    case NodeChange::Discarded:
        return tr("Discarded");
    case NodeChange::Compensation:
        return tr("Compensation");
    case NodeChange::Refused:
        return tr("Refused");
    }
    return {};
}

QString ChangePresentation::description(NodeChange change)
{
    switch (change) {
    case NodeChange::None:
        return {};
    case NodeChange::Kept:
        return tr("Unchanged; completed work stays completed.");
    case NodeChange::Amended:
        return tr("Not started yet; it will run with the changed order's data.");
    case NodeChange::Added:
        return tr("New: a new item's step, a supplement's step or work done again.");
    case NodeChange::Discarded:
        return tr("No longer needed; cancelled.");
    case NodeChange::Compensation:
        return tr("Added to undo completed work.");
    case NodeChange::Refused:
        return tr("Past its point of no return: the change cannot be made.");
    }
    return {};
}

QString ChangePresentation::glyph(NodeChange change)
{
    switch (change) {
    case NodeChange::None:
        return {};
    case NodeChange::Kept:
        return QStringLiteral("=");
    case NodeChange::Amended:
        return QStringLiteral("\u0394"); // Delta
    case NodeChange::Added:
        return QStringLiteral("+");
    case NodeChange::Discarded:
        return QStringLiteral("\u00d7"); // multiplication sign
    case NodeChange::Compensation:
        return QStringLiteral("\u21ba"); // anticlockwise open circle arrow: undo
    case NodeChange::Refused:
        return QStringLiteral("!");
    }
    return {};
}

QColor ChangePresentation::color(NodeChange change, bool dark)
{
    // Apart from each other; amber and red are kept for what needs the operator's attention.
    switch (change) {
    case NodeChange::None:
    case NodeChange::Kept:
        return dark ? QColor(0x9e, 0xa7, 0xb3) : QColor(0x6b, 0x72, 0x80);
    case NodeChange::Amended:
        return dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x1d, 0x4e, 0xd8);
    case NodeChange::Added:
        return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
    case NodeChange::Discarded:
        return dark ? QColor(0x94, 0xa3, 0xb8) : QColor(0x47, 0x55, 0x69);
    case NodeChange::Compensation:
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
    case NodeChange::Refused:
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString ChangePresentation::itemStatusLabel(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("billed"))
        return tr("Billed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

bool ChangePresentation::partlyDelivered(const ItemPosition& item)
{
    return item.status != QLatin1String("cancelled") && item.quantityDelivered > 0 && item.quantityDelivered < item.quantityNow;
}

QString ChangePresentation::itemProgressLabel(const ItemPosition& item)
{
    if (!partlyDelivered(item))
        return itemStatusLabel(item.status);
    const int rest = item.quantityNow - item.quantityDelivered;
    if (item.quantityPending == rest)
        return tr("%1 of %2 delivered, +%3 pending").arg(item.quantityDelivered).arg(item.quantityNow).arg(rest);
    if (item.quantityPending == 0)
        return tr("%1 of %2 delivered, +%3 in progress").arg(item.quantityDelivered).arg(item.quantityNow).arg(rest);
    return tr("%1 of %2 delivered, +%3 in progress, +%4 pending")
        .arg(item.quantityDelivered)
        .arg(item.quantityNow)
        .arg(rest - item.quantityPending)
        .arg(item.quantityPending);
}

QColor ChangePresentation::itemStatusColor(const QString& status)
{
    if (status == QLatin1String("active"))
        return StepStatePresentation::color(StepState::Running);
    if (status == QLatin1String("delivered"))
        return StepStatePresentation::color(StepState::Completed);
    if (status == QLatin1String("billed"))
        return QColor(0x0f, 0x76, 0x6e); // teal: done and invoiced
    if (status == QLatin1String("cancelled"))
        return StepStatePresentation::color(StepState::Cancelled);
    return StepStatePresentation::color(StepState::Pending);
}

QString ChangePresentation::recordStateLabel(const QString& state)
{
    if (state == QLatin1String("applied"))
        return tr("Applied");
    if (state == QLatin1String("waiting"))
        return tr("Waiting for replies");
    if (state == QLatin1String("refused"))
        return tr("Refused");
    return state;
}

QColor ChangePresentation::recordStateColor(const QString& state)
{
    if (state == QLatin1String("applied"))
        return StepStatePresentation::color(StepState::Completed);
    if (state == QLatin1String("refused"))
        return color(NodeChange::Refused);
    return color(NodeChange::Compensation); // waiting: amber
}

} // namespace fw
