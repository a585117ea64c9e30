// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace fw {

struct Order;
struct OrderItem;
struct DeliveryGroup;
struct FulfillmentLine;
struct AssetState;

// What a field path ("account.region", "item.attributes.tier", "deliveryGroup.address.country",
// "line.attributes.warehouse", "asset.attributes.bandwidth", "action") can refer to. Missing parts resolve to an invalid QVariant.
struct FieldContext {
    const Order* order = nullptr;
    const OrderItem* item = nullptr;
    const OrderItem* parent = nullptr;
    const OrderItem* bundle = nullptr;
    const DeliveryGroup* deliveryGroup = nullptr;
    const FulfillmentLine* line = nullptr;
    const AssetState* asset = nullptr; // the asset an asset-based item acts on
    const std::vector<FulfillmentLine>* lines = nullptr; // all the order's lines: "deliveryGroup.lines[*]"
};

QVariant resolveField(const FieldContext& context, const QString& path);

// Many values at once (docs/catalog-format.md#many-items-in-one-template): "line.sourceItems[*]"
// (the items a merged line was made from) and "deliveryGroup.lines[*]" (the order's active lines
// of the step's delivery group), alone (one object per element) or followed by a path into each
// element ("line.sourceItems[*].attributes.sku"). One [*] per path. An element without the value
// is an error naming it: a list with a hole is not sent. resolveField answers these paths too (an
// invalid QVariant where this names the reason).
Result<QVariantList> resolveFieldList(const FieldContext& context, const QString& path);

} // namespace fw
