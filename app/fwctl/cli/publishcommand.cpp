// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl publish catalog|order FILE: validate, then publish to the remote store for every
// workstation (docs/sync.md). Nothing is published from a bad file.
#include "cli.h"

#include "catalog/catalogreader.h"
#include "io/jsonfile.h"
#include "planning/planningpipeline.h"
#include "store/database.h"
#include "store/storedcatalogs.h"
#include "sync/pgconnection.h"
#include "sync/remoteschema.h"
#include "sync/remotestore.h"

#include <QCommandLineParser>
#include <QMap>
#include <QSet>

namespace fw::cli {

namespace {

    void printProblems(const Problems& problems)
    {
        for (const auto& problem : problems)
            err() << problem.toString() << '\n';
    }

    // The catalogs an order may be planned with: the store's (--db), else the published ones.
    Result<std::vector<CatalogLoad>> candidateCatalogs(RemoteStore& remote)
    {
        std::vector<CatalogLoad> loads;
        if (databaseGiven()) {
            const auto database = openStore();
            if (!database)
                return failure(QStringLiteral("cannot open the store"));
            const auto keys = StoredCatalogs::list(database->connection());
            if (!keys)
                return keys.error();
            for (const CatalogKey& key : *keys)
                loads.push_back(StoredCatalogs::load(database->connection(), key.id));
            return loads;
        }
        const Result<std::vector<std::pair<QString, QString>>> keys = remote.catalogKeys();
        if (!keys)
            return keys.error();
        QMap<QString, QString> newest; // id -> the version published last
        for (const auto& [id, version] : *keys)
            newest.insert(id, version);
        for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
            const Result<QString> document = remote.catalogDocument(it.key(), it.value());
            if (!document)
                return document.error();
            Problems ignored;
            const QString label = QStringLiteral("published catalog %1 %2").arg(it.key(), it.value());
            if (const auto json = parseJsonText(document->toUtf8(), label, ignored))
                loads.push_back(CatalogReader::readJson(*json, label));
        }
        return loads;
    }

    // The catalog to plan the order with: the one named with --catalog, else the one that knows
    // every product of the order; with a single catalog, that one (planning names what is wrong).
    std::variant<std::shared_ptr<const Catalog>, Problem> chooseCatalog(const std::vector<CatalogLoad>& loads, const nlohmann::json& order,
                                                                        const QString& file, const QString& wanted)
    {
        QSet<QString> products;
        if (order.is_object() && order.contains("items") && order["items"].is_array()) {
            for (const auto& item : order["items"]) {
                if (item.is_object() && item.contains("product") && item["product"].is_string())
                    products.insert(QString::fromStdString(item["product"].get<std::string>()));
            }
        }
        std::vector<std::shared_ptr<const Catalog>> valid, fitting;
        QStringList names;
        for (const CatalogLoad& load : loads) {
            if (!load.ok())
                continue;
            if (load.catalog->id == wanted)
                return load.catalog;
            valid.push_back(load.catalog);
            if (std::all_of(products.cbegin(), products.cend(), [&](const QString& p) { return load.catalog->product(p) != nullptr; })) {
                fitting.push_back(load.catalog);
                names << load.catalog->id;
            }
        }
        const QString where = databaseGiven() ? QStringLiteral("the store %1").arg(databasePath()) : QStringLiteral("the remote store");
        if (!wanted.isEmpty())
            return Problem { file, QString(), QStringLiteral("catalog '%1' is not in %2").arg(wanted, where) };
        if (fitting.size() == 1 || (fitting.empty() && valid.size() == 1))
            return fitting.empty() ? valid.front() : fitting.front();
        if (fitting.empty()) {
            QStringList sorted = products.values();
            sorted.sort();
            return Problem { file, QStringLiteral("/items"),
                             QStringLiteral("no catalog in %1 knows every product of the order (%2); publish its catalog first")
                                 .arg(where, sorted.join(QStringLiteral(", "))) };
        }
        return Problem { file, QString(),
                         QStringLiteral("several catalogs in %1 fit the order (%2); choose one with --catalog")
                             .arg(where, names.join(QStringLiteral(", "))) };
    }

    int publishCatalog(const QString& command, RemoteStore& remote, const QString& file)
    {
        const CatalogLoad load = CatalogReader::readFile(file);
        Problems problems;
        const auto json = readJsonFile(file, problems);
        if (!load.ok() || !json) {
            printProblems(load.problems.empty() ? problems : load.problems);
            return BadInput;
        }
        const Catalog& catalog = *load.catalog;
        if (const Status published = remote.publishCatalog(catalog.id, catalog.version, catalog.name, QString::fromStdString(json->dump()));
            !published) {
            err() << command << ": " << inputLabel(file) << ": " << published.message() << '\n';
            return Failure;
        }
        out() << Fwctl::tr("catalog %1 %2 published (%3 products, %4 plan definitions)")
                     .arg(catalog.id, catalog.version)
                     .arg(catalog.products.size())
                     .arg(catalog.planDefinitions.size())
              << '\n';
        return Ok;
    }

    int publishOrder(const QString& command, RemoteStore& remote, const QString& file, const QString& catalogId)
    {
        Problems problems;
        const auto json = readJsonFile(file, problems);
        if (!json) {
            printProblems(problems);
            return BadInput;
        }
        auto catalogs = candidateCatalogs(remote);
        if (!catalogs) {
            err() << command << ": " << catalogs.message() << '\n';
            return Failure;
        }
        const auto chosen = chooseCatalog(*catalogs, *json, inputLabel(file), catalogId);
        if (const auto* problem = std::get_if<Problem>(&chosen)) {
            printProblems({ *problem });
            return BadInput;
        }
        PlanningAssets assets; // an order acting on assets: planned against the local store's installed base
        if (!assets.open(command))
            return Failure;
        const PlanningOutcome planned = planOrderFile(std::get<0>(chosen), file, assets.lookup());
        if (const Status read = assets.status(); !read) {
            err() << command << ": " << Fwctl::tr("cannot read the installed base: %1").arg(read.message()) << '\n';
            return Failure;
        }
        if (!planned.ok()) {
            printProblems(planned.problems);
            return BadInput;
        }
        if (const Status published = remote.publishOrder(planned.order->id, QString::fromStdString(json->dump())); !published) {
            err() << command << ": " << inputLabel(file) << ": " << published.message() << '\n';
            return Failure;
        }
        out() << Fwctl::tr("order %1 published: %2 fulfillment lines, %3 steps (catalog %4 %5); the first workstation with room takes it")
                     .arg(planned.order->id)
                     .arg(planned.plan->lines.size())
                     .arg(planned.plan->steps.size())
                     .arg(planned.catalog->id, planned.catalog->version)
              << '\n';
        return Ok;
    }

} // namespace

int runPublish(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("catalog|order"), Fwctl::tr("What the file holds."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Fwctl::tr("The JSON file (- reads standard input)."));
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
                                           Fwctl::tr("For an order: the catalog id to plan it with (default: the only "
                                                     "catalog that knows all its products)."),
                                           QStringLiteral("ID"));
    parser.addOption(catalogOption);
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Validates a catalog, or an order (planned against the catalogs of the "
                                                   "store given with --db, else the published ones), and publishes it to "
                                                   "the remote store (--remote) for every workstation. A bad file "
                                                   "publishes nothing: exit 2 with one line per problem."),
                                         2))
        return *stop;
    const QString command = arguments.value(0);
    const QString kind = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    if (kind != QStringLiteral("catalog") && kind != QStringLiteral("order")) {
        err() << command << ": " << Fwctl::tr("expected 'catalog' or 'order', got '%1'").arg(kind) << '\n';
        return BadInput;
    }
    if (!requireRemote(command))
        return BadInput;
    PgConnection connection(remoteOptions().conninfo);
    if (const auto stop = openRemote(command, connection))
        return *stop;
    RemoteStore remote(connection, remoteOptions().workstation.isEmpty() ? defaultUser() : remoteOptions().workstation);
    return kind == QStringLiteral("catalog") ? publishCatalog(command, remote, file)
                                             : publishOrder(command, remote, file, parser.value(catalogOption));
}

} // namespace fw::cli
