// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "steptypes.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace fw {

// A fulfillment line item: what decomposition makes of one or more commercial items.
struct FulfillmentLine {
    QString id; // deterministic, see Decomposer::lineId
    QString product; // fulfillment product
    QString orderId;
    QStringList sourceItems; // commercial item ids ("why this line")
    QString rule; // the decomposition rule that produced it (the first, for merged lines)
    QStringList rules; // all rules that contributed (order/bundle/account scope merge items)
    DecompositionScope scope = DecompositionScope::LineItem;
    QString bundleItem; // the root bundle item of its sources, empty when not bundled
    QString deliveryGroup;
    int quantity = 0;
    QVariantMap attributes;
    QVariantMap fields; // values learnt while fulfilling (reservation ids, dates); set by steps
    QString ownerOrder; // account scope: the order that created the line (== orderId when it is this one)
    // Asset-based orders (docs/order-format.md): the action the line fulfils ("add", "change",
    // "move", "suspend", "resume", "disconnect"), the asset it acts on, and for a change what
    // changed: changeKind "increase"/"decrease" (quantity carries the delta, totalQuantity the new
    // total) or "modify" (attributes changed: quantity is the total, changedAttributes the names).
    QString action = QStringLiteral("add");
    QString assetRef;
    QString changeKind;
    int quantityDelta = 0;
    int totalQuantity = 0;
    QStringList changedAttributes;
    QString removedBy; // in-flight change: the change order that removed the line; empty while it is active
};

} // namespace fw
