// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "falloutcasemodel.h"

#include "common/enginetexttranslation.h"
#include "engine/falloutsignature.h"
#include "common/statepresentation.h"
#include "sync/syncpresentation.h"

#include <QBrush>

namespace fw {

FalloutCaseModel::FalloutCaseModel(QObject* parent)
    : SnapshotTableModel(parent)
{
}

void FalloutCaseModel::setSnapshot(const EngineSnapshot& snapshot)
{
    const bool timeMoved = m_at != snapshot.at;
    m_at = snapshot.at;
    replaceRows(snapshot.fallout);
    if (timeMoved && rowCount() > 0)
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn), { Qt::DisplayRole });
}

QStringList FalloutCaseModel::queues() const
{
    QStringList result;
    for (const FalloutSummary& c : rows()) {
        if (!result.contains(c.queue))
            result << c.queue;
    }
    result.sort();
    return result;
}

int FalloutCaseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FalloutCaseModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FalloutSummary& c = rowAt(index.row());
    switch (role) {
    case CaseIdRole:
        return c.id;
    case OrderIdRole:
        return c.orderId;
    case StepIdRole:
        return c.stepId;
    case QueueRole:
        return c.queue;
    case SignatureRole:
        return falloutSignature(c);
    case Qt::ToolTipRole:
        return index.column() == ErrorColumn ? QVariant(translatedEngineText(c.error)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ClassificationColumn)
            return QBrush(StatePresentation::stateColor(c.classification == QLatin1String("fatal") ? QStringLiteral("fallout")
                                                                                                   : QStringLiteral("retrying")));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == AttemptsColumn || index.column() == AgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (index.column() == IdColumn)
            return c.id;
        if (index.column() == AttemptsColumn)
            return c.attempts;
        if (index.column() == AgeColumn)
            return c.openedAt;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return c.id;
        case OrderColumn:
            return c.orderId;
        case StepColumn:
            return c.stepName;
        case LaneColumn:
            return c.lane;
        case QueueColumn:
            return c.queue;
        case ClassificationColumn:
            return c.classification == QLatin1String("fatal") ? tr("Fatal") : tr("Retries exhausted");
        case ErrorColumn:
            return translatedEngineText(c.error);
        case AttemptsColumn:
            return c.attempts;
        case AgeColumn:
            return StatePresentation::ageText(c.openedAt, m_at);
        case RunsOnColumn:
            return SyncPresentation::runsOnText(c.runsOn);
        }
        return {};
    default:
        return {};
    }
}

QVariant FalloutCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Case");
    case OrderColumn:
        return tr("Order");
    case StepColumn:
        return tr("Step");
    case LaneColumn:
        return tr("Lane");
    case QueueColumn:
        return tr("Queue");
    case ClassificationColumn:
        return tr("Class");
    case ErrorColumn:
        return tr("Error");
    case AttemptsColumn:
        return tr("Attempts");
    case AgeColumn:
        return tr("Open for");
    case RunsOnColumn:
        return tr("Runs on");
    }
    return {};
}

} // namespace fw
