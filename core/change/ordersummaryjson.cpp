// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ordersummaryjson.h"

#include "common/clock.h"
#include "common/jsonvariant.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    std::string time(const QDateTime& at)
    {
        return at.isValid() ? toStoreTime(at).toStdString() : std::string();
    }

} // namespace

nlohmann::json orderSummaryToJson(const OrderSummaryReport& report)
{
    nlohmann::json json { { "order", report.orderId.toStdString() }, { "account", report.account.toStdString() },
                          { "state", report.state.toStdString() },   { "revision", report.revision },
                          { "cancelled", report.cancelled },         { "billing", report.billing.toStdString() } };
    auto& items = json["items"] = nlohmann::json::array();
    for (const ItemPosition& i : report.items)
        items.push_back({ { "item", i.item.toStdString() },
                          { "product", i.product.toStdString() },
                          { "productName", i.productName.toStdString() },
                          { "parentItem", i.parentItem.toStdString() },
                          { "deliveryGroup", i.deliveryGroup.toStdString() },
                          { "quantityOrdered", i.quantityOrdered },
                          { "quantityNow", i.quantityNow },
                          { "quantityDelivered", i.quantityDelivered },
                          { "quantityPending", i.quantityPending },
                          { "status", i.status.toStdString() },
                          { "changedBy", toJsonArray(i.changedBy) },
                          { "lines", toJsonArray(i.lines) } });
    auto& splits = json["splits"] = nlohmann::json::array();
    for (const SplitPath& p : report.splits)
        splits.push_back({ { "group", p.group.toStdString() },
                           { "address", p.address.toStdString() },
                           { "requestedDate", p.requestedDate.toStdString() },
                           { "items", toJsonArray(p.items) },
                           { "steps", p.steps },
                           { "stepsDone", p.stepsDone },
                           { "status", p.status.toStdString() } });
    auto& changes = json["changeOrders"] = nlohmann::json::array();
    for (const ChangeOrderRecord& c : report.changeOrders)
        changes.push_back({ { "id", c.id.toStdString() },
                            { "revision", c.revision },
                            { "state", c.state.toStdString() },
                            { "requestedBy", c.requestedBy.toStdString() },
                            { "reason", c.reason.toStdString() },
                            { "submittedBy", c.submittedBy.toStdString() },
                            { "submittedAt", time(c.submittedAt) },
                            { "appliedAt", time(c.appliedAt) },
                            { "outcome", c.outcome.toStdString() } });
    return json;
}

} // namespace fw
