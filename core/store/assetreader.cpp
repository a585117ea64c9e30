// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetreader.h"

#include "common/jsonvariant.h"
#include "sqlitequery.h"

#include <nlohmann/json.hpp>

#include <string>

namespace fw {

namespace {
    constexpr char assetColumns[]
        = "SELECT id, account_id, product, parent_asset, attributes, quantity, delivery_group, site, status, term_start, term_end, "
          "renewal_lead_days, source_order, source_item, lines, created_at, updated_at, revision, recurring_price, currency, price_period "
          "FROM assets ";

    QVariantMap jsonObjectOf(const SqliteQuery& query, int column)
    {
        if (query.isNull(column))
            return {};
        const nlohmann::json value = nlohmann::json::parse(query.utf8(column), nullptr, false);
        return value.is_object() ? jsonToVariant(value).toMap() : QVariantMap();
    }

    Status assetFrom(const SqliteQuery& query, Asset& asset)
    {
        asset.id = query.text(0);
        asset.accountId = query.text(1);
        asset.product = query.text(2);
        asset.parentAsset = query.isNull(3) ? QString() : query.text(3);
        asset.attributes = jsonObjectOf(query, 4);
        asset.quantity = int(query.integer(5));
        asset.deliveryGroup = query.text(6);
        asset.site = jsonObjectOf(query, 7);
        if (!assetStatusFromString(query.text(8), asset.status))
            return failure(QStringLiteral("unknown status '%1'").arg(query.text(8)), asset.id, QStringLiteral("read asset"));
        asset.termStart = QDate::fromString(query.text(9), Qt::ISODate);
        asset.termEnd = QDate::fromString(query.text(10), Qt::ISODate);
        asset.renewalLeadDays = int(query.integer(11));
        asset.sourceOrder = query.text(12);
        asset.sourceItem = query.text(13);
        asset.lines = fromJsonArrayText(query.text(14));
        asset.createdAt = query.time(15);
        asset.updatedAt = query.time(16);
        asset.revision = int(query.integer(17));
        if (!query.isNull(19)) { // schema v26: the recurring price
            asset.price.amount = query.real(18);
            asset.price.currency = query.text(19);
            asset.price.period = query.text(20);
        }
        return {};
    }
} // namespace

AssetReader::AssetReader(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<std::vector<Asset>> AssetReader::select(const char* where, const QString& value, const QString& what) const
{
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), value, what);
    SqliteQuery query(handle, std::string(assetColumns) + where);
    query.bind(1, value);
    std::vector<Asset> assets;
    while (query.next()) {
        Asset asset;
        if (Status read = assetFrom(query, asset); !read)
            return read.error();
        assets.push_back(std::move(asset));
    }
    if (!query.error().isEmpty())
        return failure(query.error(), value, what);
    return assets;
}

Result<std::vector<Asset>> AssetReader::ofAccount(const QString& accountId) const
{
    // A child's sort key is its root's: (source_order, root item), then roots before children.
    return select("WHERE account_id = ?1 ORDER BY source_order, COALESCE(parent_asset, id), parent_asset IS NOT NULL, source_item",
                  accountId, QStringLiteral("read the assets of account"));
}

Result<std::optional<Asset>> AssetReader::asset(const QString& assetId) const
{
    auto found = select("WHERE id = ?1", assetId, QStringLiteral("read asset"));
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<Asset>();
    return std::optional<Asset>(std::move(found->front()));
}

Result<std::vector<Asset>> AssetReader::children(const QString& assetId) const
{
    return select("WHERE parent_asset = ?1 ORDER BY source_item", assetId, QStringLiteral("read the components of asset"));
}

Result<std::vector<Asset>> AssetReader::renewalsDue(const QDate& today) const
{
    return select("WHERE parent_asset IS NULL AND term_end IS NOT NULL AND status <> 'disconnected' "
                  "AND date(term_end, '-' || COALESCE(renewal_lead_days, 0) || ' days') <= ?1 "
                  "AND NOT EXISTS (SELECT 1 FROM renewals r WHERE r.asset_id = assets.id AND r.term_end = assets.term_end) "
                  // With a shared store every workstation holds every asset: only the one that wrote the
                  // asset last (its copy was not pulled from another workstation) opens its renewal.
                  "AND NOT EXISTS (SELECT 1 FROM asset_sync s WHERE s.asset_id = assets.id AND s.written_by <> '') "
                  "ORDER BY term_end, id",
                  today.toString(Qt::ISODate), QStringLiteral("read the assets due for renewal on"));
}

Result<std::vector<Asset>> AssetReader::termsEndingBy(const QDate& date) const
{
    return select("WHERE parent_asset IS NULL AND term_end IS NOT NULL AND status <> 'disconnected' AND term_end <= ?1 "
                  "AND NOT EXISTS (SELECT 1 FROM renewals r WHERE r.asset_id = assets.id AND r.term_end = assets.term_end) "
                  "ORDER BY term_end, id",
                  date.toString(Qt::ISODate), QStringLiteral("read the assets whose term ends by"));
}

Result<std::vector<AssetEvent>> AssetReader::history(const QString& assetId) const
{
    const QString what = QStringLiteral("read the history of asset");
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), assetId, what);
    SqliteQuery query(handle,
                      "SELECT seq, at, kind, order_id, change_orders, actor, before, after FROM asset_events "
                      "WHERE asset_id = ?1 ORDER BY seq");
    query.bind(1, assetId);
    std::vector<AssetEvent> events;
    while (query.next()) {
        events.push_back({ assetId, int(query.integer(0)), query.time(1), query.text(2), query.isNull(3) ? QString() : query.text(3),
                           fromJsonArrayText(query.text(4)), query.text(5), jsonObjectOf(query, 6), jsonObjectOf(query, 7) });
    }
    if (!query.error().isEmpty())
        return failure(query.error(), assetId, what);
    return events;
}

} // namespace fw
