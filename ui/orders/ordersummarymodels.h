// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/ordersummaryreport.h"

#include <QAbstractTableModel>

namespace fw {

// The order summary (OrderSummaryReport, `fwctl summary`) as three tables for the order page's
// Summary tab: the commercial items, the split paths per delivery group and the change orders.
// Each keeps its rows in the report's order; a new report of the same shape only repaints.

// Items ordered vs now: quantity as submitted and after every change, status colour-coded, and the
// change orders that touched the item.
class SummaryItemModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ItemColumn, ProductColumn, GroupColumn, OrderedColumn, NowColumn, StatusColumn, ChangedByColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1, SortRole };

    explicit SummaryItemModel(QObject* parent = nullptr);
    void setItems(std::vector<ItemPosition> items);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void resolveGroups();

    std::vector<ItemPosition> m_items;
    std::vector<QString> m_inheritedGroups; // per row: a child item's group, taken from its parent ("" when its own)
};

// One row per delivery group: where it goes, when, which items, how far its path is.
class SplitPathModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { GroupColumn, AddressColumn, DateColumn, ItemsColumn, ProgressColumn, StatusColumn, ColumnCount };
    // ProgressColumn: DisplayRole "3 of 9 steps", ProgressRole the fraction 0..1 (ProgressDelegate).
    enum Role { StatusRole = Qt::UserRole + 1, ProgressRole };

    explicit SplitPathModel(QObject* parent = nullptr);
    void setSplits(std::vector<SplitPath> splits);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SplitPath> m_splits;
};

// The order's change orders, oldest first: id, revision, state, who submitted it and when, outcome, reason.
class ChangeRecordModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IdColumn, RevisionColumn, StateColumn, SubmittedByColumn, SubmittedAtColumn, OutcomeColumn, ReasonColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1 };

    explicit ChangeRecordModel(QObject* parent = nullptr);
    void setRecords(std::vector<ChangeOrderRecord> records);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ChangeOrderRecord> m_records;
};

} // namespace fw
