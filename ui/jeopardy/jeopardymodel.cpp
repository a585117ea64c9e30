// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardymodel.h"

#include "common/enginetexttranslation.h"
#include "jeopardypresentation.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace fw {

namespace {
    QString baseKey(const JeopardyFinding& finding)
    {
        return finding.orderId + QLatin1Char('/') + finding.stepId + QLatin1Char('/') + QString::number(int(finding.cause))
            + QLatin1Char('/') + finding.ruleId;
    }

    QStringList keysOf(const std::vector<JeopardyFinding>& findings)
    {
        QStringList keys;
        keys.reserve(qsizetype(findings.size()));
        for (const JeopardyFinding& finding : findings) {
            QString key = baseKey(finding);
            for (int n = 2; keys.contains(key); ++n) // the same finding twice still gets two rows
                key = baseKey(finding) + QLatin1Char('#') + QString::number(n);
            keys << key;
        }
        return keys;
    }
    QString escalationKey(const QString& orderId, const QString& stepId)
    {
        return orderId + QLatin1Char('/') + stepId;
    }
} // namespace

JeopardyModel::JeopardyModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void JeopardyModel::setReport(const JeopardyReport& report, const QDateTime& now)
{
    QStringList keys = keysOf(report.findings);
    const bool sameRows = keys == m_keys;
    if (!sameRows)
        beginResetModel();
    m_report = report;
    m_keys = std::move(keys);
    m_now = now;
    m_warnings = 0;
    m_criticals = 0;
    for (const JeopardyFinding& finding : m_report.findings) {
        m_warnings += finding.level == JeopardyLevel::Warning ? 1 : 0;
        m_criticals += finding.level == JeopardyLevel::Critical ? 1 : 0;
    }
    if (!sameRows)
        endResetModel();
    else if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void JeopardyModel::setEscalations(const std::vector<EscalationSummary>& escalations)
{
    QHash<QString, EscalationSummary> byStep;
    for (const EscalationSummary& escalation : escalations)
        if (escalation.state != QLatin1String("resolved"))
            byStep.insert(escalationKey(escalation.orderId, escalation.stepId), escalation);
    if (byStep == m_escalations)
        return;
    m_escalations = std::move(byStep);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const EscalationSummary* JeopardyModel::escalationOf(const JeopardyFinding& finding) const
{
    const auto found = m_escalations.constFind(escalationKey(finding.orderId, finding.stepId));
    return found == m_escalations.constEnd() ? nullptr : &*found;
}

int JeopardyModel::rowOfKey(const QString& key) const
{
    return int(m_keys.indexOf(key));
}

const OrderForecast* JeopardyModel::forecastOf(const QString& orderId) const
{
    for (const OrderForecast& forecast : m_report.forecasts) {
        if (forecast.orderId == orderId)
            return &forecast;
    }
    return nullptr;
}

int JeopardyModel::ordersAtRisk() const
{
    int count = 0;
    for (const OrderForecast& forecast : m_report.forecasts)
        count += forecast.atRisk() ? 1 : 0;
    return count;
}

int JeopardyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.findings.size());
}

int JeopardyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JeopardyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JeopardyFinding& f = finding(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(f, index.column());
    case Qt::ToolTipRole:
        return toolTip(f, index.column());
    case Qt::DecorationRole:
        if (index.column() == LevelColumn)
            return JeopardyPresentation::icon(f.level);
        if (index.column() == EscalatedColumn && escalationOf(f))
            return JeopardyPresentation::escalatedIcon();
        return {};
    case Qt::BackgroundRole: {
        const QColor fill = JeopardyPresentation::fillColor(f.level, QGuiApplication::palette());
        return fill.isValid() ? QVariant(QBrush(fill)) : QVariant();
    }
    case Qt::ForegroundRole:
        if (index.column() == LevelColumn || (index.column() == MarginColumn && f.forecastAt > f.dueAt && f.dueAt.isValid()))
            return QBrush(JeopardyPresentation::color(f.level));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BreachColumn || index.column() == MarginColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OrderIdRole:
        return f.orderId;
    case StepIdRole:
        return f.stepId;
    case LevelRole:
        return int(f.level);
    case CauseRole:
        return int(f.cause);
    case LaneRole:
        return f.lane;
    case QueueRole:
        return f.queue;
    case KeyRole:
        return m_keys.value(index.row());
    case SortRole:
        return sortData(f, index.column());
    case EscalationIdRole: {
        const EscalationSummary* escalation = escalationOf(f);
        return escalation ? escalation->id : qint64(0);
    }
    default:
        return {};
    }
}

QVariant JeopardyModel::displayData(const JeopardyFinding& f, int column) const
{
    switch (column) {
    case LevelColumn:
        return JeopardyPresentation::levelLabel(f.level);
    case EscalatedColumn:
        if (const EscalationSummary* escalation = escalationOf(f))
            return escalation->state == QLatin1String("claimed") ? tr("%1 (taken by %2)").arg(escalation->queue, escalation->claimedBy)
                                                                 : escalation->queue;
        return QString();
    case OrderColumn:
        return f.orderId;
    case AccountColumn:
        return f.account;
    case StepColumn:
        return JeopardyPresentation::stepText(f);
    case LaneColumn:
        return f.lane;
    case QueueColumn:
        return f.queue;
    case OwnerColumn:
        return JeopardyPresentation::ownerText(f);
    case BreachColumn:
        return JeopardyPresentation::relativeText(f.breachAt, m_now);
    case ForecastColumn:
        return JeopardyPresentation::timeText(f.forecastAt);
    case DueColumn:
        return JeopardyPresentation::timeText(f.dueAt);
    case MarginColumn:
        return JeopardyPresentation::marginText(f.forecastAt, f.dueAt);
    case CauseColumn:
        return JeopardyPresentation::causeLabel(f.cause, f.ruleId);
    case ReasonColumn:
        return translatedEngineText(f.reason);
    }
    return {};
}

QVariant JeopardyModel::sortData(const JeopardyFinding& f, int column) const
{
    switch (column) {
    case LevelColumn:
        return int(f.level);
    case BreachColumn:
        return f.breachAt;
    case ForecastColumn:
        return f.forecastAt;
    case DueColumn:
        return f.dueAt;
    case MarginColumn:
        return f.forecastAt.isValid() && f.dueAt.isValid() ? QVariant(f.dueAt.secsTo(f.forecastAt)) : QVariant(qint64(0));
    case CauseColumn:
        return int(f.cause);
    default:
        return displayData(f, column);
    }
}

QString JeopardyModel::escalationToolTip(const EscalationSummary& e) const
{
    QString tip
        = tr("Escalated to %1 by %2 on %3 (escalation %4)").arg(e.queue, e.raisedBy, JeopardyPresentation::timeText(e.createdAt)).arg(e.id);
    if (e.state == QLatin1String("claimed"))
        tip += QLatin1Char('\n') + tr("Taken by %1").arg(e.claimedBy);
    if (!e.note.isEmpty())
        tip += QLatin1Char('\n') + tr("Note: %1").arg(e.note);
    return tip + QLatin1Char('\n') + tr("Escalate again to add a note to it.");
}

QString JeopardyModel::toolTip(const JeopardyFinding& f, int column) const
{
    if (column == EscalatedColumn) {
        const EscalationSummary* escalation = escalationOf(f);
        return escalation ? escalationToolTip(*escalation) : tr("Not escalated");
    }
    QString tip = translatedEngineText(f.reason);
    if (column == BreachColumn && f.breachAt.isValid())
        tip = tr("%1 since %2").arg(JeopardyPresentation::levelLabel(f.level), JeopardyPresentation::timeText(f.breachAt))
            + (f.level == JeopardyLevel::Warning && f.nextLevelAt.isValid()
                   ? tr("; critical at %1").arg(JeopardyPresentation::timeText(f.nextLevelAt))
                   : QString())
            + QLatin1Char('\n') + tip;
    else if (column == CauseColumn)
        tip = JeopardyPresentation::causeDescription(f.cause) + QLatin1Char('\n') + tip;
    if (!f.actions.empty())
        tip += QLatin1Char('\n') + tr("Actions: %1").arg(JeopardyPresentation::actionsText(f.actions));
    return tip;
}

QVariant JeopardyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case EscalatedColumn:
        return tr("Escalated");
    case OrderColumn:
        return tr("Order");
    case AccountColumn:
        return tr("Account");
    case StepColumn:
        return tr("Step");
    case LaneColumn:
        return tr("Lane");
    case QueueColumn:
        return tr("Queue");
    case OwnerColumn:
        return tr("Owner");
    case BreachColumn:
        return tr("Breach");
    case ForecastColumn:
        return tr("Forecast");
    case DueColumn:
        return tr("Due");
    case MarginColumn:
        return tr("Forecast vs due");
    case CauseColumn:
        return tr("Cause");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace fw
