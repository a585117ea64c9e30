// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "catalog/catalogreader.h"
#include "common/result.h"

#include <QSqlDatabase>

namespace fw {

struct CatalogKey {
    QString id;
    QString version;
};

// Catalogs kept in the store (their validated JSON documents).
class StoredCatalogs {
public:
    // The newest import of each catalog, by id (none: an empty list), or why they cannot be read.
    static Result<std::vector<CatalogKey>> list(const QSqlDatabase& database);
    // The most recently imported version of catalog id, parsed and validated again.
    static CatalogLoad load(const QSqlDatabase& database, const QString& id);
};

} // namespace fw
