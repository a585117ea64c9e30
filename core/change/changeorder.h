// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"

#include <QString>
#include <QVariantMap>

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <vector>

namespace fw {

// One order action of a change order (docs/change-orders.md, "Change order format").
struct ChangeAction {
    enum class Kind { Quantity, Attributes, Remove, Add, DeliveryGroup, CancelOrder };
    Kind kind = Kind::Quantity;
    QString pointer; // "/actions/2": where it is in its file, for messages
    QString item; // Quantity, Attributes, Remove: the item changed; Add: the new item's id
    int quantity = 0; // Quantity: the new total (> 0)
    QVariantMap attributes; // Attributes: merged into the item's attributes; a null value removes one
    QString moveToGroup; // Attributes: optional, the delivery group the item moves to
    QVariantMap newItem; // Add: the item as the order format spells it (id, product, quantity, ...)
    QString group; // DeliveryGroup: the group changed (or created, with createGroup)
    bool createGroup = false; // DeliveryGroup: "new": true, the group does not exist yet
    std::optional<QVariantMap> address; // DeliveryGroup: replaces the group's address
    std::optional<QString> requestedDate; // DeliveryGroup: replaces the group's requested date (ISO date)
};

QString toString(ChangeAction::Kind kind); // "quantity", "attributes", "remove", "add", "deliveryGroup", "cancelOrder"

// A change order: references a submitted order (which stays as it was) and lists order actions.
struct ChangeOrder {
    int formatVersion = 1;
    QString id;
    QString order; // the order it changes
    QString requestedBy;
    QString reason;
    QString sourceLabel; // the file it was read from, for messages
    std::vector<ChangeAction> actions;

    bool cancelsOrder() const; // a single cancelOrder action
};

struct ChangeOrderLoad {
    std::optional<ChangeOrder> changeOrder; // empty when there are problems
    Problems problems;
    bool ok() const { return changeOrder.has_value() && problems.empty(); }
};

// Reads the structure of a change order (docs/schemas/change-order.schema.json): every field's
// type and shape, known actions, quantity > 0, cancelOrder alone, at most one action per item.
// References (does the item exist?) are checked by amendOrder against the order as it stands.
class ChangeOrderReader {
public:
    static constexpr int currentFormatVersion = 1;
    static ChangeOrderLoad readFile(const QString& path);
    static ChangeOrderLoad readJson(const nlohmann::json& document, const QString& label);
};

} // namespace fw
