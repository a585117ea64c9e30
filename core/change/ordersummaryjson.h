#pragma once

#include "ordersummaryreport.h"

#include <nlohmann/json_fwd.hpp>

namespace fw {

// `fwctl summary ORDER --json` (docs/change-orders.md, "Order summary").
nlohmann::json orderSummaryToJson(const OrderSummaryReport& report);

} // namespace fw
