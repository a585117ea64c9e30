#include "durationtext.h"

#include <QLocale>
#include <QTimeZone>

namespace fw {

QString formatSlaDuration(qint64 seconds)
{
    if (seconds < 60)
        return QString::number(std::max<qint64>(0, seconds)) + QLatin1Char('s');
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        return hours ? QStringLiteral("%1d %2h").arg(days).arg(hours) : QStringLiteral("%1d").arg(days);
    if (hours > 0)
        return minutes ? QStringLiteral("%1h %2m").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'))
                       : QStringLiteral("%1h").arg(hours);
    return QStringLiteral("%1m").arg(minutes);
}

QString formatSlaInstant(const QDateTime& time)
{
    if (!time.isValid())
        return QStringLiteral("(none)");
    return QLocale::c().toString(time.toTimeZone(QTimeZone::utc()), QStringLiteral("d MMM HH:mm")) + QStringLiteral(" UTC");
}

QString formatThreshold(const JeopardyThreshold& threshold)
{
    if (threshold.seconds > 0)
        return formatSlaDuration(threshold.seconds);
    return QString::number(threshold.percent) + QLatin1Char('%');
}

} // namespace fw
