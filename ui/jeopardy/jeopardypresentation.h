// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sla/jeopardy.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QString>

class QPalette;

namespace fw {

// How jeopardy reads and looks in the supervisor's views (table, heatmap, detail panel, tray
// notifications): level and cause in words, level colours and icons, durations ("2h 05m"), breach
// times relative to now ("in 2h 10m", "3h 05m ago") and the forecast against the due date
// ("+2h 20m late", "1h 10m spare"). Plain text and colours, no widgets, so it is tested headless.
// The colour only repeats what the text says.
class JeopardyPresentation {
    Q_DECLARE_TR_FUNCTIONS(fw::JeopardyPresentation)

public:
    static QString levelLabel(JeopardyLevel level); // "Critical", "Warning", "On track"
    // "Rule sla-install", "History p90", "Forecast", "Overdue".
    static QString causeLabel(JeopardyCause cause, const QString& ruleId = {});
    static QString causeDescription(JeopardyCause cause); // one sentence for tooltips
    static QColor color(JeopardyLevel level, bool darkPalette = false);
    // A quiet row background for the level on `palette` (invalid for None).
    static QColor fillColor(JeopardyLevel level, const QPalette& palette);
    static QIcon icon(JeopardyLevel level); // a filled disc (critical) or triangle (warning)
    // "45s", "12m", "2h 05m", "3d 04h"; the absolute value of `seconds`.
    static QString durationText(qint64 seconds);
    // "in 2h 10m", "3h 05m ago", "now" (within a minute).
    static QString relativeText(const QDateTime& at, const QDateTime& now);
    // "+2h 20m late", "1h 10m spare", "on time"; empty when either time is invalid.
    static QString marginText(const QDateTime& forecastAt, const QDateTime& dueAt);
    // "2026-11-25 14:03" in local time, empty for an invalid time.
    static QString timeText(const QDateTime& time);
    // The critical path's steps by name (the id when a step has none); a name that occurs more than
    // once gets its line or site (the id's part before the last '/'), e.g. "Ship router (line:3.F_RTR)".
    // The mark of an escalated finding: a blue arrow up.
    static QIcon escalatedIcon();
    static QStringList criticalPathLabels(const OrderForecast& forecast);
    // The task holder, or "Runs on ws-b" for an order another workstation runs.
    static QString ownerText(const JeopardyFinding& finding);
    static QString stepText(const JeopardyFinding& finding); // the step's name, or "Whole order"
    // "Reassign to field-ops-2 (at critical)", "Notify (at warning)".
    static QString actionText(const JeopardyAction& action);
    static QString actionsText(const std::vector<JeopardyAction>& actions); // joined with ", "
};

} // namespace fw
