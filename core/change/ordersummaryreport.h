// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <vector>

namespace fw {

// The state of one commercial item across the original order and its change orders.
struct ItemPosition {
    QString item;
    QString product;
    QString productName; // the catalog's name for it (empty: the catalog is not known)
    QString parentItem;
    QString deliveryGroup; // its own, else its bundle's (components ship with their bundle)
    int quantityOrdered = 0; // as originally submitted (0: added by a change order)
    int quantityNow = 0; // the item and its supplements, after every change (0: removed)
    // "pending" (nothing started), "active" (in progress), "delivered" (all its non-billing steps
    // done), "billed" (its billing steps done too), "cancelled" (removed or order cancelled)
    QString status;
    // Of quantityNow, the units delivered (their lines' non-billing steps done) and the units whose
    // work has not started: the item itself and each supplement count apart, so "+50" added to 250
    // delivered seats reads 250 delivered, 50 pending. The rest are in progress.
    int quantityDelivered = 0;
    int quantityPending = 0;
    QStringList changedBy; // change order ids that touched it, oldest first
    QStringList lines; // its fulfillment lines, supplements' included
    bool operator==(const ItemPosition&) const = default;
};

// One delivery group's fulfilment path (a split of the order).
struct SplitPath {
    QString group;
    QString address; // one line
    QString requestedDate;
    QStringList items;
    int steps = 0;
    int stepsDone = 0;
    QString status; // "pending", "active", "delivered", "cancelled"
    bool operator==(const SplitPath&) const = default;
};

// A product of the order's catalog as the workbench offers it for a new item (docs/change-orders.md,
// "add"): its name, whether it is a bundle (and which products it takes), its attributes.
struct CatalogProductInfo {
    struct Attribute {
        QString name;
        QString type; // "string", "integer", "number", "boolean", "date", "enum"
        bool required = false;
        QStringList values; // enum only
        QString defaultValue;
        bool operator==(const Attribute&) const = default;
    };
    QString id;
    QString name;
    bool isBundle = false;
    QStringList components; // bundles: the products a child item may be
    std::vector<Attribute> attributes;
    bool operator==(const CatalogProductInfo&) const = default;
};

struct ChangeOrderRecord {
    QString id;
    int revision = 0;
    QString state; // "applied", "waiting" (for in-flight callouts), "refused"
    QString requestedBy;
    QString reason;
    QString submittedBy;
    QDateTime submittedAt;
    QDateTime appliedAt;
    QString outcome; // one line: "3 kept, 2 discarded, 1 compensation" or the refusal
    bool operator==(const ChangeOrderRecord&) const = default;
};

// `fwctl summary ORDER` and the order page's Summary tab: what finance needs to know.
struct OrderSummaryReport {
    QString orderId;
    QString account;
    QString state; // the order's state
    int revision = 0;
    bool cancelled = false;
    std::vector<ItemPosition> items; // original order first, then added items
    std::vector<SplitPath> splits; // one per delivery group that has items
    std::vector<ChangeOrderRecord> changeOrders; // oldest first
    QString catalog; // the order's catalog id
    std::vector<CatalogProductInfo> products; // its commercial products (empty: the catalog is not known)
    QString billing; // the consolidated billing milestone: "waiting: 1 of 2 delivery paths delivered", "released: 2 delivery paths
                     // delivered", "" (none)
    bool operator==(const OrderSummaryReport&) const = default;
};

} // namespace fw

Q_DECLARE_METATYPE(fw::OrderSummaryReport)
