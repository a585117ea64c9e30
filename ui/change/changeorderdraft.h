// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariantMap>

#include <vector>

namespace fw {

struct OrderSummaryReport;

// One action of a change order being composed in the workbench (docs/change-orders.md, "Actions").
struct ChangeActionDraft {
    enum class Kind { CancelOrder, Remove, Quantity, Attributes, DeliveryGroup, Add };
    struct Address {
        QString line1;
        QString line2;
        QString city;
        QString postalCode;
        QString region;
        QString country;
        bool isEmpty() const;
        bool operator==(const Address&) const = default;
    };

    Kind kind = Kind::Remove;
    QString item; // Remove, Quantity, Attributes; Add: the new item's id
    int quantity = 1; // Quantity: the item's new total; Add: the new item's quantity
    QList<QPair<QString, QString>> attributes; // Attributes: key, value; an empty value removes the attribute
    QString group; // DeliveryGroup; Add: the new top-level item's delivery group (empty: none)
    bool newGroup = false; // DeliveryGroup: "new": true, the group is created (it needs an address)
    QString product; // Add: the catalog product
    QString parentItem; // Add: the bundle item it joins (empty: a new top-level item)
    // Add: the new item's attributes, typed as the catalog defines them (QString, qlonglong, double,
    // bool); Attributes: the typed value of each attribute that is a number or yes/no in the catalog
    // (the file then says 36, not "36", which the engine would refuse)
    QVariantMap newAttributes;
    Address address; // DeliveryGroup: only the fields given; all empty: the address stays
    QString requestedDate; // DeliveryGroup: ISO date; empty: the date stays
    bool operator==(const ChangeActionDraft&) const = default;
};

// A change order as the operator composes it: its fields and actions, and the JSON the engine
// reads (formatVersion 1, fields in the documented order; blank optional fields left out).
class ChangeOrderDraft {
    Q_DECLARE_TR_FUNCTIONS(fw::ChangeOrderDraft)

public:
    QString id;
    QString order;
    QString requestedBy;
    QString reason;
    std::vector<ChangeActionDraft> actions;

    QString toJson() const; // indented, as a file would be written
    // A change order file read back into actions to compose on (the engine checks the rest): fails
    // naming the action it cannot represent, or when the text is not a change order object.
    static Result<ChangeOrderDraft> fromJson(const QString& text);
    // One line per action for the list: "Remove item B (Business Fiber Bundle)"; products by their
    // names when the order's summary is given.
    static QString summary(const ChangeActionDraft& action, const OrderSummaryReport* order = nullptr);
    static QString kindLabel(ChangeActionDraft::Kind kind);
    // What keeps it from being previewed, one line each (empty: ready). With the order's summary a
    // new item's required attributes and a taken id are checked too; the engine checks the rest.
    QStringList incomplete(const OrderSummaryReport* order = nullptr) const;
    bool cancelsOrder() const;
};

} // namespace fw
