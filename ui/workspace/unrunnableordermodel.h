// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/unrunnableorders.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace fw {

// The orders the engine cannot run (set aside because their stored data cannot be read, or their
// catalog not in the store), with the reason: the list behind the status bar's one-line summary.
// Fed from the engine's snapshot, which shares the list; reset only when the list changes.
class UnrunnableOrderModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { OrderColumn, ReasonColumn, ColumnCount };
    static constexpr int shownInSummary = 3; // orders named in summary()

    explicit UnrunnableOrderModel(QObject* parent = nullptr);

    void setOrders(std::shared_ptr<const std::vector<UnreadableOrder>> orders); // null: none
    int count() const { return m_orders ? int(m_orders->size()) : 0; }
    // "3 orders cannot run: A (reason), B (reason), C (reason)" or with "and N more"; empty for none.
    QString summary() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countChanged(int count);

private:
    std::shared_ptr<const std::vector<UnreadableOrder>> m_orders;
};

} // namespace fw
