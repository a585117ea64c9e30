// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "drillordermodel.h"

#include "kpimodels.h"
#include "common/statepresentation.h"

namespace fw {

DrillOrderModel::DrillOrderModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DrillOrderModel::setOrders(std::vector<DrillOrder> orders)
{
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

int DrillOrderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}
int DrillOrderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillOrderModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DrillOrder& order = m_orders[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrderColumn:
            return order.orderId;
        case AccountColumn:
            return order.account;
        case StateColumn:
            return StatePresentation::orderStateLabel(order.state);
        case CreatedColumn:
            return StatePresentation::timeText(order.createdAt);
        case FinishedColumn:
            return order.finishedAt.isValid() ? StatePresentation::timeText(order.finishedAt) : tr("not finished");
        case CycleColumn:
            return order.finishedAt.isValid() ? kpitext::hours(order.cycleSeconds) : QString();
        case DetailColumn:
            return order.detail;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == DetailColumn && !order.detail.isEmpty() ? order.detail : tr("Open order %1").arg(order.orderId);
    case OrderIdRole:
        return order.orderId;
    case Qt::TextAlignmentRole:
        return index.column() == CycleColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant DrillOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn:
        return tr("Order");
    case AccountColumn:
        return tr("Account");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    case FinishedColumn:
        return tr("Finished");
    case CycleColumn:
        return tr("Cycle time");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace fw
