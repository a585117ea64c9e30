// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "catalog/catalogreader.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <optional>

#include <nlohmann/json_fwd.hpp>

namespace fw {

// Which stored catalog an order to import is planned with: the named one, or else the only stored
// catalog that knows every product of the order. Each catalog is read and validated once per
// instance (a bulk import chooses for thousands of orders), so keep one no longer than an import.
class CatalogChoice {
public:
    explicit CatalogChoice(const QSqlDatabase& database);

    // The catalog for `document` (an order), or the problem, named `label` (the order's file).
    CatalogLoad choose(const nlohmann::json& document, const QString& label, const QString& catalogId);

private:
    const CatalogLoad& stored(const QString& id);

    QSqlDatabase m_database;
    std::map<QString, CatalogLoad> m_loaded; // by id, the newest import
    std::optional<std::vector<QString>> m_ids; // the stored catalogs' ids, once listed
};

} // namespace fw
