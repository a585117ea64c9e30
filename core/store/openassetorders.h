// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "sqlitequery.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace fw {

// An order not yet completed or cancelled that acts on an asset (one of its active fulfillment
// lines names it): what the one-open-order rule reports.
struct OpenAssetOrder {
    QString orderId;
    QString state; // the order's state (pending, in-progress, ...)
    QString assetId; // the asset its line acts on: the asset asked about, its bundle or a component
    QString action; // that line's action
};

// One open order per asset (docs/assets.md): finds the open order that acts on an asset, on the
// bundle asset it belongs to, or on one of its components, when a status change of one would
// carry over to the other (suspend, resume and disconnect follow a bundle to its components). The
// store's orders count, replicas of other workstations' orders included. Prepared once; keep it no
// longer than the transaction or read it was made in (SqliteQuery's rule).
class OpenAssetOrders {
public:
    explicit OpenAssetOrders(const QSqlDatabase& database);

    // The open order other than `exceptOrder` in the way of `action` on `assetId`, nullopt when none:
    // a claim first, then the store's orders.
    Result<std::optional<OpenAssetOrder>> inTheWay(const QString& assetId, const QString& action, const QString& exceptOrder = {});
    // An order accepted but not written yet (the orders before it in a bulk import's group) acts on
    // the asset: from now on it is in the way like a stored open order (its state reads "accepted
    // earlier in this import").
    Status claim(const QString& orderId, const QString& assetId, const QString& action);

    // The reason an order's item cannot act on its asset while `other` is open (a problem's message).
    static QString reason(const QString& assetId, const OpenAssetOrder& other);
    // Whether an action's status change carries over to a bundle's components.
    static bool cascades(const QString& action);

private:
    struct Claim {
        OpenAssetOrder order;
        QString parent; // the claimed asset's bundle asset, empty for a root
    };
    Result<QString> parentOf(const QString& assetId);

    SqliteQuery m_query;
    SqliteQuery m_parent;
    std::vector<Claim> m_claims;
};

} // namespace fw
