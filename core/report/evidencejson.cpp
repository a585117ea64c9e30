// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "evidencejson.h"

#include "common/clock.h"
#include "common/jsonvariant.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    nlohmann::json evidenceJsonTime(const QDateTime& at)
    {
        return at.isValid() ? nlohmann::json(toStoreTime(at).toStdString()) : nlohmann::json();
    }

    nlohmann::json evidenceJsonText(const QString& text)
    {
        return text.isEmpty() ? nlohmann::json() : nlohmann::json(text.toStdString());
    }

    // A stored body: its JSON when it is JSON, else the text (null when empty).
    nlohmann::json evidenceJsonBody(const QString& text)
    {
        if (text.isEmpty())
            return nullptr;
        nlohmann::json parsed = nlohmann::json::parse(text.toStdString(), nullptr, false);
        return parsed.is_discarded() ? nlohmann::json(text.toStdString()) : parsed;
    }
} // namespace

nlohmann::json evidenceToJson(const EvidenceBundle& b)
{
    const EvidenceBundle::Order& o = b.order;
    nlohmann::json json { { "format", "fulfillment-workbench/evidence-bundle" },
                          { "version", 1 },
                          { "generatedAt", evidenceJsonTime(b.generatedAt) },
                          { "order",
                            { { "id", o.id.toStdString() },
                              { "account", { { "id", o.accountId.toStdString() }, { "name", o.accountName.toStdString() } } },
                              { "state", o.state.toStdString() },
                              { "requestedDate", evidenceJsonText(o.requestedDate) },
                              { "orderedAt", evidenceJsonTime(o.orderedAt) },
                              { "createdAt", evidenceJsonTime(o.createdAt) },
                              { "completedAt", evidenceJsonTime(o.completedAt) },
                              { "catalog", o.catalog.toStdString() },
                              { "revision", o.revision } } } };
    auto& items = json["items"] = nlohmann::json::array();
    for (const ItemPosition& i : b.items)
        items.push_back({ { "item", i.item.toStdString() },
                          { "product", i.product.toStdString() },
                          { "productName", i.productName.toStdString() },
                          { "parentItem", evidenceJsonText(i.parentItem) },
                          { "deliveryGroup", evidenceJsonText(i.deliveryGroup) },
                          { "quantityOrdered", i.quantityOrdered },
                          { "quantityNow", i.quantityNow },
                          { "quantityDelivered", i.quantityDelivered },
                          { "status", i.status.toStdString() },
                          { "changedBy", toJsonArray(i.changedBy) },
                          { "lines", toJsonArray(i.lines) } });
    auto& deliveries = json["deliveries"] = nlohmann::json::array();
    for (const EvidenceBundle::Delivery& d : b.deliveries)
        deliveries.push_back({ { "line", d.line.toStdString() },
                               { "product", d.product.toStdString() },
                               { "quantity", d.quantity },
                               { "deliveryGroup", evidenceJsonText(d.deliveryGroup) },
                               { "items", toJsonArray(d.items) },
                               { "startedAt", evidenceJsonTime(d.startedAt) },
                               { "completedAt", evidenceJsonTime(d.completedAt) },
                               { "status", d.status.toStdString() },
                               { "fields", evidenceJsonBody(d.fields) } });
    auto& confirmations = json["deliveryConfirmations"] = nlohmann::json::array();
    for (const EvidenceBundle::Confirmation& c : b.confirmations)
        confirmations.push_back({ { "kind", c.kind.toStdString() },
                                  { "step", evidenceJsonText(c.step) },
                                  { "stepName", evidenceJsonText(c.stepName) },
                                  { "reference", c.reference.toStdString() },
                                  { "by", evidenceJsonText(c.by) },
                                  { "at", evidenceJsonTime(c.at) },
                                  { "data", evidenceJsonBody(c.data) },
                                  { "comment", evidenceJsonText(c.comment) } });
    auto& callouts = json["callouts"] = nlohmann::json::array();
    for (const EvidenceBundle::Callout& c : b.callouts)
        callouts.push_back({ { "step", c.step.toStdString() },
                             { "stepName", evidenceJsonText(c.stepName) },
                             { "lane", evidenceJsonText(c.lane) },
                             { "series", c.series },
                             { "attempt", c.attempt },
                             { "idempotencyKey", c.idempotencyKey.toStdString() },
                             { "sentAt", evidenceJsonTime(c.sentAt) },
                             { "answeredAt", evidenceJsonTime(c.answeredAt) },
                             { "httpStatus", c.httpStatus ? nlohmann::json(c.httpStatus) : nlohmann::json() },
                             { "outcome", evidenceJsonText(c.outcome) },
                             { "certainty", evidenceJsonText(c.certainty) },
                             { "request", evidenceJsonBody(c.request) },
                             { "response", evidenceJsonBody(c.response) },
                             { "error", evidenceJsonText(c.error) } });
    const EvidenceBundle::BillingStart& billing = b.billing;
    json["billingStart"] = billing.step.isEmpty() && billing.startDate.isEmpty()
        ? nlohmann::json()
        : nlohmann::json { { "step", evidenceJsonText(billing.step) },
                           { "stepName", evidenceJsonText(billing.stepName) },
                           { "at", evidenceJsonTime(billing.at) },
                           { "startDate", evidenceJsonText(billing.startDate) },
                           { "line", evidenceJsonText(billing.line) },
                           { "callout", billing.callout >= 0 ? nlohmann::json(billing.callout) : nlohmann::json() } };
    auto& changes = json["changeOrders"] = nlohmann::json::array();
    for (const ChangeOrderRecord& c : b.changeOrders)
        changes.push_back({ { "id", c.id.toStdString() },
                            { "revision", c.revision },
                            { "state", c.state.toStdString() },
                            { "requestedBy", c.requestedBy.toStdString() },
                            { "reason", c.reason.toStdString() },
                            { "submittedBy", c.submittedBy.toStdString() },
                            { "submittedAt", evidenceJsonTime(c.submittedAt) },
                            { "appliedAt", evidenceJsonTime(c.appliedAt) },
                            { "outcome", c.outcome.toStdString() } });
    return json;
}

} // namespace fw
