// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/assetchange.h"

#include <vector>

namespace fw {

struct Order;

// The changes a completed asset-based order makes to the assets its items name (docs/assets.md,
// "Asset-based orders"), as the engine writes them in the batch that completes the order. Pure: no
// I/O, no clock. One change per item with an assetRef, of the order as change orders left it:
// - change: the attributes the item gives (merged into the asset's) and its quantity when it names
//   one; event "changed";
// - move: the item's delivery group (else the order's only one) and its address become the
//   asset's; "moved";
// - suspend / resume / disconnect: the status suspended / active / disconnected, for the asset and
//   its child assets (a bundle's components) that are active / suspended / not disconnected;
//   "suspended", "resumed", "disconnected".
std::vector<AssetChange> assetChangesOfCompletedOrder(const Order& order, const QDateTime& completedAt, const QString& actor);

} // namespace fw
