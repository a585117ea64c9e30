// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storeassetlookup.h"

#include "assetreader.h"

namespace fw {

AssetState assetStateOf(const Asset& asset)
{
    AssetState state;
    state.id = asset.id;
    state.accountId = asset.accountId;
    state.product = asset.product;
    state.attributes = asset.attributes;
    state.quantity = asset.quantity;
    state.status = asset.status;
    state.site.id = asset.deliveryGroup;
    const auto text = [&asset](const char* key) { return asset.site.value(QString::fromLatin1(key)).toString(); };
    state.site.address.line1 = text("line1");
    state.site.address.line2 = text("line2");
    state.site.address.city = text("city");
    state.site.address.postalCode = text("postalCode");
    state.site.address.region = text("region");
    state.site.address.country = text("country");
    return state;
}

StoreAssetLookup::StoreAssetLookup(QSqlDatabase database)
    : m_database(std::move(database))
{
}

AssetLookup StoreAssetLookup::lookup()
{
    return [this](const QString& assetId) { return find(assetId); };
}

std::optional<AssetState> StoreAssetLookup::find(const QString& assetId)
{
    const Result<std::optional<Asset>> read = AssetReader(m_database).asset(assetId);
    if (!read) {
        if (m_status)
            m_status = read.error();
        return std::nullopt;
    }
    if (!*read)
        return std::nullopt;
    return assetStateOf(**read);
}

} // namespace fw
