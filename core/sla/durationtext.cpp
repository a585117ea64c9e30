// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "durationtext.h"

#include <QLocale>
#include <QTimeZone>

namespace fw {

QString formatSlaDuration(qint64 seconds)
{
    // Built with QStringBuilder (one allocation): reasons are made for tens of thousands of findings.
    if (seconds < 60)
        return QString::number(std::max<qint64>(0, seconds)) + u's';
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0) {
        if (!hours)
            return QString::number(days) + u'd';
        return QString::number(days) + u"d " + QString::number(hours) + u'h';
    }
    if (hours > 0) {
        if (!minutes)
            return QString::number(hours) + u'h';
        const char16_t padded[] = { char16_t(u'0' + minutes / 10), char16_t(u'0' + minutes % 10), u'm' };
        return QString::number(hours) + u"h " + QStringView(padded, 3);
    }
    return QString::number(minutes) + u'm';
}

QString formatSlaInstant(const QDateTime& time)
{
    if (!time.isValid())
        return QStringLiteral("(none)");
    return QLocale::c().toString(time.toUTC(), QStringLiteral("d MMM HH:mm")) + QStringLiteral(" UTC");
}

QString formatThreshold(const JeopardyThreshold& threshold)
{
    if (threshold.seconds > 0)
        return formatSlaDuration(threshold.seconds);
    return QString::number(threshold.percent) + QLatin1Char('%');
}

} // namespace fw
