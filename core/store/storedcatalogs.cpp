// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storedcatalogs.h"
#include "queryerror.h"
#include "storedjson.h"

#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace fw {

Result<std::vector<CatalogKey>> StoredCatalogs::list(const QSqlDatabase& database)
{
    std::vector<CatalogKey> keys;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, version FROM catalogs c WHERE imported_at = "
                                   "(SELECT MAX(imported_at) FROM catalogs d WHERE d.id = c.id) ORDER BY id")))
        return queryError(query, QStringLiteral("list the stored catalogs"));
    while (query.next())
        keys.push_back({ query.value(0).toString(), query.value(1).toString() });
    return keys;
}

CatalogLoad StoredCatalogs::load(const QSqlDatabase& database, const QString& id)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT version, document FROM catalogs WHERE id = ? ORDER BY imported_at DESC LIMIT 1"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        CatalogLoad missing;
        missing.problems.push_back({ QStringLiteral("store"), QString(), QStringLiteral("no catalog '%1' in the store").arg(id) });
        return missing;
    }
    const QString label = QStringLiteral("store:catalog/%1@%2").arg(id, query.value(0).toString());
    const nlohmann::json document = parseStoredJson(query.value(1).toString());
    if (document.is_discarded()) {
        CatalogLoad damaged;
        damaged.problems.push_back({ label, QString(), QStringLiteral("the stored catalog is not valid JSON (cut short or damaged)") });
        return damaged;
    }
    return CatalogReader::readJson(document, label);
}

} // namespace fw
