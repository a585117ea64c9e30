// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "price.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace fw {

struct Address {
    QString line1;
    QString line2;
    QString city;
    QString postalCode;
    QString region;
    QString country;
};

struct DeliveryGroup {
    QString id;
    Address address;
    QString requestedDate; // ISO date, may be empty
};

struct Account {
    QString id;
    QString name;
    QString region;
    QString country;
    QString segment;
    QVariantMap fields;
};

struct OrderItem {
    QString id;
    QString product;
    int quantity = 1;
    QVariantMap attributes;
    QString parentItem; // empty for top-level items
    QString deliveryGroup; // empty: the order's default
    QString supplementOf; // a quantity increase on started work: the item whose delta this item carries
    // What the item does: "add" sells something new; the asset actions "change" (attributes or
    // quantity), "move" (to the item's delivery group), "suspend", "resume" and "disconnect" act
    // on the asset named by assetRef (docs/order-format.md, "Asset-based items").
    QString action = QStringLiteral("add");
    QString assetRef; // the installed-base asset an asset action acts on; empty for "add"
    bool quantityGiven = false; // the file names a quantity (a change without one keeps the asset's)
    RecurringPrice price; // "price": the recurring price per unit (currency defaults to the order's)

    bool actsOnAsset() const { return !assetRef.isEmpty(); }
    static const QStringList& actions(); // the known values of action
};

struct Order {
    QString id;
    QString type = QStringLiteral("new");
    QString orderedAt; // ISO date-time
    QString requestedDate; // ISO date
    QString currency;
    QString channel;
    QVariantMap fields;
    Account account;
    std::vector<DeliveryGroup> deliveryGroups;
    std::vector<OrderItem> items;

    const OrderItem* item(const QString& id) const;
    const DeliveryGroup* deliveryGroup(const QString& id) const;
    // The top-level bundle item an item belongs to (itself when it is a top-level bundle), or null.
    const OrderItem* rootBundle(const OrderItem& item, const class Catalog& catalog) const;
};

} // namespace fw
