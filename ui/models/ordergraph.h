#pragma once

#include "plangraph.h"

namespace fw {

struct OrderDetail;

// The plan graph of a stored order (its steps as the store has them, lanes named by the catalog),
// and its steps' live statuses for PlanGraphWidget::applyStatuses.
PlanGraph planGraphFromOrder(const OrderDetail& detail);
std::vector<NodeStatus> nodeStatusesOf(const OrderDetail& detail);

} // namespace fw
