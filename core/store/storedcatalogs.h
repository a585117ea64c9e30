#pragma once

#include "catalog/catalogreader.h"

#include <QSqlDatabase>

namespace fw {

struct CatalogKey {
    QString id;
    QString version;
};

// Catalogs kept in the store (their validated JSON documents).
class StoredCatalogs {
public:
    static std::vector<CatalogKey> list(const QSqlDatabase& database); // newest import first per id
    // The most recently imported version of catalog id, parsed and validated again.
    static CatalogLoad load(const QSqlDatabase& database, const QString& id);
};

} // namespace fw
