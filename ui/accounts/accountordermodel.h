// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/accountreader.h"

#include <QAbstractTableModel>

#include <vector>

namespace fw {

// An account's orders on the Account page, newest first: id, state (coloured like the Orders
// table), when it came into the store, requested date.
class AccountOrderModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IdColumn, StateColumn, CreatedColumn, RequestedColumn, ColumnCount };
    enum Role { OrderIdRole = Qt::UserRole + 1, StateRole };

    explicit AccountOrderModel(QObject* parent = nullptr);

    void setOrders(std::vector<AccountOrder> orders);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AccountOrder> m_orders;
};

} // namespace fw
