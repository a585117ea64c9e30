// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"
#include "domain/assetstate.h"
#include "domain/fulfillmentline.h"

#include <optional>

namespace fw {

struct Catalog;

// What an asset-based order item asks of the asset it names (docs/order-format.md, "Asset-based
// items"): the asset as it is, the item as the asset will be afterwards (what the decomposition
// rules decompose: the asset's attributes with the item's changes applied, the new quantity) and,
// for a change, what changed.
struct AssetItemDelta {
    AssetState asset;
    OrderItem effective;
    QString changeKind; // change only: "increase", "decrease" or "modify"
    int quantityDelta = 0; // new quantity - asset quantity
    QStringList changedAttributes;
};

// The delta of one item against the installed base, or nullopt with the reason appended to
// problems (unknown asset, another account's asset, another product, a status the action does
// not apply to, a change that changes nothing, a move to the site the asset is at).
std::optional<AssetItemDelta> assetItemDelta(const OrderItem& item, const Order& order, const DeliveryGroup* newSite,
                                             const AssetLookup& assets, const QString& file, std::size_t itemIndex, Problems& problems);

// Marks a line decomposed from an asset-based item with the action, the asset and the quantity
// the fulfillment needs (a change of quantity alone carries the delta, the new total beside it).
void applyAssetDelta(FulfillmentLine& line, const AssetItemDelta& delta);

// A move of a line of this product is planned as a disconnect line at the old site plus an
// install ("add") at the new one when the catalog has no scenario for action "move" of it.
bool movesAsDisconnectAndAdd(const QString& fulfillmentProduct, const Catalog& catalog);

} // namespace fw
