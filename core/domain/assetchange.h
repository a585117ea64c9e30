// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "asset.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace fw {

// What a completed asset-based order item does to the asset it names (docs/assets.md, "Asset-based
// orders"): the new values (only those given change), the event kind that records it, and which of
// the asset's child assets take the same status change. The store applies it to the asset's row as
// it stands when the change is written (revision + 1, updated_at) and appends the event with the
// asset's state before and after.
struct AssetChange {
    QString assetId;
    QString kind; // the event: changed, moved, suspended, resumed, disconnected
    QString orderId;
    QString actor;
    QDateTime at;
    QVariantMap attributes; // change: the attributes set (merged into the asset's)
    std::optional<int> quantity; // change: the new quantity
    QString deliveryGroup; // move: the new delivery group (the order's) and its address
    QVariantMap site;
    std::optional<Asset::Status> status; // suspend, resume, disconnect
    // The statuses of child assets that take the same status change (a bundle's components follow
    // it): suspend {active}, resume {suspended}, disconnect {active, suspended}; empty for none.
    QList<Asset::Status> cascadeFrom;
};

// One write of the installed base in an engine batch: a new asset with its "created" event, or a
// change of an existing one.
struct AssetWrite {
    enum class Kind { Record, Change };
    Kind kind = Kind::Record;
    Asset asset; // Record
    AssetEvent created; // Record
    AssetChange change; // Change

    static AssetWrite record(Asset asset, AssetEvent created) { return { Kind::Record, std::move(asset), std::move(created), {} }; }
    static AssetWrite update(AssetChange change) { return { Kind::Change, {}, {}, std::move(change) }; }
    // The order whose rows the write belongs to.
    const QString& orderId() const { return kind == Kind::Record ? asset.sourceOrder : change.orderId; }
};

} // namespace fw
