// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/accountreader.h"

#include <QAbstractTableModel>

#include <vector>

namespace fw {

// The accounts the store knows (AccountReader::accounts): name, id, orders, assets. The Accounts
// page filters it with its search field.
class AccountListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, OrdersColumn, AssetsColumn, ColumnCount };
    enum Role { AccountIdRole = Qt::UserRole + 1, SortRole };

    explicit AccountListModel(QObject* parent = nullptr);

    void setAccounts(std::vector<AccountListing> accounts);
    int rowOf(const QString& accountId) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AccountListing> m_accounts;
};

} // namespace fw
