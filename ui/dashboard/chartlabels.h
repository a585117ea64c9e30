// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "kpi/kpireport.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QStringList>

#include <vector>

namespace fw {

// What keeps the dashboard's charts legible at any number of lanes, queues or signatures: labels
// elided but never equal, a bounded set of distinct series colours, and the lanes a chart draws
// (the worst few by adherence plus one "other lanes" line).
class ChartLabels {
    Q_DECLARE_TR_FUNCTIONS(fw::DashboardCharts)

public:
    // Each text at most `maxChars` characters (an ellipsis marks a cut); texts that would elide to
    // the same label are cut in the middle instead, and any still equal get " (2)", " (3)", ...
    static QStringList uniqueElided(const QStringList& texts, int maxChars);
    // Distinct colours for up to seriesColorCount() series (colour-blind friendly, light and dark
    // backgrounds); othersColor() for an aggregate.
    static QColor seriesColor(int index);
    static int seriesColorCount();
    static QColor othersColor();

    // The lanes the adherence chart draws: the `maxLines` - 1 worst over the range (fewest steps on
    // time; ties: more steps first) and "Other lanes (n)" for the rest, or every lane when they fit.
    struct LaneLines {
        QStringList lanes; // lane ids, worst first
        QString othersName; // empty: no others line
        QStringList otherLanes; // their names, for the tooltip
        QList<QPointF> othersPoints; // x: day index, y: % on time of the other lanes together (100 without steps)
    };
    static LaneLines laneLines(const KpiReport& report, int maxLines);
};

} // namespace fw
