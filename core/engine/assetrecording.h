// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/asset.h"

#include <QDateTime>

#include <vector>

namespace fw {

class Catalog;
struct FulfillmentLine;
struct Order;

// The assets a completed order leaves its account (docs/assets.md), as the engine records them in
// the batch that completes the order. Pure: no I/O, no clock.
// - One asset per commercial item of the order as change orders left it (removed items are gone
//   from it; an item's supplements add their quantity and lines to it). A child item's asset names
//   its parent item's asset (parentAsset): a bundle is a root asset with its components as children.
// - attributes and quantity are the item's; lines the active fulfillment lines decomposed from it
//   (and from its supplements); the site is its delivery group's address (its own, else its
//   nearest ancestor's, else the order's only group).
// - With a term (the product's, else the nearest ancestor's), it starts on the completion date
//   (UTC) and ends termMonths later.
// - Items whose action is "remove" leave no asset, nor do items acting on an asset (assetRef): they
//   change it (assetchanges.h).
struct RecordedAssets {
    std::vector<Asset> assets;
    std::vector<AssetEvent> events; // one "created" per asset; changeOrders filled by the store
};

RecordedAssets assetsOfCompletedOrder(const Order& order, const std::vector<FulfillmentLine>& lines, const Catalog& catalog,
                                      const QDateTime& completedAt, const QString& actor);

// The stable id of the asset an order item leaves: "<order>/<item>".
QString assetIdOf(const QString& orderId, const QString& itemId);

} // namespace fw
