// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Hand-made change previews and an order summary shaped like the multisite telecom sample
// (SO-10002) after its routers shipped: removing site B (accepted, with compensations) and the same
// change refused at a hard point of no return. For the change models and the dialog tests.

#include "change/changepreview.h"
#include "change/ordersummaryreport.h"
#include "engine/enginesnapshot.h"

namespace fw::test {

inline StepChange stepChange(const QString& id, const QString& name, const QString& lane, StepChangeKind kind, const QString& before,
                             const QString& after, const QStringList& dependsOn, const QString& reason = {},
                             const QString& compensates = {})
{
    StepChange s;
    s.id = id;
    s.name = name;
    s.type = QStringLiteral("callout");
    s.scope = QStringLiteral("lineItem");
    s.lane = lane;
    s.planDefinition = QStringLiteral("PD_ROUTER");
    s.lines = { QStringLiteral("B.2.ROUTER_SHIPMENT") };
    s.dependsOn = dependsOn;
    s.stateBefore = before;
    s.stateAfter = after;
    s.kind = kind;
    s.reason = reason;
    s.compensates = compensates;
    return s;
}

// remove-site-b.json after the routers shipped (tests/data/change/golden/shipped-remove-site-b.txt, shortened).
inline ChangePreview removeSiteB()
{
    ChangePreview p;
    p.orderId = QStringLiteral("SO-10002");
    p.changeId = QStringLiteral("CHG-2045");
    p.revision = 1;
    p.items.push_back({ QStringLiteral("B"),
                        QStringLiteral("remove"),
                        QStringLiteral("BUSINESS_FIBER_BUNDLE"),
                        1,
                        0,
                        {},
                        QStringLiteral("removed (with 2 child items)") });
    const QString removed = QStringLiteral("line B.2.ROUTER_SHIPMENT removed");
    const QString reserve = QStringLiteral("line:B.2.ROUTER_SHIPMENT/reserve-router");
    const QString ship = QStringLiteral("line:B.2.ROUTER_SHIPMENT/ship-router");
    const QString delivered = QStringLiteral("line:B.2.ROUTER_SHIPMENT/router-delivered");
    p.steps = {
        stepChange(reserve, QStringLiteral("Reserve router"), QStringLiteral("logistics"), StepChangeKind::Kept,
                   QStringLiteral("completed"), QStringLiteral("completed"), {}),
        stepChange(ship, QStringLiteral("Ship router"), QStringLiteral("logistics"), StepChangeKind::Kept, QStringLiteral("completed"),
                   QStringLiteral("completed"), { reserve }),
        stepChange(delivered, QStringLiteral("Router delivered"), QStringLiteral("logistics"), StepChangeKind::Discarded,
                   QStringLiteral("waiting"), QStringLiteral("cancelled"), { ship }, removed),
        stepChange(QStringLiteral("plan:PD_MONTHLY_BILLING/first-invoice"), QStringLiteral("First invoice"), QStringLiteral("billing"),
                   StepChangeKind::Amended, QStringLiteral("pending"), QStringLiteral("pending"), {},
                   QStringLiteral("line bundle.B.MONTHLY_BILLING removed")),
        stepChange(ship + QStringLiteral("~undo"), QStringLiteral("Return router"), QStringLiteral("logistics"),
                   StepChangeKind::Compensation, {}, QStringLiteral("pending"), { ship }, removed, ship),
        stepChange(QStringLiteral("line:C.1.FIBER_INSTALLATION/survey"), QStringLiteral("Site survey"), QStringLiteral("field"),
                   StepChangeKind::Added, {}, QStringLiteral("pending"), {}, QStringLiteral("line C.1.FIBER_INSTALLATION added")),
    };
    p.effects = {
        { ship + QStringLiteral("~undo"), QStringLiteral("Return router"), QStringLiteral("compensation"), QStringLiteral("carrier"),
          QStringLiteral("POST"), QStringLiteral("returns"), QStringLiteral("{\"shipmentId\":\"SHP-42\",\"reason\":\"order changed\"}") },
        { QStringLiteral("plan:PD_MONTHLY_BILLING/first-invoice"), QStringLiteral("First invoice"), QStringLiteral("amended"),
          QStringLiteral("billing"), QStringLiteral("POST"), QStringLiteral("invoices"), QStringLiteral("{\"lines\":1}") },
    };
    return p;
}

// The same change refused: the router shipment passed a hard point of no return.
inline ChangePreview removeSiteBRefused()
{
    ChangePreview p = removeSiteB();
    p.effects.clear();
    p.steps[1].kind = StepChangeKind::Refused;
    p.refusals.push_back({ QStringLiteral("line:B.2.ROUTER_SHIPMENT/ship-router"), QStringLiteral("Ship router"),
                           QStringLiteral("B.2.ROUTER_SHIPMENT"), QStringLiteral("B"),
                           QStringLiteral("step 'Ship router' (line:B.2.ROUTER_SHIPMENT/ship-router) of line B.2.ROUTER_SHIPMENT passed "
                                          "its point of no return (completed 2026-11-20 10:14); item B cannot be removed") });
    return p;
}

// The order as it runs, before the change: the steps the previews above start from.
inline OrderDetail multisiteDetail()
{
    OrderDetail d;
    d.order.id = QStringLiteral("SO-10002");
    d.lanes = { { QStringLiteral("logistics"), QStringLiteral("Logistics") }, { QStringLiteral("billing"), QStringLiteral("Billing") } };
    for (const StepChange& s : removeSiteB().steps) {
        if (s.stateBefore.isEmpty())
            continue; // added by the change
        StepStatus step;
        step.id = s.id;
        step.name = s.name;
        step.type = s.type;
        step.scope = s.scope;
        step.lane = s.lane;
        step.planDefinition = s.planDefinition;
        step.lines = s.lines;
        step.state = s.stateBefore;
        step.dependsOn = s.dependsOn;
        d.steps.push_back(step);
    }
    return d;
}

inline OrderSummaryReport multisiteSummary()
{
    OrderSummaryReport r;
    r.orderId = QStringLiteral("SO-10002");
    r.account = QStringLiteral("ACC-NL-7781");
    r.state = QStringLiteral("in-progress");
    const auto item = [](const char* id, const char* product, const char* parent, const char* group, const char* status) {
        ItemPosition i;
        i.item = QString::fromLatin1(id);
        i.product = QString::fromLatin1(product);
        i.parentItem = QString::fromLatin1(parent);
        i.deliveryGroup = QString::fromLatin1(group);
        i.quantityOrdered = 1;
        i.quantityNow = 1;
        i.status = QString::fromLatin1(status);
        return i;
    };
    r.items = { item("A", "BUSINESS_FIBER_BUNDLE", "", "ROTTERDAM", "active"), item("A.1", "FIBER_ACCESS", "A", "ROTTERDAM", "active"),
                item("A.3", "STATIC_IP_ADDON", "A", "ROTTERDAM", "pending"), item("B", "BUSINESS_FIBER_BUNDLE", "", "VENLO", "active"),
                item("B.1", "FIBER_ACCESS", "B", "VENLO", "active") };
    r.items[2].quantityNow = 2;
    r.splits = { { QStringLiteral("ROTTERDAM"),
                   QStringLiteral("Waalhaven Z.z. 44, 3089 Rotterdam, NL"),
                   QStringLiteral("2026-12-15"),
                   { QStringLiteral("A"), QStringLiteral("A.1"), QStringLiteral("A.3") },
                   10,
                   5,
                   QStringLiteral("active") },
                 { QStringLiteral("VENLO"),
                   QStringLiteral("Celsiusweg 7, 5928 Venlo, NL"),
                   QStringLiteral("2026-12-15"),
                   { QStringLiteral("B"), QStringLiteral("B.1") },
                   8,
                   2,
                   QStringLiteral("active") } };
    r.billing = QStringLiteral("waiting for 2 of 2 paths");
    // The telecom-fiber catalog's commercial products, as the engine describes them.
    r.catalog = QStringLiteral("telecom-fiber");
    using Attribute = CatalogProductInfo::Attribute;
    const QStringList blocks { QStringLiteral("/30"), QStringLiteral("/29"), QStringLiteral("/28") };
    r.products = {
        { QStringLiteral("BUSINESS_FIBER_BUNDLE"),
          QStringLiteral("Business Fiber Bundle"),
          true,
          { QStringLiteral("FIBER_ACCESS"), QStringLiteral("MANAGED_ROUTER"), QStringLiteral("STATIC_IP_ADDON") },
          {} },
        { QStringLiteral("FIBER_ACCESS"),
          QStringLiteral("Fiber Access"),
          false,
          {},
          { Attribute { QStringLiteral("bandwidth"),
                        QStringLiteral("enum"),
                        true,
                        { QStringLiteral("300M"), QStringLiteral("1G"), QStringLiteral("10G") },
                        {} },
            Attribute { QStringLiteral("contractTermMonths"), QStringLiteral("integer"), false, {}, {} } } },
        { QStringLiteral("MANAGED_ROUTER"), QStringLiteral("Managed Router"), false, {}, {} },
        { QStringLiteral("STATIC_IP_ADDON"),
          QStringLiteral("Static IP Add-on"),
          false,
          {},
          { Attribute { QStringLiteral("blockSize"), QStringLiteral("enum"), false, blocks, {} } } },
    };
    for (ItemPosition& i : r.items) {
        for (const CatalogProductInfo& p : r.products) {
            if (p.id == i.product)
                i.productName = p.name;
        }
    }
    return r;
}

} // namespace fw::test
