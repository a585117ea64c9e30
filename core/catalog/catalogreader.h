// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"
#include "domain/catalog.h"

#include <nlohmann/json_fwd.hpp>

#include <memory>

namespace fw {

// The result of loading a catalog: the catalog when it is usable, and every problem found.
struct CatalogLoad {
    std::shared_ptr<const Catalog> catalog; // null when there are problems
    Problems problems;
    bool ok() const { return catalog && problems.empty(); }
};

// Reads and validates a catalog (docs/catalog-format.md): structure first, then cross-references
// (CatalogValidator). Never returns a half-valid catalog.
class CatalogReader {
public:
    static constexpr int currentFormatVersion = 1;

    static CatalogLoad readFile(const QString& path);
    static CatalogLoad readJson(const nlohmann::json& document, const QString& fileLabel);
};

// Plan definitions have their own reader (plandefinitionreader.cpp).
class JsonCursor;
PlanDefinition readPlanDefinition(const JsonCursor& cursor);

} // namespace fw
