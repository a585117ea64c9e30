// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"

namespace fw {

struct Catalog;
struct Order;

// Checks a structurally valid order against the catalog and fills in attribute defaults:
// unique ids, known products and attributes, attribute types, required attributes, bundle
// structure (parents are bundles, children are components within min/max), delivery groups,
// supplements (supplementOf names another item with the same product that is no supplement).
void validateOrder(Order& order, const Catalog& catalog, const QString& fileLabel, Problems& problems);

} // namespace fw
