// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "asset.h"
#include "order.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace fw {

// What an account owns today (the installed base), as far as decomposition of an asset-based
// order needs it: the asset's product, attributes (the value type order items use), quantity,
// delivery group / site and status. The store records the full asset with its history.
struct AssetState {
    using Status = Asset::Status; // one status for the store's asset and this view (toString in asset.h)
    QString id;
    QString accountId;
    QString product; // commercial product id
    QVariantMap attributes;
    int quantity = 1;
    DeliveryGroup site; // the delivery group / site address it was delivered to
    Status status = Status::Active;
};

// Asset id -> its current state, or nullopt when the installed base has no such asset. The
// store-backed lookup reads the assets table; tests and the sample planning use InMemoryAssetLookup.
using AssetLookup = std::function<std::optional<AssetState>(const QString& assetId)>;

class InMemoryAssetLookup {
public:
    void add(AssetState asset) { m_assets.insert(asset.id, std::move(asset)); }
    std::optional<AssetState> find(const QString& assetId) const;
    // A lookup over this object (which must outlive the returned function).
    AssetLookup lookup() const
    {
        return [this](const QString& id) { return find(id); };
    }

private:
    QHash<QString, AssetState> m_assets;
};

} // namespace fw
