// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "ordersummaryreport.h"

#include <QSqlDatabase>

namespace fw {

struct Catalog;
struct OrderSummaryRows;

// Reads what finance needs to know about an order from the store (docs/change-orders.md, "Order
// summary"): each commercial item as ordered and as it stands after its change orders, its status
// from the steps on its lines, the delivery groups' paths, the change orders and the billing.
// An item is "delivered" when every step on its lines outside billing lanes is done, "billed" when
// its billing steps are done too; a billing lane is one whose id or name contains "billing".
// Each item's units count as delivered or pending part by part (the item itself, each supplement).
// Product names and the catalog's products come from `catalog` (the running order's), else from
// the newest stored import of the order's catalog; a catalog that cannot be read leaves them empty.
// Fails with "unknown order '<id>'" or the store's error.
Result<OrderSummaryReport> readOrderSummaryReport(const QSqlDatabase& database, const QString& orderId, const Catalog* catalog = nullptr);

// The report from the rows read (readOrderSummaryRows), without product names: what
// readOrderSummaryReport computes, for tests that give the rows.
OrderSummaryReport summarizeOrder(const QString& orderId, const OrderSummaryRows& rows);

// Fills the report's products (the catalog's commercial products) and its items' product names.
void describeCatalogProducts(OrderSummaryReport& report, const Catalog& catalog);

} // namespace fw
