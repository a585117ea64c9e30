// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changeorder.h"
#include "itemchange.h"
#include "domain/order.h"

#include <nlohmann/json.hpp>

#include <functional>

namespace fw {

struct Catalog;

struct AmendedOrder {
    nlohmann::json document; // the order document as amended (a valid order document)
    std::optional<Order> order; // read back from document against the catalog; empty on problems
    std::vector<ItemChange> changes; // one per action, in action order (cancelOrder: none)
    Problems problems; // located in the change order's file (its sourceLabel and action pointers)
    bool ok() const { return order.has_value() && problems.empty(); }
};

// Applies a change order to the order document as it currently stands (the original with earlier
// change orders applied) and checks every reference against it:
// - quantity, attributes, remove: the item must exist (a supplement item cannot be named: its base is)
// - add: a new item id, a product the catalog sells, an existing parent and group
// - deliveryGroup: an existing group, or "new": true for one that does not exist yet (then an address)
// - quantity equal to the current total is an error ("already 150")
// Quantity rules, so only the delta is provisioned once fulfilment started:
// - increase, and fulfilmentStarted(item) is true: a supplement item is appended: id "<item>+<change id>",
//   the item's product, attributes, parent and group, quantity = the delta, "supplementOf": item
// - increase, not started: the item's own quantity grows
// - decrease: the item's quantity becomes the new total and its supplements are removed
// attributes: merged into the item and its supplements; moveToGroup moves them all.
// remove: the item, its supplements and its children (parentItem, recursively) leave the document.
// cancelOrder: the document is unchanged.
// The result is read back with OrderReader; its problems are reported against the change file with
// the message prefixed "the order as amended: ".
AmendedOrder amendOrder(const nlohmann::json& currentDocument, const ChangeOrder& change, const Catalog& catalog,
                        const std::function<bool(const QString& itemId)>& fulfilmentStarted);

} // namespace fw
