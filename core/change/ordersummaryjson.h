// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ordersummaryreport.h"

#include <nlohmann/json_fwd.hpp>

namespace fw {

// `fwctl summary ORDER --json` (docs/change-orders.md, "Order summary").
nlohmann::json orderSummaryToJson(const OrderSummaryReport& report);

} // namespace fw
