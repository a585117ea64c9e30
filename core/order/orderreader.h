// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"
#include "domain/order.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace fw {

struct Catalog;

struct OrderLoad {
    std::optional<Order> order; // empty when there are problems
    Problems problems;
    bool ok() const { return order.has_value() && problems.empty(); }
};

// Reads an order (docs/order-format.md) and checks it against the catalog: known products and
// attributes, attribute types and required values, bundle structure, delivery groups.
class OrderReader {
public:
    static constexpr int currentFormatVersion = 1;

    static OrderLoad readFile(const QString& path, const Catalog& catalog);
    static OrderLoad readJson(const nlohmann::json& document, const QString& fileLabel, const Catalog& catalog);
};

} // namespace fw
