// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/changepreview.h"
#include "change/ordersummaryreport.h"
#include "plangraph/plangraph.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <array>

namespace fw {

// Words, glyphs and colours of in-flight change (docs/change-orders.md): the six step change kinds
// (the graph's badges, the step changes table, the legend), the commercial item statuses of the
// order summary, and the states of change order records. Qt Gui only.
class ChangePresentation {
    Q_DECLARE_TR_FUNCTIONS(fw::ChangePresentation)

public:
    static constexpr std::array<NodeChange, 6> allChanges { NodeChange::Kept,      NodeChange::Amended,      NodeChange::Added,
                                                            NodeChange::Discarded, NodeChange::Compensation, NodeChange::Refused };

    static QString label(NodeChange change); // "Kept", "Amended", ... ("" for None)
    static QString description(NodeChange change); // one sentence for the legend's tooltip
    // One character drawn in the badge, so that the kind is not told by colour alone.
    static QString glyph(NodeChange change);
    static QColor color(NodeChange change, bool darkPalette = false);

    // Commercial items in the order summary: pending, active, delivered, billed, cancelled.
    static QString itemStatusLabel(const QString& status);
    static QColor itemStatusColor(const QString& status);
    // The status with the quantities when only part of an item is delivered: "250 of 300
    // delivered, +50 pending" (a supplement not started), else itemStatusLabel.
    static QString itemProgressLabel(const ItemPosition& item);
    static bool partlyDelivered(const ItemPosition& item);
    // Change order records: applied, waiting, refused.
    static QString recordStateLabel(const QString& state);
    static QColor recordStateColor(const QString& state);
};

} // namespace fw
