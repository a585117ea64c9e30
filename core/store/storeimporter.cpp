// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storeimporter.h"

#include "bulkimporter.h"
#include "catalog/catalogreader.h"
#include "domain/catalog.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "database.h"
#include "io/jsonfile.h"
#include "journal.h"
#include "transactionguard.h"

#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    Problems single(const QString& file, const QString& pointer, const QString& message)
    {
        return { Problem { file, pointer, message } };
    }

    Status exec(QSqlQuery& query)
    {
        if (query.exec())
            return {};
        return failure(query.lastError().text());
    }

} // namespace

StoreImporter::StoreImporter(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

ImportResult StoreImporter::importCatalog(const QString& path, const QString& actor)
{
    ImportResult result;
    const auto document = readJsonFile(path, result.problems);
    if (!document)
        return result;
    return importCatalogDocument(*document, inputLabel(path), actor);
}

ImportResult StoreImporter::importCatalogDocument(const nlohmann::json& document, const QString& path, const QString& actor)
{
    ImportResult result;
    const CatalogLoad load = CatalogReader::readJson(document, path);
    if (!load.ok()) {
        result.problems = load.problems;
        return result;
    }
    const Catalog& catalog = *load.catalog;
    const QString text = QString::fromStdString(document.dump());
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT document FROM catalogs WHERE id = ? AND version = ?"));
    query.addBindValue(catalog.id);
    query.addBindValue(catalog.version);
    if (!query.exec()) {
        result.problems = single(path, QString(), QStringLiteral("store read failed: ") + query.lastError().text());
        result.storeFailed = true;
        return result;
    }
    if (query.next()) {
        if (query.value(0).toString() != text)
            result.problems = single(path, QStringLiteral("/version"),
                                     QStringLiteral("catalog '%1' version '%2' is already in the store with different "
                                                    "content; give the changed catalog a new version")
                                         .arg(catalog.id, catalog.version));
        else
            result.summary = QStringLiteral("catalog %1 version %2 is already in the store").arg(catalog.id, catalog.version);
        result.id = catalog.id;
        return result;
    }
    TransactionGuard transaction(db);
    const QDateTime now = m_clock.now();
    query.prepare(QStringLiteral("INSERT INTO catalogs (id, version, name, document, imported_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(catalog.id);
    query.addBindValue(catalog.version);
    query.addBindValue(catalog.name);
    query.addBindValue(text);
    query.addBindValue(toStoreTime(now));
    Status written = exec(query);
    if (written)
        written = Journal::record(
            db,
            { 0,
              now,
              {},
              {},
              QStringLiteral("catalog.imported"),
              actor,
              {},
              {},
              QString::fromStdString(
                  nlohmann::json { { "catalog", catalog.id.toStdString() }, { "version", catalog.version.toStdString() } }.dump()) });
    if (!written || !transaction.commit()) {
        result.problems
            = single(path, QString(), QStringLiteral("store write failed: ") + (written ? db.lastError().text() : written.message()));
        result.storeFailed = true;
        return result;
    }
    result.id = catalog.id;
    result.summary = QStringLiteral("catalog %1 version %2 imported (%3 products, %4 plan definitions)")
                         .arg(catalog.id, catalog.version)
                         .arg(catalog.products.size())
                         .arg(catalog.planDefinitions.size());
    return result;
}

} // namespace fw

namespace fw {

ImportResult StoreImporter::importOrder(const QString& path, const QString& actor, const QString& catalogId)
{
    ImportResult result;
    const auto document = readJsonFile(path, result.problems);
    if (!document)
        return result;
    return importOrderDocument(*document, inputLabel(path), actor, catalogId);
}

ImportResult StoreImporter::importOrderDocument(const nlohmann::json& document, const QString& path, const QString& actor,
                                                const QString& catalogId)
{
    return BulkImporter(m_database, m_clock, actor, catalogId).importOne(document, path);
}

} // namespace fw
