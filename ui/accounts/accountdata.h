// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/asset.h"
#include "store/accountreader.h"

#include <QHash>
#include <QMetaType>
#include <QString>

#include <vector>

namespace fw {

// What the Account page shows of one account, read in one go on a pool thread (readAccountPage)
// and handed to the GUI thread as a value.
struct AccountPageData {
    QString accountId;
    QString error; // non-empty: the store could not be read (why)
    bool found = false; // false: the store has neither orders nor assets of this account
    AccountHeader header;
    std::vector<AccountOrder> orders;
    std::vector<Asset> assets; // roots, each followed by its children
    QHash<QString, QString> productNames; // commercial product id -> catalog name
};

struct AccountListData {
    QString error;
    std::vector<AccountListing> accounts;
};

struct AssetHistoryData {
    QString assetId;
    QString error;
    std::vector<AssetEvent> events;
};

// Each opens its own connection to the store (pool threads); never on the GUI thread.
AccountListData readAccountList(const QString& storePath);
AccountPageData readAccountPage(const QString& storePath, const QString& accountId);
AssetHistoryData readAssetHistory(const QString& storePath, const QString& assetId);
// The account an order is for; empty when unknown or unreadable.
QString readAccountOfOrder(const QString& storePath, const QString& orderId);

} // namespace fw
