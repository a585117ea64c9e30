// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "duration.h"

#include <QRegularExpression>

#include <vector>

namespace fw {

namespace {
    enum class DurationForm { Malformed, YearsOrMonths, TooLong, Ok };

    struct ParsedDuration {
        DurationForm form = DurationForm::Malformed;
        qint64 seconds = 0;
    };

    // Adds count units to total; false once the sum passes kMaxDurationSeconds (also for counts
    // too large for qint64), so nothing here overflows.
    bool addUnits(qint64& total, const QString& count, qint64 unitSeconds)
    {
        if (count.isEmpty())
            return true;
        bool ok = false;
        const qint64 n = count.toLongLong(&ok);
        if (!ok || n > kMaxDurationSeconds / unitSeconds)
            return false;
        total += n * unitSeconds;
        return total <= kMaxDurationSeconds;
    }

    ParsedDuration parseDuration(const QString& text)
    {
        static const QRegularExpression compact(QStringLiteral("^(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$"));
        static const QRegularExpression iso(QStringLiteral("^P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?=\\d)(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
        static const QRegularExpression isoCalendar(
            QStringLiteral("^P(\\d+Y)?(\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?$"));
        if (text.isEmpty() || text == QLatin1String("P"))
            return {};
        std::vector<std::pair<QString, qint64>> parts;
        if (const auto match = compact.match(text); match.hasMatch()) {
            parts = { { match.captured(1), 86400 }, { match.captured(2), 3600 }, { match.captured(3), 60 }, { match.captured(4), 1 } };
        } else if (const auto isoMatch = iso.match(text); isoMatch.hasMatch()) {
            parts = { { isoMatch.captured(1), 7 * 86400 },
                      { isoMatch.captured(2), 86400 },
                      { isoMatch.captured(3), 3600 },
                      { isoMatch.captured(4), 60 },
                      { isoMatch.captured(5), 1 } };
        } else if (const auto calendar = isoCalendar.match(text);
                   calendar.hasMatch() && (calendar.hasCaptured(1) || calendar.hasCaptured(2))) {
            return { DurationForm::YearsOrMonths, 0 };
        } else {
            return {};
        }
        qint64 total = 0;
        for (const auto& [count, unit] : parts) {
            if (!addUnits(total, count, unit))
                return { DurationForm::TooLong, 0 };
        }
        return { DurationForm::Ok, total };
    }
} // namespace

std::optional<qint64> parseDurationSeconds(const QString& text)
{
    const ParsedDuration parsed = parseDuration(text);
    if (parsed.form != DurationForm::Ok)
        return std::nullopt;
    return parsed.seconds;
}

QString durationProblem(const QString& text, qint64 maximumSeconds)
{
    const ParsedDuration parsed = parseDuration(text);
    switch (parsed.form) {
    case DurationForm::Malformed:
        return QStringLiteral("'%1' is not a duration (write e.g. \"45s\", \"30m\", \"4h\", \"2d\" or \"1d4h30m\")").arg(text);
    case DurationForm::YearsOrMonths:
        return QStringLiteral("'%1' is not a duration: years and months have no fixed length (write days, e.g. \"P30D\")").arg(text);
    case DurationForm::TooLong:
        return QStringLiteral("'%1' is longer than %2").arg(text, formatDuration(kMaxDurationSeconds));
    case DurationForm::Ok:
        break;
    }
    if (parsed.seconds > maximumSeconds)
        return QStringLiteral("'%1' is longer than %2").arg(text, formatDuration(maximumSeconds));
    return {};
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
