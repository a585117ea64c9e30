// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businesscalendar.h"

#include <algorithm>

namespace fw {

namespace {

    // A calendar with working days but only holidays for this long has no working time left.
    constexpr int maximumClosedDays = 366 * 20;

    qint64 msecsOf(const QDateTime& time)
    {
        return time.toMSecsSinceEpoch();
    }
    // Qt::UTC rather than QTimeZone::utc(): no zone object (a heap allocation) per instant.
    QDateTime utcFromMSecs(qint64 msecs)
    {
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    }

} // namespace

Result<BusinessCalendar> BusinessCalendar::fromSpec(const BusinessCalendarSpec& spec)
{
    const auto fail = [](const QString& why) { return failure(why); };
    if (!QTimeZone::isTimeZoneIdAvailable(spec.timeZone.toUtf8()))
        return fail(QStringLiteral("unknown time zone '%1'").arg(spec.timeZone));
    if (!spec.opens.isValid() || !spec.closes.isValid() || spec.closes <= spec.opens)
        return fail(QStringLiteral("closes at %1, not after it opens at %2")
                        .arg(spec.closes.toString(QStringLiteral("HH:mm")), spec.opens.toString(QStringLiteral("HH:mm"))));
    if (spec.days.empty())
        return fail(QStringLiteral("has no working days"));
    for (const int day : spec.days) {
        if (day < Qt::Monday || day > Qt::Sunday)
            return fail(QStringLiteral("day %1 is not a day of the week").arg(day));
    }
    BusinessCalendar calendar;
    calendar.m_alwaysOpen = false;
    calendar.m_spec = spec;
    calendar.m_zone = QTimeZone(spec.timeZone.toUtf8());
    for (const int day : spec.days)
        calendar.m_dayMask |= 1 << day;
    calendar.m_holidays = QSet<QDate>(spec.holidays.begin(), spec.holidays.end());
    return calendar;
}

QDate BusinessCalendar::localDate(const QDateTime& time) const
{
    return time.toTimeZone(m_zone).date();
}

bool BusinessCalendar::window(const QDate& date, qint64& openMs, qint64& closeMs) const
{
    if (!(m_dayMask & (1 << date.dayOfWeek())) || m_holidays.contains(date))
        return false;
    openMs = msecsOf(QDateTime(date, m_spec.opens, m_zone));
    closeMs = msecsOf(QDateTime(date, m_spec.closes, m_zone));
    return closeMs > openMs;
}

qint64 BusinessCalendar::workingSecondsBetween(const QDateTime& from, const QDateTime& to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    if (m_alwaysOpen)
        return (msecsOf(to) - msecsOf(from)) / 1000;
    const qint64 fromMs = msecsOf(from);
    const qint64 toMs = msecsOf(to);
    if (!m_days.empty() && fromMs >= m_days.front().openMs && toMs <= m_days.back().closeMs)
        return (workingMSecsBefore(toMs) - workingMSecsBefore(fromMs)) / 1000;
    qint64 total = 0;
    const QDate last = localDate(to);
    for (QDate date = localDate(from); date <= last; date = date.addDays(1)) {
        qint64 openMs = 0, closeMs = 0;
        if (window(date, openMs, closeMs))
            total += std::max<qint64>(0, std::min(toMs, closeMs) - std::max(fromMs, openMs));
    }
    return total / 1000;
}

QDateTime BusinessCalendar::addWorkingSeconds(const QDateTime& from, qint64 seconds) const
{
    if (!from.isValid() || seconds <= 0)
        return from;
    if (m_alwaysOpen)
        return from.addSecs(seconds);
    const qint64 fromMs = msecsOf(from);
    qint64 remaining = seconds * 1000;
    if (!m_days.empty() && fromMs >= m_days.front().openMs) {
        const qint64 target = workingMSecsBefore(fromMs) + remaining;
        if (target <= m_days.back().cumulativeEnd) {
            // The first prepared day whose working time reaches the target.
            const auto it = std::lower_bound(m_days.begin(), m_days.end(), target,
                                             [](const PreparedDay& day, qint64 value) { return day.cumulativeEnd < value; });
            return utcFromMSecs(it->openMs + (target - (it->cumulativeEnd - (it->closeMs - it->openMs))));
        }
    }
    QDate date = localDate(from);
    for (int closed = 0; closed < maximumClosedDays; date = date.addDays(1)) {
        qint64 openMs = 0, closeMs = 0;
        if (!window(date, openMs, closeMs) || closeMs <= fromMs) {
            ++closed;
            continue;
        }
        closed = 0;
        const qint64 start = std::max(fromMs, openMs);
        if (remaining <= closeMs - start)
            return utcFromMSecs(start + remaining);
        remaining -= closeMs - start;
    }
    return {};
}

void BusinessCalendar::prepare(const QDate& first, const QDate& last)
{
    m_days.clear();
    if (m_alwaysOpen || !first.isValid() || !last.isValid() || last < first)
        return;
    m_days.reserve(static_cast<std::size_t>(first.daysTo(last) + 1));
    qint64 cumulative = 0;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        PreparedDay day;
        if (!window(date, day.openMs, day.closeMs)) {
            // A closed day: an empty window at its would-be opening keeps the instants ascending.
            day.openMs = day.closeMs = msecsOf(QDateTime(date, m_spec.opens, m_zone));
        }
        cumulative += day.closeMs - day.openMs;
        day.cumulativeEnd = cumulative;
        m_days.push_back(day);
    }
}

qint64 BusinessCalendar::workingMSecsBefore(qint64 msecs) const
{
    // The last prepared day that opens at or before msecs (callers ensure there is one).
    auto it
        = std::upper_bound(m_days.begin(), m_days.end(), msecs, [](qint64 value, const PreparedDay& day) { return value < day.openMs; });
    --it;
    const qint64 length = it->closeMs - it->openMs;
    return it->cumulativeEnd - length + std::clamp<qint64>(msecs - it->openMs, 0, length);
}

} // namespace fw
