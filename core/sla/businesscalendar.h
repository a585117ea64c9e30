#pragma once

#include "domain/catalog.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace fw {

// Counts working time: the days and hours of a BusinessCalendarSpec in its time zone, without its
// holidays. The default calendar is always open (elapsed working time = wall-clock time).
class BusinessCalendar {
public:
    BusinessCalendar() = default; // always open
    // nullopt and *error set when the spec is unusable (unknown time zone, closes before opens).
    static std::optional<BusinessCalendar> fromSpec(const BusinessCalendarSpec& spec, QString* error = nullptr);

    bool isAlwaysOpen() const { return m_alwaysOpen; }
    // Working seconds in [from, to); 0 when to <= from.
    qint64 workingSecondsBetween(const QDateTime& from, const QDateTime& to) const;
    // The instant at which `seconds` working seconds have passed since `from` (from itself for 0).
    QDateTime addWorkingSeconds(const QDateTime& from, qint64 seconds) const;

private:
    bool m_alwaysOpen = true;
    BusinessCalendarSpec m_spec;
    QTimeZone m_zone;
};

} // namespace fw
