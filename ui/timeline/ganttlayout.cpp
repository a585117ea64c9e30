// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ganttlayout.h"

#include "engine/enginesnapshot.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace fw {

namespace {
    bool ganttStarts(const QString& state)
    {
        return state == QLatin1String("running") || state == QLatin1String("waiting") || state == QLatin1String("retrying");
    }

    constexpr qint64 ganttMinute = 60;
    constexpr qint64 ganttHour = 3600;
    constexpr qint64 ganttDay = 86400;
    constexpr std::array<qint64, 21> ganttSteps { 1,
                                                  2,
                                                  5,
                                                  10,
                                                  15,
                                                  30,
                                                  ganttMinute,
                                                  2 * ganttMinute,
                                                  5 * ganttMinute,
                                                  10 * ganttMinute,
                                                  15 * ganttMinute,
                                                  30 * ganttMinute,
                                                  ganttHour,
                                                  2 * ganttHour,
                                                  3 * ganttHour,
                                                  6 * ganttHour,
                                                  12 * ganttHour,
                                                  ganttDay,
                                                  2 * ganttDay,
                                                  7 * ganttDay,
                                                  30 * ganttDay };
} // namespace

void GanttLayout::setOrder(const OrderDetail& detail, const QDateTime& now)
{
    m_bars.clear();
    m_lanes.clear();
    QHash<QString, int> laneIndex;
    const auto laneOf = [&](const QString& id, const QString& name) {
        const auto it = laneIndex.constFind(id);
        if (it != laneIndex.cend())
            return *it;
        laneIndex.insert(id, int(m_lanes.size()));
        m_lanes.push_back({ id, name.isEmpty() ? id : name, 0, 1, 0 });
        return int(m_lanes.size()) - 1;
    };
    for (const auto& [id, name] : detail.lanes)
        laneOf(id, name);
    for (const StepStatus& step : detail.steps)
        laneOf(step.lane, {}); // a lane the catalog does not name still gets its row
    QHash<QString, QDateTime> started;
    QHash<QString, QDateTime> lastEvent;
    for (const JournalEvent& e : detail.events) {
        if (e.stepId.isEmpty() || e.kind != QLatin1String("step.state"))
            continue;
        if (ganttStarts(e.afterState) && !started.contains(e.stepId))
            started.insert(e.stepId, e.at);
        lastEvent.insert(e.stepId, e.at);
    }
    for (const StepStatus& step : detail.steps) {
        const auto start = started.constFind(step.id);
        if (start == started.cend())
            continue; // never started: nothing to draw
        GanttBar bar;
        bar.stepId = step.id;
        bar.name = step.name;
        bar.state = step.state;
        bar.lane = laneOf(step.lane, {});
        bar.start = *start;
        const bool finished = step.state == QLatin1String("completed") || step.state == QLatin1String("skipped")
            || step.state == QLatin1String("cancelled");
        bar.end = step.completedAt.isValid() ? step.completedAt : finished ? lastEvent.value(step.id) : now;
        bar.open = !finished;
        if (bar.end < bar.start)
            bar.end = bar.start;
        m_bars.push_back(std::move(bar));
    }
    // Stack overlapping bars of a lane: first fit by start time.
    std::stable_sort(m_bars.begin(), m_bars.end(), [](const GanttBar& a, const GanttBar& b) { return a.start < b.start; });
    std::vector<std::vector<QDateTime>> rowEnds(m_lanes.size());
    for (GanttBar& bar : m_bars) {
        auto& ends = rowEnds[std::size_t(bar.lane)];
        std::size_t row = 0;
        while (row < ends.size() && ends[row] > bar.start)
            ++row;
        if (row == ends.size())
            ends.push_back(bar.end);
        else
            ends[row] = bar.end;
        bar.row = int(row);
        ++m_lanes[std::size_t(bar.lane)].bars;
    }
    m_totalRows = 0;
    for (std::size_t lane = 0; lane < m_lanes.size(); ++lane) {
        m_lanes[lane].firstRow = m_totalRows;
        m_lanes[lane].rows = std::max<int>(1, int(rowEnds[lane].size()));
        m_totalRows += m_lanes[lane].rows;
    }
    m_from = QDateTime();
    m_to = QDateTime();
    for (const GanttBar& bar : m_bars) {
        if (!m_from.isValid() || bar.start < m_from)
            m_from = bar.start;
        if (!m_to.isValid() || bar.end > m_to)
            m_to = bar.end;
    }
}

qint64 GanttLayout::tickStepSeconds(qint64 spanSeconds, int maxTicks)
{
    maxTicks = std::max(1, maxTicks);
    for (const qint64 step : ganttSteps) {
        if (spanSeconds / step <= maxTicks)
            return step;
    }
    return ganttSteps.back() * (1 + spanSeconds / (ganttSteps.back() * maxTicks));
}

std::vector<GanttTick> GanttLayout::ticksBetween(const QDateTime& from, const QDateTime& to, qint64 stepSeconds)
{
    std::vector<GanttTick> ticks;
    if (!from.isValid() || !to.isValid() || stepSeconds <= 0 || to < from)
        return ticks;
    // Ticks fall on whole steps of local time, counted from the local midnight before `from`.
    const QDateTime local = from.toLocalTime();
    const QDateTime midnight = local.date().startOfDay();
    const qint64 into = midnight.secsTo(local);
    QDateTime tick = midnight.addSecs(((into + stepSeconds - 1) / stepSeconds) * stepSeconds);
    if (stepSeconds >= ganttDay)
        tick = local.time() == QTime(0, 0) ? midnight : midnight.addDays(1);
    const QLocale locale;
    const QString clock = stepSeconds < ganttMinute ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    QDate previousDay;
    while (tick <= to && ticks.size() < 400) {
        const bool newDay = tick.date() != previousDay;
        QString label;
        if (stepSeconds >= ganttDay)
            label = locale.toString(tick.date(), QStringLiteral("d MMM"));
        else if (newDay)
            label = locale.toString(tick.date(), QStringLiteral("d MMM")) + QLatin1Char(' ') + tick.toString(clock);
        else
            label = tick.toString(clock);
        ticks.push_back({ tick, label, newDay });
        previousDay = tick.date();
        tick = stepSeconds >= ganttDay ? tick.addDays(stepSeconds / ganttDay) : tick.addSecs(stepSeconds);
    }
    return ticks;
}

std::vector<GanttTick> GanttLayout::ticks(double pixels, double minSpacing) const
{
    if (!m_from.isValid())
        return {};
    const int maxTicks = int(std::max(1.0, pixels / std::max(1.0, minSpacing)));
    const qint64 span = std::max<qint64>(1, m_from.secsTo(m_to));
    return ticksBetween(m_from, m_to, tickStepSeconds(span, maxTicks));
}

} // namespace fw
