// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/assetstate.h"
#include "goldenfile.h"

#include <nlohmann/json.hpp>

// Reads an installed base for tests from a JSON array of assets:
// { "id", "account", "product", "quantity", "status", "attributes", "site": { "id", "address": { ... } } }.
namespace fw::test {

inline QString jsonText(const nlohmann::json& object, const char* key)
{
    return object.is_object() && object.contains(key) && object[key].is_string() ? QString::fromStdString(object[key].get<std::string>())
                                                                                 : QString();
}

inline QVariantMap jsonAttributes(const nlohmann::json& attributes)
{
    QVariantMap map;
    if (!attributes.is_object())
        return map;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (it->is_string())
            map.insert(key, QString::fromStdString(it->get<std::string>()));
        else if (it->is_boolean())
            map.insert(key, it->get<bool>());
        else if (it->is_number_integer())
            map.insert(key, QVariant::fromValue<qint64>(it->get<qint64>()));
        else if (it->is_number())
            map.insert(key, it->get<double>());
    }
    return map;
}

inline bool loadAssets(const QString& path, InMemoryAssetLookup& assets)
{
    const auto document = nlohmann::json::parse(readAll(path).toStdString(), nullptr, false);
    if (!document.is_array())
        return false;
    for (const auto& entry : document) {
        AssetState asset;
        asset.id = jsonText(entry, "id");
        asset.accountId = jsonText(entry, "account");
        asset.product = jsonText(entry, "product");
        asset.quantity = entry.value("quantity", 1);
        asset.attributes = jsonAttributes(entry.value("attributes", nlohmann::json::object()));
        assetStatusFromString(jsonText(entry, "status"), asset.status); // absent or unknown: active
        const auto site = entry.value("site", nlohmann::json::object());
        asset.site.id = jsonText(site, "id");
        const auto address = site.value("address", nlohmann::json::object());
        asset.site.address.line1 = jsonText(address, "line1");
        asset.site.address.city = jsonText(address, "city");
        asset.site.address.postalCode = jsonText(address, "postalCode");
        asset.site.address.country = jsonText(address, "country");
        assets.add(std::move(asset));
    }
    return true;
}

} // namespace fw::test
