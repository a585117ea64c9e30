#pragma once

#include "common/problem.h"

namespace fw {

struct Catalog;
struct Order;

// Checks a structurally valid order against the catalog and fills in attribute defaults:
// unique ids, known products and attributes, attribute types, required attributes, bundle
// structure (parents are bundles, children are components within min/max), delivery groups.
void validateOrder(Order& order, const Catalog& catalog, const QString& fileLabel, Problems& problems);

} // namespace fw
