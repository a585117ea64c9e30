// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/catalog.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace fw {

// Counts working time: the days and hours of a BusinessCalendarSpec in its time zone, without its
// holidays. The default calendar is always open (elapsed working time = wall-clock time).
class BusinessCalendar {
public:
    BusinessCalendar() = default; // always open
    // nullopt and *error set when the spec is unusable (unknown time zone, closes before opens).
    static Result<BusinessCalendar> fromSpec(const BusinessCalendarSpec& spec);

    bool isAlwaysOpen() const { return m_alwaysOpen; }
    // Working seconds in [from, to); 0 when to <= from.
    qint64 workingSecondsBetween(const QDateTime& from, const QDateTime& to) const;
    // The instant at which `seconds` working seconds have passed since `from` (from itself for 0).
    // The calendar's working time advances from the next opening when `from` is outside working
    // hours. Invalid when the calendar never opens again (20 years of holidays).
    QDateTime addWorkingSeconds(const QDateTime& from, qint64 seconds) const;

    const BusinessCalendarSpec& spec() const { return m_spec; }

    // Precomputes the working windows of the local dates [first, last] (O(days), once), so that
    // queries inside that span cost O(log days) instead of a walk day by day. Results are the same
    // either way; queries outside the span still walk. Not thread-safe: prepare a copy per thread.
    void prepare(const QDate& first, const QDate& last);

private:
    struct PreparedDay {
        qint64 openMs = 0; // UTC; a closed day has an empty window at its would-be opening
        qint64 closeMs = 0;
        qint64 cumulativeEnd = 0; // working msecs from the first prepared day's opening to closeMs
    };

    QDate localDate(const QDateTime& time) const;
    // The working window of a local date as UTC msecs; false on closed days and holidays.
    bool window(const QDate& date, qint64& openMs, qint64& closeMs) const;
    qint64 workingMSecsBefore(qint64 msecs) const; // prepared span only

    bool m_alwaysOpen = true;
    BusinessCalendarSpec m_spec;
    QTimeZone m_zone;
    int m_dayMask = 0; // bit Qt::DayOfWeek
    QSet<QDate> m_holidays;
    std::vector<PreparedDay> m_days;
};

} // namespace fw
