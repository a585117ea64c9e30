// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "journalfilter.h"

#include "common/duration.h"

#include <QTimeZone>

namespace fw {

bool JournalFilter::isFailure(const JournalEvent& event)
{
    return event.afterState == QLatin1String("fallout") || event.afterState == QLatin1String("retrying")
        || event.kind == QLatin1String("order.held") || event.kind == QLatin1String("jeopardy.raised")
        || event.kind == QLatin1String("change.refused");
}

bool JournalFilter::matches(const JournalEvent& event, const QString& laneId, const QString& laneName) const
{
    if (failuresOnly && !isFailure(event))
        return false;
    if (!lane.isEmpty() && (laneId.isEmpty() || (lane != laneId && lane.compare(laneName, Qt::CaseInsensitive) != 0)))
        return false;
    if (!actor.isEmpty() && event.actor != actor)
        return false;
    return !since.isValid() || event.at >= since;
}

Result<QDateTime> JournalFilter::parseSince(const QString& text, const QDateTime& now)
{
    const QString trimmed = text.trimmed();
    if (const auto seconds = parseDurationSeconds(trimmed))
        return now.addSecs(-*seconds);
    if (const QDate date = QDate::fromString(trimmed, Qt::ISODate); date.isValid() && trimmed.size() == 10)
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    QDateTime at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (at.isValid()) {
        if (at.timeSpec() == Qt::LocalTime)
            at.setTimeZone(QTimeZone::utc()); // no offset given: UTC, as the store writes times
        return at;
    }
    return failure(QStringLiteral("not a time: write an ISO 8601 date or time (2026-03-01, 2026-03-01T08:00:00Z) or how long "
                                  "ago (30m, 2h, 3d)"));
}

} // namespace fw
