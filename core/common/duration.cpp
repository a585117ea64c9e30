#include "duration.h"

#include <QRegularExpression>

namespace fw {

std::optional<qint64> parseDurationSeconds(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$"));
    if (text.isEmpty())
        return std::nullopt;
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    constexpr qint64 unitSeconds[] = { 86400, 3600, 60, 1 };
    qint64 total = 0;
    for (int group = 1; group <= 4; ++group) {
        const QString part = match.captured(group);
        if (!part.isEmpty())
            total += part.toLongLong() * unitSeconds[group - 1];
    }
    return total;
}

QString formatDuration(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("0s");
    QString text;
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 rest = seconds % 60;
    if (days)
        text += QString::number(days) + QLatin1Char('d');
    if (hours)
        text += QString::number(hours) + QLatin1Char('h');
    if (minutes)
        text += QString::number(minutes) + QLatin1Char('m');
    if (rest)
        text += QString::number(rest) + QLatin1Char('s');
    return text;
}

} // namespace fw
