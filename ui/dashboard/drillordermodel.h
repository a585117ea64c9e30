// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "kpi/kpireport.h"

#include <QAbstractTableModel>

#include <vector>

namespace fw {

// The orders behind a dashboard drill-down, one row each. Qt::UserRole: the order id.
class DrillOrderModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { OrderColumn, AccountColumn, StateColumn, CreatedColumn, FinishedColumn, CycleColumn, DetailColumn, ColumnCount };
    static constexpr int OrderIdRole = Qt::UserRole;

    explicit DrillOrderModel(QObject* parent = nullptr);
    void setOrders(std::vector<DrillOrder> orders);
    const std::vector<DrillOrder>& orders() const { return m_orders; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<DrillOrder> m_orders;
};

} // namespace fw
