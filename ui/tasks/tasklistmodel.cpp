#include "tasklistmodel.h"

#include "common/statepresentation.h"
#include "sync/syncpresentation.h"

#include <QBrush>
#include <QLocale>

namespace fw {

TaskListModel::TaskListModel(QObject* parent)
    : SnapshotTableModel(parent)
{
}

void TaskListModel::setSnapshot(const EngineSnapshot& snapshot)
{
    const bool timeMoved = m_at != snapshot.at;
    m_at = snapshot.at;
    replaceRows(snapshot.tasks);
    if (timeMoved && rowCount() > 0)
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn), { Qt::DisplayRole });
}

QStringList TaskListModel::queues() const
{
    QStringList result;
    for (const TaskSummary& task : rows()) {
        if (!result.contains(task.queue))
            result << task.queue;
    }
    result.sort();
    return result;
}

int TaskListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TaskSummary& task = rowAt(index.row());
    switch (role) {
    case TaskIdRole:
        return task.id;
    case OrderIdRole:
        return task.orderId;
    case StepIdRole:
        return task.stepId;
    case QueueRole:
        return task.queue;
    case ClaimedByRole:
        return task.claimedBy;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !task.claimedBy.isEmpty() && task.claimedAt.isValid())
            return tr("Claimed by %1 since %2 (%3 ago)")
                .arg(task.claimedBy, QLocale().toString(task.claimedAt.toLocalTime(), QLocale::ShortFormat),
                     StatePresentation::ageText(task.claimedAt, m_at));
        return task.spec.instructions.isEmpty() ? QVariant() : QVariant(task.spec.instructions);
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return QBrush(StatePresentation::stateColor(task.claimedBy.isEmpty() ? QStringLiteral("ready") : QStringLiteral("waiting")));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == AgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (index.column() == IdColumn)
            return task.id;
        if (index.column() == AgeColumn)
            return task.createdAt;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return task.id;
        case StepColumn:
            return task.stepName;
        case OrderColumn:
            return task.orderId;
        case AccountColumn:
            return task.account;
        case QueueColumn:
            return task.queue;
        case StateColumn:
            return task.claimedBy.isEmpty() ? tr("Unassigned") : tr("Claimed by %1").arg(task.claimedBy);
        case AgeColumn:
            return StatePresentation::ageText(task.createdAt, m_at);
        case RunsOnColumn:
            return SyncPresentation::runsOnText(task.runsOn);
        }
        return {};
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Task");
    case StepColumn:
        return tr("Step");
    case OrderColumn:
        return tr("Order");
    case AccountColumn:
        return tr("Account");
    case QueueColumn:
        return tr("Queue");
    case StateColumn:
        return tr("Assignment");
    case AgeColumn:
        return tr("Waiting");
    case RunsOnColumn:
        return tr("Runs on");
    }
    return {};
}

} // namespace fw
