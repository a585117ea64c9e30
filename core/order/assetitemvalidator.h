// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"

namespace fw {

struct Order;

// Checks the asset-based items of an order as far as the file alone tells (docs/order-format.md,
// "Asset-based items"): an asset action names an assetRef and "add" does not; a change names
// something to change; a move names its new site; suspend, resume and disconnect change nothing
// else; one item per asset, no parent item or supplement. What needs the asset itself (known,
// same account, status, a real difference) is checked by decomposition against the installed base.
void validateAssetItems(const Order& order, const QString& fileLabel, Problems& problems);

} // namespace fw
