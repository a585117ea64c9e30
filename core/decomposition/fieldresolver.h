// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QVariant>

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
};

QVariant resolveField(const FieldContext& context, const QString& path);

} // namespace fw
