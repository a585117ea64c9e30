// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "order.h"

#include "catalog.h"

namespace fw {

const QStringList& OrderItem::actions()
{
    static const QStringList known { QStringLiteral("add"),     QStringLiteral("change"), QStringLiteral("move"),
                                     QStringLiteral("suspend"), QStringLiteral("resume"), QStringLiteral("disconnect") };
    return known;
}

const OrderItem* Order::item(const QString& id) const
{
    for (const auto& i : items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const DeliveryGroup* Order::deliveryGroup(const QString& id) const
{
    for (const auto& group : deliveryGroups) {
        if (group.id == id)
            return &group;
    }
    return nullptr;
}

const OrderItem* Order::rootBundle(const OrderItem& start, const Catalog& catalog) const
{
    const OrderItem* bundle = nullptr;
    const OrderItem* current = &start;
    // Walk up the parent chain; the validator guarantees it is acyclic, the bound guards anyway.
    for (std::size_t hops = 0; current && hops <= items.size(); ++hops) {
        const Product* product = catalog.product(current->product);
        if (product && product->isBundle)
            bundle = current;
        current = current->parentItem.isEmpty() ? nullptr : item(current->parentItem);
    }
    return bundle;
}

} // namespace fw
