#include "runtimeloader.h"
#include "storedjson.h"

#include "common/clock.h"

#include "catalog/catalogreader.h"
#include "common/jsonvariant.h"
#include "order/orderreader.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    QDateTime time(const QVariant& value)
    {
        return value.isNull() ? QDateTime() : fromStoreTimeText(value.toString());
    }

    // missing: the store could not give the catalog (not there, or not readable): not the order's fault.
    Result<std::shared_ptr<const Catalog>> loadCatalog(const QSqlDatabase& db, const QString& id, const QString& version,
                                                       QHash<QString, std::shared_ptr<const Catalog>>& cache, bool& missing)
    {
        const QString key = id + QLatin1Char('@') + version;
        if (const auto it = cache.constFind(key); it != cache.cend())
            return *it;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT document FROM catalogs WHERE id = ? AND version = ?"));
        query.addBindValue(id);
        query.addBindValue(version);
        if (!query.exec()) {
            missing = true;
            return failure(query.lastError().text(), {}, QStringLiteral("read catalog '%1' version '%2'").arg(id, version));
        }
        if (!query.next()) {
            missing = true;
            return failure(QStringLiteral("catalog '%1' version '%2' is not in the store").arg(id, version));
        }
        const nlohmann::json document = parseStoredJson(query.value(0).toString());
        if (document.is_discarded()) {
            return failure(QStringLiteral("store:catalog/%1: the stored catalog is not valid JSON (cut short or damaged)").arg(key));
        }
        CatalogLoad load = CatalogReader::readJson(document, QStringLiteral("store:catalog/") + key);
        if (!load.ok())
            return failure(load.problems.front().toString());
        cache.insert(key, load.catalog);
        return std::shared_ptr<const Catalog>(load.catalog);
    }

    // A stored list of ids (a step's lines and dependencies, a line's source items and rules): a JSON
    // array of texts, else nullopt (damaged).
    std::optional<QStringList> storedIdList(const QString& text)
    {
        const nlohmann::json array = parseStoredJson(text);
        if (!array.is_array())
            return std::nullopt;
        QStringList ids;
        for (const nlohmann::json& id : array) {
            if (!id.is_string())
                return std::nullopt;
            ids << QString::fromStdString(id.get<std::string>());
        }
        return ids;
    }

    // The order's runtime, or why not; storeError: the failure is the store's or an unknown id, not
    // the order's data (nothing to set aside).
    Result<OrderRuntime> loadOne(const QSqlDatabase& db, const QString& orderId, QHash<QString, std::shared_ptr<const Catalog>>& cache,
                                 bool* storeError)
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT catalog_id, catalog_version, COALESCE(current_document, document), state, on_hold, "
                                     "cancel_requested FROM orders WHERE id = ?"));
        query.addBindValue(orderId);
        const bool read = query.exec();
        if (!read || !query.next()) {
            if (storeError)
                *storeError = true; // not the order's data: nothing to set aside
            if (!read)
                return failure(query.lastError().text(), {}, QStringLiteral("read order '%1'").arg(orderId));
            return failure(QStringLiteral("unknown order '%1'").arg(orderId));
        }
        OrderRuntime runtime;
        runtime.orderId = orderId;
        const std::optional<OrderState> storedState = orderStateFromString(query.value(3).toString());
        if (!storedState)
            return failure(QStringLiteral("store:order/%1: the stored order state '%2' is not an order state")
                               .arg(orderId, query.value(3).toString()));
        runtime.storedState = *storedState;
        runtime.onHold = query.value(4).toBool();
        const bool cancelRequested = query.value(5).toBool();
        bool catalogMissing = false;
        Result<std::shared_ptr<const Catalog>> catalog
            = loadCatalog(db, query.value(0).toString(), query.value(1).toString(), cache, catalogMissing);
        if (!catalog) {
            // A catalog that is not (yet) in the store may still come (sync): the order is only left
            // out this time. One that is there but cannot be read sets the order aside.
            if (storeError && catalogMissing)
                *storeError = true;
            return catalog.error();
        }
        runtime.catalog = std::move(*catalog);
        const nlohmann::json document = parseStoredJson(query.value(2).toString());
        if (document.is_discarded())
            return failure(QStringLiteral("store:order/%1: the stored order document is not valid JSON (cut short, or a number "
                                          "out of range)")
                               .arg(orderId));
        OrderLoad order = OrderReader::readJson(document, QStringLiteral("store:order/") + orderId, *runtime.catalog);
        if (!order.ok())
            return failure(order.problems.front().toString());
        runtime.order = std::move(*order.order);

        QHash<QString, int> lineIndex;
        query.prepare(QStringLiteral("SELECT id, product, scope, owner_order, source_items, rules, quantity, attributes, fields, "
                                     "delivery_group, removed_by FROM fulfillment_lines WHERE order_id = ? ORDER BY rowid"));
        query.addBindValue(orderId);
        if (!query.exec()) {
            if (storeError)
                *storeError = true;
            return failure(QStringLiteral("order '%1': cannot read its lines: %2").arg(orderId, query.lastError().text()));
        }
        while (query.next()) {
            FulfillmentLine line;
            line.id = query.value(0).toString();
            line.product = query.value(1).toString();
            line.orderId = orderId;
            const std::optional<DecompositionScope> scope = decompositionScopeFromString(query.value(2).toString());
            if (!scope)
                return failure(QStringLiteral("store:order/%1: line %2: the stored scope '%3' is not a decomposition scope")
                                   .arg(orderId, line.id, query.value(2).toString()));
            line.scope = *scope;
            line.ownerOrder = query.value(3).toString();
            const std::optional<QStringList> sourceItems = storedIdList(query.value(4).toString());
            const std::optional<QStringList> rules = storedIdList(query.value(5).toString());
            if (!sourceItems || !rules)
                return failure(QStringLiteral("store:order/%1: line %2: the stored %3 are not a JSON array of ids")
                                   .arg(orderId, line.id, sourceItems ? QStringLiteral("rules") : QStringLiteral("source items")));
            line.sourceItems = *sourceItems;
            line.rules = *rules;
            line.rule = line.rules.value(0);
            line.quantity = query.value(6).toInt();
            const nlohmann::json attributes = parseStoredJson(query.value(7).toString());
            const nlohmann::json fields = parseStoredJson(query.value(8).toString());
            for (const auto& [column, value] : { std::pair { "attributes", &attributes }, std::pair { "fields", &fields } }) {
                if (!value->is_object()) {
                    return failure(QStringLiteral("store:order/%1: line %2: the stored %3 are not a JSON object (%4)")
                                       .arg(orderId, line.id, QLatin1String(column),
                                            value->is_discarded() ? QStringLiteral("cut short, or a number out of range")
                                                                  : QString::fromStdString(value->type_name())));
                }
            }
            line.attributes = jsonToVariant(attributes).toMap();
            line.fields = jsonToVariant(fields).toMap();
            line.deliveryGroup = query.value(9).toString();
            line.removedBy = query.value(10).toString();
            lineIndex.insert(line.id, int(runtime.lines.size()));
            runtime.lines.push_back(std::move(line));
        }

        QHash<QString, int> stepIndex;
        std::vector<QStringList> dependsOnIds;
        std::vector<StepState> states;
        query.prepare(QStringLiteral("SELECT id, name, plan_definition, step_key, lines, depends_on, state, attempts, "
                                     "first_attempt_at, next_attempt_at, completed_at, last_error, attempt_series, payload_override, "
                                     "idempotency_key FROM steps "
                                     "WHERE order_id = ? ORDER BY seq"));
        query.addBindValue(orderId);
        if (!query.exec()) {
            if (storeError)
                *storeError = true;
            return failure(QStringLiteral("order '%1': cannot read its steps: %2").arg(orderId, query.lastError().text()));
        }
        while (query.next()) {
            StepRuntime step;
            step.id = query.value(0).toString();
            step.name = query.value(1).toString();
            step.planDefinition = query.value(2).toString();
            const PlanDefinition* plan = runtime.catalog->planDefinition(step.planDefinition);
            step.definition = plan ? plan->step(query.value(3).toString()) : nullptr;
            if (!step.definition) {
                return failure(QStringLiteral("order '%1': step '%2' is not in catalog '%3'").arg(orderId, step.id, runtime.catalog->id));
            }
            const std::optional<QStringList> lines = storedIdList(query.value(4).toString());
            const std::optional<QStringList> dependsOn = storedIdList(query.value(5).toString());
            if (!lines || !dependsOn)
                return failure(QStringLiteral("store:order/%1: step %2: the stored %3 are not a JSON array of ids")
                                   .arg(orderId, step.id, lines ? QStringLiteral("dependencies") : QStringLiteral("lines")));
            for (const QString& line : *lines) {
                const auto found = lineIndex.constFind(line);
                if (found == lineIndex.cend())
                    return failure(QStringLiteral("store:order/%1: step %2 works on line '%3', which is not a line of the order")
                                       .arg(orderId, step.id, line));
                step.lines.push_back(*found);
            }
            dependsOnIds.push_back(*dependsOn);
            const std::optional<StepState> state = stepStateFromString(query.value(6).toString());
            if (!state) {
                return failure(QStringLiteral("store:order/%1: step %2: the stored state '%3' is not a step state")
                                   .arg(orderId, step.id, query.value(6).toString()));
            }
            states.push_back(*state);
            step.attempts = query.value(7).toInt();
            step.firstAttemptAt = time(query.value(8));
            step.nextAttemptAt = time(query.value(9));
            step.completedAt = time(query.value(10));
            step.lastError = query.value(11).toString();
            step.attemptSeries = query.value(12).toInt();
            step.payloadOverride = query.value(13).toString();
            step.idempotencyKey = query.value(14).toString();
            stepIndex.insert(step.id, int(runtime.steps.size()));
            runtime.steps.push_back(std::move(step));
        }
        std::vector<std::vector<int>> dependsOn;
        for (const QStringList& ids : dependsOnIds) {
            std::vector<int> indexes;
            for (const QString& id : ids) {
                const auto found = stepIndex.constFind(id);
                if (found == stepIndex.cend()) {
                    return failure(
                        QStringLiteral("store:order/%1: a step depends on '%2', which is not a step of the order").arg(orderId, id));
                }
                indexes.push_back(*found);
            }
            dependsOn.push_back(std::move(indexes));
        }
        runtime.execution.emplace(std::move(dependsOn), std::move(states));
        if (cancelRequested)
            runtime.execution->setCancelRequested();

        query.prepare(QStringLiteral("SELECT name FROM signals WHERE order_id = ?"));
        query.addBindValue(orderId);
        if (!query.exec()) {
            if (storeError)
                *storeError = true;
            return failure(QStringLiteral("order '%1': cannot read its signals: %2").arg(orderId, query.lastError().text()));
        }
        while (query.next())
            runtime.signalsReceived << query.value(0).toString();
        return runtime;
    }

} // namespace

Result<LoadedOrders> RuntimeLoader::loadActive(const QSqlDatabase& database)
{
    QHash<QString, std::shared_ptr<const Catalog>> cache;
    QStringList ids;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM orders WHERE state NOT IN ('completed', 'cancelled') AND replica_of IS NULL "
                                   "AND set_aside_reason IS NULL ORDER BY created_at, id")))
        return failure(query.lastError().text(), {}, QStringLiteral("read the orders to run"));
    while (query.next())
        ids << query.value(0).toString();
    LoadedOrders loaded;
    for (const QString& id : ids) {
        bool storeError = false;
        Result<OrderRuntime> runtime = loadOne(database, id, cache, &storeError);
        if (runtime)
            loaded.orders.push_back(std::move(*runtime));
        else if (!storeError)
            loaded.unreadable.push_back({ id, runtime.message() });
        else
            loaded.leftOut << runtime.message();
    }
    return loaded;
}

Result<OrderRuntime> RuntimeLoader::load(const QSqlDatabase& database, const QString& orderId, bool* unreadable)
{
    CatalogCache cache;
    return load(database, orderId, cache, unreadable);
}

Result<OrderRuntime> RuntimeLoader::load(const QSqlDatabase& database, const QString& orderId, CatalogCache& cache, bool* unreadable)
{
    bool storeError = false;
    Result<OrderRuntime> runtime = loadOne(database, orderId, cache, &storeError);
    if (unreadable)
        *unreadable = !runtime && !storeError;
    return runtime;
}

} // namespace fw

namespace fw {

Result<std::shared_ptr<const Catalog>> RuntimeLoader::catalog(const QSqlDatabase& database, const QString& id, const QString& version,
                                                              CatalogCache& catalogs, bool* missing)
{
    bool notThere = false;
    auto loaded = loadCatalog(database, id, version, catalogs, notThere);
    if (missing)
        *missing = notThere;
    return loaded;
}

} // namespace fw
