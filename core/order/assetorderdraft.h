// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"
#include "domain/asset.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <nlohmann/json.hpp>

namespace fw {

// An asset-based order with one item, composed from an asset (the Account page's "Change..."):
// docs/order-format.md, "Asset-based items". Pure: no store, no catalog.
struct AssetOrderDraft {
    QString orderId;
    QString action; // change, move, suspend, resume, disconnect
    QString accountName; // the account as its orders name it (empty: the id)
    QString accountRegion; // routing rules read account.region: the new order carries what the account's orders say
    QString accountCountry;
    QString accountSegment;
    int quantity = 0; // change: the new quantity; 0 keeps the asset's
    QVariantMap attributes; // change: the attributes to change, with their new values
    QString siteId; // move: the new delivery group's id
    QVariantMap siteAddress; // move: line1, line2, city, postalCode, region, country
    QDateTime orderedAt; // when it is composed (the order's orderedAt and requestedDate)
};

// The actions an asset in this status can take: active -> change, move, suspend, disconnect;
// suspended -> resume, disconnect; disconnected -> none.
QStringList allowedAssetActions(Asset::Status status);
// Why `action` cannot be taken on `asset` ("asset 'X' is suspended: it can be resumed or
// disconnected"); empty when it can.
QString assetActionRefusal(const Asset& asset, const QString& action);
// An order id to start from: "<source order>-<ACTION>-<yyyyMMdd-HHmm>" of `at` (UTC).
QString suggestedAssetOrderId(const Asset& asset, const QString& action, const QDateTime& at);

struct ComposedAssetOrder {
    nlohmann::json document; // the order (formatVersion 1) when problems is empty
    Problems problems; // each at the JSON pointer of the field it is about (/id, /items/0/quantity, ...)
    bool ok() const { return problems.empty(); }
};

// The order the draft describes for `asset`, or what is wrong with the draft, naming the field:
// an empty or blank order id; an action the asset's status does not allow; a change that changes
// nothing (same quantity, same attribute values); a move without a new site or to the same address.
// label: the file the problems name (e.g. "new order").
ComposedAssetOrder composeAssetOrder(const AssetOrderDraft& draft, const Asset& asset, const QString& label);

} // namespace fw
