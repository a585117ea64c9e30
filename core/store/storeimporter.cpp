#include "storeimporter.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "database.h"
#include "decomposition/decomposer.h"
#include "domain/order.h"
#include "io/jsonfile.h"
#include "journal.h"
#include "order/orderreader.h"
#include "planning/planner.h"
#include "storedaccountlines.h"
#include "storedcatalogs.h"
#include "transactionguard.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    Problems single(const QString& file, const QString& pointer, const QString& message)
    {
        return { Problem { file, pointer, message } };
    }

    // The stored catalog for an order: the named one, or the only one that knows all its products.
    CatalogLoad chooseCatalog(const QSqlDatabase& db, const nlohmann::json& document, const QString& path, const QString& catalogId)
    {
        if (!catalogId.isEmpty())
            return StoredCatalogs::load(db, catalogId);
        QSet<QString> products;
        if (document.is_object() && document.contains("items") && document["items"].is_array()) {
            for (const auto& item : document["items"]) {
                if (item.is_object() && item.contains("product") && item["product"].is_string())
                    products.insert(toQString(item["product"].get<std::string>()));
            }
        }
        const auto keys = StoredCatalogs::list(db);
        if (!keys) {
            CatalogLoad unread;
            unread.problems = single(path, QString(), QStringLiteral("store read failed: ") + keys.message());
            return unread;
        }
        std::vector<CatalogLoad> fitting;
        QStringList names;
        for (const CatalogKey& key : *keys) {
            CatalogLoad load = StoredCatalogs::load(db, key.id);
            if (!load.ok())
                continue;
            const bool knowsAll
                = std::all_of(products.begin(), products.end(), [&](const QString& p) { return load.catalog->product(p) != nullptr; });
            if (knowsAll) {
                names << key.id;
                fitting.push_back(std::move(load));
            }
        }
        if (fitting.size() == 1)
            return std::move(fitting.front());
        CatalogLoad none;
        none.problems = single(path, QString(),
                               fitting.empty() ? QStringLiteral("no catalog in the store knows all products of this order; "
                                                                "import its catalog first")
                                               : QStringLiteral("several stored catalogs fit this order (%1); name one with --catalog")
                                                     .arg(names.join(QStringLiteral(", "))));
        return none;
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
    return importCatalogDocument(*document, path, actor);
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

namespace {

    Status writeOrder(QSqlDatabase& db, const Order& order, const Catalog& catalog, const OrchestrationPlan& plan, const QString& document,
                      const QDateTime& now, const QString& actor)
    {
        QSqlQuery query(db);
        const QString time = toStoreTime(now);
        query.prepare(QStringLiteral("INSERT INTO orders (id, catalog_id, catalog_version, account_id, account_name, state, "
                                     "requested_date, ordered_at, document, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)"));
        for (const QVariant& value : { QVariant(order.id), QVariant(catalog.id), QVariant(catalog.version), QVariant(order.account.id),
                                       QVariant(order.account.name), QVariant(order.requestedDate), QVariant(order.orderedAt),
                                       QVariant(document), QVariant(time), QVariant(time) })
            query.addBindValue(value);
        if (Status done = exec(query); !done)
            return done;
        query.prepare(
            QStringLiteral("INSERT INTO fulfillment_lines (order_id, id, product, scope, owner_order, account_id, "
                           "source_items, rules, quantity, attributes, delivery_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const auto& line : plan.lines) {
            for (const QVariant& value :
                 { QVariant(order.id), QVariant(line.id), QVariant(line.product), QVariant(toString(line.scope)), QVariant(line.ownerOrder),
                   QVariant(order.account.id), QVariant(toJsonArrayText(line.sourceItems)), QVariant(toJsonArrayText(line.rules)),
                   QVariant(line.quantity), QVariant(QString::fromStdString(variantToJson(line.attributes).dump())),
                   QVariant(QString(line.deliveryGroup.isNull() ? QLatin1String("") : line.deliveryGroup)) })
                query.addBindValue(value);
            if (Status done = exec(query); !done)
                return done;
        }
        query.prepare(QStringLiteral("INSERT INTO steps (order_id, seq, id, name, type, scope, lane, plan_definition, step_key, "
                                     "lines, depends_on, depth, estimated_seconds, point_of_no_return, state, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)"));
        for (std::size_t i = 0; i < plan.steps.size(); ++i) {
            const PlanStep& step = plan.steps[i];
            QStringList dependsOn;
            for (int dependency : step.dependsOn)
                dependsOn << plan.steps[std::size_t(dependency)].id;
            for (const QVariant& value :
                 { QVariant(order.id), QVariant(qint64(i)), QVariant(step.id), QVariant(step.name), QVariant(toString(step.type)),
                   QVariant(toString(step.scope)), QVariant(step.lane), QVariant(step.planDefinition), QVariant(step.stepKey),
                   QVariant(toJsonArrayText(step.lines)), QVariant(toJsonArrayText(dependsOn)), QVariant(step.depth),
                   QVariant(step.estimatedSeconds), QVariant(step.pointOfNoReturn), QVariant(time) })
                query.addBindValue(value);
            if (Status done = exec(query); !done)
                return done;
        }
        const auto payload = nlohmann::json { { "catalog", catalog.id.toStdString() },
                                              { "catalogVersion", catalog.version.toStdString() },
                                              { "lines", plan.lines.size() },
                                              { "steps", plan.steps.size() } };
        return Journal::record(db,
                               { 0,
                                 now,
                                 order.id,
                                 {},
                                 QStringLiteral("order.imported"),
                                 actor,
                                 {},
                                 QStringLiteral("pending"),
                                 QString::fromStdString(payload.dump()) });
    }

} // namespace

ImportResult StoreImporter::importOrder(const QString& path, const QString& actor, const QString& catalogId)
{
    ImportResult result;
    const auto document = readJsonFile(path, result.problems);
    if (!document)
        return result;
    return importOrderDocument(*document, path, actor, catalogId);
}

ImportResult StoreImporter::importOrderDocument(const nlohmann::json& json, const QString& path, const QString& actor,
                                                const QString& catalogId)
{
    ImportResult result;
    const nlohmann::json* document = &json;
    QSqlDatabase db = m_database.connection();
    const CatalogLoad catalog = chooseCatalog(db, *document, path, catalogId);
    if (!catalog.ok()) {
        result.problems = catalog.problems;
        return result;
    }
    OrderLoad load = OrderReader::readJson(*document, path, *catalog.catalog);
    if (!load.ok()) {
        result.problems = load.problems;
        return result;
    }
    const Order& order = *load.order;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM orders WHERE id = ?"));
    query.addBindValue(order.id);
    if (!query.exec()) {
        result.problems = single(path, QString(), QStringLiteral("store read failed: ") + query.lastError().text());
        result.storeFailed = true;
        return result;
    }
    if (query.next()) {
        result.problems = single(path, QStringLiteral("/id"), QStringLiteral("order '%1' is already in the store").arg(order.id));
        return result;
    }
    StoredAccountLines accountLines(db);
    Decomposition decomposition = Decomposer(*catalog.catalog, &accountLines).decompose(order, path);
    if (const Status looked = accountLines.status(); !looked) {
        result.problems = single(path, QString(), QStringLiteral("store read failed: ") + looked.message());
        result.storeFailed = true;
        return result;
    }
    if (!decomposition.problems.empty()) {
        result.problems = decomposition.problems;
        return result;
    }
    PlanResult planned = Planner(*catalog.catalog).plan(order, std::move(decomposition.lines), path);
    if (!planned.plan) {
        result.problems = planned.problems;
        return result;
    }
    TransactionGuard transaction(db);
    const Status written
        = writeOrder(db, order, *catalog.catalog, *planned.plan, QString::fromStdString(document->dump()), m_clock.now(), actor);
    if (!written || !transaction.commit()) {
        result.problems
            = single(path, QString(), QStringLiteral("store write failed: ") + (written ? db.lastError().text() : written.message()));
        result.storeFailed = true;
        return result;
    }
    result.id = order.id;
    result.summary = QStringLiteral("order %1 imported: %2 fulfillment lines, %3 steps in %4 lanes (catalog %5 %6)")
                         .arg(order.id)
                         .arg(planned.plan->lines.size())
                         .arg(planned.plan->steps.size())
                         .arg(planned.plan->lanes.size())
                         .arg(catalog.catalog->id, catalog.catalog->version);
    return result;
}

} // namespace fw
