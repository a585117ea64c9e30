#pragma once

#include "engine/enginesnapshot.h"
#include "snapshottablemodel.h"

namespace fw {

// The orders of the store with their state and progress, refreshed in place from engine snapshots.
class OrderListModel final : public SnapshotTableModel<OrderSummary> {
    Q_OBJECT

public:
    enum Column { IdColumn, AccountColumn, StateColumn, ProgressColumn, TasksColumn, FalloutColumn, RequestedColumn,
                  AgeColumn, UpdatedColumn, ColumnCount };
    enum Role {
        OrderIdRole = Qt::UserRole + 1, // QString
        StateRole, // QString: the store's state ("in-progress")
        ProgressRole, // double 0..1
        SortRole, // what the column sorts by (numbers for numbers, times for times)
    };

    explicit OrderListModel(QObject* parent = nullptr);

    void setSnapshot(const EngineSnapshot& snapshot);
    QDateTime snapshotTime() const { return m_at; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const OrderSummary& order) const override { return order.id; }

private:
    QDateTime m_at;
};

} // namespace fw
