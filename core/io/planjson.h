#pragma once

#include <nlohmann/json_fwd.hpp>

namespace fw {

struct OrchestrationPlan;
struct Catalog;

// The `fwctl plan --json` document: {"order", "catalog", "lineItems", "steps", "lanes", "laneNames"}.
nlohmann::json planToJson(const OrchestrationPlan& plan, const Catalog& catalog);

} // namespace fw
