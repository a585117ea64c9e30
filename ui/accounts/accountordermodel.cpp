// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accountordermodel.h"

#include "common/statepresentation.h"

#include <QBrush>

namespace fw {

AccountOrderModel::AccountOrderModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AccountOrderModel::setOrders(std::vector<AccountOrder> orders)
{
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

int AccountOrderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int AccountOrderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountOrderModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AccountOrder& order = m_orders[size_t(index.row())];
    switch (role) {
    case OrderIdRole:
        return order.id;
    case StateRole:
        return order.state;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return QBrush(StatePresentation::stateColor(order.state).darker(115));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == IdColumn)
            return tr("Double-click or press Enter to open order %1").arg(order.id);
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case IdColumn:
            return order.id;
        case StateColumn:
            return StatePresentation::orderStateLabel(order.state);
        case CreatedColumn:
            return order.createdAt.isValid() ? order.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
        case RequestedColumn:
            return order.requestedDate.isValid() ? order.requestedDate.toString(Qt::ISODate) : QStringLiteral("\u2014");
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant AccountOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn:
        return tr("Order");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    case RequestedColumn:
        return tr("Requested");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fw
