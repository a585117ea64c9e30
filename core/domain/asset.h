// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "price.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace fw {

// What an account has once the fulfillment of a commercial order item completed (docs/assets.md):
// one asset per item; a bundle is a root asset whose components are child assets (parentAsset).
// The id is stable ("<order>/<item>"), so the row syncs like an order's.
struct Asset {
    enum class Status { Active, Suspended, Disconnected };

    QString id;
    QString accountId;
    QString product; // commercial product id
    QString parentAsset; // empty for a root asset
    QVariantMap attributes;
    int quantity = 1;
    QString deliveryGroup;
    QVariantMap site; // the delivery group's address (line1, city, postalCode, country, ...)
    Status status = Status::Active;
    QDate termStart; // invalid: the product declares no term
    QDate termEnd;
    int renewalLeadDays = 0; // with a term: how long before termEnd a renewal is due
    RecurringPrice price; // the item's recurring price per unit (schema v26); unset: none given
    QString sourceOrder;
    QString sourceItem;
    QStringList lines; // the fulfillment lines it came from
    QDateTime createdAt;
    QDateTime updatedAt;
    int revision = 1;
};

// One entry of an asset's history (asset_events).
struct AssetEvent {
    QString assetId;
    int seq = 0;
    QDateTime at;
    QString kind; // created, changed, suspended, resumed, disconnected
    QString orderId; // the order that did it
    QStringList changeOrders; // the change orders applied to that order
    QString actor;
    QVariantMap before; // {"attributes": {...}, "quantity": n}; empty for "created"
    QVariantMap after;
};

QString toString(Asset::Status status);
bool assetStatusFromString(const QString& text, Asset::Status& status);

} // namespace fw
