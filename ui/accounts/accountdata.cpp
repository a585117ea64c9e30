// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accountdata.h"

#include "domain/catalog.h"
#include "store/assetreader.h"
#include "store/database.h"
#include "store/storedcatalogs.h"

#include <QSet>

namespace fw {

AccountListData readAccountList(const QString& storePath)
{
    AccountListData data;
    Database database(storePath);
    auto accounts = AccountReader(database.connection()).accounts();
    if (!accounts)
        data.error = accounts.message();
    else
        data.accounts = std::move(*accounts);
    return data;
}

AccountPageData readAccountPage(const QString& storePath, const QString& accountId)
{
    AccountPageData data;
    data.accountId = accountId;
    Database database(storePath);
    const QSqlDatabase connection = database.connection();
    const AccountReader reader(connection);
    auto header = reader.header(accountId);
    if (!header) {
        data.error = header.message();
        return data;
    }
    if (!*header)
        return data;
    data.found = true;
    data.header = **header;
    auto orders = reader.orders(accountId);
    auto assets = AssetReader(connection).ofAccount(accountId);
    if (!orders || !assets) {
        data.error = !orders ? orders.message() : assets.message();
        return data;
    }
    data.orders = std::move(*orders);
    data.assets = std::move(*assets);
    QSet<QString> catalogs;
    for (const AccountOrder& order : data.orders)
        catalogs.insert(order.catalogId);
    for (const QString& id : catalogs) {
        const CatalogLoad load = StoredCatalogs::load(connection, id);
        if (!load.ok())
            continue; // the ids show instead of names
        for (const Product& product : load.catalog->products)
            data.productNames.insert(product.id, product.name.isEmpty() ? product.id : product.name);
    }
    return data;
}

AssetHistoryData readAssetHistory(const QString& storePath, const QString& assetId)
{
    AssetHistoryData data;
    data.assetId = assetId;
    Database database(storePath);
    auto events = AssetReader(database.connection()).history(assetId);
    if (!events)
        data.error = events.message();
    else
        data.events = std::move(*events);
    return data;
}

QString readAccountOfOrder(const QString& storePath, const QString& orderId)
{
    Database database(storePath);
    const auto account = AccountReader(database.connection()).accountOf(orderId);
    return account ? *account : QString();
}

} // namespace fw
