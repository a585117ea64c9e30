// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accountdata.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;
class QTreeView;

namespace fw {

class AccountOrderModel;
class AssetChangeDialog;
class AssetHistoryModel;
class InstalledBaseModel;
class StoreSession;

// One account (docs/user-guide.md, "Account page"): a header (name, id, region, segment, counts),
// the installed base as a tree (root assets with their components: product, quantity, attributes,
// site, status, term), the account's orders (Enter or a double-click opens one) and the selected
// asset's history. "Change..." starts an asset-based order for the selected asset
// (AssetChangeDialog). Everything is read on a pool thread (accountdata.h); the page shows the
// store as it was when opened or refreshed.
class AccountPage final : public QWidget {
    Q_OBJECT

public:
    explicit AccountPage(StoreSession* session, QWidget* parent = nullptr);

    QString accountId() const { return m_accountId; }
    void openAccount(const QString& accountId);
    void refresh();
    // Selects an asset in the tree (its history loads); false when the account has no such asset.
    bool selectAsset(const QString& assetId);
    AssetChangeDialog* openChangeDialog(); // for the selected asset; nullptr when none can be changed

    InstalledBaseModel* assets() const { return m_assets; }
    AccountOrderModel* orders() const { return m_orders; }
    AssetHistoryModel* history() const { return m_history; }
    QTreeView* assetTree() const { return m_assetTree; }
    QTableView* orderTable() const { return m_orderTable; }
    QPushButton* changeButton() const { return m_change; }
    QLabel* titleLabel() const { return m_title; }

Q_SIGNALS:
    void openOrderRequested(const QString& orderId);
    void backRequested();
    void loaded(); // the account's data is shown
    void historyLoaded(); // the selected asset's history is shown

private:
    void show(const AccountPageData& data);
    void loadHistory();
    void updateChangeButton();

    StoreSession* m_session;
    QString m_accountId;
    QString m_pendingAsset; // to select once loaded
    QToolButton* m_back;
    QLabel* m_title;
    QLabel* m_facts;
    QPushButton* m_refresh;
    QPushButton* m_change;
    QAction* m_changeAction = nullptr; // the installed base's context menu
    QLabel* m_message;
    InstalledBaseModel* m_assets;
    QTreeView* m_assetTree;
    AccountOrderModel* m_orders;
    QTableView* m_orderTable;
    QLabel* m_historyTitle;
    AssetHistoryModel* m_history;
    QTableView* m_historyTable;
    QPointer<AssetChangeDialog> m_dialog;
    int m_load = 0; // the newest load; older answers are dropped
};

} // namespace fw
