// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetwriter.h"

#include "assetrows.h"
#include "sqlitequery.h"
#include "transactionguard.h"

#include <QSqlError>

namespace fw {

AssetWriter::AssetWriter(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Status AssetWriter::record(const std::vector<Asset>& assets, const std::vector<AssetEvent>& events)
{
    const QString what = QStringLiteral("record assets");
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), {}, what);
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return failure(m_database.lastError().text(), {}, what);
    {
        SqliteQuery insertAsset(handle, insertAssetSql);
        for (const Asset& asset : assets) {
            const std::vector<SqlValue> row = assetRow(asset);
            if (!insertAsset.run(row.data(), int(row.size())))
                return failure(insertAsset.error(), asset.id, what);
        }
        SqliteQuery insertEvent(handle, insertAssetEventSql);
        for (const AssetEvent& event : events) {
            const std::vector<SqlValue> row = assetEventRow(event);
            if (!insertEvent.run(row.data(), int(row.size())))
                return failure(insertEvent.error(), event.assetId, what);
        }
    }
    if (!transaction.commit())
        return failure(m_database.lastError().text(), {}, what);
    return {};
}

Status AssetWriter::apply(const std::vector<AssetChange>& changes)
{
    const QString what = QStringLiteral("change assets");
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), {}, what);
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return failure(m_database.lastError().text(), {}, what);
    {
        SqliteQuery insertEvent(handle, insertAssetChangeEventSql);
        SqliteQuery updateAsset(handle, updateAssetSql);
        for (const AssetChange& change : changes) {
            const std::vector<SqlValue> row = assetChangeRow(change);
            if (!insertEvent.run(row.data(), int(row.size())))
                return failure(insertEvent.error(), change.assetId, what);
            if (!updateAsset.run(row.data(), int(row.size())))
                return failure(updateAsset.error(), change.assetId, what);
        }
    }
    if (!transaction.commit())
        return failure(m_database.lastError().text(), {}, what);
    return {};
}

} // namespace fw
