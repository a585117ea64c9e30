#pragma once

#include "common/result.h"
#include "ordersummaryreport.h"

#include <QSqlDatabase>

namespace fw {

// Reads what finance needs to know about an order from the store (docs/change-orders.md, "Order
// summary"): each commercial item as ordered and as it stands after its change orders, its status
// from the steps on its lines, the delivery groups' paths, the change orders and the billing.
// An item is "delivered" when every step on its lines outside billing lanes is done, "billed" when
// its billing steps are done too; a billing lane is one whose id or name contains "billing".
// An unknown order is an error ("unknown order 'ID'").
Result<OrderSummaryReport> readOrderSummaryReport(const QSqlDatabase& database, const QString& orderId);

} // namespace fw
