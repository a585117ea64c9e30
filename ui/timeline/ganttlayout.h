// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace fw {

struct OrderDetail;

// One step's bar: from its first start (running, waiting or retrying) to its completion, or to now
// while it is open.
struct GanttBar {
    QString stepId;
    QString name;
    QString state;
    int lane = 0;
    int row = 0; // within the lane, for overlaps
    QDateTime start;
    QDateTime end;
    bool open = false;
};

// One swimlane of the order: its label and the rows its bars take (at least one).
struct GanttLane {
    QString id;
    QString name;
    int firstRow = 0;
    int rows = 1;
    int bars = 0;
};

// A time-axis tick: where, what it says, and whether it starts a new day (drawn stronger).
struct GanttTick {
    QDateTime at;
    QString label;
    bool major = false;
};

// The Gantt strip's model, without a widget: every lane of the order (catalog order, then lanes
// only steps name), one row per lane and more where bars overlap (first fit by start), the time
// span, and a time axis whose tick step adapts to the span and the width (seconds, 1 to 30 minutes,
// 1 to 12 hours, 1 to 30 days), local time, labelled HH:mm with the date where the day changes.
class GanttLayout {
public:
    void setOrder(const OrderDetail& detail, const QDateTime& now);

    const std::vector<GanttBar>& bars() const { return m_bars; }
    const std::vector<GanttLane>& lanes() const { return m_lanes; }
    int totalRows() const { return m_totalRows; }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }

    // The ticks across `pixels` with labels at least `minSpacing` apart (the widest label plus a gap).
    std::vector<GanttTick> ticks(double pixels, double minSpacing) const;
    // The tick step for a span: the smallest of the ladder that gives at most maxTicks ticks.
    static qint64 tickStepSeconds(qint64 spanSeconds, int maxTicks);
    static std::vector<GanttTick> ticksBetween(const QDateTime& from, const QDateTime& to, qint64 stepSeconds);

private:
    std::vector<GanttBar> m_bars;
    std::vector<GanttLane> m_lanes;
    QDateTime m_from;
    QDateTime m_to;
    int m_totalRows = 0;
};

} // namespace fw
