// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetchanges.h"

#include "domain/order.h"

namespace fw {

namespace {
    // A delivery group's address as an asset's site keeps it (the keys given only).
    QVariantMap movedSiteAddress(const Address& address)
    {
        QVariantMap site;
        const auto put = [&site](const char* key, const QString& value) {
            if (!value.isEmpty())
                site.insert(QString::fromLatin1(key), value);
        };
        put("line1", address.line1);
        put("line2", address.line2);
        put("city", address.city);
        put("postalCode", address.postalCode);
        put("region", address.region);
        put("country", address.country);
        return site;
    }
} // namespace

std::vector<AssetChange> assetChangesOfCompletedOrder(const Order& order, const QDateTime& completedAt, const QString& actor)
{
    using Status = Asset::Status;
    std::vector<AssetChange> changes;
    for (const OrderItem& item : order.items) {
        if (!item.actsOnAsset())
            continue;
        AssetChange change;
        change.assetId = item.assetRef;
        change.orderId = order.id;
        change.actor = actor;
        change.at = completedAt;
        const QString& action = item.action;
        if (action == QLatin1String("change")) {
            change.kind = QStringLiteral("changed");
            change.attributes = item.attributes;
            if (item.quantityGiven)
                change.quantity = item.quantity;
        } else if (action == QLatin1String("move")) {
            change.kind = QStringLiteral("moved");
            // The new site: the item's delivery group, else the order's only one (as decomposition reads it).
            const DeliveryGroup* group = !item.deliveryGroup.isEmpty() ? order.deliveryGroup(item.deliveryGroup)
                : order.deliveryGroups.size() == 1                     ? &order.deliveryGroups.front()
                                                                       : nullptr;
            if (!group)
                continue; // the order reader refuses a move without a new site: nothing to move to
            change.deliveryGroup = group->id;
            change.site = movedSiteAddress(group->address);
        } else if (action == QLatin1String("suspend")) {
            change.kind = QStringLiteral("suspended");
            change.status = Status::Suspended;
            change.cascadeFrom = { Status::Active };
        } else if (action == QLatin1String("resume")) {
            change.kind = QStringLiteral("resumed");
            change.status = Status::Active;
            change.cascadeFrom = { Status::Suspended };
        } else if (action == QLatin1String("disconnect")) {
            change.kind = QStringLiteral("disconnected");
            change.status = Status::Disconnected;
            change.cascadeFrom = { Status::Active, Status::Suspended };
        } else {
            continue; // "add" names no asset (the validator refuses one that does)
        }
        changes.push_back(std::move(change));
    }
    return changes;
}

} // namespace fw
