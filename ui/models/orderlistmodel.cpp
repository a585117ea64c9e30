#include "orderlistmodel.h"

#include "statepresentation.h"

#include <QBrush>
#include <QFont>

namespace fw {

OrderListModel::OrderListModel(QObject* parent)
    : SnapshotTableModel(parent)
{
}

void OrderListModel::setSnapshot(const EngineSnapshot& snapshot)
{
    const bool timeMoved = m_at != snapshot.at;
    m_at = snapshot.at;
    replaceRows(snapshot.orders);
    if (timeMoved && rowCount() > 0)
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn), { Qt::DisplayRole });
}

int OrderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OrderSummary& order = rowAt(index.row());
    const double progress = order.steps ? double(order.completedSteps) / order.steps : 0.0;
    switch (role) {
    case OrderIdRole:
        return order.id;
    case StateRole:
        return order.state;
    case ProgressRole:
        return progress;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && order.onHold)
            return tr("On hold: a fallout case stopped new work until an operator resumes the order.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return QBrush(StatePresentation::stateColor(order.state).darker(115));
        if (index.column() == FalloutColumn && order.openFallout > 0)
            return QBrush(StatePresentation::stateColor(QStringLiteral("fallout")));
        return {};
    case Qt::FontRole:
        if (index.column() == IdColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TasksColumn || index.column() == FalloutColumn || index.column() == AgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case ProgressColumn:
            return progress;
        case TasksColumn:
            return order.openTasks;
        case FalloutColumn:
            return order.openFallout;
        case AgeColumn:
            return order.createdAt;
        case UpdatedColumn:
            return order.updatedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return order.id;
        case AccountColumn:
            return order.account;
        case StateColumn:
            return order.onHold && order.state != QLatin1String("fallout")
                ? tr("%1 (on hold)").arg(StatePresentation::orderStateLabel(order.state))
                : StatePresentation::orderStateLabel(order.state);
        case ProgressColumn:
            return tr("%1 / %2 steps").arg(order.completedSteps).arg(order.steps);
        case TasksColumn:
            return order.openTasks ? QVariant(order.openTasks) : QVariant();
        case FalloutColumn:
            return order.openFallout ? QVariant(order.openFallout) : QVariant();
        case RequestedColumn:
            return order.requestedDate;
        case AgeColumn:
            return StatePresentation::ageText(order.createdAt, m_at);
        case UpdatedColumn:
            return StatePresentation::timeText(order.updatedAt);
        }
        return {};
    default:
        return {};
    }
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Order");
    case AccountColumn:
        return tr("Account");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case TasksColumn:
        return tr("Tasks");
    case FalloutColumn:
        return tr("Fallout");
    case RequestedColumn:
        return tr("Requested");
    case AgeColumn:
        return tr("Age");
    case UpdatedColumn:
        return tr("Last change");
    }
    return {};
}

} // namespace fw
