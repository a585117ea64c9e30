// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalationmodel.h"

#include "common/enginetexttranslation.h"
#include "common/statepresentation.h"

#include <QBrush>

namespace fw {

EscalationModel::EscalationModel(QObject* parent)
    : SnapshotTableModel(parent)
{
}

void EscalationModel::setSnapshot(const EngineSnapshot& snapshot)
{
    const bool timeMoved = m_at != snapshot.at;
    m_at = snapshot.at;
    replaceRows(snapshot.escalations);
    if (timeMoved && rowCount() > 0)
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn), { Qt::DisplayRole });
}

int EscalationModel::openCount() const
{
    int n = 0;
    for (const EscalationSummary& e : rows())
        n += e.state == QLatin1String("open") ? 1 : 0;
    return n;
}

int EscalationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EscalationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EscalationSummary& e = rowAt(index.row());
    const auto levelText = [&e] {
        if (e.level == QLatin1String("critical"))
            return tr("Critical");
        if (e.level == QLatin1String("warning"))
            return tr("Warning");
        return tr("By a supervisor");
    };
    switch (role) {
    case EscalationIdRole:
        return e.id;
    case OrderIdRole:
        return e.orderId;
    case StateRole:
        return e.state;
    case ClaimedByRole:
        return e.claimedBy;
    case Qt::ToolTipRole:
        return e.note.isEmpty() ? translatedEngineText(e.reason) : tr("%1\nNote: %2").arg(translatedEngineText(e.reason), e.note);
    case Qt::ForegroundRole:
        if (index.column() == LevelColumn && e.level == QLatin1String("critical"))
            return QBrush(StatePresentation::stateColor(QStringLiteral("fallout")));
        if (index.column() == StateColumn)
            return QBrush(
                StatePresentation::stateColor(e.state == QLatin1String("open") ? QStringLiteral("ready") : QStringLiteral("waiting")));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == IdColumn || index.column() == AgeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        if (index.column() == IdColumn)
            return e.id;
        if (index.column() == AgeColumn)
            return e.createdAt;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return e.id;
        case LevelColumn:
            return levelText();
        case OrderColumn:
            return e.orderId;
        case StepColumn:
            return e.stepId.isEmpty() ? tr("Whole order") : (e.stepName.isEmpty() ? e.stepId : e.stepName);
        case QueueColumn:
            return e.queue;
        case StateColumn:
            return e.state == QLatin1String("open") ? tr("Open") : tr("Taken by %1").arg(e.claimedBy);
        case AgeColumn:
            return StatePresentation::ageText(e.createdAt, m_at.isValid() ? m_at : QDateTime::currentDateTimeUtc());
        case RaisedByColumn:
            return e.raisedBy == QLatin1String("sla") ? tr("Jeopardy rule") : e.raisedBy;
        case ReasonColumn:
            return e.note.isEmpty()
                ? translatedEngineText(e.reason)
                : tr("%1 \u2014 %2")
                      .arg(QString(e.note).replace(QLatin1Char('\n'), QStringLiteral(" \u00b7 ")), translatedEngineText(e.reason));
        }
        return {};
    default:
        return {};
    }
}

QVariant EscalationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case LevelColumn:
        return tr("Level");
    case OrderColumn:
        return tr("Order");
    case StepColumn:
        return tr("Step");
    case QueueColumn:
        return tr("Queue");
    case StateColumn:
        return tr("State");
    case AgeColumn:
        return tr("Age");
    case RaisedByColumn:
        return tr("Raised by");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}

} // namespace fw
