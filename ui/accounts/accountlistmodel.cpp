// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accountlistmodel.h"

#include <QLocale>

namespace fw {

AccountListModel::AccountListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AccountListModel::setAccounts(std::vector<AccountListing> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

int AccountListModel::rowOf(const QString& accountId) const
{
    for (size_t i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts[i].id == accountId)
            return int(i);
    }
    return -1;
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AccountListing& account = m_accounts[size_t(index.row())];
    if (role == AccountIdRole)
        return account.id;
    if (role == SortRole) {
        switch (Column(index.column())) {
        case OrdersColumn:
            return account.orderCount;
        case AssetsColumn:
            return account.assetCount;
        case IdColumn:
            return account.id;
        default:
            return account.name;
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == OrdersColumn || index.column() == AssetsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case NameColumn:
        return account.name;
    case IdColumn:
        return account.id;
    case OrdersColumn:
        return locale.toString(account.orderCount);
    case AssetsColumn:
        return locale.toString(account.assetCount);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Account");
    case IdColumn:
        return tr("Id");
    case OrdersColumn:
        return tr("Orders");
    case AssetsColumn:
        return tr("Assets");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fw
