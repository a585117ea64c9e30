// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace fw {

class AccountListModel;
class AccountPage;
class StoreSession;

// The navigator's "Accounts": a searchable list of the store's accounts (name, id, orders,
// assets); Enter or a double-click opens one on the Account page (AccountPage) in the same place,
// whose "All Accounts" goes back. Also opened for one account from an order ("Open Account").
class AccountsPage final : public QWidget {
    Q_OBJECT

public:
    explicit AccountsPage(StoreSession* session, QWidget* parent = nullptr);

    void reload(); // the list, read again on a pool thread
    void openAccount(const QString& accountId); // the Account page for it
    void openAccountOfOrder(const QString& orderId); // the Account page of the order's account
    void showList();
    void focusSearch();

    AccountPage* accountPage() const { return m_account; }
    AccountListModel* accounts() const { return m_accounts; }
    QTableView* accountTable() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }

Q_SIGNALS:
    void openOrderRequested(const QString& orderId);
    void listLoaded();

private:
    void openCurrent();

    StoreSession* m_session;
    QStackedWidget* m_stack;
    QLineEdit* m_search;
    QLabel* m_count;
    AccountListModel* m_accounts;
    QSortFilterProxyModel* m_filter;
    QTableView* m_table;
    AccountPage* m_account;
    bool m_loaded = false;
};

} // namespace fw
