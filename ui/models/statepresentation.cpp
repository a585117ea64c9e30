#include "statepresentation.h"

namespace fw {

QString StatePresentation::orderStateLabel(const QString& state)
{
    if (state == QLatin1String("pending"))
        return tr("Pending");
    if (state == QLatin1String("in-progress"))
        return tr("In progress");
    if (state == QLatin1String("fallout"))
        return tr("Fallout");
    if (state == QLatin1String("completed"))
        return tr("Completed");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

QString StatePresentation::stepStateLabel(const QString& state)
{
    if (state == QLatin1String("pending"))
        return tr("Pending");
    if (state == QLatin1String("ready"))
        return tr("Ready");
    if (state == QLatin1String("running"))
        return tr("Running");
    if (state == QLatin1String("waiting"))
        return tr("Waiting");
    if (state == QLatin1String("completed"))
        return tr("Completed");
    if (state == QLatin1String("retrying"))
        return tr("Retrying");
    if (state == QLatin1String("fallout"))
        return tr("Fallout");
    if (state == QLatin1String("skipped"))
        return tr("Skipped");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

QColor StatePresentation::stateColor(const QString& state)
{
    if (state == QLatin1String("pending"))
        return QColor(0x9a, 0xa0, 0xa6); // grey
    if (state == QLatin1String("ready"))
        return QColor(0x4e, 0x9a, 0xe8); // light blue
    if (state == QLatin1String("running") || state == QLatin1String("in-progress"))
        return QColor(0x1f, 0x6f, 0xd1); // blue
    if (state == QLatin1String("waiting"))
        return QColor(0x8e, 0x5c, 0xd9); // violet
    if (state == QLatin1String("completed"))
        return QColor(0x2e, 0x9d, 0x5b); // green
    if (state == QLatin1String("retrying"))
        return QColor(0xe0, 0x8a, 0x1e); // amber
    if (state == QLatin1String("fallout"))
        return QColor(0xd6, 0x3b, 0x3b); // red
    if (state == QLatin1String("skipped"))
        return QColor(0x5f, 0x9e, 0xa0); // teal grey
    if (state == QLatin1String("cancelled"))
        return QColor(0x6b, 0x6b, 0x6b); // dark grey
    return QColor(0x9a, 0xa0, 0xa6);
}

QString StatePresentation::ageText(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid() || !now.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, since.secsTo(now));
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QString StatePresentation::timeText(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace fw
