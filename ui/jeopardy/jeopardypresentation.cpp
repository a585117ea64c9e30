// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardypresentation.h"

#include "common/stepstatepresentation.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <cstdlib>

namespace fw {

QString JeopardyPresentation::levelLabel(JeopardyLevel level)
{
    switch (level) {
    case JeopardyLevel::Critical:
        return tr("Critical");
    case JeopardyLevel::Warning:
        return tr("Warning");
    case JeopardyLevel::None:
        break;
    }
    return tr("On track");
}

QString JeopardyPresentation::causeLabel(JeopardyCause cause, const QString& ruleId)
{
    switch (cause) {
    case JeopardyCause::Rule:
        return ruleId.isEmpty() ? tr("Rule") : tr("Rule %1").arg(ruleId);
    case JeopardyCause::History:
        return tr("History p90");
    case JeopardyCause::Forecast:
        return tr("Forecast");
    case JeopardyCause::Overdue:
        return tr("Overdue");
    }
    return {};
}

QString JeopardyPresentation::causeDescription(JeopardyCause cause)
{
    switch (cause) {
    case JeopardyCause::Rule:
        return tr("A catalog jeopardy rule's threshold was reached.");
    case JeopardyCause::History:
        return tr("The step has been pending longer than 90% of the same steps took before.");
    case JeopardyCause::Forecast:
        return tr("The order's projected completion is past its due date.");
    case JeopardyCause::Overdue:
        return tr("The order is not done and its due date has passed.");
    }
    return {};
}

QColor JeopardyPresentation::color(JeopardyLevel level, bool darkPalette)
{
    switch (level) {
    case JeopardyLevel::Critical:
        return StepStatePresentation::color(StepState::Fallout, darkPalette);
    case JeopardyLevel::Warning:
        return darkPalette ? QColor(0xf5, 0xa5, 0x24) : QColor(0xd9, 0x77, 0x06);
    case JeopardyLevel::None:
        break;
    }
    return StepStatePresentation::color(StepState::Completed, darkPalette);
}

QColor JeopardyPresentation::fillColor(JeopardyLevel level, const QPalette& palette)
{
    if (level == JeopardyLevel::None)
        return {};
    const bool dark = StepStatePresentation::isDark(palette);
    return StepStatePresentation::blend(palette.color(QPalette::Base), color(level, dark), dark ? 0.22 : 0.12);
}

QIcon JeopardyPresentation::icon(JeopardyLevel level)
{
    static QHash<int, QIcon> cache;
    const auto found = cache.constFind(int(level));
    if (found != cache.constEnd())
        return found.value();
    QIcon icon;
    if (level != JeopardyLevel::None) {
        for (int size : { 16, 32 }) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color(level));
            const qreal s = size;
            if (level == JeopardyLevel::Critical) { // a disc with an exclamation mark
                painter.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
            } else { // a triangle with an exclamation mark: shape, not colour alone
                QPainterPath triangle;
                triangle.moveTo(s * 0.5, s * 0.06);
                triangle.lineTo(s * 0.96, s * 0.92);
                triangle.lineTo(s * 0.04, s * 0.92);
                triangle.closeSubpath();
                painter.drawPath(triangle);
            }
            painter.setBrush(Qt::white);
            const qreal bar = s * 0.13;
            const qreal top = level == JeopardyLevel::Critical ? s * 0.22 : s * 0.34;
            painter.drawRoundedRect(QRectF(s * 0.5 - bar / 2, top, bar, s * 0.36), bar / 2, bar / 2);
            painter.drawEllipse(QRectF(s * 0.5 - bar / 2, s * 0.68, bar, bar));
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    cache.insert(int(level), icon);
    return icon;
}

QString JeopardyPresentation::durationText(qint64 seconds)
{
    seconds = std::llabs(seconds);
    if (seconds < 60)
        return tr("%1s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1m").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1h %2m").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1d %2h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24, 2, 10, QLatin1Char('0'));
}

QString JeopardyPresentation::relativeText(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid() || !now.isValid())
        return {};
    const qint64 seconds = now.secsTo(at);
    if (std::llabs(seconds) < 60)
        return tr("now");
    return seconds > 0 ? tr("in %1").arg(durationText(seconds)) : tr("%1 ago").arg(durationText(seconds));
}

QString JeopardyPresentation::marginText(const QDateTime& forecastAt, const QDateTime& dueAt)
{
    if (!forecastAt.isValid() || !dueAt.isValid())
        return {};
    const qint64 late = dueAt.secsTo(forecastAt);
    if (std::llabs(late) < 60)
        return tr("on time");
    return late > 0 ? tr("+%1 late").arg(durationText(late)) : tr("%1 spare").arg(durationText(late));
}

QString JeopardyPresentation::timeText(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString JeopardyPresentation::ownerText(const JeopardyFinding& finding)
{
    if (!finding.runsOn.isEmpty())
        return finding.owner.isEmpty() ? tr("Runs on %1").arg(finding.runsOn) : tr("%1 (runs on %2)").arg(finding.owner, finding.runsOn);
    return finding.owner;
}

QIcon JeopardyPresentation::escalatedIcon()
{
    static QIcon icon;
    if (!icon.isNull())
        return icon;
    for (int size : { 16, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1f, 0x6f, 0xc5));
        const qreal s = size;
        QPainterPath arrow;
        arrow.moveTo(s * 0.5, s * 0.04);
        arrow.lineTo(s * 0.94, s * 0.5);
        arrow.lineTo(s * 0.66, s * 0.5);
        arrow.lineTo(s * 0.66, s * 0.96);
        arrow.lineTo(s * 0.34, s * 0.96);
        arrow.lineTo(s * 0.34, s * 0.5);
        arrow.lineTo(s * 0.06, s * 0.5);
        arrow.closeSubpath();
        painter.drawPath(arrow);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QStringList JeopardyPresentation::criticalPathLabels(const OrderForecast& forecast)
{
    const QStringList& ids = forecast.criticalPathStepIds;
    QStringList names;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString name = forecast.criticalPathStepNames.value(i);
        names << (name.isEmpty() ? ids.at(i) : name);
    }
    QStringList labels;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const qsizetype slash = ids.at(i).lastIndexOf(QLatin1Char('/'));
        if (names.count(names.at(i)) > 1 && names.at(i) != ids.at(i) && slash > 0)
            labels << tr("%1 (%2)").arg(names.at(i), ids.at(i).left(slash));
        else
            labels << names.at(i);
    }
    return labels;
}

QString JeopardyPresentation::stepText(const JeopardyFinding& finding)
{
    if (finding.stepId.isEmpty())
        return tr("Whole order");
    return finding.stepName.isEmpty() ? finding.stepId : finding.stepName;
}

QString JeopardyPresentation::actionText(const JeopardyAction& action)
{
    const QString at = action.at == JeopardyAction::Level::Critical ? tr("at critical") : tr("at warning");
    switch (action.kind) {
    case JeopardyAction::Kind::Flag:
        return tr("Flag (%1)").arg(at);
    case JeopardyAction::Kind::Notify:
        return tr("Notify (%1)").arg(at);
    case JeopardyAction::Kind::RaisePriority:
        return tr("Raise priority (%1)").arg(at);
    case JeopardyAction::Kind::Reassign:
        return tr("Reassign to %1 (%2)").arg(action.queue, at);
    case JeopardyAction::Kind::Escalate:
        return tr("Escalate to %1 (%2)").arg(action.queue, at);
    }
    return {};
}

QString JeopardyPresentation::actionsText(const std::vector<JeopardyAction>& actions)
{
    QStringList parts;
    for (const JeopardyAction& action : actions)
        parts << actionText(action);
    return parts.join(QStringLiteral(", "));
}

} // namespace fw
