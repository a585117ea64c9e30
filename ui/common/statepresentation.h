// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fw {

// How order and step states read and look in the operations views, keyed by the store's spelling
// ("in-progress", "retrying"). Step states delegate to StepStatePresentation, so tables and the
// plan graph agree; order states borrow the colour of the matching step state. Views also show
// the label, so state is never told by colour alone.
class StatePresentation {
    Q_DECLARE_TR_FUNCTIONS(fw::StatePresentation)

public:
    static QString orderStateLabel(const QString& state);
    static QString stepStateLabel(const QString& state);
    static QColor stateColor(const QString& state); // order and step states share one palette
    // "45 s", "12 min", "3 h 20 min", "4 d 2 h": the time from `since` to `now`.
    static QString ageText(const QDateTime& since, const QDateTime& now);
    // "2026-11-25 14:03" in local time, empty for an invalid time.
    static QString timeText(const QDateTime& time);
};

} // namespace fw
